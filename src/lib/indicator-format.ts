/**
 * Vietnamese words and numbers for targets, indicators and their status: "> 55%", "≥ 7%/năm",
 * "nhóm 25 (hạng ≤ 25)", "79,2%", "có". Pure, shared by the pages, the charts and the downloads.
 */
import type { IndicatorStatus } from './indicators.ts';
import { formatNumber } from './labels.ts';
import type { IndicatorRecord, TargetRecord } from './records.ts';

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

/** The value alone as a chart label: "58%", "7%/năm", "39" (the axis says it is a rank), "có". */
export function shortValueLabel(value: number, unit: Unit): string {
  return unit === 'rank' ? formatValue(value) : valueLabel(value, unit);
}

type TargetLike = Pick<TargetRecord, 'comparator' | 'value' | 'unit'>;

/** A target as the tables show it: "> 55%", "≥ 60%", "= 100%", "≥ 7%/năm", "nhóm 25 (hạng ≤ 25)", "có". */
export function targetLabel(t: TargetLike): string {
  if (t.unit === 'boolean' || t.value === null) return 'có';
  if (t.unit === 'rank') return `nhóm ${formatValue(t.value)} (hạng ${t.comparator} ${formatValue(t.value)})`;
  return `${t.comparator} ${valueLabel(t.value, t.unit)}`;
}

/** A target inside a sentence (no nested brackets): "> 55%", "nhóm 25, tức hạng ≤ 25", "có". */
export function targetPhrase(t: TargetLike): string {
  if (t.unit === 'rank' && t.value !== null) return `nhóm ${formatValue(t.value)}, tức hạng ${t.comparator} ${formatValue(t.value)}`;
  return targetLabel(t);
}

/** A target in a chart label: "> 55%", "≤ 25", "có". */
export function shortTargetLabel(t: TargetLike): string {
  if (t.unit === 'boolean' || t.value === null) return 'có';
  return `${t.comparator} ${shortValueLabel(t.value, t.unit)}`;
}

/** The comparator in words, for the statement's details: "trên", "ít nhất", … */
export const COMPARATOR_WORDS: Record<TargetRecord['comparator'], string> = {
  '>': 'trên, tức lớn hơn',
  '≥': 'ít nhất, tức lớn hơn hoặc bằng',
  '=': 'bằng',
  '≤': 'không quá, tức nhỏ hơn hoặc bằng',
  '<': 'dưới, tức nhỏ hơn',
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

/** The anchor on /chi-tieu/ of a pillar named as the home page names it ("Chính quyền số"), if any. */
export function pillarAnchorByName(name: string): string | undefined {
  const wanted = name.trim().toLocaleLowerCase('vi');
  return PILLARS_IN_ORDER.find((p) => p.label.toLocaleLowerCase('vi') === wanted)?.anchor;
}

/** What each status means, in plain words (docs/indicators.md §4). */
export const STATUS_DESCRIPTIONS: Record<IndicatorStatus, string> = {
  achieved: 'Con số công bố mới nhất đã đạt chỉ tiêu (ví dụ: chỉ tiêu “trên 55%”, số công bố 58%).',
  on_track:
    'Chưa đạt, nhưng đang đi đúng đường: nối bằng một đường thẳng từ con số công bố đầu tiên đến mức chỉ tiêu ở năm chỉ tiêu; con số mới nhất nằm trên đường đó hoặc ở phía tốt hơn (cao hơn; với thứ hạng là số hạng nhỏ hơn).',
  off_track:
    'Chưa đạt và con số mới nhất kém hơn mức cần có theo đường thẳng nói trên, hoặc đã đến năm chỉ tiêu mà vẫn chưa đạt.',
  insufficient_data:
    'Chưa đạt, mới có một con số công bố (hoặc chỉ tiêu dạng có/không chưa thành): chưa đủ để biết xu hướng, nên không gọi là đúng hay chậm tiến độ.',
  no_data: 'Chưa tìm thấy con số nào được công bố công khai cho tỉnh Đồng Tháp.',
};

/** Statuses in the order they are explained and counted. */
export const STATUS_ORDER: readonly IndicatorStatus[] = ['achieved', 'on_track', 'off_track', 'insufficient_data', 'no_data'];

/** "Số liệu mới nhất" of an indicator row: "79,2% (năm 2022)", or null when nothing is published. */
export function latestLabel(ind: Pick<IndicatorRecord, 'latest_value' | 'latest_year' | 'unit'>): string | null {
  if (ind.latest_value === null || ind.latest_year === null) return null;
  return `${valueLabel(ind.latest_value, ind.unit)} (năm ${ind.latest_year})`;
}
