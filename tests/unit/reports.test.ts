import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { checkReport } from '../../src/lib/pipeline/reports.ts';
import { thrown } from '../helpers/errors.ts';
import { ROOT } from '../helpers/seed.ts';
import { REPORT_COMPONENTS } from '../../src/lib/model/report-schema.ts';

const DIR = join(ROOT, 'content', 'bao-cao');
const tasks = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'tasks.json'), 'utf8')) as { id: string }[];
const indicators = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'indicators.json'), 'utf8')) as { id: string }[];
const ids = { tasks: new Set(tasks.map((t) => t.id)), indicators: new Set(indicators.map((i) => i.id)), years: { from: 2019, to: 2030 } };
const REVIEW = '2026-12-01';
const check = (text: string, file = 'content/bao-cao/2023.mdx') => checkReport(text, file, ids, REVIEW);

describe('the yearly reports', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

  it('has one report a year from 2022, each checked: frontmatter, components, ids', () => {
    expect(files).toEqual(['2022.mdx', '2023.mdx', '2024.mdx', '2025.mdx']);
    for (const f of files) {
      const r = check(readFileSync(join(DIR, f), 'utf8'), `content/bao-cao/${f}`);
      expect(r.frontmatter.year).toBe(Number(f.slice(0, 4)));
      expect(r.frontmatter.sources.length).toBeGreaterThan(0);
      // Every report shows the year's values, the tasks due that year and one chart.
      expect(
        r.uses
          .filter((u) => u.name !== 'TaskLink')
          .map((u) => u.name)
          .sort(),
      ).toEqual(['IndicatorChart', 'TasksDue', 'YearValues']);
      for (const u of r.uses.filter((x) => x.name === 'YearValues' || x.name === 'TasksDue')) expect(u.value).toBe(f.slice(0, 4));
    }
  });

  it('keeps quotations to a few words', () => {
    for (const f of files) {
      const body = readFileSync(join(DIR, f), 'utf8').split('\n---\n')[1]!;
      for (const [, q] of body.matchAll(/«([^»]*)»/g)) expect(q!.split(/\s+/).length, `${f}: ${q}`).toBeLessThanOrEqual(12);
    }
  });
});

describe('what a report may not contain', () => {
  const FM =
    '---\ntitle: "T"\nyear: 2023\nas_of: "2026-12-01"\nsummary: "S"\nsources:\n  - title: "N"\n    url: "https://x.gov.vn/a"\n---\n';
  const body = (text: string) => `${FM}\n${text}\n`;

  it('accepts markdown, autolinks and the four components with string attributes', () => {
    const r = check(body('## Tóm tắt\n\nXem <https://x.gov.vn/>.\n\n<YearValues year="2023" />\n<TaskLink id="I.4.6" />'));
    expect(r.uses.map((u) => [u.name, u.value, u.line])).toEqual([
      ['YearValues', '2023', 15],
      ['TaskLink', 'I.4.6', 16],
    ]);
    expect(Object.keys(REPORT_COMPONENTS)).toEqual(['IndicatorChart', 'TasksDue', 'YearValues', 'TaskLink']);
  });

  test.each([
    ['a script', '<script>alert(1)</script>', /one of the report components/],
    ['an iframe', '<iframe src="https://x"></iframe>', /one of the report components/],
    ['an expression', '{1 + 1}', /no \{ \} expression/],
    ['an export', 'export const x = 1;', /no import or export/],
    ['a component without its attribute', '<IndicatorChart />', /<IndicatorChart id="…" \/> with that one attribute/],
    ['an unknown task', '<TaskLink id="I.9.9" />', /a task id of the appendix/],
    ['a year out of range', '<TasksDue year="2031" />', /a year from 2019 to 2030 in <TasksDue>/],
  ])('rejects %s with its line', (_what, text, expected) => {
    const e = thrown(() => check(body(text)));
    expect(e.line).toBe(11);
    expect(e.expected).toMatch(expected);
  });

  it('ignores what is inside a fenced code block', () => {
    expect(check(body('```\n<script>x</script>\n```')).uses).toEqual([]);
  });

  it('checks the frontmatter against the schema, the file name and the review date', () => {
    expect(thrown(() => check(FM.replace('year: 2023', 'year: 2024'))).expected).toBe('year: 2023, the year in the file name');
    expect(thrown(() => check(FM.replace('"2026-12-01"', '"2027-01-01"'))).expected).toBe(
      'as_of: a date on or before the review date 2026-12-01',
    );
    expect(thrown(() => check(FM.replace('https://x.gov.vn/a', 'http://x.gov.vn/a'))).expected).toMatch(/^sources\.0\.url: an https URL/);
    expect(thrown(() => check('no frontmatter')).expected).toMatch(/a frontmatter block/);
  });
});
