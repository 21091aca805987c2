import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { parseIndicatorTable } from '../../src/lib/indicators.ts';
import { parseProgressTable, PROGRESS_TABLE_COLUMNS } from '../../src/lib/progress.ts';
import { thrown } from '../helpers/errors.ts';

const FILE = 'content/progress.csv';
const csv = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8');
const indicators = parseIndicatorTable(
  readFileSync(new URL('../../content/indicators.csv', import.meta.url), 'utf8'),
  'content/indicators.csv',
);
const ids = indicators.map((i) => i.id);
const rows = parseProgressTable(csv, FILE, ids);


const HEADER = PROGRESS_TABLE_COLUMNS.join(',');
const GOOD = 'dti-rank,2022,39,Báo cáo,https://dti.gov.vn/xep-hang-2022,,«39 Đồng Tháp»';
const one = (row: string) => `${HEADER}\n${row}\n`;

describe('the curated progress table', () => {
  it('parses every row, each citing an https source for a known indicator', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(ids).toContain(r.indicator_id);
      expect(r.source_url).toMatch(/^https:\/\//);
      expect(r.note.length).toBeGreaterThan(20);
    }
  });

  it('has the DTI 2022 rank from dti.gov.vn', () => {
    expect(rows.find((r) => r.indicator_id === 'dti-rank' && r.year === 2022)).toMatchObject({
      value: 39,
      source_url: 'https://dti.gov.vn/xep-hang-2022',
      published_date: null,
    });
  });

  it('keeps percentages within 0–100 and ranks within 1–63', () => {
    const unit = new Map(indicators.map((i) => [i.id, i.unit]));
    for (const r of rows) {
      if (unit.get(r.indicator_id) === 'percent') expect(r.value >= 0 && r.value <= 100).toBe(true);
      if (unit.get(r.indicator_id) === 'rank') expect(Number.isInteger(r.value) && r.value >= 1 && r.value <= 63).toBe(true);
    }
  });

  it('reads a decimal value and an ISO date', () => {
    expect(rows.find((r) => r.indicator_id === 'ky-nang-so-cbccvc')).toMatchObject({ year: 2022, value: 79.2, published_date: '2023-04-07' });
  });
});

describe('broken progress tables', () => {
  it('accepts a good row', () => {
    expect(parseProgressTable(one(GOOD), FILE, ids)).toEqual([
      {
        indicator_id: 'dti-rank',
        year: 2022,
        value: 39,
        source_title: 'Báo cáo',
        source_url: 'https://dti.gov.vn/xep-hang-2022',
        published_date: null,
        note: '«39 Đồng Tháp»',
      },
    ]);
  });

  it('rejects a wrong header', () => {
    const e = thrown(() => parseProgressTable(`indicator,year,value\n${GOOD}\n`, FILE, ids));
    expect([e.file, e.line]).toEqual([FILE, 1]);
  });

  test.each([
    ['an unknown indicator', 'dti-score,2022,0.5,Báo cáo,https://dti.gov.vn/x,,ghi chú', /^indicator_id:/],
    ['a year before 2019', 'dti-rank,2018,39,Báo cáo,https://dti.gov.vn/x,,ghi chú', /^year: a year from 2019 to 2030/],
    ['a year after 2030', 'dti-rank,2031,39,Báo cáo,https://dti.gov.vn/x,,ghi chú', /^year:/],
    ['a two-digit year', 'dti-rank,22,39,Báo cáo,https://dti.gov.vn/x,,ghi chú', /^year:/],
    ['a value that is not a number', 'dti-rank,2022,thứ 39,Báo cáo,https://dti.gov.vn/x,,ghi chú', /^value:/],
    ['a decimal comma', 'dti-rank,2022,"79,2",Báo cáo,https://dti.gov.vn/x,,ghi chú', /^value:/],
    ['an empty value', 'dti-rank,2022,,Báo cáo,https://dti.gov.vn/x,,ghi chú', /^value:/],
    ['an http URL', 'dti-rank,2022,39,Báo cáo,http://dti.gov.vn/x,,ghi chú', /^source_url: an https URL/],
    ['no URL', 'dti-rank,2022,39,Báo cáo,,,ghi chú', /^source_url:/],
    ['a date that is not ISO', 'dti-rank,2022,39,Báo cáo,https://dti.gov.vn/x,12/7/2023,ghi chú', /^published_date:/],
    ['an impossible date', 'dti-rank,2022,39,Báo cáo,https://dti.gov.vn/x,2023-02-30,ghi chú', /^published_date:/],
    ['no source title', 'dti-rank,2022,39, ,https://dti.gov.vn/x,,ghi chú', /^source_title:/],
    ['no note', 'dti-rank,2022,39,Báo cáo,https://dti.gov.vn/x,,', /^note:/],
  ])('rejects %s, naming line 2', (_what, row, expected) => {
    const e = thrown(() => parseProgressTable(one(row), FILE, ids));
    expect(e.file).toBe(FILE);
    expect(e.line).toBe(2);
    expect(e.expected).toMatch(expected);
  });

  it('rejects a second value for the same indicator and year, on its own line', () => {
    const e = thrown(() => parseProgressTable(`${HEADER}\n${GOOD}\n\n${GOOD.replace(',39,', ',38,')}\n`, FILE, ids));
    expect(e.line).toBe(4);
    expect(e.expected).toBe('one value per indicator and year (already on line 2)');
  });

  it('rejects a row with the wrong number of fields', () => {
    const e = thrown(() => parseProgressTable(one('dti-rank,2022,39'), FILE, ids));
    expect(e.line).toBe(2);
    expect(e.expected).toBe('a row of 7 fields');
  });

  it('counts lines across multi-line notes', () => {
    const text = `${HEADER}\n${GOOD.replace('«39 Đồng Tháp»', '"dòng 1\ndòng 2"')}\ndti-rank,1999,39,Báo cáo,https://dti.gov.vn/x,,ghi chú\n`;
    expect(thrown(() => parseProgressTable(text, FILE, ids)).line).toBe(4);
  });
});
