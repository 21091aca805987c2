/**
 * Selections over the published records that both the publisher (per-record downloads) and the site
 * (pages) make, so a page and its download list the same rows, and the grouping both use. Pure; types
 * only from records.ts.
 */
import { compareEvidence } from './evidence.ts';
import type { IndicatorRecord, ProgressRecord, TargetRecord, TaskRecord } from './records.ts';

/** An indicator with its targets (by year) and its published values (oldest first). */
export interface IndicatorView {
  indicator: IndicatorRecord;
  target2025: TargetRecord | null;
  target2030: TargetRecord | null;
  /** Its targets, earliest year first. */
  targets: TargetRecord[];
  progress: ProgressRecord[];
}

/** Joins an indicator to its target records and published values. */
export function indicatorView(
  indicator: IndicatorRecord,
  targetById: ReadonlyMap<string, TargetRecord>,
  progress: readonly ProgressRecord[],
): IndicatorView {
  const get = (id: string | null) => {
    if (id === null) return null;
    const t = targetById.get(id);
    if (!t) throw new Error(`indicator ${indicator.id}: unknown target ${id}`);
    return t;
  };
  const target2025 = get(indicator.target_2025_id);
  const target2030 = get(indicator.target_2030_id);
  return {
    indicator,
    target2025,
    target2030,
    targets: [target2025, target2030].filter((t): t is TargetRecord => t !== null),
    // The progress dataset is ordered by indicator, then year: the filter keeps it oldest first.
    progress: progress.filter((p) => p.indicator_id === indicator.id),
  };
}

/**
 * The published values an indicator's status is judged on: its own, on the basis its targets were set
 * on (a rank among 34 provinces is not one among 63), one per year, in the order given (the dataset's:
 * oldest first). Where a year has values from several sources, the one that wins the tie (model/evidence.ts:
 * independent evidence before a report) is judged; the others are published and listed, not judged.
 * The pipeline judges with these and the indicator's chart draws them.
 */
export function comparableProgress<P extends Pick<ProgressRecord, 'indicator_id' | 'basis' | 'year' | 'source_kind' | 'reported_by'>>(
  indicator: Pick<IndicatorRecord, 'id' | 'target_basis'>,
  progress: readonly P[],
): P[] {
  const own = progress.filter((p) => p.indicator_id === indicator.id && p.basis === indicator.target_basis);
  return own.filter((p) => !own.some((q) => q !== p && q.year === p.year && compareEvidence(q, p) < 0));
}

/** The tasks an agency leads and those it cooperates on, in the order given (document order). */
export function agencyTasks<T extends Pick<TaskRecord, 'lead_agency_ids' | 'cooperating_agency_ids'>>(
  agencyId: string,
  tasks: readonly T[],
): { lead: T[]; cooperating: T[] } {
  return {
    lead: tasks.filter((t) => t.lead_agency_ids.includes(agencyId)),
    cooperating: tasks.filter((t) => t.cooperating_agency_ids.includes(agencyId)),
  };
}

/** The tasks scheduled in `year` (start ≤ year ≤ end; annual tasks every year of the plan). */
export const tasksInYear = (tasks: readonly TaskRecord[], year: number): TaskRecord[] =>
  tasks.filter((t) => t.start_year <= year && year <= t.end_year);

/** The years of the plan, inclusive: 2022 … 2030. */
export const planYears = (period: { start_year: number; end_year: number }): number[] =>
  Array.from({ length: period.end_year - period.start_year + 1 }, (_, i) => period.start_year + i);

/** Rows by key, each group in the rows' order (Map.groupBy needs Node 21). */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
