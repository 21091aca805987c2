/**
 * Vietnamese words and numbers for targets, indicators and their status: "> 55%", "≥ 7%/năm",
 * "nhóm 25 (hạng ≤ 25)", "79,2%", "có". Pure, shared by the pages, the charts and the downloads.
 */
import {
  capitalise,
  COMPARATOR,
  DIRECTION,
  INDICATOR_STATUS,
  labelsOf,
  PILLAR,
  PILLAR_ORDER,
  QUALIFIER,
  STATUSES,
  TARGET_RESULT,
  TARGET_UNIT,
} from '../model/codes.ts';
import { formatNumber } from '../model/labels.ts';
import type { IndicatorRecord, TargetRecord, Qualifier, IndicatorStatus } from '../model/records.ts';

export type Unit = TargetRecord['unit'];
export type PillarCode = TargetRecord['pillar'];

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

/** What a page or chart says of an indicator with no published value: the no_data status's words. */
export const NO_VALUE = INDICATOR_STATUS.no_data.label;

/** The words a source put before a value: "trên" for a lower bound, "ước" for an estimate … */
export const QUALIFIER_WORDS: Record<Qualifier, string> = labelsOf(QUALIFIER, (q) => q.prefix);

/** What each qualifier means, for the method page. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = labelsOf(QUALIFIER);

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
export const COMPARATOR_SIGN: Record<TargetRecord['comparator'], string> = labelsOf(COMPARATOR, (c) => c.sign);

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
export const COMPARATOR_WORDS: Record<TargetRecord['comparator'], string> = labelsOf(COMPARATOR, (c) => c.words);

/** Units in words. */
export const UNIT_LABELS: Record<Unit, string> = labelsOf(TARGET_UNIT);

/** How an indicator reads (its direction), as the indicator page's facts say it. */
export const DIRECTION_LABELS: Record<IndicatorRecord['direction'], string> = labelsOf(DIRECTION, (d) => capitalise(d.label));

/** Whether a 2025 target was met, as the home page counts them. */
export const TARGET_RESULT_LABELS: Record<NonNullable<IndicatorRecord['result_2025']>, string> = labelsOf(TARGET_RESULT, (r) =>
  capitalise(r.label),
);

/** A pillar: its code, heading, short name (captions, breadcrumbs) and anchor on /chi-tieu/. */
export interface PillarInfo {
  code: PillarCode;
  label: string;
  short: string;
  anchor: string;
}

/** The pillars in the plan's order (II.1 general goal first), with their headings and page anchors. */
export const PILLARS_IN_ORDER: readonly PillarInfo[] = PILLAR_ORDER.map((code) => {
  const p: (typeof PILLAR)[PillarCode] & { heading?: string } = PILLAR[code];
  return { code, label: p.heading ?? capitalise(p.label), short: capitalise(p.label), anchor: p.anchor };
});

/** A pillar's heading and anchor by its code. */
export function pillarInfo(code: PillarCode): PillarInfo {
  return PILLARS_IN_ORDER.find((p) => p.code === code)!;
}

/** What each status means, in plain words (docs/indicators.md §4). */
export const STATUS_DESCRIPTIONS: Record<IndicatorStatus, string> = labelsOf(INDICATOR_STATUS, (s) => s.description);

/** Statuses in the order they are explained and counted (the dictionary's). */
export const STATUS_ORDER: readonly IndicatorStatus[] = STATUSES;

/** "Số liệu mới nhất" of an indicator row: "79,2% (năm 2022)", or null when nothing is published. */
export function latestLabel(ind: Pick<IndicatorRecord, 'latest_value' | 'latest_year' | 'unit' | 'latest_qualifier'>): string | null {
  if (ind.latest_value === null || ind.latest_year === null) return null;
  return `${qualifiedValueLabel(ind.latest_value, ind.unit, ind.latest_qualifier ?? 'exact')} (năm ${ind.latest_year})`;
}
