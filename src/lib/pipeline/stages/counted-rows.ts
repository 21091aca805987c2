/**
 * Stage 3 of the data stage, continued: the groups, agencies and legal documents, each with how many
 * tasks (and sections, successor rows) name it, warning about one named nowhere.
 */
import type { SourceWarning } from '../../model/errors.ts';
import { slugOf } from '../../model/paths.ts';
import type {
  AgencyRecord,
  GroupRecord,
  LegalDocumentRecord,
  Pillar,
  SectionReferenceRecord,
  TaskAgencyRecord,
  TaskReferenceRecord,
} from '../../model/records.ts';
import type { PipelineInput } from '../inputs.ts';
import { pillarAtEnd } from '../pillars.ts';
import { currentSuccessors } from '../successors.ts';
import type { CuratedTables } from './curated-tables.ts';
import type { PlanTask } from './resolve-tasks.ts';
import type { ParsedDocument } from './parse-document.ts';
import { compare, orNull, unique } from './row-helpers.ts';

/** Stage 3 (groups): the appendix's groups and sub-groups with their task counts, path slugs and pillars. */
export function groupRows({ appendix }: ParsedDocument, tasks: readonly PlanTask[]): GroupRecord[] {
  return appendix.groups.flatMap((g) => {
    // A group "… phát triển Kinh tế số" is that pillar's; its sub-groups (sectors) are too.
    const pillar = pillarAtEnd(g.title);
    return [
      groupRow(g.id, null, 1, g.id, g.title, tasks.filter((t) => t.group_id === g.id).length, g.source_line, pillar),
      ...appendix.subgroups
        .filter((s) => s.group_id === g.id)
        .map((s) => groupRow(s.id, g.id, 2, s.number, s.title, tasks.filter((t) => t.subgroup_id === s.id).length, s.source_line, pillar)),
    ];
  });
}

/** Stage 3 (agencies): each body with its task counts and who holds its role now. */
export function agencyRows(
  curated: CuratedTables,
  taskAgencies: readonly TaskAgencyRecord[],
  file: string,
): { rows: AgencyRecord[]; warnings: SourceWarning[] } {
  const warnings: SourceWarning[] = [];
  const rows = [...curated.agencies]
    .sort((a, b) => compare(a.id, b.id))
    .map((a): AgencyRecord => {
      const own = curated.successors.filter((r) => r.agency_id === a.id);
      const current = currentSuccessors(own);
      const changes = own.filter((r) => r.relation !== 'unchanged' && r.effective_date !== null).map((r) => r.effective_date!);
      const lead = distinctTasks(taskAgencies, a.id, 'lead');
      const cooperating = distinctTasks(taskAgencies, a.id, 'cooperating');
      if (lead + cooperating === 0 && a.plan_section_ids.length === 0) {
        warnings.push({ file, line: a.line, message: `agency ${a.id} is named nowhere in the plan` });
      }
      return {
        id: a.id,
        name: a.name,
        short_name: orNull(a.short_name),
        aliases: a.aliases,
        kind: a.kind,
        is_collective: a.is_collective,
        lead_task_count: lead,
        cooperating_task_count: cooperating,
        plan_section_ids: a.plan_section_ids,
        successor_relation: current[0]!.relation,
        successor_names: unique(current.flatMap((r) => (r.successor_name && r.relation !== 'unchanged' ? [r.successor_name] : []))),
        successor_since: changes.length ? changes.sort()[0]! : null,
      };
    });
  return { rows, warnings };
}

/** Stage 3 (legal documents): each document with how often it is cited, warning about unused ones. */
export function legalDocumentRows(
  curated: CuratedTables,
  taskRefs: readonly TaskReferenceRecord[],
  sectionRefs: readonly SectionReferenceRecord[],
  input: Pick<PipelineInput, 'legalDocuments' | 'agencySuccessors'>,
): { rows: LegalDocumentRecord[]; warnings: SourceWarning[] } {
  const rows = [...curated.legalDocuments]
    .sort((a, b) => compare(a.id, b.id))
    .map((d): LegalDocumentRecord => ({
      id: d.id,
      number: orNull(d.number),
      type: d.type,
      issuer: orNull(d.issuer),
      issued_date: orNull(d.issued_date),
      title: orNull(d.title),
      cited_by_task_count: new Set(taskRefs.filter((r) => r.legal_document_id === d.id).map((r) => r.task_id)).size,
      cited_by_section_count: new Set(sectionRefs.filter((r) => r.legal_document_id === d.id).map((r) => r.section_id)).size,
      context: d.context,
      url: orNull(d.url),
      url_kind: d.url_kind === '' ? null : d.url_kind,
      cited_by_successor_count: curated.successors.filter((r) => r.legal_document_ids.includes(d.id)).length,
      validity: d.validity === '' ? null : d.validity,
      validity_note: orNull(d.validity_note),
      validity_source_url: orNull(d.validity_source_url),
    }));
  const warnings: SourceWarning[] = [];
  const file = input.legalDocuments.file;
  const lineOf = new Map(curated.legalDocuments.map((d) => [d.id, d.line]));
  for (const d of rows) {
    const line = lineOf.get(d.id)!;
    if (d.context === 'reorganisation') {
      if (d.cited_by_successor_count === 0) {
        warnings.push({
          file,
          line,
          message: `legal document ${d.id} of the reorganisation is the basis of no row of ${input.agencySuccessors.file}`,
        });
      }
    } else if (d.context === 'plan' && d.cited_by_task_count === 0 && d.cited_by_section_count === 0) {
      warnings.push({ file, line, message: `legal document ${d.id} is cited nowhere in the plan` });
    }
  }
  return { rows, warnings };
}

function groupRow(
  id: string,
  parent: string | null,
  level: number,
  number: string,
  title: string,
  count: number,
  line: number,
  pillar: Pillar | null,
): GroupRecord {
  return { id, parent_id: parent, level, number, title, task_count: count, source_line: line, slug: slugOf(id), pillar };
}

function distinctTasks(rows: readonly TaskAgencyRecord[], agencyId: string, role: string): number {
  return new Set(rows.filter((r) => r.agency_id === agencyId && r.role === role).map((r) => r.task_id)).size;
}
