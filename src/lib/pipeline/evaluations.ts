/**
 * The province's own evaluations of its targets (content/evaluations.csv): what was evaluated, by
 * whom, the period, and the counts of targets exceeded, met and not met exactly as the source gives
 * them — a count the source does not print stays empty, never worked out. Pure: text in, records out.
 */
import { z } from 'zod';
import { EVALUATION_SUBJECTS } from '../model/codes.ts';
import type { EvaluationRecord } from '../model/records.ts';
import { isHttpsUrl, isIsoDate } from '../model/values.ts';
import { parseCsvRecords, type Located } from './curated-csv.ts';

export const EVALUATION_TABLE_COLUMNS = [
  'id',
  'subject',
  'title',
  'evaluated_by',
  'period_start',
  'period_end',
  'target_count',
  'exceeded_count',
  'met_count',
  'met_or_exceeded_count',
  'not_met_count',
  'source_title',
  'source_url',
  'source_published',
  'note',
] as const;

const COUNTS = ['target_count', 'exceeded_count', 'met_count', 'met_or_exceeded_count', 'not_met_count'] as const;

/**
 * Parses the evaluations; throws a SourceError naming the CSV line of the first bad row: an id that
 * is not a slug or repeats, a subject outside its list, a count that is not a whole number, a part
 * larger than the whole (exceeded, met or not met beyond the targets; exceeded and met beyond "đạt
 * và vượt"), a period that ends before it starts, a date after the review date, a source not https.
 */
export function parseEvaluationTable(csvText: string, file: string, reviewDate: string): Located<EvaluationRecord>[] {
  const reviewed = `a date yyyy-mm-dd on or before the review date ${reviewDate} (content/release.json "date"), or nothing`;
  const date = () => z.string().refine((s) => s === '' || (isIsoDate(s) && s <= reviewDate), reviewed);
  const count = () =>
    z
      .string()
      .regex(/^(\d{1,4})?$/, 'a whole number of targets, or nothing where the source does not say')
      .transform((s) => (s === '' ? null : Number(s)));
  const schema = z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case ASCII slug (kh-99-nam-2023)'),
      subject: z.enum(EVALUATION_SUBJECTS, { message: `one of ${EVALUATION_SUBJECTS.join(', ')}` }),
      title: z.string().trim().min(1, 'what was evaluated, in our words'),
      evaluated_by: z.string().trim().min(1, 'who made the evaluation, as the source names it'),
      period_start: date(),
      period_end: date(),
      target_count: count(),
      exceeded_count: count(),
      met_count: count(),
      met_or_exceeded_count: count(),
      not_met_count: count(),
      source_title: z.string().trim().min(1, 'the title of the source'),
      source_url: z.string().refine(isHttpsUrl, 'an https URL'),
      source_published: date(),
      note: z.string().trim().min(1, "the source's words carrying the figures, in «»"),
    })
    .superRefine((r, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if ((r.period_start === '') !== (r.period_end === ''))
        issue(r.period_start === '' ? 'period_start' : 'period_end', 'both period_start and period_end, or neither');
      else if (r.period_end < r.period_start) issue('period_end', `a date on or after period_start ${r.period_start}`);
      if (COUNTS.every((c) => r[c] === null)) issue('target_count', 'at least one count the source gives');
      const total = r.target_count;
      const parts = (['exceeded_count', 'met_count', 'met_or_exceeded_count', 'not_met_count'] as const).filter((c) => r[c] !== null);
      for (const c of parts) if (total !== null && r[c]! > total) issue(c, `at most target_count ${total}`);
      const both = r.exceeded_count !== null && r.met_count !== null ? r.exceeded_count + r.met_count : null;
      if (both !== null && r.met_or_exceeded_count !== null && both !== r.met_or_exceeded_count)
        issue('met_or_exceeded_count', `exceeded_count + met_count = ${both}`);
      const counted = (both ?? r.met_or_exceeded_count ?? 0) + (r.not_met_count ?? 0);
      if (total !== null && counted > total) issue('not_met_count', `met, exceeded and not met together at most target_count ${total}`);
    });
  const key = { of: (r: z.output<typeof schema>) => r.id, rule: (earlier: number) => `one row per id (already on line ${earlier})` };
  const records: Located<EvaluationRecord>[] = [];
  for (const { line, record: r } of parseCsvRecords(csvText, file, EVALUATION_TABLE_COLUMNS, schema, key)) {
    records.push({
      ...r,
      period_start: r.period_start || null,
      period_end: r.period_end || null,
      source_published: r.source_published || null,
      line,
    });
  }
  return records;
}
