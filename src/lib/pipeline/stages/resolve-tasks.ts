/** Stage 3 of the data stage: each appendix row resolved into a task, and the legal documents the body cites. */
import type { SourceWarning } from '../../model/errors.ts';
import { slugOf } from '../../model/paths.ts';
import type { SectionReferenceRecord, TaskAgencyRecord, TaskRecord, TaskReferenceRecord } from '../../model/records.ts';
import { splitAgencyCell } from '../agencies.ts';
import type { PipelineInput } from '../inputs.ts';
import { classifyNote, findCitations } from '../legal.ts';
import { dueDate, latestTaskStatus } from '../task-status.ts';
import { parseTimeframe } from '../timeframe.ts';
import type { CuratedTables } from './curated-tables.ts';
import type { ParsedDocument } from './parse-document.ts';
import { orNull, unique, uniqueBy } from './row-helpers.ts';

/** A task as resolved from the appendix, before today's bodies are known (stage today-bodies adds them). */
export type PlanTask = Omit<TaskRecord, 'lead_body_ids' | 'report_body_ids'>;

/** The tasks with their agencies, time frames, citations and status resolved. */
export interface ResolvedTasks {
  tasks: PlanTask[];
  taskAgencies: TaskAgencyRecord[];
  taskRefs: TaskReferenceRecord[];
  warnings: SourceWarning[];
}

/** Stage 3: resolve each appendix row's agencies, time frame, legal citations and latest finding. */
export function resolveTasks({ appendix }: ParsedDocument, curated: CuratedTables, input: PipelineInput): ResolvedTasks {
  const file = input.seed.file;
  const groupTitle = new Map(appendix.groups.map((g) => [g.id, g.title]));
  const subgroupTitle = new Map(appendix.subgroups.map((g) => [g.id, g.title]));
  const out: ResolvedTasks = { tasks: [], taskAgencies: [], taskRefs: [], warnings: [] };
  for (const t of appendix.tasks) {
    const where = { file, line: t.source_line };
    const lead = splitAgencyCell(t.lead_agencies_text, curated.agencyIndex, { ...where, column: 'Cơ quan chủ trì' });
    const cooperating = splitAgencyCell(t.cooperating_agencies_text, curated.agencyIndex, { ...where, column: 'Cơ quan phối hợp' });
    const overlap = lead.find((id) => cooperating.includes(id));
    if (overlap) out.warnings.push({ ...where, message: `${t.id}: ${overlap} is both lead and cooperating` });
    const timeframe = parseTimeframe(t.timeframe_text, input.period, where);
    const note = classifyNote(t.note_text, curated.legalDocuments, where);
    const refs = uniqueBy(
      [
        ...findCitations(t.content, curated.legalDocuments, where).map((c) => ({ c, cited_in: 'content' as const })),
        ...note.citations.map((c) => ({ c, cited_in: 'notes' as const })),
      ],
      ({ c, cited_in }) => `${c.legal_document_id}|${c.clause}|${cited_in}`,
    );
    const due = dueDate(timeframe);
    out.tasks.push({
      id: t.id,
      slug: slugOf(t.id),
      group_id: t.group_id,
      group_title: groupTitle.get(t.group_id)!,
      subgroup_id: t.subgroup_id,
      subgroup_title: t.subgroup_id ? subgroupTitle.get(t.subgroup_id)! : null,
      number: t.number,
      content: t.content,
      lead_agency_ids: lead,
      cooperating_agency_ids: cooperating,
      lead_agencies_text: t.lead_agencies_text,
      cooperating_agencies_text: orNull(t.cooperating_agencies_text),
      timeframe_text: t.timeframe_text,
      timeframe_kind: timeframe.kind,
      start_year: timeframe.start_year,
      end_year: timeframe.end_year,
      note_text: orNull(t.note_text),
      legal_document_ids: unique(refs.map((r) => r.c.legal_document_id)),
      source_line: t.source_line,
      due_date: due,
      ...latestTaskStatus(
        curated.taskStatus.filter((f) => f.task_id === t.id),
        due,
        input.reviewDate,
      ),
      quarter: timeframe.quarter,
    });
    lead.forEach((agency_id, i) => out.taskAgencies.push({ task_id: t.id, agency_id, role: 'lead', order: i + 1 }));
    cooperating.forEach((agency_id, i) => out.taskAgencies.push({ task_id: t.id, agency_id, role: 'cooperating', order: i + 1 }));
    for (const { c, cited_in } of refs) {
      out.taskRefs.push({
        task_id: t.id,
        legal_document_id: c.legal_document_id,
        clause: orNull(c.clause),
        cited_in,
        citation_text: c.text,
      });
    }
  }
  return out;
}

/** Stage 3 (body): the legal documents each paragraph and bullet of the body cites. */
export function resolveSectionCitations({ body }: ParsedDocument, curated: CuratedTables, file: string): SectionReferenceRecord[] {
  const refs: SectionReferenceRecord[] = [];
  for (const b of body.blocks) {
    const found = findCitations(b.text, curated.legalDocuments, { file, line: b.source_line_start });
    for (const c of uniqueBy(found, (x) => `${x.legal_document_id}|${x.clause}`)) {
      refs.push({
        section_id: b.section_id,
        legal_document_id: c.legal_document_id,
        clause: orNull(c.clause),
        citation_text: c.text,
        source_line: b.source_line_start,
      });
    }
  }
  return refs;
}
