/** The province's evaluations as pages show them (src/lib/view/evaluations.ts), on the reviewed data. */
import { describe, expect, it } from 'vitest';
import { evaluationRows, evaluationsOfYear, NOT_STATED } from '../../../src/lib/view/evaluations.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';

const evaluations = reviewedTable('evaluations');

describe('the evaluations as shown', () => {
  it('shows every count the source gives and says so where it gives none', () => {
    const rows = evaluationRows(evaluations);
    expect(rows.map((r) => r.id)).toEqual(evaluations.map((e) => e.id));
    rows.forEach((r, i) => {
      const e = evaluations[i]!;
      expect(r.counts.target).toBe(e.target_count === null ? NOT_STATED : String(e.target_count));
      expect(r.counts.metOrExceeded).toBe(e.met_or_exceeded_count === null ? NOT_STATED : String(e.met_or_exceeded_count));
      expect(r.period === NOT_STATED).toBe(e.period_end === null);
    });
  });

  it('gives a yearly report the evaluations whose period ends in its year, and none without a period', () => {
    for (const e of evaluations) {
      if (e.period_end === null) expect(evaluationsOfYear(evaluations, 2024).concat(evaluationsOfYear(evaluations, 2025))).not.toContain(e);
      else expect(evaluationsOfYear(evaluations, Number(e.period_end.slice(0, 4)))).toContain(e);
    }
  });
});
