/**
 * What the legal-document index and pages show: a document's name, the order of the index, and
 * every task and plan section that cites a document.
 */
import { CITATION_PLACE, labelsOf, URL_KIND } from '../model/codes.ts';
import { documentLabel } from '../model/labels.ts';
import type { LegalDocumentRecord, SectionRecord, SectionReferenceRecord, TaskRecord, TaskReferenceRecord } from '../model/records.ts';

/** Where in a task the citation is. */
export const CITED_IN_LABEL: Record<TaskReferenceRecord['cited_in'], string> = labelsOf(CITATION_PLACE);

/** The text of a document's link, by what it leads to. */
export const URL_KIND_LINKS: Record<NonNullable<LegalDocumentRecord['url_kind']>, string> = labelsOf(URL_KIND, (k) => k.link);

/** Most cited first (tasks and sections together), then by label in Vietnamese order. */
export function compareDocuments(a: LegalDocumentRecord, b: LegalDocumentRecord): number {
  const cited = (d: LegalDocumentRecord) => d.cited_by_task_count + d.cited_by_section_count;
  return cited(b) - cited(a) || documentLabel(a).localeCompare(documentLabel(b), 'vi');
}

export interface Citing<T, R> {
  record: T;
  references: R[];
}

/**
 * The tasks that cite a document, each once with all its citations of it, in the tasks' order.
 * Throws when a reference names a task that does not exist (the datasets' foreign keys forbid it).
 */
export function citingTasks<T extends Pick<TaskRecord, 'id'>>(
  documentId: string,
  references: readonly TaskReferenceRecord[],
  tasks: readonly T[],
): Citing<T, TaskReferenceRecord>[] {
  return gather(documentId, references, tasks, (r) => r.task_id);
}

/** The plan sections that cite a document, each once with its citations (by source line), in document order. */
export function citingSections<S extends Pick<SectionRecord, 'id'>>(
  documentId: string,
  references: readonly SectionReferenceRecord[],
  sections: readonly S[],
): Citing<S, SectionReferenceRecord>[] {
  const cited = gather(documentId, references, sections, (r) => r.section_id);
  for (const c of cited) c.references.sort((a, b) => a.source_line - b.source_line);
  return cited;
}

function gather<T extends { id: string }, R extends { legal_document_id: string }>(
  documentId: string,
  references: readonly R[],
  records: readonly T[],
  key: (r: R) => string,
): Citing<T, R>[] {
  const mine = references.filter((r) => r.legal_document_id === documentId);
  const known = new Set(records.map((t) => t.id));
  const missing = mine.find((r) => !known.has(key(r)));
  if (missing) throw new Error(`reference to unknown record ${key(missing)} (document ${documentId})`);
  return records.map((record) => ({ record, references: mine.filter((r) => key(r) === record.id) })).filter((c) => c.references.length > 0);
}
