import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation, planName, vnDate, type PlanFacts } from '../../../src/lib/model/publication.ts';
import { absolute, parseRelease, compareVersions, missingContactFields, releaseLog } from '../../../src/lib/model/release.ts';
import { RELEASE } from '../../helpers/content-release.ts';
import { reviewedPlan } from '../../helpers/reviewed-tables.ts';
import { contentText, ROOT, seedText } from '../../helpers/seed.ts';

/** A release file made for these tests (tests/fixtures/release.json): the real one changes every year. */
const text = readFileSync(join(ROOT, 'tests', 'fixtures', 'release.json'), 'utf8');
const release = parseRelease(text, 'tests/fixtures/release.json');

describe('content/release.json', () => {
  it('is a release the data stage accepts, by the province, with no address of its own (SITE_URL is the one setting)', () => {
    expect(() => parseRelease(contentText('release.json'), 'content/release.json')).not.toThrow();
    expect(RELEASE.publisher.name).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
    expect(() => parseRelease(text.replace('"version"', '"site_url": "https://x.gov.vn/", "version"'), 'r.json')).toThrow(/site_url/);
  });

  it('says the plan was adopted in 2022 and leaves its blank number and day blank', () => {
    expect(RELEASE.plan).toMatchObject({ adopted_year: 2022, number: null, date: null });
    // The appendix's own words, as the seed has them.
    expect(seedText()).toContain('Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2022');
    expect(RELEASE.plan.note).toContain('Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2022');
  });
});

describe('parseRelease', () => {
  it('reads the version, the date (the review date), the history newest first and the publisher', () => {
    expect(release).toMatchObject({ version: '1.1.0', date: '2025-12-01', publisher: { name: 'Ủy ban nhân dân tỉnh Đồng Tháp' } });
    expect(release.history.map((h) => [h.version, h.date, h.row_counts.tasks, h.row_counts.progress])).toEqual([
      ['1.0.1', '2025-12-01', 90, 14],
      ['1.0.0', '2024-11-26', 90, 8],
    ]);
  });

  it('rejects a history that is not newest first, or older than the release', () => {
    const parsed = JSON.parse(text) as Record<string, unknown> & { history: { version: string }[] };
    const same = { ...parsed, history: [{ ...parsed.history[0]!, version: '1.1.0' }, ...parsed.history.slice(1)] };
    expect(() => parseRelease(JSON.stringify(same), 'r.json')).toThrow(/history\.0\.version to be older than 1\.1\.0/);
    const missingCounts = { ...parsed, history: [{ version: '1.0.0', date: '2024-11-26', notes: 'x' }] };
    expect(() => parseRelease(JSON.stringify(missingCounts), 'r.json')).toThrow(/row_counts/);
  });

  it("lists every release newest first, the current one with this build's row counts", () => {
    expect(releaseLog(release, { tasks: 90, progress: 15 }).map((r) => [r.version, r.row_counts.progress])).toEqual([
      ['1.1.0', 15],
      ['1.0.1', 14],
      ['1.0.0', 8],
    ]);
    expect(compareVersions('1.2.0', '1.10.0')).toBeLessThan(0);
  });

  it('rejects a malformed release, naming the file', () => {
    expect(() => parseRelease('{', 'r.json')).toThrow(/^r\.json:1: expected valid JSON/);
    expect(() => parseRelease(text.replace('"version": "1.1.0"', '"version": "v1"'), 'r.json')).toThrow(
      /^r\.json:2: expected version to be a semantic version like 1\.0\.0, found "v1"/,
    );
    expect(() => parseRelease(text.replace('"2025-12-01"', '"26/11/2025"'), 'r.json')).toThrow(/date/);
    expect(() => parseRelease(text.replace('"version"', '"extra": 1, "version"'), 'r.json')).toThrow(/extra/);
  });

  it('names the contact fields still empty (each a build warning), and rejects an e-mail that is not one', () => {
    expect(missingContactFields(release)).toEqual([
      'publisher.responsible_body',
      'publisher.email',
      'publisher.phone',
      'publisher.address',
      'publisher.contact_role',
      'publisher.feedback_url',
    ]);
    const filled = parseRelease(
      text
        .replace('"email": ""', '"email": "cds@example.gov.vn"')
        .replace('"phone": ""', '"phone": "0277 000 000"')
        .replace('"address": ""', '"address": "", "contact_role": "Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ"'),
      'r.json',
    );
    expect(missingContactFields(filled)).toEqual(['publisher.responsible_body', 'publisher.address', 'publisher.feedback_url']);
    // The official's name may stay empty: the role and the office's phone and e-mail reach them.
    expect(filled.publisher.contact_name).toBe('');
    const bad = text.replace('"email": ""', '"email": "lien he"');
    const line = bad.split('\n').findIndex((l) => l.includes('"email"')) + 1;
    expect(() => parseRelease(bad, 'r.json')).toThrow(
      new RegExp(`^r\\.json:${line}: expected publisher\\.email to be Invalid email, found "lien he"`),
    );
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
    const dated = (d: string) => edited('"date": "2025-12-01",\n  "notes"', `"date": "${d}",\n  "notes"`);
    refused(dated('2026-02-31'), '"date": "2026-02-31"', /date to be a real date from 2000 to 2100/);
    refused(dated('9999-12-01'), '"date": "9999', /date to be a real date from 2000 to 2100/);
    refused(dated('0000-01-01'), '"date": "0000', /date to be a real date from 2000 to 2100/);
    refused(dated('2021-12-31'), '"date": "2021', /date to be a date on or after 2022-01-01 \(plan\.adopted_year\)/);
    refused(
      edited('"date": "2024-11-26"', '"date": "2021-11-26"'),
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
    refused(edited('"version": "1.1.0",', '"version": "1.1.0"'), '"version"', /valid JSON, found "comma expected"/);
    refused(edited('"feedback_url": ""', '"feedback_url": "",'), '"feedback_url"', /valid JSON, found "property name expected"/);
  });
});

describe('absolute', () => {
  it('joins paths under it', () => {
    expect(absolute('https://x/cds/', '/data/tasks.csv')).toBe('https://x/cds/data/tasks.csv');
  });
});

describe('citation', () => {
  const plan: PlanFacts = reviewedPlan();
  const ctx = { release, siteUrl: 'https://x/cds/', plan };

  it('credits the plan’s issuer as the source and names this data with version, date, licence and address', () => {
    expect(citation(ctx)).toBe(
      'Nguồn: Ủy ban nhân dân tỉnh Đồng Tháp, Kế hoạch thực hiện Nghị quyết 04-NQ/TU về chuyển đổi số (2022); ' +
        'dữ liệu: Chuyển đổi số Đồng Tháp, phiên bản 1.1.0 (01/12/2025), giấy phép CC BY 4.0, https://x/cds/du-lieu/',
    );
    expect(citation(ctx, { name: 'tasks', title: 'Nhiệm vụ trọng tâm' })).toContain(
      'bộ dữ liệu “Nhiệm vụ trọng tâm” (tasks), phiên bản 1.1.0 (01/12/2025), giấy phép CC BY 4.0, https://x/cds/du-lieu/tasks/',
    );
  });

  it('names the plan and formats dates the Vietnamese way', () => {
    expect(planName(plan, release)).toBe(
      'Kế hoạch thực hiện Nghị quyết số 04-NQ/TU của Ban Chấp hành Đảng bộ Tỉnh Khoá XI về chuyển đổi số tỉnh Đồng Tháp (2022)',
    );
    expect(vnDate('2026-01-05')).toBe('05/1/2026');
    expect(vnDate('2025-11-26')).toBe('26/11/2025');
  });
});
