/**
 * The province's own evaluations as the home page and the yearly reports show them: each with its
 * period and counts as the source gives them ("nguồn không nêu" where it does not). Our own count beside
 * them is the one every page gives (target-results.ts). Pure: records in, rows out.
 */
import { EVALUATION_SUBJECT } from '../model/codes.ts';
import { formatDate } from '../model/labels.ts';
import type { EvaluationRecord } from '../model/records.ts';

/** What a cell says when the source gives no count. */
export const NOT_STATED = 'nguồn không nêu';

/** One evaluation as a row of the table. */
export interface EvaluationRow {
  id: string;
  title: string;
  subject: string;
  evaluatedBy: string;
  period: string;
  counts: { target: string; exceeded: string; met: string; metOrExceeded: string; notMet: string };
  source: { title: string; url: string; published: string | null };
}

const cell = (n: number | null) => (n === null ? NOT_STATED : String(n));

/** The rows, in the dataset's order. */
export function evaluationRows(evaluations: readonly EvaluationRecord[]): EvaluationRow[] {
  return evaluations.map((e) => ({
    id: e.id,
    title: e.title,
    subject: EVALUATION_SUBJECT[e.subject].label,
    evaluatedBy: e.evaluated_by,
    period: e.period_start && e.period_end ? `${formatDate(e.period_start)}–${formatDate(e.period_end)}` : NOT_STATED,
    counts: {
      target: cell(e.target_count),
      exceeded: cell(e.exceeded_count),
      met: cell(e.met_count),
      metOrExceeded: cell(e.met_or_exceeded_count),
      notMet: cell(e.not_met_count),
    },
    source: { title: e.source_title, url: e.source_url, published: e.source_published },
  }));
}

/** The evaluations of a year: those whose period ends in it (a yearly report's). */
export const evaluationsOfYear = (evaluations: readonly EvaluationRecord[], year: number): EvaluationRecord[] =>
  evaluations.filter((e) => e.period_end !== null && Number(e.period_end.slice(0, 4)) === year);
