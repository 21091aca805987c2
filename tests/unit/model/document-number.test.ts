/** An issued document's number, the one pattern for the plan's citations and for a finding's source without a link. */
import { describe, expect, it } from 'vitest';
import { namesDocumentNumber } from '../../../src/lib/model/document-number.ts';

describe('namesDocumentNumber (a source without a link must name an issued document)', () => {
  it('knows the numbers Vietnamese documents carry', () => {
    for (const title of [
      'Báo cáo số 245/BC-SYT',
      'Nghị định 45/2025/NĐ-CP',
      'Quyết định 123/QĐ-UBND',
      'Tờ trình 01/TTr-SKHCN',
      'Nghị quyết 04-NQ/TU',
      'Công văn số 1548/UBND-KT ngày 3/4/2025',
    ])
      expect(namesDocumentNumber(title), title).toBe(true);
  });

  it('does not take a date, a year, a quarter or a blank number for one', () => {
    for (const title of [
      'Báo cáo của Sở',
      'Báo cáo năm 2025',
      'Trang tin 2025/11',
      'Quý I/2022',
      'ngày 3/4/2025',
      'Kế hoạch số /KH-UBND',
      'IPv6 và 5G',
    ])
      expect(namesDocumentNumber(title), title).toBe(false);
  });
});
