/**
 * Vietnamese words and numbers for targets, indicators and their status: "> 55%", "≥ 7%/năm",
 * "nhóm 25 (hạng ≤ 25)", "79,2%", "có". Pure, shared by the pages, the charts and the downloads.
 */
import { formatNumber } from '../model/labels.ts';
import type { IndicatorRecord, TargetRecord, Qualifier, IndicatorStatus } from '../model/records.ts';

export type Unit = TargetRecord['unit'];
export type PillarCode = TargetRecord['pillar'];

/**
 * How many provinces the DTI ranks: 63 in 2020–2023, the years the plan's "nhóm 25 / nhóm 20" refer to
 * (DTI 2024 ranks the 34 merged provinces and is not used; docs/indicators.md).
 */
export const RANKED_PROVINCES = 63;

/** A number the Vietnamese way, with as many decimals as it has (at most 4): 55, "79,2", "0,6077". */
export function formatValue(n: number): string {
  if (Number.isInteger(n)) return formatNumber(n);
  const text = formatNumber(n, 4);
  // Drop the zeros 4 decimals add: 79.2 → "79,2000" → "79,2".
  return text.replace(/0+$/, '').replace(/,$/, '');
}

/** A published value with its unit: "79,2%", "7%/năm", "hạng 39", "có" / "không" (1 / 0). */
export function valueLabel(value: number, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${formatValue(value)}%`;
    case 'percent_per_year':
      return `${formatValue(value)}%/năm`;
    case 'rank':
      return `hạng ${formatValue(value)}`;
    case 'boolean':
      return value === 1 ? 'có' : 'không';
  }
}

/** The words a source put before a value: "trên" for a lower bound, "ước" for an estimate … */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  at_least: 'trên',
  at_most: 'dưới',
  approximately: 'khoảng',
  estimate: 'ước',
};

/** What each qualifier means, for the dictionary and the method page. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'con số như nguồn viết',
  at_least: 'cận dưới: nguồn viết “trên”, “hơn” (con số thật lớn hơn)',
  at_most: 'cận trên: nguồn viết “dưới” (con số thật nhỏ hơn)',
  approximately: 'xấp xỉ: nguồn viết “khoảng”, “gần”',
  estimate: 'ước tính: nguồn viết “ước”, “ước đạt”',
};

/** A published value as the source qualified it: "trên 58%", "ước 6,42%", "hạng 39". */
export function qualifiedValueLabel(value: number, unit: Unit, qualifier: Qualifier): string {
  const words = QUALIFIER_WORDS[qualifier];
  return words ? `${words} ${valueLabel(value, unit)}` : valueLabel(value, unit);
}

/** The value alone as a chart label: "58%", "7%/năm", "39" (the axis says it is a rank), "có". */
export function shortValueLabel(value: number, unit: Unit): string {
  return unit === 'rank' ? formatValue(value) : valueLabel(value, unit);
}

type TargetLike = Pick<TargetRecord, 'comparator' | 'value' | 'unit'>;

/** The comparator as a mathematical sign, for tables and charts (the data spell it as a word). */
export const COMPARATOR_SIGN: Record<TargetRecord['comparator'], string> = { gt: '>', gte: '≥', eq: '=', lte: '≤', lt: '<' };

/**
 * A target as the tables show it: "> 55%", "≥ 60%", "= 100%", "≥ 7%/năm", "nhóm 25 (hạng ≤ 25)", and
 * "phải có" for a yes/no target (a bare "có" after "Chỉ tiêu 2030:" read as "there is a target").
 */
export function targetLabel(t: TargetLike): string {
  if (t.unit === 'boolean' || t.value === null) return 'phải có';
  if (t.unit === 'rank') return `nhóm ${formatValue(t.value)} (hạng ${COMPARATOR_SIGN[t.comparator]} ${formatValue(t.value)})`;
  return `${COMPARATOR_SIGN[t.comparator]} ${valueLabel(t.value, t.unit)}`;
}

/** A target inside a sentence (no nested brackets): "> 55%", "nhóm 25, tức hạng ≤ 25", "phải có". */
export function targetPhrase(t: TargetLike): string {
  if (t.unit === 'rank' && t.value !== null)
    return `nhóm ${formatValue(t.value)}, tức hạng ${COMPARATOR_SIGN[t.comparator]} ${formatValue(t.value)}`;
  return targetLabel(t);
}

/** A target in a chart label: "> 55%", "≤ 25", "có". */
export function shortTargetLabel(t: TargetLike): string {
  if (t.unit === 'boolean' || t.value === null) return 'có';
  return `${COMPARATOR_SIGN[t.comparator]} ${shortValueLabel(t.value, t.unit)}`;
}

/** The comparator in words, for the statement's details: "trên", "ít nhất", … */
export const COMPARATOR_WORDS: Record<TargetRecord['comparator'], string> = {
  gt: 'trên, tức lớn hơn',
  gte: 'ít nhất, tức lớn hơn hoặc bằng',
  eq: 'bằng',
  lte: 'không quá, tức nhỏ hơn hoặc bằng',
  lt: 'dưới, tức nhỏ hơn',
};

/** Units in words. */
export const UNIT_LABELS: Record<Unit, string> = {
  percent: 'phần trăm (%)',
  percent_per_year: 'phần trăm tăng mỗi năm (%/năm)',
  rank: `thứ hạng trong ${RANKED_PROVINCES} tỉnh, thành phố (1 là cao nhất)`,
  boolean: 'có/không',
};

/** A pillar: its code, heading, short name (captions, breadcrumbs) and anchor on /chi-tieu/. */
export interface PillarInfo {
  code: PillarCode;
  label: string;
  short: string;
  anchor: string;
}

/** The pillars in the plan's order (II.1 general goal first), with their headings and page anchors. */
export const PILLARS_IN_ORDER: readonly PillarInfo[] = [
  { code: 'overall', label: 'Mục tiêu chung: xếp hạng chuyển đổi số', short: 'Mục tiêu chung', anchor: 'muc-tieu-chung' },
  { code: 'digital_government', label: 'Chính quyền số', short: 'Chính quyền số', anchor: 'chinh-quyen-so' },
  { code: 'digital_economy', label: 'Kinh tế số', short: 'Kinh tế số', anchor: 'kinh-te-so' },
  { code: 'digital_society', label: 'Xã hội số', short: 'Xã hội số', anchor: 'xa-hoi-so' },
];

/** A pillar's heading and anchor by its code. */
export function pillarInfo(code: PillarCode): PillarInfo {
  return PILLARS_IN_ORDER.find((p) => p.code === code)!;
}

/** What each status means, in plain words (docs/indicators.md §4). */
export const STATUS_DESCRIPTIONS: Record<IndicatorStatus, string> = {
  achieved:
    'Con số công bố mới nhất cho thấy chỉ tiêu đã đạt (ví dụ: chỉ tiêu “trên 55%”, nguồn ghi “trên 58%”: dù con số thật là bao nhiêu, nó vẫn trên 55%).',
  not_achieved: 'Đã có con số của năm chỉ tiêu (hoặc muộn hơn) và con số đó chưa đạt chỉ tiêu.',
  on_track:
    'Chưa đạt, nhưng đang đi đúng đường: nối bằng một đường thẳng từ con số công bố đầu tiên đến mức chỉ tiêu ở năm chỉ tiêu; con số mới nhất nằm trên đường đó hoặc ở phía tốt hơn (cao hơn; với thứ hạng là số hạng nhỏ hơn).',
  off_track: 'Chưa đến năm chỉ tiêu, chưa đạt, và con số mới nhất kém hơn mức cần có theo đường thẳng nói trên.',
  insufficient_data:
    'Có con số công bố nhưng chưa đủ để kết luận: mới có một con số, hoặc con số chỉ là cận (“trên 40%” so với chỉ tiêu “trên 55%” không chứng minh đạt hay không đạt), hoặc năm chỉ tiêu đã qua mà chưa có con số của năm đó.',
  no_data: 'Chưa tìm thấy con số nào được công bố công khai cho tỉnh Đồng Tháp (theo đúng cách đo của chỉ tiêu).',
};

/** Statuses in the order they are explained and counted. */
export const STATUS_ORDER: readonly IndicatorStatus[] = [
  'achieved',
  'not_achieved',
  'on_track',
  'off_track',
  'insufficient_data',
  'no_data',
];

/** "Số liệu mới nhất" of an indicator row: "79,2% (năm 2022)", or null when nothing is published. */
export function latestLabel(ind: Pick<IndicatorRecord, 'latest_value' | 'latest_year' | 'unit' | 'latest_qualifier'>): string | null {
  if (ind.latest_value === null || ind.latest_year === null) return null;
  return `${qualifiedValueLabel(ind.latest_value, ind.unit, ind.latest_qualifier ?? 'exact')} (năm ${ind.latest_year})`;
}
