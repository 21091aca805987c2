/**
 * The one count of the plan's 2025 targets (docs/indicators.md §4, "Kết quả chỉ tiêu năm 2025"): of
 * the indicators with a 2025 target, how many the published values show met, not met, or not yet
 * known — indicators.result_2025, as the pipeline decided it. Every page that counts the 2025 targets
 * (the home page, /chi-tieu/, the yearly reports beside the province's own evaluations) shows this
 * function's numbers in this module's sentence, so no two pages can disagree. Pure.
 */
import { TARGET_RESULT, TARGET_RESULTS } from '../model/codes.ts';
import type { IndicatorRecord } from '../model/records.ts';

export type TargetResult = (typeof TARGET_RESULTS)[number];

/** The indicators with one result, in the dataset's order. */
export interface TargetResultGroup<I> {
  result: TargetResult;
  /** The result's word, lower case as inside a sentence (codes.ts). */
  label: string;
  indicators: I[];
}

export interface TargetResultCount<I> {
  /** Every indicator the site follows. */
  all: number;
  /** Those with a 2025 target: the count every page gives. */
  withTarget: number;
  /** Those without one (a 2030 target only): not counted. */
  withoutTarget: number;
  /** One group per result, in TARGET_RESULTS' order (met, not met, unknown), empty ones kept. */
  groups: TargetResultGroup<I>[];
  count: Record<TargetResult, number>;
}

/** The 2025 targets counted from indicators.result_2025 (null: the indicator has no 2025 target). */
export function targetResults2025<I extends Pick<IndicatorRecord, 'result_2025'>>(indicators: readonly I[]): TargetResultCount<I> {
  const groups = TARGET_RESULTS.map((result) => ({
    result,
    label: TARGET_RESULT[result].label,
    indicators: indicators.filter((i) => i.result_2025 === result),
  }));
  const withTarget = groups.reduce((n, g) => n + g.indicators.length, 0);
  return {
    all: indicators.length,
    withTarget,
    withoutTarget: indicators.length - withTarget,
    groups,
    count: Object.fromEntries(groups.map((g) => [g.result, g.indicators.length])) as Record<TargetResult, number>,
  };
}

/**
 * The count in words, the same on every page: "18 chỉ số có chỉ tiêu năm 2025: 6 đã đạt, 0 không đạt,
 * 12 chưa biết". Numbers as digits without grouping (there are a few dozen indicators).
 */
export function targetResultsSentence(c: Pick<TargetResultCount<unknown>, 'withTarget' | 'groups'>): string {
  return `${c.withTarget} chỉ số có chỉ tiêu năm 2025: ${c.groups.map((g) => `${g.indicators.length} ${g.label}`).join(', ')}`;
}

/** Why the count is smaller than the list of indicators, or null when every indicator has a 2025 target. */
export function notCountedSentence(c: Pick<TargetResultCount<unknown>, 'all' | 'withoutTarget'>): string | null {
  if (c.withoutTarget === 0) return null;
  return `${c.withoutTarget} trong ${c.all} chỉ số không có chỉ tiêu năm 2025 nên không được đếm ở đây.`;
}
