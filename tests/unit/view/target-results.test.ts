/** The one count of the 2025 targets (src/lib/view/target-results.ts): on the frozen outcomes and on made-up rows. */
import { describe, expect, it } from 'vitest';
import { TARGET_RESULT, TARGET_RESULTS } from '../../../src/lib/model/codes.ts';
import type { IndicatorRecord } from '../../../src/lib/model/records.ts';
import { notCountedSentence, targetResults2025, targetResultsSentence } from '../../../src/lib/view/target-results.ts';
import { snapshotSite } from '../../helpers/snapshot.ts';

const { indicators } = snapshotSite();
type Row = Pick<IndicatorRecord, 'id' | 'result_2025'>;
const rows = (...results: Row['result_2025'][]): Row[] => results.map((result_2025, i) => ({ id: `i${i}`, result_2025 }));

describe('targetResults2025', () => {
  it('counts every indicator with a 2025 target once, by its published result, in the code list order', () => {
    const c = targetResults2025(indicators);
    expect(c.groups.map((g) => g.result)).toEqual([...TARGET_RESULTS]);
    expect(c.withTarget).toBe(indicators.filter((i) => i.target_2025_id !== null).length);
    expect(c.withTarget + c.withoutTarget).toBe(indicators.length);
    expect(c.all).toBe(indicators.length);
    for (const g of c.groups) {
      expect(g.indicators.map((i) => i.id)).toEqual(indicators.filter((i) => i.result_2025 === g.result).map((i) => i.id));
      expect(c.count[g.result]).toBe(g.indicators.length);
      expect(g.label).toBe(TARGET_RESULT[g.result].label);
    }
  });

  it('on the frozen outcomes: 18 with a 2025 target, 5 met, none missed, 13 not known', () => {
    const c = targetResults2025(indicators);
    expect([c.withTarget, c.count.met, c.count.not_met, c.count.unknown, c.withoutTarget]).toEqual([18, 5, 0, 13, 4]);
    expect(targetResultsSentence(c)).toBe('18 chỉ số có chỉ tiêu năm 2025: 5 đã đạt, 0 không đạt, 13 chưa biết');
  });

  it('leaves out an indicator without a 2025 target and keeps an empty result', () => {
    const c = targetResults2025(rows('met', null, 'unknown', 'met', null));
    expect(c).toMatchObject({ all: 5, withTarget: 3, withoutTarget: 2, count: { met: 2, not_met: 0, unknown: 1 } });
    expect(targetResultsSentence(c)).toBe('3 chỉ số có chỉ tiêu năm 2025: 2 đã đạt, 0 không đạt, 1 chưa biết');
    expect(notCountedSentence(c)).toBe('2 trong 5 chỉ số không có chỉ tiêu năm 2025 nên không được đếm ở đây.');
  });

  it('says nothing about uncounted indicators when there are none', () => {
    expect(notCountedSentence(targetResults2025(rows('not_met')))).toBeNull();
  });

  it('does not use a status word for a result: "chưa biết" is not "chưa đủ số liệu để đánh giá"', () => {
    expect(TARGET_RESULT.unknown.label).not.toMatch(/chưa đủ số liệu/);
  });
});
