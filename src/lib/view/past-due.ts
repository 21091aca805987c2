/**
 * Past-due tasks as pages show them: the list at /nhiem-vu/qua-han/ (the no-JS form of the filter's
 * "?qua-han=co"), the count the home page links to it, and the past-due column of the agency lists.
 * Every number counts tasks.past_due, the pipeline's calendar fact at the review date; nothing here
 * reads a date. Pure.
 */
import type { TaskRecord } from '../model/records.ts';

/** The agency lists' column: of the tasks a lead leads, those past due. */
export const PAST_DUE_COLUMN = 'Chủ trì, đã quá hạn';

type Led = Pick<TaskRecord, 'past_due' | 'lead_agency_ids' | 'lead_body_ids'>;

/** The tasks the dataset marks past due, in the dataset's order. */
export const pastDueTasks = <T extends Pick<TaskRecord, 'past_due'>>(tasks: readonly T[]): T[] => tasks.filter((t) => t.past_due);

/**
 * How many past-due tasks each lead has: by the plan's agencies (`lead_agency_ids`, /co-quan/) or by
 * today's bodies (`lead_body_ids`, /co-quan-hien-nay/). A lead with none is absent (read it as 0).
 */
export function pastDueByLead(tasks: readonly Led[], key: 'lead_agency_ids' | 'lead_body_ids'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of pastDueTasks(tasks)) for (const id of new Set(t[key])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** One lead's line of the past-due list's table: its past-due tasks among those it leads. */
export interface PastDueLead<B> {
  lead: B;
  pastDue: number;
  led: number;
}

/**
 * Today's lead bodies with at least one past-due task, most first (then by name): who holds the
 * past-due tasks now. `led` is the body's published lead_task_count.
 */
export function pastDueLeads<B extends { id: string; name: string; lead_task_count: number }>(
  tasks: readonly Led[],
  bodies: readonly B[],
): PastDueLead<B>[] {
  const counts = pastDueByLead(tasks, 'lead_body_ids');
  return bodies
    .filter((b) => (counts.get(b.id) ?? 0) > 0)
    .map((b) => ({ lead: b, pastDue: counts.get(b.id)!, led: b.lead_task_count }))
    .sort((a, b) => b.pastDue - a.pastDue || a.lead.name.localeCompare(b.lead.name, 'vi'));
}
