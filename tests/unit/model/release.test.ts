import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation, planName, vnDate, type PlanFacts } from '../../../src/lib/model/publication.ts';
import { absolute, parseRelease, compareVersions, releaseLog } from '../../../src/lib/model/release.ts';
import { ROOT } from '../../helpers/seed.ts';

const text = readFileSync(join(ROOT, 'content', 'release.json'), 'utf8');
const release = parseRelease(text, 'content/release.json');

describe('content/release.json', () => {
  it('is release 2.2.3 (the per-record CSVs written for spreadsheets: a patch), dated 2026-12-01 (the review date, unchanged), with 2.2.2 (the packaging of the spreadsheets and the zip), 2.2.1 (the spreadsheets only), 2.2.0 (columns added: a minor version), 2.1.0, 2.0.0 (columns renamed: a major version), 1.1.0 and 1.0.0 in its history and no address of its own (SITE_URL is the one setting)', () => {
    expect(release).toMatchObject({ version: '2.2.3', date: '2026-12-01' });
    expect(release.notes).toContain('nhiem-vu/<mã>.csv');
    expect(release.notes).toContain('chi-tieu/<mã>.csv');
    expect(release.notes).toContain('Các bộ dữ liệu dạng CSV và JSON không đổi');
    expect(release.history[0]!.notes).toContain('zlib');
    expect(release.history[1]!.notes).toContain('hàng tiêu đề là chữ in đậm');
    const minor = release.history[2]!;
    expect(minor.version).toBe('2.2.0');
    for (const column of [
      'quarter',
      'slug',
      'pillar',
      'judged_target_id',
      'latest_verdict',
      'expected_value',
      'target_year_passed_without_value',
      'numbering_gaps',
    ]) {
      expect(minor.notes).toContain(column);
    }
    expect(release).not.toHaveProperty('site_url');
    expect(release.publisher.name).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
    expect(release.history.map((h) => [h.version, h.date, h.row_counts.tasks, h.row_counts.progress])).toEqual([
      ['2.2.2', '2026-12-01', 90, 14],
      ['2.2.1', '2026-12-01', 90, 14],
      ['2.2.0', '2026-12-01', 90, 14],
      ['2.1.0', '2026-12-01', 90, 14],
      ['2.0.0', '2026-12-01', 90, 14],
      ['1.1.0', '2026-12-01', 90, 14],
      ['1.0.0', '2026-11-26', 90, 8],
    ]);
  });

  it('rejects a history that is not newest first, or older than the release', () => {
    const parsed = JSON.parse(text) as Record<string, unknown> & { history: { version: string }[] };
    const same = { ...parsed, history: [{ ...parsed.history[0]!, version: '2.2.3' }, ...parsed.history.slice(1)] };
    expect(() => parseRelease(JSON.stringify(same), 'r.json')).toThrow(/history\.0\.version to be older than 2\.2\.3/);
    const missingCounts = { ...parsed, history: [{ version: '1.0.0', date: '2026-11-26', notes: 'x' }] };
    expect(() => parseRelease(JSON.stringify(missingCounts), 'r.json')).toThrow(/row_counts/);
  });

  it("lists every release newest first, the current one with this build's row counts", () => {
    expect(releaseLog(release, { tasks: 90 }).map((r) => [r.version, r.row_counts.tasks])).toEqual([
      ['2.2.3', 90],
      ['2.2.2', 90],
      ['2.2.1', 90],
      ['2.2.0', 90],
      ['2.1.0', 90],
      ['2.0.0', 90],
      ['1.1.0', 90],
      ['1.0.0', 90],
    ]);
    expect(compareVersions('1.2.0', '1.10.0')).toBeLessThan(0);
  });

  it('says the plan was adopted in 2022 and leaves its blank number and day blank', () => {
    expect(release.plan).toMatchObject({ adopted_year: 2022, number: null, date: null });
    // The appendix's own words, as the seed has them.
    const seed = readFileSync(join(ROOT, 'seeds', 'ke-hoach-04-NQ-TU-dong-thap.txt'), 'utf8');
    expect(seed).toContain('Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2022');
    expect(release.plan.note).toContain('Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2022');
  });

  it('rejects a malformed release, naming the file', () => {
    expect(() => parseRelease('{', 'r.json')).toThrow(/^r\.json:1: expected valid JSON/);
    expect(() => parseRelease(text.replace('"version": "2.2.3"', '"version": "v1"'), 'r.json')).toThrow(
      /^r\.json:2: expected version to be a semantic version like 1\.0\.0, found "v1"/,
    );
    expect(() => parseRelease(text.replace('"2026-12-01"', '"26/11/2026"'), 'r.json')).toThrow(/date/);
    expect(() => parseRelease(text.replace('"version"', '"extra": 1, "version"'), 'r.json')).toThrow(/extra/);
  });
});

describe('content/release.json: what an editor cannot publish (each refused at its line)', () => {
  const lineWith = (t: string, needle: string) => t.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const edited = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
    return text.replace(from, to);
  };
  const refused = (t: string, needle: string, message: RegExp) => {
    const line = lineWith(t, needle);
    expect(line).toBeGreaterThan(1);
    expect(() => parseRelease(t, 'r.json')).toThrow(new RegExp(`^r\\.json:${line}: expected ${message.source}`));
  };

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://dongthap.gov.vn/',
    '/chuyen-doi-so/',
    '//dongthap.gov.vn/',
    'https://dongthap .gov.vn/',
    'https:dongthap.gov.vn',
    'https://dongthap.gov.vn@example.com/',
  ])('a homepage %s', (url) => {
    refused(
      edited('"homepage": "https://dongthap.gov.vn/"', `"homepage": ${JSON.stringify(url)}`),
      '"homepage"',
      /publisher\.homepage to be an https URL/,
    );
  });

  it('a feedback address: https or mailto: one address, nothing else', () => {
    const set = (v: string) => edited('"feedback_url": ""', `"feedback_url": ${JSON.stringify(v)}`);
    expect(parseRelease(set('https://dongthap.gov.vn/gop-y'), 'r.json').publisher.feedback_url).toBe('https://dongthap.gov.vn/gop-y');
    expect(parseRelease(set('mailto:gopy@dongthap.gov.vn'), 'r.json').publisher.feedback_url).toBe('mailto:gopy@dongthap.gov.vn');
    for (const bad of ['mailto:gopy@dongthap.gov.vn?bcc=x@example.com', 'mailto:', 'javascript:alert(1)', 'http://dongthap.gov.vn/'])
      refused(set(bad), '"feedback_url"', /publisher\.feedback_url to be an https URL, a mailto: address or ""/);
  });

  it('dates that are not real, outside 2000–2100, or before the plan was adopted', () => {
    const dated = (d: string) => edited('"date": "2026-12-01",\n  "notes"', `"date": "${d}",\n  "notes"`);
    refused(dated('2026-02-31'), '"date": "2026-02-31"', /date to be a real date from 2000 to 2100/);
    refused(dated('9999-12-01'), '"date": "9999', /date to be a real date from 2000 to 2100/);
    refused(dated('0000-01-01'), '"date": "0000', /date to be a real date from 2000 to 2100/);
    refused(dated('2021-12-31'), '"date": "2021', /date to be a date on or after 2022-01-01 \(plan\.adopted_year\)/);
    refused(
      edited('"date": "2026-11-26"', '"date": "2021-11-26"'),
      '"date": "2021',
      /history\.\d\.date to be older than .* and not before 2022-01-01/,
    );
  });

  it("the plan's year and date", () => {
    refused(edited('"adopted_year": 2022', '"adopted_year": 9999'), '"adopted_year"', /plan\.adopted_year to be a year from 2000 to 2100/);
    refused(edited('"date": null', '"date": "2023-05-01"'), '"date": "2023-05-01"', /plan\.date to be a date in plan\.adopted_year 2022/);
    expect(parseRelease(edited('"date": null', '"date": "2022-05-01"'), 'r.json').plan.date).toBe('2022-05-01');
  });

  it('row counts no spreadsheet can hold', () => {
    refused(edited('"tasks": 90,', '"tasks": 1e308,'), '"tasks": 1e308', /history\.0\.row_counts\.tasks to be at most 1048575 rows/);
  });

  it('a key given twice (JSON.parse would keep the second one silently)', () => {
    const twice = edited(
      '"homepage": "https://dongthap.gov.vn/",',
      '"homepage": "https://dongthap.gov.vn/",\n    "homepage": "javascript:alert(1)",',
    );
    const first = lineWith(twice, '"homepage"');
    refused(twice, 'javascript:', new RegExp(`each key once in an object \\("homepage" is already on line ${first}\\)`));
  });

  it('a control or direction character written as a JSON escape', () => {
    refused(
      edited('"notes": "Chỉ đổi', '"notes": "\\u000bChỉ đổi'),
      '"notes": "\\u000b',
      /text without control, direction or invisible characters, found "U\+000B \(LINE TABULATION\)"/,
    );
    refused(
      edited('"name": "Ủy ban', '"name": "\\u202eỦy ban'),
      '"name": "\\u202e',
      /text without .*, found "U\+202E \(RIGHT-TO-LEFT OVERRIDE\)"/,
    );
    refused(edited('"name": "Ủy ban', '"name": "\\ud800Ủy ban'), '"name": "\\ud800', /text without .*, found "U\+D800 \(lone surrogate\)"/);
  });

  it('a syntax error at the line to fix: the missing comma after a value, the trailing comma', () => {
    refused(edited('"version": "2.2.3",', '"version": "2.2.3"'), '"version"', /valid JSON, found "comma expected"/);
    refused(edited('"feedback_url": ""', '"feedback_url": "",'), '"feedback_url"', /valid JSON, found "property name expected"/);
  });
});

describe('absolute', () => {
  it('joins paths under it', () => {
    expect(absolute('https://x/cds/', '/data/tasks.csv')).toBe('https://x/cds/data/tasks.csv');
  });
});

describe('citation', () => {
  const plan = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'plan.json'), 'utf8')) as PlanFacts;
  const ctx = { release, siteUrl: 'https://x/cds/', plan };

  it('credits the plan’s issuer as the source and names this data with version, date, licence and address', () => {
    expect(citation(ctx)).toBe(
      'Nguồn: Ủy ban nhân dân tỉnh Đồng Tháp, Kế hoạch thực hiện Nghị quyết 04-NQ/TU về chuyển đổi số (2022); ' +
        'dữ liệu: Chuyển đổi số Đồng Tháp, phiên bản 2.2.3 (01/12/2026), giấy phép CC BY 4.0, https://x/cds/du-lieu/',
    );
    expect(citation(ctx, { name: 'tasks', title: 'Nhiệm vụ trọng tâm' })).toContain(
      'bộ dữ liệu “Nhiệm vụ trọng tâm” (tasks), phiên bản 2.2.3 (01/12/2026), giấy phép CC BY 4.0, https://x/cds/du-lieu/tasks/',
    );
  });

  it('names the plan and formats dates the Vietnamese way', () => {
    expect(planName(plan, release)).toBe(
      'Kế hoạch thực hiện Nghị quyết số 04-NQ/TU của Ban Chấp hành Đảng bộ Tỉnh Khoá XI về chuyển đổi số tỉnh Đồng Tháp (2022)',
    );
    expect(vnDate('2026-01-05')).toBe('05/1/2026');
    expect(vnDate('2026-11-26')).toBe('26/11/2026');
  });
});
