/**
 * Which finding or value wins when several share a date or a year (docs/outcomes.md, "Whose word"):
 * independent evidence (an issued document, then a public page) before a report, and among reports
 * the curated row (no reporting body) before a body's form row, then by body id — so the choice is
 * the same in the pipeline (tasks.status, indicators.latest_*) and on the pages (the chart). Pure.
 */
import { SOURCE_KIND } from './codes.ts';
import type { SourceKind } from './records.ts';

/** What the precedence reads of a row. */
export interface Evidence {
  source_kind: SourceKind;
  reported_by: string | null;
}

/** Each kind's place when rows tie, first wins (the code list's own order is the dictionary's). */
const PRECEDENCE: Readonly<Record<SourceKind, number>> = { official_document: 0, public_record: 1, official_report: 2 };

/** Negative when `a` wins a tie with `b`; 0 only for the same kind and body. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  const kind = PRECEDENCE[a.source_kind] - PRECEDENCE[b.source_kind];
  if (kind !== 0) return kind;
  const ra = a.reported_by ?? '';
  const rb = b.reported_by ?? '';
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** Whether a row is evidence independent of the body's own assessment (a document or a public page). */
export const isIndependent = (e: Pick<Evidence, 'source_kind'>): boolean => SOURCE_KIND[e.source_kind].independent;

/**
 * The year of evidence dated more than one year before the review date (2023-06-30 against a review of
 * 2026-12-01, whose cut-off is 2025-12-01), else null: a status resting on it says its year.
 */
export function agedEvidenceYear(asOf: string, reviewDate: string): number | null {
  const cutoff = `${Number(reviewDate.slice(0, 4)) - 1}${reviewDate.slice(4)}`;
  return asOf < cutoff ? Number(asOf.slice(0, 4)) : null;
}
