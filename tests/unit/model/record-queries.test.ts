/** The selections the publisher and the site share (src/lib/model/record-queries.ts), on small fixtures. */
import { describe, expect, it } from 'vitest';
import { comparableProgress } from '../../../src/lib/model/record-queries.ts';
import type { ProgressRecord } from '../../../src/lib/model/records.ts';

const value = (
  indicator_id: string,
  year: number,
  basis: ProgressRecord['basis'],
): Pick<ProgressRecord, 'indicator_id' | 'year' | 'basis'> => ({
  indicator_id,
  year,
  basis,
});

describe('comparableProgress', () => {
  const rows = [
    value('dti-rank', 2021, 'dti_63'),
    value('dti-rank', 2022, 'dti_63'),
    value('dti-rank', 2024, 'dti_34'),
    value('sme-tmdt', 2023, 'province_2022'),
    value('dti-rank', 2023, 'dti_63'),
  ];

  it("keeps the indicator's own values on its targets' basis, in the order given", () => {
    expect(comparableProgress({ id: 'dti-rank', target_basis: 'dti_63' }, rows).map((r) => r.year)).toEqual([2021, 2022, 2023]);
  });

  it('leaves out a rank among the 34 merged provinces when the targets count 63, and the other way round', () => {
    expect(comparableProgress({ id: 'dti-rank', target_basis: 'dti_34' }, rows)).toEqual([value('dti-rank', 2024, 'dti_34')]);
    expect(comparableProgress({ id: 'sme-tmdt', target_basis: 'province_2025' }, rows)).toEqual([]);
  });
});
