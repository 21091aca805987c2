/**
 * What the pages of today's bodies show (/co-quan-hien-nay/, /co-quan-hien-nay/<id>/): a body's
 * tasks by how it holds them (its own 2022 agency, an agency it took over, a collective it is one
 * of), its duties under part V, the indicators of its field, its members when it is a collective.
 * Every fact comes from the published bodies, task_bodies, tasks, agencies and indicators; this
 * module only selects and groups (the pipeline decided who holds which task).
 */
import { SUCCESSOR_RELATION } from '../model/codes.ts';
import { formatDate } from '../model/labels.ts';
import type { AgencyRecord, BlockRecord, BodyRecord, IndicatorRecord, TaskBodyRecord, TaskRecord } from '../model/records.ts';

/** A run of a body's tasks that come to it through one 2022 agency (or through one collective). */
export interface TaskRun<T> {
  /** The plan's 2022 agency the tasks come through. */
  agencyId: string;
  tasks: T[];
}

/** A body's tasks, each task in exactly one list, as the bodies dataset counts them. */
export interface BodyTasks<T> {
  /** Tasks it leads (own or inherited), by the 2022 agency that leads them, its own agency first. */
  lead: TaskRun<T>[];
  /** Tasks it co-runs and does not lead, the same way. */
  cooperating: TaskRun<T>[];
  /** Tasks a collective it is one of leads, not in the lists above, by the collective's 2022 agency. */
  sharedLead: TaskRun<T>[];
  /** Tasks a collective it is one of co-runs, in none of the lists above. */
  sharedCooperating: TaskRun<T>[];
}

/** All tasks of a list of runs, in order. */
export const runTasks = <T>(runs: readonly TaskRun<T>[]): T[] => runs.flatMap((r) => r.tasks);

/**
 * A body's tasks from its task_bodies rows: lead (own, inherited), then cooperating, then shared as a
 * member of a collective (lead, then cooperating), each task in the first list it belongs to, so the
 * lists' lengths are the dataset's lead_task_count, cooperating_task_count and shared_task_count.
 * Inside a list, a task goes to the run of the first agency that brings it (the body's own agency
 * first, then by id), and runs and tasks keep the appendix's order (the order of `tasks`).
 */
export function bodyTasks<T extends Pick<TaskRecord, 'id'>>(
  body: Pick<BodyRecord, 'id'>,
  taskBodies: readonly TaskBodyRecord[],
  tasks: readonly T[],
): BodyTasks<T> {
  const rows = taskBodies.filter((r) => r.body_id === body.id);
  const placed = new Set<string>();
  const list = (keep: (r: TaskBodyRecord) => boolean): TaskRun<T>[] => {
    const agenciesOf = new Map<string, string[]>();
    for (const r of rows.filter(keep)) agenciesOf.set(r.task_id, [...(agenciesOf.get(r.task_id) ?? []), r.agency_id]);
    const order = (a: string, b: string) => Number(b === body.id) - Number(a === body.id) || (a < b ? -1 : a > b ? 1 : 0);
    const runs = new Map<string, T[]>();
    for (const t of tasks) {
      const agencies = agenciesOf.get(t.id);
      if (!agencies || placed.has(t.id)) continue;
      const first = [...agencies].sort(order)[0]!;
      runs.set(first, [...(runs.get(first) ?? []), t]);
    }
    for (const ts of runs.values()) for (const t of ts) placed.add(t.id);
    return [...runs].map(([agencyId, ts]) => ({ agencyId, tasks: ts })).sort((a, b) => order(a.agencyId, b.agencyId));
  };
  const direct = (r: TaskBodyRecord) => r.via !== 'collective';
  return {
    lead: list((r) => direct(r) && r.role === 'lead'),
    cooperating: list((r) => direct(r) && r.role === 'cooperating'),
    sharedLead: list((r) => !direct(r) && r.role === 'lead'),
    sharedCooperating: list((r) => !direct(r) && r.role === 'cooperating'),
  };
}

/** The collective bodies a body is one of, as records, in its member_of order. */
export function collectivesOf(body: Pick<BodyRecord, 'member_of'>, bodyById: ReadonlyMap<string, BodyRecord>): BodyRecord[] {
  return body.member_of.map((id) => bodyById.get(id)!);
}

/** The bodies that list a collective in their member_of, by name. */
export function membersOf<B extends Pick<BodyRecord, 'id' | 'name' | 'member_of'>>(
  collective: Pick<BodyRecord, 'id'>,
  bodies: readonly B[],
): B[] {
  return bodies.filter((b) => b.member_of.includes(collective.id)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The collective body whose role a 2022 agency's row comes through (the collective that holds that agency now). */
export function collectiveOfAgency(agencyId: string, collectives: readonly BodyRecord[]): BodyRecord | undefined {
  return collectives.find((c) => c.agency_ids.includes(agencyId));
}

/** Today's bodies that hold a 2022 agency's role (bodies.agency_ids), by name: none for an abolished or undetermined one. */
export function bodiesOfAgency<B extends Pick<BodyRecord, 'agency_ids' | 'name'>>(agencyId: string, bodies: readonly B[]): B[] {
  return bodies.filter((b) => b.agency_ids.includes(agencyId)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/**
 * What became of a 2022 agency, after its name on a body's page: "hợp nhất vào Sở Y tế tỉnh Đồng
 * Tháp (sau hợp nhất), từ 02/7/2025"; "không thay đổi" (the relation's word alone when it names no successor).
 */
export function agencyChange(a: Pick<AgencyRecord, 'successor_relation' | 'successor_names' | 'successor_since'>): string {
  // "chia cho nhiều cơ quan" lists them after a colon; "hợp nhất vào", "đổi tên" take the name as their object.
  const joiner = a.successor_relation === 'split_between' ? ': ' : ' ';
  const names = a.successor_names.length > 0 ? `${joiner}${a.successor_names.join('; ')}` : '';
  const since = a.successor_since ? `, từ ${formatDate(a.successor_since)}` : '';
  return `${SUCCESSOR_RELATION[a.successor_relation].label}${names}${since}`;
}

/** A part V section that gives a body duties, and the 2022 agency it names (the body's own, or a collective's). */
export interface DutySection {
  sectionId: string;
  agencyId: string;
  /** The section names a collective the body is one of, not the body's own agency. */
  viaCollective: boolean;
}

/**
 * The part V sections that give a body its duties: those of the 2022 agencies it took over, then
 * those of the agencies of the collectives it is one of, each section once, in the plan's order.
 */
export function dutySections(
  body: Pick<BodyRecord, 'agency_ids' | 'member_of'>,
  bodyById: ReadonlyMap<string, BodyRecord>,
  agencyById: ReadonlyMap<string, Pick<AgencyRecord, 'plan_section_ids'>>,
  sectionOrder: ReadonlyMap<string, number>,
): DutySection[] {
  const out = new Map<string, DutySection>();
  const add = (agencyIds: readonly string[], viaCollective: boolean) => {
    for (const agencyId of agencyIds)
      for (const sectionId of agencyById.get(agencyId)?.plan_section_ids ?? [])
        if (!out.has(sectionId)) out.set(sectionId, { sectionId, agencyId, viaCollective });
  };
  add(body.agency_ids, false);
  for (const c of body.member_of) add(bodyById.get(c)?.agency_ids ?? [], true);
  return [...out.values()].sort((a, b) => (sectionOrder.get(a.sectionId) ?? 0) - (sectionOrder.get(b.sectionId) ?? 0));
}

/** The indicators of a body's field: those linked (indicators.task_ids) to a task it leads, in the dataset's order. */
export function fieldIndicators<I extends Pick<IndicatorRecord, 'task_ids'>>(
  leadTaskIds: readonly string[],
  indicators: readonly I[],
): I[] {
  const led = new Set(leadTaskIds);
  return indicators.filter((i) => i.task_ids.some((id) => led.has(id)));
}

/**
 * Part V's yearly reporting deadlines, as the plan words them: the bullets of part V that set a day
 * and month "hằng năm" for a report (V.1: every body reports on 20 November; V.2: the coordinator
 * reports to the People's Committee before 15 December), in the plan's order.
 */
export function reportingDeadlines(blocks: readonly BlockRecord[]): BlockRecord[] {
  return blocks.filter(
    (b) => /^V\.\d+$/.test(b.section_id) && /ngày \d{1,2} tháng \d{1,2}/.test(b.text) && /hằng năm/.test(b.text) && /báo cáo/.test(b.text),
  );
}

/** The choices of the task list's "today's lead body" filter: bodies that lead a task, with the count the dataset publishes, by name. */
export function leadBodyChoices(
  bodies: readonly Pick<BodyRecord, 'id' | 'name' | 'lead_task_count'>[],
): { id: string; name: string; count: number }[] {
  return bodies
    .filter((b) => b.lead_task_count > 0)
    .map((b) => ({ id: b.id, name: b.name, count: b.lead_task_count }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
