import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation, planName, vnDate, type PlanFacts } from '../../src/lib/model/publication.ts';
import { absolute, parseRelease, compareVersions, releaseLog } from '../../src/lib/model/release.ts';
import { ROOT } from '../helpers/seed.ts';

const text = readFileSync(join(ROOT, 'content', 'release.json'), 'utf8');
const release = parseRelease(text, 'content/release.json');

describe('content/release.json', () => {
  it('is release 2.2.2 (the packaging of the spreadsheets and the zip only: a patch), dated 2026-12-01 (the review date, unchanged), with 2.2.1 (the spreadsheets only), 2.2.0 (columns added: a minor version), 2.1.0, 2.0.0 (columns renamed: a major version), 1.1.0 and 1.0.0 in its history and no address of its own (SITE_URL is the one setting)', () => {
    expect(release).toMatchObject({ version: '2.2.2', date: '2026-12-01' });
    expect(release.notes).toContain('.xlsx');
    expect(release.notes).toContain('all-data.zip');
    expect(release.notes).toContain('Các tệp CSV và JSON không đổi');
    expect(release.history[0]!.notes).toContain('hàng tiêu đề là chữ in đậm');
    const minor = release.history[1]!;
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
    const same = { ...parsed, history: [{ ...parsed.history[0]!, version: '2.2.2' }, ...parsed.history.slice(1)] };
    expect(() => parseRelease(JSON.stringify(same), 'r.json')).toThrow(/history\.0 to be older than 2\.2\.2/);
    const missingCounts = { ...parsed, history: [{ version: '1.0.0', date: '2026-11-26', notes: 'x' }] };
    expect(() => parseRelease(JSON.stringify(missingCounts), 'r.json')).toThrow(/row_counts/);
  });

  it("lists every release newest first, the current one with this build's row counts", () => {
    expect(releaseLog(release, { tasks: 90 }).map((r) => [r.version, r.row_counts.tasks])).toEqual([
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
    expect(() => parseRelease(text.replace('"version": "2.2.2"', '"version": "v1"'), 'r.json')).toThrow(
      /r\.json:1: expected version to be a semantic version/,
    );
    expect(() => parseRelease(text.replace('"2026-12-01"', '"26/11/2026"'), 'r.json')).toThrow(/date/);
    expect(() => parseRelease(text.replace('"version"', '"extra": 1, "version"'), 'r.json')).toThrow(/extra/);
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
        'dữ liệu: Chuyển đổi số Đồng Tháp, phiên bản 2.2.2 (01/12/2026), giấy phép CC BY 4.0, https://x/cds/du-lieu/',
    );
    expect(citation(ctx, { name: 'tasks', title: 'Nhiệm vụ trọng tâm' })).toContain(
      'bộ dữ liệu “Nhiệm vụ trọng tâm” (tasks), phiên bản 2.2.2 (01/12/2026), giấy phép CC BY 4.0, https://x/cds/du-lieu/tasks/',
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
