/**
 * Downloads cut from the tasks for one agency or one year (/data/co-quan/<id>.csv,
 * /data/nhiem-vu/nam/<year>.csv): the tasks dataset's columns, and for an agency its role on each
 * task and its full name. Spreadsheet-safe CSV (BOM, formula cells prefixed), as people open these
 * in Excel. Pure.
 */
import { ROLES, datasetSpec, type DatasetSpec } from './dictionary.ts';
import type { AgencyRecord, TaskRecord } from './records.ts';
import { toExcelCsv, type Row } from './serialise.ts';
import { agencyTasks } from './agency-pages.ts';
import { tasksInYear } from './task-pages.ts';

/** The columns of an agency's task list: its id, name and role, then the tasks dataset's columns. */
export const AGENCY_TASKS_SPEC: DatasetSpec = {
  name: 'agency_tasks',
  title: 'Nhiệm vụ của một cơ quan',
  description: 'Các nhiệm vụ mà một cơ quan chủ trì hoặc phối hợp, với vai trò của cơ quan.',
  primaryKey: ['agency_id', 'role', 'id'],
  columns: [
    { name: 'agency_id', type: 'string', title: 'Mã cơ quan', description: 'Khóa ngoại tới agencies.id.' },
    { name: 'agency_name', type: 'string', title: 'Tên cơ quan', description: 'Tên cơ quan như năm 2022.' },
    { name: 'role', type: 'string', title: 'Vai trò', description: '"lead" = chủ trì; "cooperating" = phối hợp.', values: ROLES },
    ...datasetSpec('tasks').columns,
  ],
};

/** An agency's tasks: those it leads, then those it cooperates on, in appendix order, with its role. */
export function agencyTasksRows(agency: Pick<AgencyRecord, 'id' | 'name'>, tasks: readonly TaskRecord[]): Row[] {
  const { lead, cooperating } = agencyTasks(agency.id, tasks);
  return [
    ...lead.map((t) => ({ agency_id: agency.id, agency_name: agency.name, role: 'lead', ...t })),
    ...cooperating.map((t) => ({ agency_id: agency.id, agency_name: agency.name, role: 'cooperating', ...t })),
  ];
}

/** An agency's tasks as an Excel-safe CSV. */
export function agencyTasksCsv(agency: Pick<AgencyRecord, 'id' | 'name'>, tasks: readonly TaskRecord[]): string {
  return toExcelCsv(AGENCY_TASKS_SPEC, agencyTasksRows(agency, tasks));
}

/** The tasks scheduled in a year (annual ones every year) as an Excel-safe CSV with the tasks dataset's columns. */
export function yearTasksCsv(year: number, tasks: readonly TaskRecord[]): string {
  return toExcelCsv(datasetSpec('tasks'), tasksInYear(tasks, year));
}
