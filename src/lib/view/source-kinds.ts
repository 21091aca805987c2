/**
 * Whose word a finding or a value is, in the pages' words (codes.ts SOURCE_KIND): "Theo báo cáo của
 * Sở Y tế", "Theo văn bản", "Theo nguồn công khai", and the age of old evidence ("theo nguồn năm
 * 2023"). The columns are the pipeline's (tasks.status_evidence_year …); nothing here recomputes them.
 */
import { SOURCE_KIND } from '../model/codes.ts';
import type { BodyRecord, SourceKind, TaskRecord, TaskStatusRecord } from '../model/records.ts';

/** A body's name by its id, as `reported_by` names it. */
export type ReporterNames = ReadonlyMap<string, string>;

/** The names a `reported_by` resolves to: today's bodies' (model/links.ts REPORTER_DATASET). */
export const reporterNames = (bodies: readonly Pick<BodyRecord, 'id' | 'name'>[]): ReporterNames =>
  new Map(bodies.map((b) => [b.id, b.name]));

/**
 * The opening words of whose word a row is. A report names its body, or "tỉnh" when the row is the
 * province's own review with no single body named (docs/outcomes.md).
 */
export function accordingTo(row: { source_kind: SourceKind; reported_by: string | null }, names: ReporterNames): string {
  const words = SOURCE_KIND[row.source_kind].according;
  if (row.source_kind !== 'official_report') return words;
  return `${words} ${row.reported_by === null ? 'tỉnh' : (names.get(row.reported_by) ?? row.reported_by)}`;
}

/** "theo nguồn năm 2023" for evidence more than a year old at the review, else null. */
export const evidenceAge = (year: number | null): string | null => (year === null ? null : `theo nguồn năm ${year}`);

/** Whether a row is its body's (or the province's) own assessment rather than independent evidence. */
export const isSelfReport = (row: { source_kind: SourceKind }): boolean => !SOURCE_KIND[row.source_kind].independent;

/**
 * The finding a task's published status rests on: the one of its date, kind and body (on a shared
 * date the pipeline chose it by the tie rule; the page finds it, it does not choose again).
 */
export const statusFinding = (
  t: Pick<TaskRecord, 'status_as_of' | 'status_source_kind' | 'status_reported_by'>,
  findings: readonly TaskStatusRecord[],
): TaskStatusRecord | undefined =>
  findings.find((f) => f.as_of === t.status_as_of && f.source_kind === t.status_source_kind && f.reported_by === t.status_reported_by);
