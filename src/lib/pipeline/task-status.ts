/**
 * What is publicly known of each task's implementation: the curated history `content/task_status.csv`
 * (a new finding is a new row; rows are never rewritten), each task's latest status, its due date and
 * whether that date has passed. Statuses other than `no_information` rest on a cited source; nothing
 * is inferred from silence or from the calendar (docs/outcomes.md). Pure: text in, records out.
 */
import { z } from 'zod';
import { SOURCE_KINDS, TASK_STATUSES } from '../model/codes.ts';
import { namesDocumentNumber } from '../model/document-number.ts';
import { agedEvidenceYear, compareEvidence, isIndependent } from '../model/evidence.ts';
import { parseCsvRecords, type Located } from './curated-csv.ts';
import type { Reporters } from './reporters.ts';
import type { Timeframe } from './timeframe.ts';
import type { SourceKind, TaskStatus, TaskStatusRecord } from '../model/records.ts';
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
  'source_kind',
  'reported_by',
] as const;

/** One finding per task, date and reporting body (docs/outcomes.md); the importer skips a row by the same key. */
export const TASK_STATUS_KEY = ['task_id', 'as_of', 'reported_by'] as const;

/** A task's status as published in `tasks`. */
export interface LatestTaskStatus {
  status: TaskStatus;
  /** The evidence's date, or the review date when nothing public was found. */
  status_as_of: string;
  /** The time frame ended before the review date and the task is not reported done. */
  past_due: boolean;
  status_source_kind: SourceKind | null;
  status_reported_by: string | null;
  status_evidence_year: number | null;
  independent_status: TaskStatus;
  independent_status_as_of: string;
  independent_status_evidence_year: number | null;
}

/**
 * Parses the status table. `span.reviewDate` (content/release.json) is the last review: no evidence
 * or check can be dated after it; nor before the plan period starts (`span.planStart`): a finding is
 * about carrying out this plan. `source_kind` says whose word a finding is; `reported_by`, when set,
 * names the body whose own report it is (one of `reporters`), and such a row is a report. Throws a
 * SourceError naming the CSV line of the first bad row.
 */
export function parseTaskStatusTable(
  csvText: string,
  file: string,
  taskIds: Iterable<string>,
  span: ReviewSpan,
  reporters: Reporters,
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
      source_kind: z.enum(SOURCE_KINDS, { message: `one of ${SOURCE_KINDS.join(', ')}` }),
      reported_by: z.string().refine((s) => s === '' || reporters.ids.has(s), reporters.expected),
    })
    .superRefine((r, ctx) => {
      if (r.reported_by !== '' && r.source_kind !== 'official_report')
        ctx.addIssue({ code: 'custom', path: ['source_kind'], message: `official_report (the row is ${r.reported_by}'s own report)` });
      if (r.checked < r.as_of)
        ctx.addIssue({ code: 'custom', path: ['checked'], message: `a check on or after the evidence's date ${r.as_of}` });
      if (r.status === 'no_information') return;
      // A source is a public https page, or an issued document named by its number and dated (issue #25).
      const issuedDocument = namesDocumentNumber(r.source_title) && r.source_published !== '';
      if (r.source_url === '' && !issuedDocument)
        ctx.addIssue({
          code: 'custom',
          path: ['source_url'],
          message: `a source URL (status ${r.status} must rest on a source), or an issued document's number in source_title and its date in source_published`,
        });
      else if (r.source_title.trim() === '') ctx.addIssue({ code: 'custom', path: ['source_title'], message: 'the title of the source' });
    });

  const records: Located<TaskStatusRecord>[] = [];
  const key = {
    of: (r: z.output<typeof schema>) =>
      TASK_STATUS_KEY.map((k) => r[k])
        .filter((k) => k !== '')
        .join(' '),
    rule: (earlier: number) => `one finding per task, date and reporting body (already on line ${earlier})`,
  };
  for (const { line, record: r } of parseCsvRecords(csvText, file, TASK_STATUS_TABLE_COLUMNS, schema, key)) {
    records.push({
      ...r,
      source_title: r.source_title.trim() || null,
      source_url: r.source_url || null,
      source_published: r.source_published || null,
      reported_by: r.reported_by || null,
      line,
    });
  }
  return records.sort(
    (a, b) => compareTaskIds(a.task_id, b.task_id) || (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : compareEvidence(a, b)),
  );
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

/** Newest first; on the same date the finding that wins a tie (model/evidence.ts) first. */
const byPrecedence = (a: TaskStatusRecord, b: TaskStatusRecord) => (a.as_of > b.as_of ? -1 : a.as_of < b.as_of ? 1 : compareEvidence(a, b));

/**
 * A task's latest finding (the newest `as_of`; on one date, independent evidence before a report,
 * model/evidence.ts), or `no_information` dated at the review when it has none; the same from the
 * independent findings alone (a body's own "done" never stands in for evidence); the year of each when
 * it is more than a year old at the review. past_due is a fact of the calendar — the due date is
 * before the review date and the latest finding is not `done` — never a claim that the work was not done.
 */
export function latestTaskStatus(findings: readonly TaskStatusRecord[], due: string, reviewDate: string): LatestTaskStatus {
  const sorted = [...findings].sort(byPrecedence);
  const latest = sorted[0];
  const independent = sorted.find(isIndependent);
  const status = latest?.status ?? 'no_information';
  // Only a status that rests on evidence has an age; "no information" has none to date.
  const aged = (f: TaskStatusRecord | undefined) => (f && f.status !== 'no_information' ? agedEvidenceYear(f.as_of, reviewDate) : null);
  return {
    status,
    status_as_of: latest?.as_of ?? reviewDate,
    past_due: due < reviewDate && status !== 'done',
    status_source_kind: latest?.source_kind ?? null,
    status_reported_by: latest?.reported_by ?? null,
    status_evidence_year: aged(latest),
    independent_status: independent?.status ?? 'no_information',
    independent_status_as_of: independent?.as_of ?? reviewDate,
    independent_status_evidence_year: aged(independent),
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
