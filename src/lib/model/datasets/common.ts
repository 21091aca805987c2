/** Patterns and columns several datasets share. */
import type { ColumnSpec } from '../dataset-schema.ts';

/** A record's id: ASCII parts joined by "." or "-" ("I.4.6", "II.1.rank-2025"). */
export const ID_PATTERN = '^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$';
/** A plan section's id: "preamble", "closing" or a numbered path ("III.5.a", "III.6.4"). */
export const SECTION_ID = '^(preamble|closing|[IVX]+(\\.[0-9a-z]+)*)$';
/** A lower-case ASCII slug ("i-4-6", "so-tttt", "749-qd-ttg"). */
export const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const sourceLine: ColumnSpec = {
  name: 'source_line',
  type: 'integer',
  title: 'Dòng trong tệp nguồn',
  description: 'Số thứ tự dòng (bắt đầu từ 1) trong tệp nguồn source.txt (bản chữ của Kế hoạch, thư mục seeds/).',
};
