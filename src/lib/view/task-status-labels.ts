/**
 * A task status as pages show it — its label capitalised, what it means, the URL slug of its
 * pre-rendered list — and the counts the home and agency pages show. The words are codes.ts's
 * (TASK_STATUS); pure, shared by pages, the filter and the method page.
 */
import { capitalise, labelsOf, TASK_STATUS, TASK_STATUS_ORDER as ORDER } from '../model/codes.ts';
import { datasetSpec } from '../model/dictionary.ts';
import type { TaskRecord, TaskStatus } from '../model/records.ts';

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

/** What the counts read of a task: its status both ways, and the age of the evidence each rests on. */
export type CountedTask = Pick<
  TaskRecord,
  'status' | 'past_due' | 'status_evidence_year' | 'independent_status' | 'independent_status_evidence_year'
>;

/** One status's line of the counts. */
export interface StatusCount {
  status: TaskStatus;
  label: string;
  /** By every finding, the bodies' own reports included. */
  count: number;
  pastDue: number;
  /** Of `count`, those resting on evidence more than a year old, and the years of that evidence. */
  aged: number;
  agedYears: { from: number; to: number } | null;
  /** By independent evidence alone (documents and public pages). */
  independent: number;
  independentAged: number;
}

const yearsOf = (years: number[]) => (years.length === 0 ? null : { from: Math.min(...years), to: Math.max(...years) });

/**
 * How many of the tasks have each status, in TASK_STATUS_ORDER: by every finding (with the past-due
 * and the old-evidence counts among them) and by independent evidence alone, both from the columns
 * the pipeline publishes.
 */
export function taskStatusCounts(tasks: readonly CountedTask[]): StatusCount[] {
  return TASK_STATUS_ORDER.map((status) => {
    const own = tasks.filter((t) => t.status === status);
    const agedYears = own.map((t) => t.status_evidence_year).filter((y): y is number => y !== null);
    const independent = tasks.filter((t) => t.independent_status === status);
    return {
      status,
      label: TASK_STATUS_LABELS[status],
      count: own.length,
      pastDue: own.filter((t) => t.past_due).length,
      aged: agedYears.length,
      agedYears: yearsOf(agedYears),
      independent: independent.length,
      independentAged: independent.filter((t) => t.independent_status_evidence_year !== null).length,
    };
  });
}

/** "năm 2023", "các năm 2022–2023": the years of old evidence in a count. */
export const agedYearsLabel = (y: { from: number; to: number }): string =>
  y.from === y.to ? `năm ${y.from}` : `các năm ${y.from}–${y.to}`;
