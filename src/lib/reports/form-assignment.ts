/**
 * Which form carries which task: decided in the data (tasks.report_body_ids, bodies.form_task_count,
 * bodies.is_coordinator; docs/architecture.md), read here so the forms, the importer and the site
 * agree. A task is on the form of every body that leads it today; a task no single body leads is on
 * the coordinator's, and the coordinator's form also carries the indicators (but the one whose values
 * are derived from the regional ranks, which no body reports). Pure.
 */
import { reportFormFile } from '../model/paths.ts';
import type { BodyRecord, IndicatorRecord, TaskRecord } from '../model/records.ts';
import { isReportedIndicator } from '../model/regional-lead.ts';
import { compareTaskIds } from '../pipeline/task-status.ts';

/** What the forms read: the published rows. */
export interface FormDatasets {
  bodies: readonly BodyRecord[];
  tasks: readonly TaskRecord[];
  indicators: readonly IndicatorRecord[];
}

/** One body's form: its tasks in appendix order, and the indicators when it is the coordinator's. */
export interface FormPlan {
  body: BodyRecord;
  /** Its path in the data folder: the body's report_form, which is reportFormFile(id) ("bieu-mau/so-y-te.xlsx"). */
  file: string;
  tasks: readonly TaskRecord[];
  indicators: readonly IndicatorRecord[];
}

/**
 * The forms, one per body with tasks on its form (form_task_count > 0), in the bodies' order. Throws when the datasets
 * disagree (a body's form_task_count that is not the count of tasks naming it, a report body that is
 * not a body, a form not at reportFormFile (model/paths.ts), no coordinator or two): that is a bug of the stage that built them.
 */
export function formsOf(d: FormDatasets): FormPlan[] {
  const known = new Set(d.bodies.map((b) => b.id));
  const tasksOf = new Map<string, TaskRecord[]>();
  for (const t of d.tasks) {
    for (const id of t.report_body_ids) {
      if (!known.has(id)) throw new Error(`task ${t.id}: report body ${id} is not in bodies`);
      tasksOf.set(id, [...(tasksOf.get(id) ?? []), t]);
    }
  }
  const coordinators = d.bodies.filter((b) => b.is_coordinator);
  if (coordinators.length !== 1) throw new Error(`bodies: expected one coordinator, found ${coordinators.length}`);
  const forms: FormPlan[] = [];
  for (const body of d.bodies) {
    const tasks = [...(tasksOf.get(body.id) ?? [])].sort((a, b) => compareTaskIds(a.id, b.id));
    if (tasks.length !== body.form_task_count)
      throw new Error(`bodies ${body.id}: form_task_count ${body.form_task_count}, but ${tasks.length} tasks name it in report_body_ids`);
    if (tasks.length === 0) continue;
    if (body.report_form !== reportFormFile(body.id))
      throw new Error(`bodies ${body.id}: a form of ${tasks.length} tasks at ${body.report_form}, not ${reportFormFile(body.id)}`);
    forms.push({ body, file: body.report_form, tasks, indicators: body.is_coordinator ? d.indicators.filter(isReportedIndicator) : [] });
  }
  return forms;
}

/** The form of `bodyId`, or undefined when that body has none. */
export const formOf = (forms: readonly FormPlan[], bodyId: string): FormPlan | undefined => forms.find((f) => f.body.id === bodyId);

/** The rows formsOf reads, from the data stage's tables. */
export function formDatasetsOf(tables: ReadonlyMap<string, readonly unknown[]>): FormDatasets {
  const table = <T>(name: string): T[] => {
    const rows = tables.get(name);
    if (rows === undefined) throw new Error(`the data stage's tables have no ${name}`);
    return rows as T[];
  };
  return { bodies: table<BodyRecord>('bodies'), tasks: table<TaskRecord>('tasks'), indicators: table<IndicatorRecord>('indicators') };
}
