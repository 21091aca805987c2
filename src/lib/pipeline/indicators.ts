/**
 * Indicators (chỉ số): the curated table `content/indicators.csv` — one row per measure, naming the
 * 2025 and 2030 targets that set a value for it and the appendix tasks that serve it — linking the
 * parsed targets to it, and the status of an indicator against its target (docs/indicators.md).
 * Pure: text and records in, records out.
 */
import { BASES, DIRECTIONS, type TARGET_RESULTS } from '../model/codes.ts';
import { z } from 'zod';
import { parseCsvRecords } from './curated-csv.ts';
import { SourceError } from '../model/errors.ts';
import { PILLARS, TARGET_UNITS } from './targets.ts';
import type { Direction, IndicatorStatus, Qualifier, TargetRecord, Comparator } from '../model/records.ts';
import { STATUS_LABELS_VI } from '../model/labels.ts';
import { PERCENT_PER_YEAR } from './progress.ts';

export const INDICATOR_TABLE_COLUMNS = [
  'id',
  'name',
  'pillar',
  'unit',
  'direction',
  'target_basis',
  'target_2025_id',
  'target_2030_id',
  'task_ids',
  'note',
] as const;

/** One row of `content/indicators.csv`. */
export type IndicatorTableRow = {
  id: string; // stable ASCII kebab-case, e.g. "sme-tmdt"
  name: string; // short Vietnamese name
  pillar: (typeof PILLARS)[number];
  unit: (typeof TARGET_UNITS)[number];
  direction: Direction; // whether a higher value is better ("decrease" for a rank)
  target_basis: (typeof BASES)[number]; // what the plan's targets were set against (DTI of 63 provinces; the 2022 province)
  target_2025_id: string | null;
  target_2030_id: string | null;
  task_ids: string[]; // appendix tasks that serve the measure, in the plan's own words
  note: string;
};

/** A table row with the CSV line it came from (for error messages). */
export type IndicatorEntry = IndicatorTableRow & { line: number };

const optionalId = z.string().regex(/^$|^[A-Za-z0-9.-]+$/, 'a target id or nothing');
const rowSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an ASCII kebab-case id'),
  name: z.string().min(1, 'a name'),
  pillar: z.enum(PILLARS),
  unit: z.enum(TARGET_UNITS),
  direction: z.enum(DIRECTIONS),
  target_basis: z.enum(BASES),
  target_2025_id: optionalId,
  target_2030_id: optionalId,
  task_ids: z.string().regex(/^$|^[IVX]+(?:\.\d+)+(?:\|[IVX]+(?:\.\d+)+)*$/, 'task ids separated by "|" (e.g. "I.4.6|III.2") or nothing'),
  note: z.string(),
});

/** Parses the curated indicator table; throws a SourceError naming the CSV line of a bad or duplicate row. */
export function parseIndicatorTable(csvText: string, file: string): IndicatorEntry[] {
  const entries: IndicatorEntry[] = [];
  const key = { of: (r: { id: string }) => r.id, rule: (earlier: number) => `an id not already used on line ${earlier}` };
  for (const { line, record: r } of parseCsvRecords(csvText, file, INDICATOR_TABLE_COLUMNS, rowSchema, key)) {
    if (r.target_2025_id === '' && r.target_2030_id === '') {
      throw new SourceError(file, line, 'a 2025 or a 2030 target id (an indicator measures at least one target)', r.id);
    }
    entries.push({
      ...r,
      target_2025_id: r.target_2025_id || null,
      target_2030_id: r.target_2030_id || null,
      task_ids: r.task_ids === '' ? [] : r.task_ids.split('|'),
      line,
    });
  }
  return entries;
}

/** The published shape of an entry (without its CSV line). */
export function toIndicatorTableRow({ line: _line, ...record }: IndicatorEntry): IndicatorTableRow {
  return record;
}

/**
 * Sets each target's indicator_id from the table. Throws a SourceError (in `file`, the table) when a
 * target is measured by no indicator or by two, when a row names an unknown target or task, a target
 * of the wrong year, or a target whose pillar or unit differs from the row's.
 */
export function linkIndicators(
  targets: TargetRecord[],
  indicators: IndicatorEntry[],
  file: string,
  taskIds: Iterable<string>,
): TargetRecord[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const tasks = new Set(taskIds);
  const owner = new Map<string, IndicatorEntry>();
  for (const ind of indicators) {
    for (const [column, year] of [
      ['target_2025_id', 2025],
      ['target_2030_id', 2030],
    ] as const) {
      const id = ind[column];
      if (id === null) continue;
      const t = byId.get(id);
      if (!t) throw new SourceError(file, ind.line, `${column}: a target id of the plan (${[...byId.keys()].join(', ')})`, id);
      if (t.target_year !== year) throw new SourceError(file, ind.line, `${column}: a target for ${year}`, `${id} (${t.target_year})`);
      if (t.pillar !== ind.pillar) throw new SourceError(file, ind.line, `pillar ${t.pillar}, the pillar of target ${id}`, ind.pillar);
      if (t.unit !== ind.unit) throw new SourceError(file, ind.line, `unit ${t.unit}, the unit of target ${id}`, ind.unit);
      const other = owner.get(id);
      if (other) throw new SourceError(file, ind.line, `a target not already measured by ${other.id} (line ${other.line})`, id);
      owner.set(id, ind);
    }
    for (const task of ind.task_ids) {
      if (!tasks.has(task)) throw new SourceError(file, ind.line, 'task_ids: ids of tasks in the appendix', task);
    }
  }
  return targets.map((t) => {
    const ind = owner.get(t.id);
    if (!ind) {
      throw new SourceError(file, 1, `a row measuring target ${t.id} (seed line ${t.source_line})`, t.statement);
    }
    return { ...t, indicator_id: ind.id };
  });
}

// ---------------------------------------------------------------------------------------------
// Status of an indicator against a target (docs/indicators.md, after Open SDG's progress status).

export interface Observation {
  year: number;
  value: number; // for a boolean indicator: 1 = yes, 0 = no
  /** How the source wrote it; "exact" when not given. A bound is never read as an exact value. */
  qualifier?: Qualifier;
}

type TargetLike = Pick<TargetRecord, 'comparator' | 'value' | 'unit' | 'target_year'>;

/** Whether `value` satisfies "comparator target" (boolean targets: value 1). */
export function meetsTarget(value: number, comparator: Comparator, target: number | null): boolean {
  if (target === null) return value === 1;
  const eps = 1e-9;
  switch (comparator) {
    case 'gt':
      return value > target + eps;
    case 'gte':
      return value >= target - eps;
    case 'eq':
      return Math.abs(value - target) <= eps;
    case 'lte':
      return value <= target + eps;
    case 'lt':
      return value < target - eps;
  }
}

/** The range a unit's values can take (a percent is 0–100; a rank 1 or worse; a yearly change ±100%, as progress.csv allows). */
function unitRange(unit: TargetRecord['unit']): [number, number] {
  if (unit === 'percent') return [0, 100];
  if (unit === 'rank') return [1, Number.POSITIVE_INFINITY];
  if (unit === 'boolean') return [0, 1];
  return [PERCENT_PER_YEAR.min, PERCENT_PER_YEAR.max];
}

/**
 * What an observation proves about a target: `met` when every value it allows meets the target,
 * `failed` when none does, `undetermined` otherwise — "trên 40%" against "> 55%" proves nothing.
 * "khoảng" and "ước" values are read as the value (the page says they are approximate).
 */
export function verdict(o: Observation, target: Pick<TargetRecord, 'comparator' | 'value' | 'unit'>): 'met' | 'failed' | 'undetermined' {
  const [min, max] = unitRange(target.unit);
  const q = o.qualifier ?? 'exact';
  const lo = q === 'at_most' ? min : o.value;
  const hi = q === 'at_least' ? max : o.value;
  const meets = (v: number) => Number.isFinite(v) && meetsTarget(v, target.comparator, target.value);
  if (lo === hi) return meets(lo) ? 'met' : 'failed';
  if (target.value === null) return 'undetermined';
  const t = target.value;
  // Targets are half-lines (or a point for "="): all of [lo, hi] meets iff both ends do.
  if (meets(lo) && meets(hi)) return 'met';
  const eps = 1e-9;
  const disjoint: Record<Comparator, boolean> = {
    gte: hi < t - eps,
    gt: hi <= t + eps,
    lte: lo > t + eps,
    lt: lo >= t - eps,
    eq: t < lo - eps || t > hi + eps,
  };
  return disjoint[target.comparator] ? 'failed' : 'undetermined';
}

export interface StatusInput {
  target: TargetLike;
  direction: Direction;
  /** Published values of the indicator on the target's basis (any order). */
  observations: Observation[];
  /** The start of the straight line; the earliest observation when not given. */
  baseline?: Observation;
  /** The review date (content/release.json); a target year has passed once it is over by then. */
  reviewDate?: string;
}

export interface StatusResult {
  status: IndicatorStatus;
  label: string;
  latest: Observation | null;
  /** The value on the straight line from the baseline to the target, in the latest year (on/off track only). */
  expected: number | null;
  /** The target's year ended before the review date and no value for it (or later) is published. */
  targetYearPassedWithoutValue: boolean;
}

/** Whether the target's year is over at the review date. */
export function targetYearPassed(targetYear: number, reviewDate: string | undefined): boolean {
  return reviewDate !== undefined && reviewDate > `${targetYear}-12-31`;
}

/**
 * The status of an indicator against one target (docs/indicators.md):
 * - no_data: no published value on the target's basis;
 * - achieved: the latest value proves the target met (a lower bound at or above it does);
 * - not_achieved: a value of the target year or later proves it missed;
 * - insufficient_data: the latest value proves nothing either way (a lower bound below the target),
 *   or the target year has passed with no value for it, or there is no trend to judge;
 * - on_track / off_track: before the target year, the latest value against the straight line from
 *   the baseline to the target value (above it for "increase", below for "decrease", e.g. a rank).
 */
export function indicatorStatus(input: StatusInput): StatusResult {
  const { target, direction } = input;
  const passed = targetYearPassed(target.target_year, input.reviewDate);
  const result = (status: IndicatorStatus, latest: Observation | null, expected: number | null = null): StatusResult => ({
    status,
    label: STATUS_LABELS_VI[status],
    latest,
    expected,
    targetYearPassedWithoutValue: passed && (latest === null || latest.year < target.target_year),
  });
  if (input.observations.length === 0) return result('no_data', null);
  const sorted = [...input.observations].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1)!;
  const v = verdict(latest, target);
  if (v === 'met') return result('achieved', latest);
  if (latest.year >= target.target_year) return result(v === 'failed' ? 'not_achieved' : 'insufficient_data', latest);
  if (passed) return result('insufficient_data', latest);
  const baseline = input.baseline ?? sorted[0]!;
  if (target.value === null || baseline.year >= latest.year || baseline.year >= target.target_year) {
    return result('insufficient_data', latest);
  }
  const share = (latest.year - baseline.year) / (target.target_year - baseline.year);
  const expected = baseline.value + (target.value - baseline.value) * share;
  const better = direction === 'increase' ? latest.value >= expected - 1e-9 : latest.value <= expected + 1e-9;
  // A bound decides only on its own side: "trên 40%" above the line is on track, below it proves nothing.
  const q = latest.qualifier ?? 'exact';
  const lowerIsBetter = direction === 'decrease';
  const boundTowardsBetter = (q === 'at_least' && !lowerIsBetter) || (q === 'at_most' && lowerIsBetter);
  const boundTowardsWorse = (q === 'at_most' && !lowerIsBetter) || (q === 'at_least' && lowerIsBetter);
  if (better) return result(boundTowardsWorse ? 'insufficient_data' : 'on_track', latest, expected);
  return result(boundTowardsBetter ? 'insufficient_data' : 'off_track', latest, expected);
}

/**
 * Whether the plan's 2025 target was met, from the values up to 2025 on the target's basis: `met`
 * when the latest of them proves it, `not_met` when a 2025 value proves it missed, else `unknown`.
 */
export function targetResult(
  target: Pick<TargetRecord, 'comparator' | 'value' | 'unit' | 'target_year'>,
  observations: readonly Observation[],
): (typeof TARGET_RESULTS)[number] {
  const upTo = observations.filter((o) => o.year <= target.target_year).sort((a, b) => a.year - b.year);
  const latest = upTo.at(-1);
  if (!latest) return 'unknown';
  const v = verdict(latest, target);
  if (v === 'met') return 'met';
  if (v === 'failed' && latest.year === target.target_year) return 'not_met';
  return 'unknown';
}

/**
 * The target an indicator is judged against: the earliest of its targets whose year is not before the
 * latest observation (the 2025 target until 2025 data exist, then the 2030 one); the last target when
 * every target year has passed.
 */
export function currentTarget<T extends Pick<TargetRecord, 'target_year'>>(targets: T[], latestYear: number | null): T | undefined {
  const sorted = [...targets].sort((a, b) => a.target_year - b.target_year);
  if (latestYear === null) return sorted[0];
  return sorted.find((t) => t.target_year >= latestYear) ?? sorted.at(-1);
}
