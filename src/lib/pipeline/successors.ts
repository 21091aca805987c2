/**
 * Who holds each 2022 agency's role now: the curated table `content/agency_successors.csv`, one or
 * more rows per agency of the plan, each with its relation, effective date and the legal documents it
 * rests on (which must be in `content/legal_documents.csv`). The plan itself is published as adopted;
 * this is a separate, documented layer. Pure: text in, records out.
 */
import { z } from 'zod';
import { SUCCESSOR_RELATIONS } from '../model/codes.ts';
import { parseCsvRecords, type Located } from './curated-csv.ts';
import { SourceError } from '../model/errors.ts';
import type { AgencySuccessorRecord } from '../model/records.ts';
import { isDateBetween, isHttpsUrl, isIsoDate, type ReviewSpan } from '../model/values.ts';

export const SUCCESSOR_TABLE_COLUMNS = [
  'agency_id',
  'successor_name',
  'successor_agency_id',
  'relation',
  'effective_date',
  'legal_document_ids',
  'scope',
  'note',
  'source_url',
  'body_id',
] as const;

/**
 * Parses the successor table; throws a SourceError naming the CSV line of the first bad row: an
 * unknown agency or document, a relation outside the codes, a missing effective date or successor
 * name, an `abolished` or `not_determined` row without a note, a `split_between` row without a scope,
 * a date outside the span, a row given twice, a body_id where the row names no body that holds the
 * role (abolished, not determined, or a chain through successor_agency_id). Every agency must have at
 * least one row (else the error names the agency's line in its own table). Whether each body_id is a
 * body of content/bodies.csv, and on the right rows, is checked with that table (bodies.ts).
 */
export function parseSuccessorTable(
  csvText: string,
  file: string,
  agencyTable: { file: string; rows: readonly { id: string; line: number }[] },
  legalDocumentIds: Iterable<string>,
  span: ReviewSpan,
): Located<AgencySuccessorRecord>[] {
  const agencies = new Set(agencyTable.rows.map((a) => a.id));
  const documents = new Set(legalDocumentIds);
  const { planStart, reviewDate } = span;
  const schema = z
    .object({
      agency_id: z.string().refine((s) => agencies.has(s), 'an agency id of content/agencies.csv'),
      // Published in agencies.successor_names, a list whose items are joined with ";".
      successor_name: z
        .string()
        .trim()
        .refine((s) => !s.includes(';'), 'a name without ";" (agencies.successor_names joins names with it)'),
      successor_agency_id: z.string().refine((s) => s === '' || agencies.has(s), 'an agency id of content/agencies.csv or nothing'),
      relation: z.enum(SUCCESSOR_RELATIONS, { message: `one of ${SUCCESSOR_RELATIONS.join(', ')}` }),
      effective_date: z
        .string()
        .refine((s) => s === '' || isIsoDate(s), 'a date yyyy-mm-dd')
        // The table says who holds each 2022 role at the review: a change before the plan period would
        // mean the plan named a body that no longer existed, one after the review is not known yet.
        .refine(
          (s) => s === '' || isDateBetween(s, planStart, reviewDate),
          `a date from ${planStart} (the plan period's start) to the review date ${reviewDate}`,
        ),
      legal_document_ids: z.string(),
      scope: z.string().trim(),
      note: z.string().trim(),
      source_url: z.string().refine((s) => s === '' || isHttpsUrl(s), 'an https URL or nothing'),
      body_id: z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'an id of content/bodies.csv (ASCII kebab-case) or nothing'),
    })
    .superRefine((r, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      for (const id of list(r.legal_document_ids)) {
        if (!documents.has(id)) issue('legal_document_ids', `ids of content/legal_documents.csv separated by "|" (unknown: ${id})`);
      }
      const dated = r.relation !== 'unchanged' && r.relation !== 'not_determined';
      if (dated && r.effective_date === '') issue('effective_date', `a date yyyy-mm-dd (relation ${r.relation} takes effect on a day)`);
      if (dated && list(r.legal_document_ids).length === 0) issue('legal_document_ids', `the documents a ${r.relation} row rests on`);
      const named = r.relation === 'renamed' || r.relation === 'merged_into' || r.relation === 'split_between';
      if (named && r.successor_name === '') issue('successor_name', `the successor's name (relation ${r.relation})`);
      if ((r.relation === 'abolished' || r.relation === 'not_determined') && r.note === '') {
        issue('note', `where the functions went, or what was searched (relation ${r.relation})`);
      }
      if (r.relation === 'split_between' && r.scope === '') issue('scope', 'which functions this successor took (split_between)');
      // A row's body is where the chain ends: none when nobody took the role, the chain's own end when it goes on.
      if (r.body_id !== '' && (r.relation === 'abolished' || r.relation === 'not_determined')) {
        issue('body_id', `nothing (relation ${r.relation}: no body holds the role)`);
      }
      if (r.body_id !== '' && r.successor_agency_id !== '') {
        issue('body_id', `nothing (the row goes on to ${r.successor_agency_id}, whose rows name today's body)`);
      }
    });

  const records: Located<AgencySuccessorRecord>[] = [];
  // The dataset's key: one row per agency, relation, date and successor.
  const key = {
    of: (r: z.output<typeof schema>) => [r.agency_id, r.relation, r.effective_date, r.successor_name].join(' | '),
    rule: (earlier: number) => `one row per agency, relation, date and successor (already on line ${earlier})`,
  };
  for (const { line, record: r } of parseCsvRecords(csvText, file, SUCCESSOR_TABLE_COLUMNS, schema, key)) {
    records.push({
      agency_id: r.agency_id,
      successor_name: r.successor_name || null,
      successor_agency_id: r.successor_agency_id || null,
      relation: r.relation,
      effective_date: r.effective_date || null,
      legal_document_ids: list(r.legal_document_ids),
      scope: r.scope || null,
      note: r.note,
      source_url: r.source_url || null,
      body_id: r.body_id || null,
      line,
    });
  }
  // A missing row has no line of its own: name the agency's row, the one the successor rows are about.
  const covered = new Set(records.map((r) => r.agency_id));
  const missing = agencyTable.rows.find((a) => !covered.has(a.id));
  if (missing) {
    throw new SourceError(
      agencyTable.file,
      missing.line,
      `a row for this agency in ${file} (every agency of the plan has one)`,
      missing.id,
    );
  }
  return records;
}

/**
 * Who holds an agency's role today: the successor names of its latest rows (those with the latest
 * effective date; undated rows when none is dated). Empty when it was abolished or is not determined.
 */
export function currentSuccessors(rows: readonly AgencySuccessorRecord[]): AgencySuccessorRecord[] {
  const dated = rows.filter((r) => r.effective_date !== null);
  if (dated.length === 0) return [...rows];
  const latest = dated.reduce((m, r) => (r.effective_date! > m ? r.effective_date! : m), '');
  return dated.filter((r) => r.effective_date === latest);
}

function list(s: string): string[] {
  return s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
}
