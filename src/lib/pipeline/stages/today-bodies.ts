/**
 * Stage 3 of the data stage, continued: today's bodies. Each task's agencies resolved to the bodies
 * that hold their roles now (task_bodies), each task's reporting forms (tasks.lead_body_ids,
 * report_body_ids) and each body's counts (bodies). The form assignment is decided here, once, so
 * the pages and the forms agree: a task is on the form of every lead body that is not a collective;
 * a task with none (led by a collective, or by an agency abolished or not determined) is on the
 * coordinator's form.
 */
import { reportFormFile } from '../../model/paths.ts';
import type { BodyRecord, TaskAgencyRecord, TaskBodyRecord, TaskRecord } from '../../model/records.ts';
import type { CuratedTables } from './curated-tables.ts';
import type { PlanTask } from './resolve-tasks.ts';
import { compare, orNull } from './row-helpers.ts';

export interface TodayBodies {
  tasks: TaskRecord[];
  bodies: BodyRecord[];
  taskBodies: TaskBodyRecord[];
}

type Curated = Pick<CuratedTables, 'bodies' | 'bodiesOf' | 'coordinator'>;

/** Stage 3 (today's bodies): task_bodies, the tasks' body columns and the bodies dataset. */
export function todayBodies(curated: Curated, tasks: readonly PlanTask[], taskAgencies: readonly TaskAgencyRecord[]): TodayBodies {
  const isCollective = new Map(curated.bodies.map((b) => [b.id, b.is_collective]));
  const members = new Map<string, string[]>();
  for (const b of curated.bodies) for (const c of b.member_of) members.set(c, [...(members.get(c) ?? []), b.id]);

  // Rows without on_form first; the form assignment needs every lead row of a task.
  const rows: Omit<TaskBodyRecord, 'on_form'>[] = [];
  const seen = new Set<string>();
  const add = (r: Omit<TaskBodyRecord, 'on_form'>) => {
    const key = [r.task_id, r.body_id, r.role, r.agency_id].join('|');
    if (!seen.has(key)) rows.push(r);
    seen.add(key);
  };
  for (const ta of taskAgencies) {
    const direct = curated.bodiesOf.get(ta.agency_id) ?? [];
    for (const body of direct) {
      add({ task_id: ta.task_id, body_id: body, role: ta.role, via: body === ta.agency_id ? 'own' : 'inherited', agency_id: ta.agency_id });
    }
    // Members after every direct row of the agency, so a body both named and a member keeps its direct row.
    for (const body of direct) {
      for (const m of members.get(body) ?? [])
        add({ task_id: ta.task_id, body_id: m, role: ta.role, via: 'collective', agency_id: ta.agency_id });
    }
  }

  const rowsOf = new Map<string, typeof rows>();
  for (const r of rows) rowsOf.set(r.task_id, [...(rowsOf.get(r.task_id) ?? []), r]);
  const withBodies = tasks.map((t): TaskRecord => {
    const lead = [...new Set((rowsOf.get(t.id) ?? []).filter((r) => r.role === 'lead' && r.via !== 'collective').map((r) => r.body_id))];
    const single = lead.filter((b) => !isCollective.get(b));
    return { ...t, lead_body_ids: lead, report_body_ids: single.length > 0 ? single : [curated.coordinator] };
  });
  const reportsTo = new Map(withBodies.map((t) => [t.id, new Set(t.report_body_ids)]));
  const taskBodies = rows.map((r): TaskBodyRecord => ({ ...r, on_form: reportsTo.get(r.task_id)!.has(r.body_id) }));

  const bodies = [...curated.bodies]
    .sort((a, b) => compare(a.id, b.id))
    .map((b): BodyRecord => {
      const own = taskBodies.filter((r) => r.body_id === b.id);
      const tasksWhere = (keep: (r: TaskBodyRecord) => boolean) => new Set(own.filter(keep).map((r) => r.task_id));
      const lead = tasksWhere((r) => r.role === 'lead' && r.via !== 'collective');
      const cooperating = tasksWhere((r) => r.role === 'cooperating' && r.via !== 'collective' && !lead.has(r.task_id));
      const shared = tasksWhere((r) => r.via === 'collective' && !lead.has(r.task_id) && !cooperating.has(r.task_id));
      const formTasks = withBodies.filter((t) => t.report_body_ids.includes(b.id)).length;
      return {
        id: b.id,
        name: b.name,
        short_name: orNull(b.short_name),
        kind: b.kind,
        is_collective: b.is_collective,
        member_of: b.member_of,
        agency_ids: [...curated.bodiesOf]
          .filter(([, ids]) => ids.includes(b.id))
          .map(([agency]) => agency)
          .sort(compare),
        is_coordinator: b.id === curated.coordinator,
        lead_task_count: lead.size,
        cooperating_task_count: cooperating.size,
        shared_task_count: shared.size,
        form_task_count: formTasks,
        report_form: formTasks > 0 ? reportFormFile(b.id) : null,
      };
    });
  return { tasks: withBodies, bodies, taskBodies };
}
