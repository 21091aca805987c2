/** Vietnamese words and numbers for targets, values and statuses. */
import { describe, expect, it } from 'vitest';
import {
  formatValue,
  latestLabel,
  pillarInfo,
  PILLARS_IN_ORDER,
  shortTargetLabel,
  STATUS_DESCRIPTIONS,
  STATUS_ORDER,
  qualifiedValueLabel,
  targetLabel,
  targetPhrase,
  valueLabel,
} from '../../../src/lib/view/indicator-format.ts';
import { STATUSES, PILLARS } from '../../../src/lib/model/dictionary.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';
import { STATUS_LABELS_VI } from '../../../src/lib/model/labels.ts';

const targets = reviewedTable('targets');
const target = (id: string) => targets.find((t) => t.id === id)!;

describe('numbers', () => {
  it('writes decimals with a comma, thousands with a dot, as many decimals as the number has (at most 4)', () => {
    expect(formatValue(55)).toBe('55');
    expect(formatValue(79.2)).toBe('79,2');
    expect(formatValue(0.6077)).toBe('0,6077');
    expect(formatValue(12345.5)).toBe('12.345,5');
    expect(formatValue(0.1 + 0.2)).toBe('0,3');
    expect(formatValue(1e-7)).toBe('0');
    expect(formatValue(-2.5)).toBe('−2,5');
  });

  it('puts the unit after the value', () => {
    expect(valueLabel(79.2, 'percent')).toBe('79,2%');
    expect(valueLabel(7, 'percent_per_year')).toBe('7%/năm');
    expect(valueLabel(39, 'rank')).toBe('hạng 39');
    expect(valueLabel(1, 'boolean')).toBe('có');
    expect(valueLabel(0, 'boolean')).toBe('không');
    expect(latestLabel({ latest_value: 79.2, latest_year: 2022, unit: 'percent', latest_qualifier: 'exact' })).toBe('79,2% (năm 2022)');
    expect(latestLabel({ latest_value: 58, latest_year: 2023, unit: 'percent', latest_qualifier: 'at_least' })).toBe('trên 58% (năm 2023)');
    expect(latestLabel({ latest_value: null, latest_year: null, unit: 'percent', latest_qualifier: null })).toBeNull();
    // The source's own qualifying word, never dropped.
    expect(qualifiedValueLabel(6.42, 'percent', 'estimate')).toBe('ước 6,42%');
    expect(qualifiedValueLabel(60, 'percent', 'approximately')).toBe('khoảng 60%');
    expect(qualifiedValueLabel(5, 'percent', 'at_most')).toBe('dưới 5%');
    expect(qualifiedValueLabel(39, 'rank', 'exact')).toBe('hạng 39');
  });
});

describe('targets in words (the real statements)', () => {
  it('writes the comparator and the value: > 55%, ≥ 60%, = 100%, ≥ 7%/năm, nhóm 25 (hạng ≤ 25), phải có', () => {
    expect(targetLabel(target('II.2.b.1'))).toBe('> 55%');
    expect(targetLabel(target('II.2.b.2'))).toBe('≥ 60%');
    expect(targetLabel(target('II.2.a.1'))).toBe('= 100%');
    expect(targetLabel(target('II.2.b.5'))).toBe('≥ 7%/năm');
    expect(targetLabel(target('II.1.rank-2025'))).toBe('nhóm 25 (hạng ≤ 25)');
    expect(targetLabel(target('II.1.region-lead-2030'))).toBe('phải có');
    expect(targetLabel(target('II.3.a.3'))).toBe('phải có');
    expect(shortTargetLabel(target('II.1.rank-2030'))).toBe('≤ 20');
    expect(shortTargetLabel(target('II.2.c.4'))).toBe('≥ 70%');
    expect(targetPhrase(target('II.1.rank-2025'))).toBe('nhóm 25, tức hạng ≤ 25');
    expect(targetPhrase(target('II.2.b.1'))).toBe('> 55%');
  });

  it('labels every real target', () => {
    for (const t of targets) expect(targetLabel(t), t.id).toMatch(/^(phải có|nhóm \d+ \(hạng ≤ \d+\)|[>≥=≤<] [\d,]+%(\/năm)?)$/);
  });
});

describe('statuses and pillars', () => {
  it('explains every status in Vietnamese, in the dictionary order', () => {
    expect(STATUS_ORDER).toEqual([...STATUSES]);
    for (const s of STATUSES) expect(STATUS_DESCRIPTIONS[s].length, s).toBeGreaterThan(40);
    // A reader tells the statuses apart by their words: no two share a label.
    expect(new Set(STATUSES.map((s) => STATUS_LABELS_VI[s])).size).toBe(STATUSES.length);
    expect(STATUS_DESCRIPTIONS.on_track).toContain('đường thẳng');
    expect(STATUS_DESCRIPTIONS.insufficient_data).toContain('một con số');
  });

  it("knows every pillar, in the plan's order", () => {
    expect(PILLARS_IN_ORDER.map((p) => p.code).sort()).toEqual([...PILLARS].sort());
    expect(pillarInfo('digital_economy')).toMatchObject({ label: 'Kinh tế số', anchor: 'kinh-te-so' });
  });
});
