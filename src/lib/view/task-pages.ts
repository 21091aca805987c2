/**
 * What the task pages show, computed from the datasets: the list grouped by group and sub-group,
 * the filter's choices, a task's neighbours, its agencies as shown and its legal references.
 */
import type {
  AgencyRecord,
  GroupRecord,
  LegalDocumentRecord,
  TaskAgencyRecord,
  TaskRecord,
  TaskReferenceRecord,
} from '../model/records.ts';
import { CITATION_PLACE, labelsOf } from '../model/codes.ts';

/** A run of consecutive tasks of one group: in a sub-group, or directly in the group (subgroup null). */
export interface TaskPart {
  subgroup: GroupRecord | null;
  tasks: TaskRecord[];
}

/** One group of the list with its tasks and its parts in document order. */
export interface TaskSection {
  group: GroupRecord;
  tasks: TaskRecord[];
  parts: TaskPart[];
}

/** "I. Nhóm nhiệm vụ…", "I.4. Phát triển dữ liệu số": a group's id and title as a heading. */
/**
 * A task's short title for lists: its first clause (up to ";", ":", "." or "(") when that is short
 * enough, else its first words up to `max` characters, cut at a space and ended with "…"; the whole
 * text when it is short. The plan gives tasks no titles: these are its own first words.
 */
export function shortTitle(content: string, max = 80): string {
  const text = content.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const clause = /^(.{20,}?)\s*[;:(]|^(.{20,}?\.)\s/u.exec(text);
  const first = clause ? (clause[1] ?? clause[2]!).replace(/[\s,.]+$/u, '') : '';
  if (first && first.length <= max) return first;
  const cut = text.slice(0, max + 1);
  const words = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.(-]+$/u, '');
  return `${words} …`;
}

export const groupLabel = (g: Pick<GroupRecord, 'id' | 'title'>): string => `${g.id}. ${g.title}`;

/**
 * Tasks grouped for a list: groups in the appendix's order, only those with tasks; inside each, runs
 * of consecutive tasks with the same sub-group. Group III has direct tasks before and after its
 * sub-groups (III.1–III.8, then III.9–III.12, then III.13), so runs, not one bucket per sub-group.
 */
export function sectionTasks(tasks: readonly TaskRecord[], groups: readonly GroupRecord[]): TaskSection[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const sections: TaskSection[] = [];
  for (const t of tasks) {
    let section = sections.at(-1);
    if (section?.group.id !== t.group_id) {
      section = { group: byId.get(t.group_id)!, tasks: [], parts: [] };
      sections.push(section);
    }
    section.tasks.push(t);
    let part = section.parts.at(-1);
    if (!part || (part.subgroup?.id ?? null) !== t.subgroup_id) {
      part = { subgroup: t.subgroup_id ? byId.get(t.subgroup_id)! : null, tasks: [] };
      section.parts.push(part);
    }
    part.tasks.push(t);
  }
  return sections;
}

/** Whether a section's parts need their own headings: only when the group has sub-groups. */
export const hasSubgroups = (s: TaskSection): boolean => s.parts.some((p) => p.subgroup !== null);

/**
 * Every group's and sub-group's tasks, in document order, in one pass (a group page each: going
 * through all tasks once per group grew with the square of the appendix).
 */
export function tasksByGroup(tasks: readonly TaskRecord[], groups: readonly GroupRecord[]): Map<string, TaskRecord[]> {
  const byGroup = new Map(groups.map((g) => [g.id, [] as TaskRecord[]]));
  for (const t of tasks) {
    byGroup.get(t.group_id)?.push(t);
    if (t.subgroup_id !== null) byGroup.get(t.subgroup_id)?.push(t);
  }
  return byGroup;
}

/** An agency with the number of tasks it has in one role. */
export interface AgencyChoice {
  id: string;
  name: string;
  count: number;
}

/**
 * Agencies that have at least one task in `role`, with their counts as the agencies dataset publishes
 * them (lead_task_count, cooperating_task_count), in Vietnamese alphabetical order.
 */
export function agencyChoices(
  agencies: readonly Pick<AgencyRecord, 'id' | 'name' | 'lead_task_count' | 'cooperating_task_count'>[],
  role: TaskAgencyRecord['role'],
): AgencyChoice[] {
  return agencies
    .map((a) => ({ id: a.id, name: a.name, count: role === 'lead' ? a.lead_task_count : a.cooperating_task_count }))
    .filter((a) => a.count > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Each task list's positions by id, built once per list: every task page asks (9,000 at 100× the appendix). */
const positions = new WeakMap<readonly TaskRecord[], Map<string, number>>();

/** The tasks before and after `id` in the appendix's order. */
export function neighbours(tasks: readonly TaskRecord[], id: string): { prev?: TaskRecord; next?: TaskRecord } {
  let at = positions.get(tasks);
  if (!at) positions.set(tasks, (at = new Map(tasks.map((t, i) => [t.id, i]))));
  const i = at.get(id) ?? -1;
  return { prev: i > 0 ? tasks[i - 1] : undefined, next: i >= 0 ? tasks[i + 1] : undefined };
}

/** Agencies as AgencyLinks shows them: full names, joined by "; ". */
export const agenciesAsShown = (ids: readonly string[], agencyById: ReadonlyMap<string, AgencyRecord>): string =>
  ids.map((id) => agencyById.get(id)?.name ?? id).join('; ');

/** The plan's own wording of an agency cell when it differs from what the links show, else null. */
export function writtenIfDifferent(
  written: string | null,
  ids: readonly string[],
  agencyById: ReadonlyMap<string, AgencyRecord>,
): string | null {
  return written !== null && written !== agenciesAsShown(ids, agencyById) ? written : null;
}

/** Where the task cites a document, after "nêu ở" ("nội dung nhiệm vụ", "cột ghi chú"). */
export const CITED_WHERE: Record<TaskReferenceRecord['cited_in'], string> = labelsOf(CITATION_PLACE, (p) => p.where);

/** One cited document of a task: the clause (if any), the document and where the task cites it. */
export interface ReferenceItem {
  clause: string | null;
  document: LegalDocumentRecord;
  citedIn: TaskReferenceRecord['cited_in'][];
}

/**
 * A task's legal references, one item per (document, clause) in the dataset's order; a citation made
 * both in the content and in the notes is one item citing both.
 */
export function referenceItems(
  refs: readonly TaskReferenceRecord[],
  taskId: string,
  documentById: ReadonlyMap<string, LegalDocumentRecord>,
): ReferenceItem[] {
  const items = new Map<string, ReferenceItem>();
  for (const r of refs) {
    if (r.task_id !== taskId) continue;
    const key = `${r.legal_document_id}|${r.clause ?? ''}`;
    const item = items.get(key) ?? { clause: r.clause, document: documentById.get(r.legal_document_id)!, citedIn: [] };
    if (!item.citedIn.includes(r.cited_in)) item.citedIn.push(r.cited_in);
    items.set(key, item);
  }
  return [...items.values()];
}
