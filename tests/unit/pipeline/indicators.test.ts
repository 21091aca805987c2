import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { parseAppendix } from '../../../src/lib/pipeline/appendix.ts';
import {
  currentTarget,
  indicatorStatus,
  INDICATOR_TABLE_COLUMNS,
  linkIndicators,
  meetsTarget,
  parseIndicatorTable,
  targetResult,
  verdict,
  toIndicatorTableRow,
  type IndicatorEntry,
} from '../../../src/lib/pipeline/indicators.ts';
import { parseBody } from '../../../src/lib/pipeline/outline.ts';
import { parseProgressTable } from '../../../src/lib/pipeline/progress.ts';
import { reporters } from '../../../src/lib/pipeline/reporters.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';
import { parseTargets } from '../../../src/lib/pipeline/targets.ts';
import { thrown } from '../../helpers/source-errors.ts';
import { SNAPSHOT_REVIEW_DATE, snapshotText } from '../../helpers/snapshot.ts';
import type { TargetRecord } from '../../../src/lib/model/records.ts';

const SEED = 'seeds/ke-hoach-04-NQ-TU-dong-thap.txt';
const TABLE = 'content/indicators.csv';
const lines = readFileSync(new URL(`../../../${SEED}`, import.meta.url), 'utf8').split('\n');
const body = parseBody(lines, SEED);
const taskIds = parseAppendix(lines, body.appendix_start_line, SEED).tasks.map((t) => t.id);
const targets = parseTargets(body.blocks, body.sections, SEED);
const csv = readFileSync(new URL(`../../../${TABLE}`, import.meta.url), 'utf8');
const indicators = parseIndicatorTable(csv, TABLE);
const linked = linkIndicators(targets, indicators, TABLE, taskIds);
const indicator = (id: string) => indicators.find((i) => i.id === id)!;

/** The real table with the data row of indicator `id` changed (cells by column name). */
function editRow(id: string, change: Partial<Record<(typeof INDICATOR_TABLE_COLUMNS)[number], string>>): string {
  const rows = csv.split('\n');
  const i = rows.findIndex((r) => r.startsWith(`${id},`));
  if (i < 0) throw new Error(`no row ${id}`);
  const { line: _line, ...entry } = indicator(id);
  const cells: Record<string, string> = {
    ...entry,
    target_2025_id: entry.target_2025_id ?? '',
    target_2030_id: entry.target_2030_id ?? '',
    task_ids: entry.task_ids.join('|'),
    ...change,
  };
  rows[i] = INDICATOR_TABLE_COLUMNS.map((c) => `"${cells[c]!.replace(/"/g, '""')}"`).join(',');
  return rows.join('\n');
}
const lineOf = (id: string) => indicator(id).line;

describe('the curated indicator table', () => {
  it('has one row per measure with unique ids', () => {
    expect(indicators).toHaveLength(22);
    expect(new Set(indicators.map((i) => i.id)).size).toBe(22);
    expect(indicators[0]!.line).toBe(2);
  });

  it('links every target of the plan to exactly one indicator', () => {
    expect(linked).toHaveLength(targets.length);
    for (const t of linked) expect(t.indicator_id).not.toBeNull();
    const measured = indicators.flatMap((i) => [i.target_2025_id, i.target_2030_id]).filter((x) => x !== null);
    expect([...measured].sort()).toEqual(targets.map((t) => t.id).sort());
  });

  it('keeps the unit and the pillar of the targets it measures', () => {
    for (const t of linked) {
      const ind = indicator(t.indicator_id!);
      expect([t.id, ind.unit, ind.pillar]).toEqual([t.id, t.unit, t.pillar]);
    }
  });

  test.each([
    // [indicator, 2025 target, 2030 target]: the statements that measure the same thing in both years.
    ['dti-rank', 'II.1.rank-2025', 'II.1.rank-2030'],
    ['du-lieu-mo', 'II.2.a.3', 'II.3.a.2'],
    ['sme-tmdt', 'II.2.b.1', 'II.3.b.1'],
    ['mua-sam-truc-tuyen', 'II.2.b.2', 'II.3.b.2'],
    ['nong-dan-iot', 'II.2.b.4', 'II.3.b.3'],
    ['nang-suat-lao-dong', 'II.2.b.5', 'II.3.b.4'],
    ['tai-khoan-thanh-toan', 'II.2.c.3', 'II.3.c.2'],
    ['giao-duc-moi-truong-so', 'II.2.c.6', 'II.3.c.3'],
    ['ho-so-suc-khoe-dien-tu', 'II.2.c.7', 'II.3.c.4'],
  ])('%s links %s to %s', (id, t2025, t2030) => {
    expect([indicator(id).target_2025_id, indicator(id).target_2030_id]).toEqual([t2025, t2030]);
  });

  it('keeps apart the household broadband (2025) and fibre/5G on demand (2030) statements', () => {
    expect([indicator('bang-rong-co-dinh').target_2025_id, indicator('bang-rong-co-dinh').target_2030_id]).toEqual(['II.2.c.1', null]);
    expect([indicator('ket-noi-cap-quang-5g').target_2025_id, indicator('ket-noi-cap-quang-5g').target_2030_id]).toEqual([
      null,
      'II.3.c.1',
    ]);
  });

  it('says a lower rank is better, and every percentage higher is better', () => {
    expect(indicator('dti-rank').direction).toBe('decrease');
    for (const i of indicators.filter((x) => x.unit !== 'rank')) expect(i.direction).toBe('increase');
  });

  it('links tasks only where the plan names the measure', () => {
    expect(indicator('sme-tmdt').task_ids).toContain('III.8');
    expect(indicator('du-lieu-mo').task_ids).toContain('I.4.6');
    expect(indicator('nen-tang-du-lieu-ai').task_ids).toContain('I.5.5');
    for (const i of indicators) for (const t of i.task_ids) expect(taskIds).toContain(t);
    // Every linked pair is explained in the note.
    for (const i of indicators.filter((x) => x.target_2025_id && x.target_2030_id)) expect(i.note.length).toBeGreaterThan(20);
  });

  it('publishes the rows without their CSV line', () => {
    expect(Object.keys(toIndicatorTableRow(indicators[0]!))).toEqual([...INDICATOR_TABLE_COLUMNS]);
  });
});

describe('broken indicator tables', () => {
  it('rejects a wrong header', () => {
    const e = thrown(() => parseIndicatorTable(csv.replace('task_ids', 'tasks'), TABLE));
    expect([e.line, e.expected]).toEqual([1, `the header ${INDICATOR_TABLE_COLUMNS.join(',')}`]);
  });

  test.each([
    ['a non-ASCII id', { id: 'sàn-tmđt' }, /^id:/],
    ['an unknown pillar', { pillar: 'digital_culture' }, /^pillar:/],
    ['an unknown unit', { unit: 'persons' }, /^unit:/],
    ['an unknown direction', { direction: 'higher' }, /^direction:/],
    ['task ids separated by ";"', { task_ids: 'III.6;III.8' }, /^task_ids:/],
    ['no target at all', { target_2025_id: '', target_2030_id: '' }, /at least one target/],
  ])('rejects %s with its CSV line', (_what, change, expected) => {
    const e = thrown(() => parseIndicatorTable(editRow('sme-tmdt', change), TABLE));
    expect(e.file).toBe(TABLE);
    expect(e.line).toBe(lineOf('sme-tmdt'));
    expect(e.expected).toMatch(expected);
  });

  it('rejects a duplicate id and a row with too few fields', () => {
    const dup = `${csv.trimEnd()}\n${csv.split('\n').find((r) => r.startsWith('smartphone,'))}\n`;
    const e = thrown(() => parseIndicatorTable(dup, TABLE));
    expect(e.line).toBe(24);
    expect(e.expected).toMatch(/not already used on line/);
    const short = thrown(() => parseIndicatorTable(`${csv.trimEnd()}\nsmartphone2,Điện thoại\n`, TABLE));
    expect(short.line).toBe(24);
    expect(short.expected).toBe('a row of 10 fields');
  });

  const link = (text: string) => linkIndicators(targets, parseIndicatorTable(text, TABLE), TABLE, taskIds);

  it('rejects an unknown target id', () => {
    const e = thrown(() => link(editRow('smartphone', { target_2025_id: 'II.2.c.9' })));
    expect([e.line, e.found]).toEqual([lineOf('smartphone'), 'II.2.c.9']);
  });

  it('rejects a target of the wrong year', () => {
    const e = thrown(() => link(editRow('smartphone', { target_2025_id: 'II.3.c.2' })));
    expect(e.line).toBe(lineOf('smartphone'));
    expect(e.expected).toBe('target_2025_id: a target for 2025');
  });

  it('rejects a target measured twice, on the later row', () => {
    // smartphone (earlier row) now claims II.2.c.3, which tai-khoan-thanh-toan (later row) measures.
    const e = thrown(() => link(editRow('smartphone', { target_2025_id: 'II.2.c.3' })));
    expect(e.line).toBe(lineOf('tai-khoan-thanh-toan'));
    expect(e.expected).toMatch(/not already measured by smartphone/);
    expect(e.found).toBe('II.2.c.3');
  });

  it('rejects an unmeasured target', () => {
    const dropped = csv
      .split('\n')
      .filter((r) => !r.startsWith('ocop-tmdt,'))
      .join('\n');
    const e = thrown(() => link(dropped));
    expect(e.file).toBe(TABLE);
    expect(e.expected).toBe('a row measuring target II.2.b.3 (seed line 55)');
  });

  it('rejects a pillar or unit that differs from the target', () => {
    expect(thrown(() => link(editRow('smartphone', { pillar: 'digital_economy' }))).expected).toMatch(/pillar digital_society/);
    expect(thrown(() => link(editRow('smartphone', { unit: 'rank' }))).expected).toMatch(/unit percent/);
  });

  it('rejects an unknown task', () => {
    const e = thrown(() => link(editRow('smartphone', { task_ids: 'III.10.4' })));
    expect([e.line, e.found]).toEqual([lineOf('smartphone'), 'III.10.4']);
  });
});

describe('indicatorStatus', () => {
  const rank2025: Pick<TargetRecord, 'comparator' | 'value' | 'unit' | 'target_year'> = {
    comparator: 'lte',
    value: 25,
    unit: 'rank',
    target_year: 2025,
  };
  const pct = (comparator: TargetRecord['comparator'], value: number, target_year = 2025) => ({
    comparator,
    value,
    unit: 'percent' as const,
    target_year,
  });

  it('says "chưa có số liệu công bố" without data, and whether the target year has passed', () => {
    expect(indicatorStatus({ target: rank2025, direction: 'decrease', observations: [] })).toEqual({
      status: 'no_data',
      label: 'chưa có số liệu công bố',
      latest: null,
      expected: null,
      targetYearPassedWithoutValue: false,
    });
    expect(
      indicatorStatus({ target: rank2025, direction: 'decrease', observations: [], reviewDate: '2026-01-01' }).targetYearPassedWithoutValue,
    ).toBe(true);
    expect(
      indicatorStatus({ target: rank2025, direction: 'decrease', observations: [], reviewDate: '2025-12-31' }).targetYearPassedWithoutValue,
    ).toBe(false);
  });

  it('is achieved when the latest value meets the target, whatever came before', () => {
    const r = indicatorStatus({
      target: rank2025,
      direction: 'decrease',
      observations: [
        { year: 2023, value: 22 },
        { year: 2021, value: 49 },
      ],
    });
    expect([r.status, r.label, r.latest]).toEqual(['achieved', 'đã đạt', { year: 2023, value: 22 }]);
    expect(indicatorStatus({ target: pct('gt', 55), direction: 'increase', observations: [{ year: 2023, value: 58 }] }).status).toBe(
      'achieved',
    );
    expect(indicatorStatus({ target: pct('gt', 55), direction: 'increase', observations: [{ year: 2023, value: 55 }] }).status).not.toBe(
      'achieved',
    );
  });

  it('compares a rank with the straight line from the baseline to the 2025 target', () => {
    // Baseline 49 (2021) → 25 (2025): the line is at 43 in 2022, 37 in 2023, 31 in 2024.
    const base = { year: 2021, value: 49 };
    const on = indicatorStatus({ target: rank2025, direction: 'decrease', observations: [base, { year: 2023, value: 35 }] });
    expect([on.status, on.expected]).toEqual(['on_track', 37]);
    const off = indicatorStatus({ target: rank2025, direction: 'decrease', observations: [base, { year: 2022, value: 44 }] });
    expect([off.status, off.label, off.expected]).toEqual(['off_track', 'chậm tiến độ', 43]);
    const onLine = indicatorStatus({ target: rank2025, direction: 'decrease', observations: [base, { year: 2024, value: 31 }] });
    expect(onLine.status).toBe('on_track');
  });

  it('uses a given baseline instead of the earliest observation', () => {
    const r = indicatorStatus({
      target: pct('eq', 100),
      direction: 'increase',
      observations: [{ year: 2023, value: 80 }],
      baseline: { year: 2021, value: 40 },
    });
    expect([r.status, r.expected]).toEqual(['on_track', 70]);
  });

  it('is not achieved when a value of the target year (or later) misses the target', () => {
    expect(indicatorStatus({ target: rank2025, direction: 'decrease', observations: [{ year: 2025, value: 26 }] }).status).toBe(
      'not_achieved',
    );
    expect(indicatorStatus({ target: pct('gte', 90), direction: 'increase', observations: [{ year: 2026, value: 89 }] }).status).toBe(
      'not_achieved',
    );
  });

  it('reads a lower bound honestly: at or above the target is met, below it proves nothing', () => {
    const at = (value: number, qualifier: 'at_least' | 'at_most', year = 2023) => [{ year, value, qualifier }];
    expect(indicatorStatus({ target: pct('gt', 55), direction: 'increase', observations: at(58, 'at_least') }).status).toBe('achieved');
    expect(indicatorStatus({ target: pct('gt', 55), direction: 'increase', observations: at(40, 'at_least', 2025) }).status).toBe(
      'insufficient_data',
    );
    // An upper bound below the target in the target year proves it missed; above it proves nothing.
    expect(indicatorStatus({ target: pct('gte', 60), direction: 'increase', observations: at(50, 'at_most', 2025) }).status).toBe(
      'not_achieved',
    );
    expect(indicatorStatus({ target: pct('gte', 60), direction: 'increase', observations: at(70, 'at_most', 2025) }).status).toBe(
      'insufficient_data',
    );
    // "trên 99%" cannot prove "100%"; "khoảng" and "ước" are read as the value.
    expect(verdict({ year: 2025, value: 99, qualifier: 'at_least' }, pct('eq', 100))).toBe('undetermined');
    expect(verdict({ year: 2025, value: 100, qualifier: 'at_least' }, pct('eq', 100))).toBe('met');
    expect(verdict({ year: 2025, value: 80, qualifier: 'estimate' }, pct('gte', 80))).toBe('met');
    expect(verdict({ year: 2025, value: 79, qualifier: 'approximately' }, pct('gte', 80))).toBe('failed');
    // A rank "or worse" (at_least) beyond the target proves it missed.
    expect(verdict({ year: 2025, value: 30, qualifier: 'at_least' }, rank2025)).toBe('failed');
    expect(verdict({ year: 2025, value: 20, qualifier: 'at_least' }, rank2025)).toBe('undetermined');
    // A yearly change lies within ±100% (progress.csv refuses more), so "trên 8%" meets "at least 7%".
    const growth = { comparator: 'gte' as const, value: 7, unit: 'percent_per_year' as const };
    expect(verdict({ year: 2025, value: 8, qualifier: 'at_least' }, growth)).toBe('met');
    expect(verdict({ year: 2025, value: 6, qualifier: 'at_most' }, growth)).toBe('failed');
    expect(verdict({ year: 2025, value: 6, qualifier: 'at_least' }, growth)).toBe('undetermined');
  });

  it('says so when the target year has passed without a value for it, instead of judging a trend', () => {
    // Values for 2021 and 2023 only, reviewed after and before the end of 2025.
    const observations = [
      { year: 2021, value: 49 },
      { year: 2023, value: 35 },
    ];
    const reviewedOn = (reviewDate: string) => {
      const r = indicatorStatus({ target: rank2025, direction: 'decrease', observations, reviewDate });
      return [r.status, r.targetYearPassedWithoutValue];
    };
    expect(reviewedOn('2026-01-01')).toEqual(['insufficient_data', true]);
    expect(reviewedOn('2025-06-30')).toEqual(['on_track', false]);
  });

  it('decides on or off track from a bound only on the side the bound proves', () => {
    const base = { year: 2022, value: 30 };
    const target = pct('gte', 90, 2030); // the line is at 45 in 2024
    expect(
      indicatorStatus({ target, direction: 'increase', observations: [base, { year: 2024, value: 50, qualifier: 'at_least' }] }).status,
    ).toBe('on_track');
    expect(
      indicatorStatus({ target, direction: 'increase', observations: [base, { year: 2024, value: 40, qualifier: 'at_least' }] }).status,
    ).toBe('insufficient_data');
    expect(
      indicatorStatus({ target, direction: 'increase', observations: [base, { year: 2024, value: 40, qualifier: 'at_most' }] }).status,
    ).toBe('off_track');
  });

  it('says whether the 2025 target was met from the values up to 2025', () => {
    const t = pct('gt', 55);
    expect(targetResult(t, [{ year: 2023, value: 58, qualifier: 'at_least' }])).toBe('met');
    expect(targetResult(t, [{ year: 2023, value: 40 }])).toBe('unknown');
    expect(targetResult(t, [{ year: 2025, value: 40 }])).toBe('not_met');
    expect(targetResult(t, [{ year: 2026, value: 60 }])).toBe('unknown');
    expect(targetResult(t, [])).toBe('unknown');
  });

  it('has no trend to judge with one value before the target year, or a boolean not yet true', () => {
    const one = indicatorStatus({ target: rank2025, direction: 'decrease', observations: [{ year: 2022, value: 39 }] });
    expect([one.status, one.label]).toEqual(['insufficient_data', 'chưa đủ số liệu để đánh giá']);
    const bool = { comparator: 'eq' as const, value: null, unit: 'boolean' as const, target_year: 2030 };
    expect(indicatorStatus({ target: bool, direction: 'increase', observations: [{ year: 2024, value: 0 }] }).status).toBe(
      'insufficient_data',
    );
    expect(indicatorStatus({ target: bool, direction: 'increase', observations: [{ year: 2024, value: 1 }] }).status).toBe('achieved');
  });

  test.each([
    [56, 'gt', 55, true],
    [55, 'gt', 55, false],
    [60, 'gte', 60, true],
    [100, 'eq', 100, true],
    [99.9, 'eq', 100, false],
    [25, 'lte', 25, true],
    [26, 'lte', 25, false],
    [4, 'lt', 5, true],
  ] as const)('meetsTarget(%s %s %s) = %s', (value, comparator, target, expected) => {
    expect(meetsTarget(value, comparator, target)).toBe(expected);
  });

  it('judges against the 2025 target until 2025 data exist, then the 2030 one', () => {
    const ts = [
      { id: 'b', target_year: 2030 },
      { id: 'a', target_year: 2025 },
    ];
    expect(currentTarget(ts, 2023)!.id).toBe('a');
    expect(currentTarget(ts, 2025)!.id).toBe('a');
    expect(currentTarget(ts, 2026)!.id).toBe('b');
    expect(currentTarget(ts, 2031)!.id).toBe('b');
    expect(currentTarget(ts, null)!.id).toBe('a');
  });

  it('gives a status for every indicator of the real indicator table, on the values of the frozen outcomes (helpers/snapshot.ts)', () => {
    const progress = parseProgressTable(
      snapshotText('progress.csv'),
      'content/progress.csv',
      new Map(indicators.map((i) => [i.id, i.unit])),
      SNAPSHOT_REVIEW_DATE,
      reporters(reviewedTable('bodies'), 'content/bodies.csv'),
    );
    const status = (ind: IndicatorEntry) => {
      const observations = progress.filter((p) => p.indicator_id === ind.id && p.basis === ind.target_basis);
      const latest = observations.length ? Math.max(...observations.map((o) => o.year)) : null;
      const target = currentTarget(
        linked.filter((t) => t.indicator_id === ind.id),
        latest,
      )!;
      return indicatorStatus({ target, direction: ind.direction, observations, reviewDate: SNAPSHOT_REVIEW_DATE }).status;
    };
    const all = Object.fromEntries(indicators.map((i) => [i.id, status(i)]));
    // 49th (2021, derived) and 39th (2022) among 63: no DTI 2025 rank is published and 2025 is over.
    expect(all['dti-rank']).toBe('insufficient_data');
    expect(all['dvc-muc-do-4']).toBe('achieved');
    expect(all['sme-tmdt']).toBe('achieved'); // "trên 58%" (2023) > 55
    expect(all['ho-so-suc-khoe-dien-tu']).toBe('no_data');
  });
});

describe('the curated links, applied evenly', () => {
  const appendix = parseAppendix(lines, body.appendix_start_line, SEED).tasks;

  it('links dti-rank to every task whose note names the provincial DTI criteria', () => {
    const namesDti = appendix.filter((t) => /Bộ chỉ số Chuyển đổi số cấp tỉnh/i.test(t.note_text)).map((t) => t.id);
    expect(namesDti).toEqual(['I.1.6', 'I.1.7', 'III.7']);
    expect(indicator('dti-rank').task_ids).toEqual(namesDti);
  });

  it('links the tasks on big data and AI for steering, and on sharing through the open-data portal', () => {
    expect(indicator('nen-tang-du-lieu-ai').task_ids).toContain('II.5');
    expect(indicator('du-lieu-mo').task_ids).toContain('III.10.3');
  });

  it('says why a task about satisfaction is not linked to hai-long-tthc', () => {
    expect(appendix.find((t) => t.id === 'III.9.2')!.content).toMatch(/hài lòng/);
    expect(indicator('hai-long-tthc').task_ids).toEqual([]);
    expect(indicator('hai-long-tthc').note).toMatch(/III\.9\.2.*khách du lịch/);
  });

  it('states the reading choices the text leaves open, with the plan’s words', () => {
    for (const id of ['du-lieu-mo', 'nong-dan-iot', 'dti-mekong-lead']) expect(indicator(id).note).toMatch(/^Lựa chọn cách đọc:/);
    expect(indicator('du-lieu-mo').note).toContain('dưới định dạng máy có khả năng đọc');
  });
});
