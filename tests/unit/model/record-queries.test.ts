/** The selections the publisher and the site share (src/lib/model/record-queries.ts), on small fixtures. */
import { describe, expect, it } from 'vitest';
import { comparableProgress } from '../../../src/lib/model/record-queries.ts';
import type { ProgressRecord } from '../../../src/lib/model/records.ts';

type Value = Pick<ProgressRecord, 'indicator_id' | 'year' | 'basis' | 'source_kind' | 'reported_by'>;
const value = (
  indicator_id: string,
  year: number,
  basis: ProgressRecord['basis'],
  source_kind: ProgressRecord['source_kind'] = 'official_report',
  reported_by: string | null = null,
): Value => ({
  indicator_id,
  year,
  basis,
  source_kind,
  reported_by,
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

  it("judges one value a year: independent evidence before a body's report, whatever the order", () => {
    const page = value('sme-tmdt', 2024, 'province_2022', 'public_record');
    const doc = value('sme-tmdt', 2024, 'province_2022', 'official_document');
    const own = value('sme-tmdt', 2024, 'province_2022', 'official_report', 'so-khcn');
    const curated = value('sme-tmdt', 2024, 'province_2022');
    const judged = (rs: Value[]) => comparableProgress({ id: 'sme-tmdt', target_basis: 'province_2022' }, rs);
    expect(judged([own, page])).toEqual([page]);
    expect(judged([page, own])).toEqual([page]);
    expect(judged([page, doc, own])).toEqual([doc]);
    // Among reports, the row curated from a published source before a body's form row.
    expect(judged([own, curated])).toEqual([curated]);
    expect(judged([value('sme-tmdt', 2023, 'province_2022'), own])).toHaveLength(2);
  });
});
