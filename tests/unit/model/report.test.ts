import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { checkReport } from '../../../src/lib/model/report.ts';
import { REPORT_COMPONENTS, isReportHref, isSitePath, reportEntry, type ReportBlock } from '../../../src/lib/model/report-schema.ts';
import { thrown } from '../../helpers/source-errors.ts';
import { HOSTILE_REPORTS } from '../../helpers/hostile-reports.ts';
import { ROOT } from '../../helpers/seed.ts';
import { REVIEW_DATE } from '../../helpers/content-release.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';

const DIR = join(ROOT, 'content', 'bao-cao');
const tasks = reviewedTable('tasks');
const indicators = reviewedTable('indicators');
const ids = { tasks: new Set(tasks.map((t) => t.id)), indicators: new Set(indicators.map((i) => i.id)), years: { from: 2019, to: 2030 } };
/** The review date of the made-up reports below (the committed ones are checked against content/release.json's). */
const REVIEW = '2025-12-31';
const check = (text: string, file = 'content/bao-cao/2023.mdx', reviewDate = REVIEW) => checkReport(text, file, ids, reviewDate);

const FM = `---\ntitle: "T"\nyear: 2023\nas_of: "${REVIEW}"\nsummary: "S"\nsources:\n  - title: "N"\n    url: "https://x.gov.vn/a"\n---\n`;
/** The frontmatter above is lines 1–9: a body's line n is line 9 + n of the file. */
const FM_LINES = 9;
const body = (text: string) => `${FM}${text}\n`;

describe('the yearly reports', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

  it('checks each report: frontmatter, components, ids; the body becomes a document the schema accepts', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const { report, uses } = check(readFileSync(join(DIR, f), 'utf8'), `content/bao-cao/${f}`, REVIEW_DATE);
      expect(report.year).toBe(Number(f.slice(0, 4)));
      expect(report.sources.length).toBeGreaterThan(0);
      expect(reportEntry.parse(report)).toEqual(report);
      // A report's values and tasks due are those of its own year.
      for (const u of uses.filter((x) => x.name === 'YearValues' || x.name === 'TasksDue')) expect(u.value).toBe(f.slice(0, 4));
      for (const b of report.body) if (b.type === 'yearValues' || b.type === 'tasksDue') expect(b.year).toBe(report.year);
    }
  });

  it('keeps quotations to a few words', () => {
    for (const f of files) {
      const text = readFileSync(join(DIR, f), 'utf8').split('\n---\n')[1]!;
      for (const [, q] of text.matchAll(/«([^»]*)»/g)) expect(q!.split(/\s+/).length, `${f}: ${q}`).toBeLessThanOrEqual(12);
    }
  });
});

describe('what a report may contain', () => {
  it('turns Markdown and the four components into the document, in order, with their lines', () => {
    const { report, uses } = check(
      body(
        [
          '## Tóm tắt "một"',
          '',
          'Xem *nguồn* **này**, ~~cũ~~, `mã`, [trang](https://x.gov.vn/a "T"), [nhiệm vụ](/nhiem-vu/i-4-6/), [thư](mailto:a@x.gov.vn), [đây](#tom-tat) và <TaskLink id="I.4.6" />.',
          '',
          '- một',
          '- hai',
          '',
          '3. ba',
          '',
          '> trích',
          '',
          '| a | b |',
          '|:--|--:|',
          '| 1 | 2 |',
          '',
          '```',
          '<script>alert(1)</script>',
          '```',
          '',
          '![biểu đồ](/data/chi-tieu/dti-rank.svg)',
          '',
          '---',
          '',
          '<YearValues year="2023" />',
          '',
          '<TaskLink id="I.2.4" />',
        ].join('\n'),
      ),
    );
    const t = (value: string) => ({ type: 'text' as const, value });
    expect(report.body).toEqual<ReportBlock[]>([
      // Smartypants, as Astro's Markdown: curly quotes.
      { type: 'heading', depth: 2, id: 'tóm-tắt-một', children: [t('Tóm tắt “một”')] },
      {
        type: 'paragraph',
        children: [
          t('Xem '),
          { type: 'emphasis', children: [t('nguồn')] },
          t(' '),
          { type: 'strong', children: [t('này')] },
          t(', '),
          { type: 'delete', children: [t('cũ')] },
          t(', '),
          { type: 'inlineCode', value: 'mã' },
          t(', '),
          { type: 'link', href: 'https://x.gov.vn/a', title: 'T', children: [t('trang')] },
          t(', '),
          { type: 'link', href: '/nhiem-vu/i-4-6/', title: null, children: [t('nhiệm vụ')] },
          t(', '),
          { type: 'link', href: 'mailto:a@x.gov.vn', title: null, children: [t('thư')] },
          t(', '),
          { type: 'link', href: '#tom-tat', title: null, children: [t('đây')] },
          t(' và '),
          { type: 'taskLink', id: 'I.4.6' },
          t('.'),
        ],
      },
      {
        type: 'list',
        ordered: false,
        start: null,
        spread: false,
        items: [[{ type: 'paragraph', children: [t('một')] }], [{ type: 'paragraph', children: [t('hai')] }]],
      },
      { type: 'list', ordered: true, start: 3, spread: false, items: [[{ type: 'paragraph', children: [t('ba')] }]] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [t('trích')] }] },
      { type: 'table', align: ['left', 'right'], head: [[t('a')], [t('b')]], rows: [[[t('1')], [t('2')]]] },
      // Code is text: the script inside it is never an element.
      { type: 'code', value: '<script>alert(1)</script>' },
      { type: 'paragraph', children: [{ type: 'image', src: '/data/chi-tieu/dti-rank.svg', alt: 'biểu đồ', title: null }] },
      { type: 'thematicBreak' },
      { type: 'yearValues', year: 2023 },
      { type: 'paragraph', children: [{ type: 'taskLink', id: 'I.2.4' }] },
    ]);
    expect(uses.map((u) => [u.name, u.value, u.line])).toEqual([
      ['TaskLink', 'I.4.6', FM_LINES + 3],
      ['YearValues', '2023', FM_LINES + 24],
      ['TaskLink', 'I.2.4', FM_LINES + 26],
    ]);
    expect(Object.keys(REPORT_COMPONENTS)).toEqual(['IndicatorChart', 'TasksDue', 'YearValues', 'TaskLink']);
  });

  it('keeps text that only looks like code as text: an indented export, braces escaped', () => {
    const { report } = check(body('  export const x = 1\n\nNăm \\{2023\\} và a < b.'));
    expect(report.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'export const x = 1' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Năm {2023} và a < b.' }] },
    ]);
  });

  it('shows a fence indented by four spaces or a tab as code, with the script inside it as text', () => {
    // MDX decodes a reference to a control character to U+FFFD itself.
    expect(check(body('Dòng một&#11;dòng hai')).report.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Dòng một\uFFFDdòng hai' }] },
    ]);
    for (const fence of ['    ```', '\t```']) {
      const { report } = check(body(`${fence}\n\n<script>alert(1)</script>\n\n${fence}`));
      expect(report.body).toEqual([{ type: 'code', value: expect.stringContaining('<script>alert(1)</script>') }]);
    }
  });

  it('tells site paths, anchors and mail from everything else', () => {
    for (const ok of [
      '/',
      '/nhiem-vu/i-4-6/',
      '/data/tasks.csv',
      '/tim-kiem/?q=y%20t%E1%BA%BF',
      'https://x.gov.vn/a',
      'mailto:a@x.gov.vn',
      '#tóm-tắt',
    ])
      expect(isReportHref(ok), ok).toBe(true);
    for (const bad of [
      '//evil.example/',
      '/\\evil.example',
      '/a b',
      'http://x.gov.vn/',
      'javascript:alert(1)',
      'data:,x',
      'nhiem-vu/',
      '../x',
      'mailto:a@x.gov.vn?bcc=b@y.vn',
      '',
    ])
      expect(isReportHref(bad), bad).toBe(false);
    expect(isSitePath('https://x.gov.vn/a.png')).toBe(false);
  });
});

describe('what a report may not contain', () => {
  test.each(HOSTILE_REPORTS.map((c) => [c.name, c] as const))('refuses %s, at its line', (_name, c) => {
    const e = thrown(() => check(body(c.body)));
    expect(e.file).toBe('content/bao-cao/2023.mdx');
    expect(e.message).toMatch(c.error);
    expect(e.line).toBe(FM_LINES + c.line);
  });

  test.each([
    ['an unknown task', '<TaskLink id="I.9.9" />', /expected a task id of the appendix \(e\.g\. I\.4\.6\) in <TaskLink>, found "I\.9\.9"/],
    ['an unknown indicator', '<IndicatorChart id="x" />', /an indicator id of content\/indicators\.csv/],
    ['a year out of range', '<TasksDue year="2031" />', /a year from 2019 to 2030 in <TasksDue>/],
    ['a component without its attribute', '<IndicatorChart />', /<IndicatorChart id="…" \/> with that one attribute/],
    ['a chart inside a sentence', 'Xem <IndicatorChart id="dti-rank" /> đây.', /<IndicatorChart> inside a sentence/],
    ['a level-1 heading', '# Tiêu đề', /a level-1 heading/],
    ['a task-list checkbox', '- [ ] việc', /a task-list checkbox/],
  ])('refuses %s with its line', (_what, text, expected) => {
    const e = thrown(() => check(body(`Đoạn.\n\n${text}`)));
    expect(e.line).toBe(FM_LINES + 3);
    expect(e.message).toMatch(expected);
  });

  it('checks the frontmatter against the schema, the file name and the review date', () => {
    expect(thrown(() => check(FM.replace('year: 2023', 'year: 2024'))).expected).toBe('year: 2023, the year in the file name');
    expect(thrown(() => check(FM.replace(`"${REVIEW}"`, '"2026-01-01"'))).expected).toBe(
      `as_of: a date on or before the review date ${REVIEW}`,
    );
    expect(thrown(() => check(FM.replace('https://x.gov.vn/a', 'http://x.gov.vn/a'))).expected).toMatch(/^sources\.0\.url: an https URL/);
    expect(thrown(() => check(FM.replace('https://x.gov.vn/a', 'javascript:alert(1)'))).line).toBe(6);
    // YAML's escapes make characters the file itself does not hold.
    expect(thrown(() => check(FM.replace('title: "T"', 'title: "T\\u202e"'))).expected).toBe(
      'title: text without control, direction or invisible characters',
    );
    expect(thrown(() => check(FM.replace(`"${REVIEW}"`, '"0000-01-01"'))).expected).toMatch(/^as_of: a date yyyy-mm-dd from 2022-01-01/);
    expect(thrown(() => check(FM.replace('year: 2023', 'year: 9999'))).line).toBe(3);
    const published = thrown(() =>
      check(FM.replace('url: "https://x.gov.vn/a"', 'url: "https://x.gov.vn/a"\n    published: "2026-01-01"')),
    );
    expect([published.line, published.expected]).toEqual([9, `sources.published: a date on or before the review date ${REVIEW}`]);
    expect(thrown(() => check('no frontmatter')).expected).toMatch(/a frontmatter block/);
  });
});
