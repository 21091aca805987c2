/**
 * Our reading of the plan's "nằm trong nhóm dẫn đầu khu vực Đồng bằng sông Cửu Long" (target
 * II.1.region-lead-2030; docs/indicators.md §1, docs/data.md "The regional target"): the plan does not say how many provinces lead, so
 * the rule is bounded — it says "in the leading group" only where any reading would, "not in it" only
 * where no reading would, and nothing in between. One place for the thresholds and their words: the
 * pipeline derives the indicator's values with it, the indicator page and the note quote it.
 */
import { MEKONG_PROVINCES } from './codes.ts';

/** The indicator of the target, whose values are derived from the regional ranks (content/regional_ranks.csv). */
export const REGIONAL_LEAD_INDICATOR = 'dti-mekong-lead';

/**
 * Whether a body reports the indicator's values on its form: every indicator but the regional one,
 * whose values the pipeline derives (a value typed in for it stops the build).
 */
export const isReportedIndicator = (i: { id: string }): boolean => i.id !== REGIONAL_LEAD_INDICATOR;

/** How many provinces the region has (2022 boundaries). */
export const REGION_SIZE = MEKONG_PROVINCES.length;

/** In the leading group: among the first three of the region (a podium, the smallest group any reading allows). */
export const LEAD_AT_MOST = 3;

/** Not in it: below the region's upper half (7th or lower of 13), where no "leading group" reaches. */
export const NOT_LEAD_FROM = Math.floor(REGION_SIZE / 2) + 1;

/** The indicator's value for a position in the region: 1 (in the group), 0 (not), null (cannot say). */
export function regionalLeadValue(position: number): 0 | 1 | null {
  if (!Number.isInteger(position) || position < 1 || position > REGION_SIZE) throw new Error(`regional position out of range: ${position}`);
  if (position <= LEAD_AT_MOST) return 1;
  if (position >= NOT_LEAD_FROM) return 0;
  return null;
}

/** The rule in words, as the page, the indicator's note and the derived values state it. */
export const REGIONAL_LEAD_RULE =
  `Cách đọc của nhóm biên soạn (Kế hoạch không nói nhóm dẫn đầu gồm bao nhiêu tỉnh): vị trí của Đồng Tháp trong ${REGION_SIZE} tỉnh, thành phố ` +
  `vùng Đồng bằng sông Cửu Long được tính từ thứ hạng DTI cả nước đã công bố (chỉ những năm có thứ hạng của đủ ${REGION_SIZE} tỉnh); ` +
  `đứng trong ${LEAD_AT_MOST} tỉnh đầu vùng là nằm trong nhóm dẫn đầu (1), ` +
  `từ thứ ${NOT_LEAD_FROM} trở xuống (nửa dưới của vùng) là không (0), ` +
  `thứ ${LEAD_AT_MOST + 1} đến ${NOT_LEAD_FROM - 1} thì chưa kết luận được và không ghi giá trị.`;
