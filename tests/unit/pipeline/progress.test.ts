import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { parseIndicatorTable } from '../../../src/lib/pipeline/indicators.ts';
import { parseProgressTable, PROGRESS_TABLE_COLUMNS } from '../../../src/lib/pipeline/progress.ts';
import { thrown } from '../../helpers/source-errors.ts';
import { REVIEW_DATE } from '../../helpers/content-release.ts';
import { SNAPSHOT_REVIEW_DATE, snapshotText } from '../../helpers/snapshot.ts';
import { reporters } from '../../../src/lib/pipeline/reporters.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';

const FILE = 'content/progress.csv';
const indicators = parseIndicatorTable(
  readFileSync(new URL('../../../content/indicators.csv', import.meta.url), 'utf8'),
  'content/indicators.csv',
);
const units = new Map(indicators.map((i) => [i.id, i.unit]));
const ids = indicators.map((i) => i.id);
const REPORTERS = reporters(reviewedTable('bodies'), 'content/bodies.csv');
const rows = parseProgressTable(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8'), FILE, units, REVIEW_DATE, REPORTERS);
/** The table of the frozen outcomes (helpers/snapshot.ts), for what particular rows say. */
const frozen = parseProgressTable(snapshotText('progress.csv'), FILE, units, SNAPSHOT_REVIEW_DATE, REPORTERS);
/** The review date of the made-up tables below. */
const REVIEW = '2025-12-31';

const HEADER = PROGRESS_TABLE_COLUMNS.join(',');
// indicator_id,year,value,qualifier,period_start,period_end,derivation,basis,source_title,source_url,published_date,note,source_kind,reported_by
const GOOD = 'dti-rank,2022,39,exact,,,,dti_63,Báo cáo,https://dti.gov.vn/xep-hang-2022,,«39 Đồng Tháp»,official_document,';
const PCT = 'sme-tmdt,2023,58,at_least,2021-01-01,2023-12-31,,province_2022,Bài,https://x.gov.vn/a,,«trên 58%»,official_report,';
const one = (row: string) => `${HEADER}\n${row}\n`;
const parse = (text: string) => parseProgressTable(text, FILE, units, REVIEW, REPORTERS);

describe('the curated progress table', () => {
  it('parses every row, each citing an https source for a known indicator', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(ids).toContain(r.indicator_id);
      expect(r.source_url).toMatch(/^https:\/\//);
      expect(r.note.length).toBeGreaterThan(20);
    }
  });

  it('reads the DTI 2022 rank from dti.gov.vn, among 63 provinces', () => {
    expect(frozen.find((r) => r.indicator_id === 'dti-rank' && r.year === 2022)).toMatchObject({
      value: 39,
      qualifier: 'exact',
      basis: 'dti_63',
      derivation: null,
      source_url: 'https://dti.gov.vn/xep-hang-2022',
      published_date: null,
    });
  });

  it('says how a derived value was computed (the 2021 rank from "tăng 10 bậc")', () => {
    const derived = frozen.filter((r) => r.derivation !== null);
    expect(derived.map((r) => `${r.indicator_id} ${r.year}`)).toEqual(['dti-rank 2021']);
    expect(derived[0]!.value).toBe(49);
    expect(derived[0]!.derivation).toMatch(/39.*10/);
  });

  it('keeps "trên 58%" as a lower bound for the period 2021–2023, not as exactly 58', () => {
    expect(frozen.find((r) => r.indicator_id === 'sme-tmdt' && r.year === 2023)).toMatchObject({
      value: 58,
      qualifier: 'at_least',
      period_start: '2021-01-01',
      period_end: '2023-12-31',
    });
  });

  it('files a value of the merged province on its own basis', () => {
    expect(frozen.filter((r) => r.basis === 'province_2025').length).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x.basis === 'province_2025')) expect(r.year).toBeGreaterThanOrEqual(2025);
  });

  it('keeps percentages within 0–100 and ranks within 1–63', () => {
    for (const r of rows) {
      if (units.get(r.indicator_id) === 'percent') expect(r.value >= 0 && r.value <= 100).toBe(true);
      if (units.get(r.indicator_id) === 'rank') expect(Number.isInteger(r.value) && r.value >= 1 && r.value <= 63).toBe(true);
    }
  });

  it('reads a decimal value and an ISO date', () => {
    expect(rows.find((r) => r.indicator_id === 'ky-nang-so-cbccvc' && r.year === 2022)).toMatchObject({
      value: 79.2,
      published_date: '2023-04-07',
    });
  });
});

describe('broken progress tables', () => {
  it('accepts good rows', () => {
    expect(parse(`${HEADER}\n${GOOD}\n${PCT}\n`)).toEqual([
      {
        indicator_id: 'dti-rank',
        year: 2022,
        value: 39,
        qualifier: 'exact',
        period_start: null,
        period_end: null,
        derivation: null,
        basis: 'dti_63',
        source_title: 'Báo cáo',
        source_url: 'https://dti.gov.vn/xep-hang-2022',
        published_date: null,
        note: '«39 Đồng Tháp»',
        source_kind: 'official_document',
        reported_by: null,
        line: 2,
      },
      {
        indicator_id: 'sme-tmdt',
        year: 2023,
        value: 58,
        qualifier: 'at_least',
        period_start: '2021-01-01',
        period_end: '2023-12-31',
        derivation: null,
        basis: 'province_2022',
        source_title: 'Bài',
        source_url: 'https://x.gov.vn/a',
        published_date: null,
        note: '«trên 58%»',
        source_kind: 'official_report',
        reported_by: null,
        line: 3,
      },
    ]);
  });

  it('rejects a wrong header', () => {
    const e = thrown(() => parse(`indicator,year,value\n${GOOD}\n`));
    expect([e.file, e.line]).toEqual([FILE, 1]);
  });

  const rank = (over: Partial<Record<(typeof PROGRESS_TABLE_COLUMNS)[number], string>>) => {
    const cells = GOOD.split(',');
    PROGRESS_TABLE_COLUMNS.forEach((c, i) => {
      if (over[c] !== undefined) cells[i] = over[c]!;
    });
    return cells.join(',');
  };
  const pct = (over: Partial<Record<(typeof PROGRESS_TABLE_COLUMNS)[number], string>>) => {
    const cells = PCT.split(',');
    PROGRESS_TABLE_COLUMNS.forEach((c, i) => {
      if (over[c] !== undefined) cells[i] = over[c]!;
    });
    return cells.join(',');
  };

  // nang-suat-lao-dong: labour productivity, in percent a year.
  const growth = (value: string) =>
    `nang-suat-lao-dong,2024,${value},exact,,,,province_2022,Niên giám,https://x.gov.vn/a,,«tăng»,official_report,`;

  it('keeps a yearly fall, and a growth up to 100 percent', () => {
    expect(parse(`${HEADER}\n${growth('-3.5')}\n`)[0]!.value).toBe(-3.5);
    expect(parse(`${HEADER}\n${growth('100')}\n`)[0]!.value).toBe(100);
  });

  it('refuses a table with no rows', () => {
    expect(thrown(() => parse(`${HEADER}\n`)).message).toBe(
      `${FILE}:2: expected at least one row below the header (the table is empty), found "(end of file)"`,
    );
    expect(thrown(() => parse(`${HEADER}\n\n\n`)).line).toBe(2);
  });

  test.each([
    ['an unknown indicator', rank({ indicator_id: 'dti-score' }), /^indicator_id:/],
    ['a year before 2019', rank({ year: '2018' }), /^year: a year from 2019 to 2030/],
    ['a year after 2030', rank({ year: '2031' }), /^year:/],
    ['a two-digit year', rank({ year: '22' }), /^year:/],
    ['a value that is not a number', rank({ value: 'thứ 39' }), /^value:/],
    ['a decimal comma', rank({ value: '"79,2"' }), /^value:/],
    ['an empty value', rank({ value: '' }), /^value:/],
    ['an unknown qualifier', rank({ qualifier: 'tren' }), /^qualifier: one of exact, at_least/],
    ['an empty qualifier', rank({ qualifier: '' }), /^qualifier:/],
    ['an unknown basis', rank({ basis: 'dti' }), /^basis: one of/],
    ['a rank without its ranking', rank({ basis: 'province_2022' }), /^basis: the ranking a rank belongs to/],
    ['a rank beyond the provinces ranked', rank({ value: '64' }), /^value: a rank from 1 to 63/],
    ['a rank of 35 among 34', rank({ value: '35', basis: 'dti_34' }), /^value: a rank from 1 to 34/],
    ['a percent over 100', pct({ value: '100.5' }), /^value: a percent from 0 to 100/],
    ['a negative percent', pct({ value: '-1' }), /^value: a percent from 0 to 100/],
    ['a percent on a DTI basis', pct({ basis: 'dti_63' }), /^basis: province_2022 or province_2025/],
    [
      'a period that ends before it starts',
      pct({ period_start: '2023-06-01', period_end: '2023-01-31' }),
      /^period_end: a date on or after period_start/,
    ],
    ['a period without its end', pct({ period_end: '' }), /^period_end: both period_start and period_end, or neither/],
    ['a period that ends in another year', pct({ period_end: '2022-12-31' }), /^period_end: a date in the row's year 2023/],
    ['a period date that is not ISO', pct({ period_start: '1/1/2021' }), /^period_start: an ISO date/],
    [
      'a date after the review',
      pct({ published_date: '2026-01-05' }),
      new RegExp(`^published_date: a date on or before the review date ${REVIEW}`),
    ],
    ['an http URL', rank({ source_url: 'http://dti.gov.vn/x' }), /^source_url: an https URL/],
    ['no URL', rank({ source_url: '' }), /^source_url:/],
    ['a date that is not ISO', rank({ published_date: '12/7/2023' }), /^published_date:/],
    ['an impossible date', rank({ published_date: '2023-02-30' }), /^published_date:/],
    ['no source title', rank({ source_title: ' ' }), /^source_title:/],
    ['no note', rank({ note: '' }), /^note:/],
    ['a yearly growth of 1e308 percent', growth(`1${'0'.repeat(308)}`), /^value: a percent per year from -100 to 100/],
    ['a yearly growth over 100 percent', growth('100.1'), /^value: a percent per year from -100 to 100/],
    ['a yearly fall over 100 percent', growth('-101'), /^value: a percent per year from -100 to 100/],
    ['a value past the largest number', growth('9'.repeat(400)), /^value: a number within its unit's range/],
    [
      "a published date before the value's year",
      pct({ published_date: '2022-12-31' }),
      /^published_date: a date in or after the row's year 2023/,
    ],
    ['a period starting before 2000', pct({ period_start: '1999-12-31' }), /^period_start: a date from 2000-01-01/],
    ['a period starting in year 0', pct({ period_start: '0000-01-01' }), /^period_start: a date from 2000-01-01/],
    [
      'a source kind outside the list',
      rank({ source_kind: 'bao_chi' }),
      /^source_kind: one of official_report, official_document, public_record/,
    ],
    ['an unknown reporting body', pct({ reported_by: 'so-khcn-moi' }), /^reported_by: a body id of content\/bodies\.csv, or nothing/],
    [
      "a body's report filed as a public page",
      rank({ source_kind: 'public_record', reported_by: 'so-khcn' }),
      /^source_kind: official_report \(the row is so-khcn's own report\)/,
    ],
  ])('rejects %s, naming line 2', (_what, row, expected) => {
    const e = thrown(() => parse(one(row)));
    expect(e.file).toBe(FILE);
    expect(e.line).toBe(2);
    expect(e.expected).toMatch(expected);
  });

  it('rejects a second value for the same indicator, year and basis, on its own line', () => {
    const e = thrown(() => parse(`${HEADER}\n${GOOD}\n\n${GOOD.replace(',39,', ',38,')}\n`));
    expect(e.line).toBe(4);
    expect(e.expected).toBe('one value per indicator, year, basis and reporting body (already on line 2)');
  });

  it("keeps a body's own report of a value beside the published one of the same year", () => {
    const report = pct({ reported_by: 'so-khcn', value: '61' });
    expect(parse(`${HEADER}\n${PCT}\n${report}\n`).map((r) => r.reported_by)).toEqual([null, 'so-khcn']);
    const e = thrown(() => parse(`${HEADER}\n${PCT}\n${report}\n${report}\n`));
    expect([e.line, e.found]).toEqual([4, 'sme-tmdt|2023|province_2022|so-khcn']);
  });

  it('accepts the same year on two rankings (63 and 34 provinces)', () => {
    expect(parse(`${HEADER}\n${GOOD}\n${rank({ value: '20', basis: 'dti_34' })}\n`)).toHaveLength(2);
  });

  it('rejects a row with the wrong number of fields', () => {
    const e = thrown(() => parse(one('dti-rank,2022,39')));
    expect(e.line).toBe(2);
    expect(e.expected).toBe(`a row of ${PROGRESS_TABLE_COLUMNS.length} fields`);
  });

  it('counts lines across multi-line notes', () => {
    const text = `${HEADER}\n${GOOD.replace('«39 Đồng Tháp»', '"dòng 1\ndòng 2"')}\n${rank({ year: '1999' })}\n`;
    expect(thrown(() => parse(text)).line).toBe(4);
  });
});
