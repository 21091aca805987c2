/**
 * A task status as pages show it — its label capitalised, what it means, the URL slug of its
 * pre-rendered list — and the counts the home and agency pages show. The words are codes.ts's
 * (TASK_STATUS); pure, shared by pages, the filter and the method page.
 */
import { capitalise, labelsOf, TASK_STATUS, TASK_STATUS_ORDER as ORDER } from '../model/codes.ts';
import { datasetSpec } from '../model/dictionary.ts';
import type { TaskStatus } from '../model/records.ts';

/** Statuses in the order they are shown and counted: what happened first, then what is unknown. */
export const TASK_STATUS_ORDER: readonly TaskStatus[] = ORDER;

export const TASK_STATUS_LABELS = labelsOf(TASK_STATUS, (s) => capitalise(s.label));

/** What each status means and what it rests on (the method page and each status's list). */
export const TASK_STATUS_DESCRIPTIONS = labelsOf(TASK_STATUS, (s) => s.description);

/** The slug of a status's pre-rendered list: /nhiem-vu/tinh-trang/<slug>/ (and the filter's URL value). */
export const TASK_STATUS_SLUGS = labelsOf(TASK_STATUS, (s) => s.slug);

/** The calendar fact shown beside a task whose time frame has ended (never a claim the work was not done): tasks.past_due's title. */
export const PAST_DUE_LABEL = datasetSpec('tasks').columns.find((c) => c.name === 'past_due')!.title;

/** The status whose list lives at `slug`, or undefined. */
export function statusBySlug(slug: string): TaskStatus | undefined {
  return TASK_STATUS_ORDER.find((s) => TASK_STATUS_SLUGS[s] === slug);
}

/** How many of the tasks have each status, in TASK_STATUS_ORDER, with the past-due count among them. */
export function taskStatusCounts(tasks: readonly { status: TaskStatus; past_due: boolean }[]): {
  status: TaskStatus;
  label: string;
  count: number;
  pastDue: number;
}[] {
  return TASK_STATUS_ORDER.map((status) => {
    const own = tasks.filter((t) => t.status === status);
    return { status, label: TASK_STATUS_LABELS[status], count: own.length, pastDue: own.filter((t) => t.past_due).length };
  });
}
