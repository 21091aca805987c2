/**
 * The values of the indicator "nhóm dẫn đầu khu vực ĐBSCL" (dti-mekong-lead), derived from the
 * published regional ranks by our stated rule (model/regional-lead.ts): one value a year in which all
 * thirteen provinces have a rank and the rule decides; none where it cannot say. Curated rows for the
 * indicator are refused: its values come only from here, so they cannot disagree with the ranks.
 * Pure: records in, records out.
 */
import { MEKONG_PROVINCE, PLAN_PROVINCE } from '../model/codes.ts';
import { SourceError } from '../model/errors.ts';
import type { ProgressRecord, RegionalRankRecord } from '../model/records.ts';
import { REGION_SIZE, REGIONAL_LEAD_INDICATOR, REGIONAL_LEAD_RULE, regionalLeadValue } from '../model/regional-lead.ts';
import type { Located } from './curated-csv.ts';

export { REGIONAL_LEAD_INDICATOR };

/**
 * The derived values, each located at the plan province's row of the regional ranks (the row it was
 * derived from); throws a SourceError at a row of `progress` that gives the indicator a value by hand.
 */
export function regionalLeadProgress(
  ranks: readonly Located<RegionalRankRecord>[],
  progress: readonly Located<ProgressRecord>[],
  files: { ranks: string; progress: string },
): Located<ProgressRecord>[] {
  const curated = progress.find((p) => p.indicator_id === REGIONAL_LEAD_INDICATOR);
  if (curated !== undefined) {
    throw new SourceError(
      files.progress,
      curated.line,
      `no row for ${REGIONAL_LEAD_INDICATOR} (its values are derived from ${files.ranks}; add the ranks there)`,
      `${curated.indicator_id},${curated.year}`,
    );
  }
  const name = MEKONG_PROVINCE[PLAN_PROVINCE].label;
  const out: Located<ProgressRecord>[] = [];
  for (const own of ranks) {
    if (own.province_id !== PLAN_PROVINCE || own.region_position === null) continue;
    const value = regionalLeadValue(own.region_position);
    if (value === null) continue;
    out.push({
      indicator_id: REGIONAL_LEAD_INDICATOR,
      year: own.year,
      value,
      qualifier: 'exact',
      period_start: null,
      period_end: null,
      derivation:
        `Suy ra từ thứ hạng DTI ${own.year} của ${REGION_SIZE} tỉnh, thành phố vùng Đồng bằng sông Cửu Long (bộ dữ liệu «Thứ hạng DTI các tỉnh Đồng bằng sông Cửu Long», tệp regional_ranks.csv): ` +
        `${name} hạng ${own.rank}/63 cả nước, thứ ${own.region_position}/${REGION_SIZE} trong vùng, nên ${value === 1 ? 'nằm' : 'không nằm'} trong nhóm dẫn đầu theo cách đọc đã nêu.`,
      basis: 'province_2022',
      source_title: own.source_title,
      source_url: own.source_url,
      published_date: own.source_published,
      note: `Giá trị do nhóm biên soạn tính từ bảng xếp hạng đã công bố, không phải con số nguồn in. ${REGIONAL_LEAD_RULE}`,
      source_kind: own.source_kind,
      reported_by: null,
      line: own.line,
    });
  }
  return out;
}
