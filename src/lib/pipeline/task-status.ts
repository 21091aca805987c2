/**
 * What is publicly known of each task's implementation: the curated history `content/task_status.csv`
 * (a new finding is a new row; rows are never rewritten), each task's latest status, its due date and
 * whether that date has passed. Statuses other than `no_information` rest on a cited source; nothing
 * is inferred from silence or from the calendar (docs/outcomes.md). Pure: text in, records out.
 */
import { z } from 'zod';
import { TASK_STATUSES } from '../model/codes.ts';
import { parseCsvRecords, type Located } from './curated-csv.ts';
import type { Timeframe } from './timeframe.ts';
import type { TaskStatus, TaskStatusRecord } from '../model/records.ts';
import { isHttpsUrl, isIsoDate, type ReviewSpan } from '../model/values.ts';

export const TASK_STATUS_TABLE_COLUMNS = [
  'task_id',
  'as_of',
  'status',
  'summary',
  'source_title',
  'source_url',
  'source_published',
  'checked',
] as const;

/** A task's status as published in `tasks`. */
export interface LatestTaskStatus {
  status: TaskStatus;
  /** The evidence's date, or the review date when nothing public was found. */
  status_as_of: string;
  /** The time frame ended before the review date and the task is not reported done. */
  past_due: boolean;
}

/**
 * Parses the status table. `span.reviewDate` (content/release.json) is the last review: no evidence
 * or check can be dated after it; nor before the plan period starts (`span.planStart`): a finding is
 * about carrying out this plan. Throws a SourceError naming the CSV line of the first bad row.
 */
export function parseTaskStatusTable(
  csvText: string,
  file: string,
  taskIds: Iterable<string>,
  span: ReviewSpan,
): Located<TaskStatusRecord>[] {
  const known = new Set(taskIds);
  const { planStart, reviewDate } = span;
  const notAfterReview = (s: string) => s <= reviewDate;
  const notBeforePlan = (s: string) => s >= planStart;
  const reviewed = `on or before the review date ${reviewDate} (content/release.json "date")`;
  const planned = `on or after ${planStart}, the start of the plan period (content/plan_period.json)`;
  const date = () =>
    z
      .string()
      .refine(isIsoDate, 'a date yyyy-mm-dd')
      .refine(notBeforePlan, `a date ${planned}`)
      .refine(notAfterReview, `a date ${reviewed}`);
  const schema = z
    .object({
      task_id: z.string().refine((s) => known.has(s), 'a task id of the appendix (e.g. I.4.6)'),
      as_of: date(),
      status: z.enum(TASK_STATUSES, { message: `one of ${TASK_STATUSES.join(', ')}` }),
      summary: z.string().trim().min(1, 'a summary in our own words'),
      source_title: z.string(),
      source_url: z.string().refine((s) => s === '' || isHttpsUrl(s), 'an https URL or nothing'),
      source_published: z
        .string()
        .refine((s) => s === '' || (isIsoDate(s) && notAfterReview(s)), `a date yyyy-mm-dd ${reviewed}, or nothing`)
        .refine((s) => s === '' || notBeforePlan(s), `a date ${planned}, or nothing`),
      checked: date(),
    })
    .superRefine((r, ctx) => {
      if (r.checked < r.as_of)
        ctx.addIssue({ code: 'custom', path: ['checked'], message: `a check on or after the evidence's date ${r.as_of}` });
      if (r.status === 'no_information') return;
      if (r.source_url === '')
        ctx.addIssue({ code: 'custom', path: ['source_url'], message: `a source URL (status ${r.status} must rest on a source)` });
      else if (r.source_title.trim() === '') ctx.addIssue({ code: 'custom', path: ['source_title'], message: 'the title of the source' });
    });

  const records: Located<TaskStatusRecord>[] = [];
  const key = {
    of: (r: z.output<typeof schema>) => `${r.task_id} ${r.as_of}`,
    rule: (earlier: number) => `one finding per task and date (already on line ${earlier})`,
  };
  for (const { line, record: r } of parseCsvRecords(csvText, file, TASK_STATUS_TABLE_COLUMNS, schema, key)) {
    records.push({
      ...r,
      source_title: r.source_title.trim() || null,
      source_url: r.source_url || null,
      source_published: r.source_published || null,
      line,
    });
  }
  return records.sort((a, b) => compareTaskIds(a.task_id, b.task_id) || (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
}

/** The last day of a time frame: 31 March for "Quý I/2022", 31 December of the end year otherwise. */
export function dueDate(t: Pick<Timeframe, 'kind' | 'end_year' | 'quarter'>): string {
  if (t.kind === 'quarter' && t.quarter !== null) {
    const month = t.quarter * 3;
    const last = new Date(Date.UTC(t.end_year, month, 0)).getUTCDate();
    return `${t.end_year}-${String(month).padStart(2, '0')}-${last}`;
  }
  return `${t.end_year}-12-31`;
}

/**
 * A task's latest finding (the newest `as_of`), or `no_information` dated at the review when it has
 * none; past_due is a fact of the calendar — the due date is before the review date and the latest
 * finding is not `done` — never a claim that the work was not done.
 */
export function latestTaskStatus(findings: readonly TaskStatusRecord[], due: string, reviewDate: string): LatestTaskStatus {
  const latest = [...findings].sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0)).at(-1);
  const status = latest?.status ?? 'no_information';
  return {
    status,
    status_as_of: latest?.as_of ?? reviewDate,
    past_due: due < reviewDate && status !== 'done',
  };
}

/** Appendix order of task ids: I.4.6 < I.4.10 < II.1 < III.13 < IV.1.1. */
export function compareTaskIds(a: string, b: string): number {
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };
  const parts = (id: string) => id.split('.').map((p, i) => (i === 0 ? (roman[p] ?? 99) : Number(p)));
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
