/**
 * The Mekong Delta provinces' DTI ranks (src/lib/pipeline/regional-ranks.ts), the regional target's
 * values derived from them (regional-lead.ts) and the rule (model/regional-lead.ts): on the curated
 * table as committed, and each bad row refused at its file and line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { MEKONG_PROVINCE, MEKONG_PROVINCES, PLAN_PROVINCE } from '../../../src/lib/model/codes.ts';
import type { ProgressRecord } from '../../../src/lib/model/records.ts';
import {
  LEAD_AT_MOST,
  NOT_LEAD_FROM,
  REGION_SIZE,
  REGIONAL_LEAD_INDICATOR,
  regionalLeadValue,
} from '../../../src/lib/model/regional-lead.ts';
import type { Located } from '../../../src/lib/pipeline/curated-csv.ts';
import { regionalLeadProgress } from '../../../src/lib/pipeline/regional-lead.ts';
import { parseRegionalRankTable, REGIONAL_RANK_COLUMNS } from '../../../src/lib/pipeline/regional-ranks.ts';
import { REVIEW_DATE } from '../../helpers/content-release.ts';
import { thrown } from '../../helpers/source-errors.ts';

const FILE = 'content/regional_ranks.csv';
const PROGRESS = 'content/progress.csv';
const files = { ranks: FILE, progress: PROGRESS };
const real = parseRegionalRankTable(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8'), FILE, REVIEW_DATE);

const REVIEW = '2025-12-31';
const HEADER = REGIONAL_RANK_COLUMNS.join(',');
// year,basis,province_id,province,rank,region_rank,source_title,source_url,source_published,source_kind,note
const GOOD = '2022,dti_63,dong-thap,Đồng Tháp,39,,Bảng xếp hạng,https://dti.gov.vn/xep-hang-2022,,official_document,«39 Đồng Tháp»';
const cells = (over: Partial<Record<(typeof REGIONAL_RANK_COLUMNS)[number], string>>) => {
  const c = GOOD.split(',');
  REGIONAL_RANK_COLUMNS.forEach((name, i) => {
    if (over[name] !== undefined) c[i] = over[name]!;
  });
  return c.join(',');
};
const parse = (rows: string[]) => parseRegionalRankTable(`${HEADER}\n${rows.join('\n')}\n`, FILE, REVIEW);

/** A made-up year in which every province has a rank: `ranks` by province, the rest after them. */
function fullYear(year: number, ranks: Partial<Record<string, number>>): string[] {
  const taken = new Set(Object.values(ranks));
  let next = 1;
  return MEKONG_PROVINCES.map((id) => {
    let rank = ranks[id];
    if (rank === undefined) {
      while (taken.has(next)) next++;
      rank = next++;
    }
    return cells({ year: String(year), province_id: id, province: MEKONG_PROVINCE[id].label, rank: String(rank) });
  });
}

describe('the curated regional ranks', () => {
  it('holds only the thirteen provinces, each rank once a year, every row citing an https source with its words in «»', () => {
    expect(real.length).toBeGreaterThan(0);
    const keys = new Set(real.map((r) => `${r.year}|${r.province_id}`));
    expect(keys.size).toBe(real.length);
    for (const r of real) {
      expect(MEKONG_PROVINCES).toContain(r.province_id);
      expect(r.source_url).toMatch(/^https:\/\//);
      expect(r.note).toMatch(/«[^»]+»/);
      expect(r.rank).toBeGreaterThanOrEqual(1);
      expect(r.rank).toBeLessThanOrEqual(63);
    }
  });

  it('gives a position in the region exactly in the years all thirteen are ranked: 1 + the provinces ranked above', () => {
    const years = [...new Set(real.map((r) => r.year))];
    for (const year of years) {
      const of = real.filter((r) => r.year === year);
      for (const r of of) {
        if (of.length === REGION_SIZE) expect(r.region_position).toBe(1 + of.filter((o) => o.rank < r.rank).length);
        else expect(r.region_position).toBeNull();
      }
    }
  });

  it("derives the regional target's value from the plan province's position by the rule, in every year the rule decides", () => {
    const derived = regionalLeadProgress(real, [], files);
    const own = real.filter((r) => r.province_id === PLAN_PROVINCE && r.region_position !== null);
    const decided = own.filter((r) => regionalLeadValue(r.region_position!) !== null);
    expect(derived.map((d) => [d.year, d.value])).toEqual(decided.map((r) => [r.year, regionalLeadValue(r.region_position!)]));
    for (const d of derived) {
      const from = own.find((r) => r.year === d.year)!;
      expect(d).toMatchObject({
        indicator_id: REGIONAL_LEAD_INDICATOR,
        basis: 'province_2022',
        qualifier: 'exact',
        source_url: from.source_url,
        line: from.line,
      });
      expect(d.derivation).toContain(`thứ ${from.region_position}/${REGION_SIZE} trong vùng`);
      expect(d.derivation).toContain(`hạng ${from.rank}/63`);
    }
  });
});

describe('the rule', () => {
  it('is in the group in the top three, out of it from the lower half on, and cannot say in between', () => {
    expect([LEAD_AT_MOST, NOT_LEAD_FROM]).toEqual([3, 7]);
    const values = Array.from({ length: REGION_SIZE }, (_, i) => regionalLeadValue(i + 1));
    expect(values).toEqual([1, 1, 1, null, null, null, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => regionalLeadValue(0)).toThrow();
    expect(() => regionalLeadValue(REGION_SIZE + 1)).toThrow();
  });

  it("is stated in the indicator's note with the same thresholds", () => {
    const note = readFileSync(new URL('../../../content/indicators.csv', import.meta.url), 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${REGIONAL_LEAD_INDICATOR},`))!;
    expect(note).toContain(`trong ${LEAD_AT_MOST} tỉnh đầu vùng`);
    expect(note).toContain(`từ thứ ${NOT_LEAD_FROM} trở xuống`);
    expect(note).toContain('regional_ranks');
    expect(note).not.toContain('không quy đổi');
  });
});

describe('positions and derived values on made-up years', () => {
  it('shares a position between equal national ranks and leaves a year with a province missing without positions', () => {
    const rows = parse([...fullYear(2021, { 'dong-thap': 4, 'can-tho': 4 }), ...fullYear(2022, {}).slice(1)]);
    const y2021 = rows.filter((r) => r.year === 2021);
    expect(y2021.find((r) => r.province_id === 'dong-thap')!.region_position).toBe(4);
    expect(y2021.find((r) => r.province_id === 'can-tho')!.region_position).toBe(4);
    expect(Math.max(...y2021.map((r) => r.region_position!))).toBe(REGION_SIZE);
    expect(rows.filter((r) => r.year === 2022).every((r) => r.region_position === null)).toBe(true);
  });

  test.each([
    [2, 1],
    [5, null],
    [9, 0],
  ])('Đồng Tháp %ith in the region gives %s', (position, value) => {
    const others = MEKONG_PROVINCES.filter((id) => id !== PLAN_PROVINCE);
    const ranks: Record<string, number> = { [PLAN_PROVINCE]: position * 2 };
    others.forEach((id, i) => (ranks[id] = i < position - 1 ? i * 2 + 1 : 40 + i));
    const derived = regionalLeadProgress(parse(fullYear(2022, ranks)), [], files);
    expect(derived.map((d) => d.value)).toEqual(value === null ? [] : [value]);
  });

  it('refuses a value of the regional target typed into progress.csv, at its line', () => {
    const typed = { indicator_id: REGIONAL_LEAD_INDICATOR, year: 2022, line: 7 } as Located<ProgressRecord>;
    const e = thrown(() => regionalLeadProgress(real, [typed], files));
    expect([e.file, e.line]).toEqual([PROGRESS, 7]);
    expect(e.expected).toMatch(/derived from content\/regional_ranks\.csv/);
  });
});

describe('broken regional ranks', () => {
  it('reads a good row', () => {
    expect(parse([GOOD])[0]).toMatchObject({
      year: 2022,
      province_id: 'dong-thap',
      rank: 39,
      region_rank: null,
      source_published: null,
      line: 2,
    });
  });

  test.each([
    ['a province outside the region', cells({ province_id: 'tay-ninh' }), /^province_id: one of the thirteen Mekong Delta provinces/],
    ['a name of another province', cells({ province: 'Tiền Giang' }), /^province: the name of dong-thap \(Đồng Tháp\)/],
    ['the 34-province ranking', cells({ basis: 'dti_34' }), /^basis: dti_63 \(the 63-province DTI; from DTI 2024/],
    ['a rank beyond 63', cells({ rank: '64' }), /^rank: a rank from 1 to 63/],
    ['a rank of 0', cells({ rank: '0' }), /^rank: a rank from 1 to 63/],
    [
      'a regional rank above the national one',
      cells({ rank: '2', region_rank: '3' }),
      /^region_rank: a rank within the region from 1 to 2/,
    ],
    ['a regional rank beyond 13', cells({ region_rank: '14' }), /^region_rank: a rank within the region from 1 to 13/],
    ['a year before the plan', cells({ year: '2018' }), /^year: a year from 2019/],
    ['an http source', cells({ source_url: 'http://dti.gov.vn/xep-hang-2022' }), /^source_url: an https URL/],
    [
      'a date after the review',
      cells({ source_published: '2026-01-01' }),
      /^source_published: a date yyyy-mm-dd on or before the review date 2025-12-31/,
    ],
    [
      'a date before the ranked year',
      cells({ source_published: '2021-05-01' }),
      /^source_published: a date in or after the ranked year 2022/,
    ],
    ['an unknown source kind', cells({ source_kind: 'press' }), /^source_kind: one of/],
    ['an empty note', cells({ note: ' ' }), /^note:/],
  ])('rejects %s, naming line 2', (_what, row, expected) => {
    const e = thrown(() => parse([row]));
    expect([e.file, e.line]).toEqual([FILE, 2]);
    expect(e.expected).toMatch(expected);
  });

  it('accepts the source\'s "TP." before a city\'s name', () => {
    expect(parse([cells({ province_id: 'can-tho', province: 'TP. Cần Thơ', rank: '5' })])[0]!.province).toBe('TP. Cần Thơ');
  });

  it('rejects a second rank of the same province in a year, on its own line', () => {
    const e = thrown(() => parse([GOOD, cells({ rank: '40' })]));
    expect([e.file, e.line, e.expected]).toEqual([FILE, 3, 'one rank per province, year and ranking (already on line 2)']);
  });
});
