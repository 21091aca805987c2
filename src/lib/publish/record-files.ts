/**
 * The downloads cut from the datasets for one record, written beside them by the data stage (not
 * rendered page by page by Astro): one task (nhiem-vu/<slug>.csv, .json), one indicator
 * (chi-tieu/<id>.csv, .json), one agency's tasks (co-quan/<id>.csv, .xlsx), one body's tasks today
 * (co-quan-hien-nay/<id>.csv, .xlsx, headed in Vietnamese) and one year's tasks
 * (nhiem-vu/nam/<year>.csv, .xlsx). Same serialisers and workbook writer as the datasets, same
 * selections as the pages (model/record-queries.ts). Pure; asynchronous because exceljs is.
 *
 * Every per-record CSV is the spreadsheet copy (toExcelCsv, as <dataset>.excel.csv: a BOM, and cells
 * that would start a formula prefixed with "'"): these are the files a page offers to a reader, who
 * opens them by a click in Excel or LibreOffice. Programs have the datasets' plain CSV and the JSON.
 */
import { datasetSpec, type ColumnSpec, type DatasetSpec } from '../model/dictionary.ts';
import type {
  AgencyRecord,
  BodyRecord,
  IndicatorRecord,
  ProgressRecord,
  TargetRecord,
  TaskBodyRecord,
  TaskRecord,
  Row,
} from '../model/records.ts';
import { agencyTasks, bodyTaskRows, indicatorView, planYears, tasksInYear, type IndicatorView } from '../model/record-queries.ts';
import { toExcelCsv, toJson } from '../model/serialise.ts';
import { renderWorkbook, type SheetInput } from './spreadsheet.ts';
import { aboutRows, agencyNameMap, type SpreadsheetContext, type SpreadsheetSubject } from './spreadsheet-files.ts';
import { paths, recordFiles } from '../model/paths.ts';

/** A column of a dataset, as the dictionary defines it. */
function columnOf(dataset: string, name: string): ColumnSpec {
  const column = datasetSpec(dataset).columns.find((c) => c.name === name);
  if (!column) throw new Error(`${dataset} has no column ${name}`);
  return column;
}

const taskAgencyColumn = (name: string): ColumnSpec => columnOf('task_agencies', name);

/** The columns of an agency's task list: its id, name and role, then the tasks dataset's columns. */
export const AGENCY_TASKS_SPEC: DatasetSpec = {
  name: 'agency_tasks',
  title: 'Nhiệm vụ của một cơ quan',
  description: 'Các nhiệm vụ mà một cơ quan chủ trì hoặc phối hợp, với vai trò của cơ quan.',
  primaryKey: ['agency_id', 'role', 'id'],
  columns: [
    taskAgencyColumn('agency_id'),
    { name: 'agency_name', type: 'string', title: 'Tên cơ quan', description: 'Tên cơ quan như năm 2022.' },
    taskAgencyColumn('role'),
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

/** Beside each id column of the tasks, the names: the plan's 2022 agencies, and today's bodies. */
const TASK_NAME_COLUMNS: Readonly<Record<string, ColumnSpec>> = {
  lead_agency_ids: {
    name: 'lead_agency_names',
    type: 'list',
    title: 'Tên cơ quan chủ trì',
    description: 'Tên các cơ quan chủ trì như năm 2022, cách nhau bởi dấu chấm phẩy.',
  },
  cooperating_agency_ids: {
    name: 'cooperating_agency_names',
    type: 'list',
    title: 'Tên cơ quan phối hợp',
    description: 'Tên các cơ quan phối hợp như năm 2022, cách nhau bởi dấu chấm phẩy.',
    required: false,
  },
  lead_body_ids: {
    name: 'lead_body_names',
    type: 'list',
    title: 'Tên cơ quan chủ trì hiện nay',
    description: 'Tên các cơ quan nay chủ trì nhiệm vụ (bodies.name), cách nhau bởi dấu chấm phẩy.',
    required: false,
  },
  report_body_ids: {
    name: 'report_body_names',
    type: 'list',
    title: 'Tên cơ quan báo cáo',
    description: 'Tên các cơ quan có nhiệm vụ trong biểu mẫu báo cáo (bodies.name), cách nhau bởi dấu chấm phẩy.',
  },
};

/**
 * The columns of a body's task list: the body, its role, how it holds the task and through which
 * 2022 agencies, then the tasks dataset's columns with the names beside every agency and body id.
 * The CSV is headed with the columns' Vietnamese titles (a file for readers of the body's page).
 */
export const BODY_TASKS_SPEC: DatasetSpec = {
  name: 'body_tasks',
  title: 'Nhiệm vụ của một cơ quan hiện nay',
  description:
    'Các nhiệm vụ mà một cơ quan hiện nay chủ trì, phối hợp, hoặc cùng chịu trách nhiệm với tư cách thành viên của một nhóm cơ quan: mỗi dòng một nhiệm vụ và một vai trò.',
  primaryKey: ['body_id', 'role', 'id'],
  columns: [
    columnOf('task_bodies', 'body_id'),
    { name: 'body_name', type: 'string', title: 'Tên cơ quan hiện nay', description: 'Tên cơ quan hiện nay (bodies.name).' },
    columnOf('task_bodies', 'role'),
    {
      name: 'via',
      type: 'list',
      title: 'Vì sao',
      description:
        'Vì sao cơ quan có vai trò này, như task_bodies.via: own (cơ quan có tên trong Kế hoạch), inherited (nhận vai trò của cơ quan có tên trong Kế hoạch), collective (thành viên của nhóm cơ quan được giao); có thể nhiều giá trị, cách nhau bởi dấu chấm phẩy.',
    },
    {
      name: 'agency_ids',
      type: 'list',
      title: 'Mã cơ quan trong Kế hoạch',
      description: 'Các cơ quan có tên trong Kế hoạch (năm 2022) mà vai trò này đến từ (task_bodies.agency_id).',
    },
    { name: 'agency_names', type: 'list', title: 'Tên cơ quan trong Kế hoạch', description: 'Tên các cơ quan đó như năm 2022.' },
    columnOf('task_bodies', 'on_form'),
    ...datasetSpec('tasks').columns.flatMap((c) => (TASK_NAME_COLUMNS[c.name] ? [c, TASK_NAME_COLUMNS[c.name]!] : [c])),
  ],
};

/** A body's tasks as rows of BODY_TASKS_SPEC (the order of bodyTaskRows: held itself, then through a collective). */
export function bodyTasksRows(
  body: Pick<BodyRecord, 'id' | 'name'>,
  taskBodies: readonly TaskBodyRecord[],
  tasks: readonly TaskRecord[],
  agencyNames: ReadonlyMap<string, string>,
  bodyNames: ReadonlyMap<string, string>,
): Row[] {
  const names = (ids: readonly string[], by: ReadonlyMap<string, string>) => ids.map((id) => by.get(id) ?? id);
  return bodyTaskRows(body.id, taskBodies, tasks).map((r) => ({
    body_id: body.id,
    body_name: body.name,
    role: r.role,
    via: r.vias,
    agency_ids: r.agencyIds,
    agency_names: names(r.agencyIds, agencyNames),
    on_form: r.onForm,
    ...r.task,
    lead_agency_names: names(r.task.lead_agency_ids, agencyNames),
    cooperating_agency_names: names(r.task.cooperating_agency_ids, agencyNames),
    lead_body_names: names(r.task.lead_body_ids, bodyNames),
    report_body_names: names(r.task.report_body_ids, bodyNames),
  }));
}

/** The indicator's rows of the three datasets, each in its dataset's key order and format. */
export function indicatorJson(v: IndicatorView): string {
  const rows = (name: string, records: readonly object[]) =>
    JSON.parse(toJson(datasetSpec(name), records as Record<string, unknown>[])) as unknown[];
  const document = {
    indicator: rows('indicators', [v.indicator])[0],
    targets: rows('targets', v.targets),
    progress: rows('progress', v.progress),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** One task as CSV for spreadsheets: the tasks dataset's header and its row, as in tasks.excel.csv. */
export function taskCsv(task: TaskRecord): string {
  return toExcelCsv(datasetSpec('tasks'), [task]);
}

/** The indicator's published values as CSV for spreadsheets: the progress dataset's columns; only the header if none. */
export function progressCsv(v: IndicatorView): string {
  return toExcelCsv(datasetSpec('progress'), v.progress);
}

/** The tables the per-record files are cut from, as the data stage built them. */
export interface RecordTables {
  tasks: readonly TaskRecord[];
  agencies: readonly AgencyRecord[];
  bodies: readonly BodyRecord[];
  taskBodies: readonly TaskBodyRecord[];
  indicators: readonly IndicatorRecord[];
  targets: readonly TargetRecord[];
  progress: readonly ProgressRecord[];
  period: { start_year: number; end_year: number };
}

/** The published tables as the typed records the selections take (the rows are built to these types). */
export function recordTables(tables: ReadonlyMap<string, readonly Row[]>, period: RecordTables['period']): RecordTables {
  const table = <T>(name: string) => (tables.get(name) ?? []) as unknown as readonly T[];
  return {
    tasks: table<TaskRecord>('tasks'),
    agencies: table<AgencyRecord>('agencies'),
    bodies: table<BodyRecord>('bodies'),
    taskBodies: table<TaskBodyRecord>('task_bodies'),
    indicators: table<IndicatorRecord>('indicators'),
    targets: table<TargetRecord>('targets'),
    progress: table<ProgressRecord>('progress'),
    period,
  };
}

/** Relative path (under the data folder) → content, for every per-record download, in a fixed order. */
export async function renderRecordFiles(t: RecordTables, ctx: SpreadsheetContext): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  const tasksSpec = datasetSpec('tasks');
  const agencyNames = agencyNameMap(t.agencies as unknown as Row[]);
  const workbook = (subject: SpreadsheetSubject, sheet: SheetInput) =>
    renderWorkbook({
      title: subject.title,
      about: aboutRows(ctx, { ...subject, rows: sheet.rows.length }),
      sheets: [sheet],
      agencyNames,
      creator: ctx.release.publisher.name,
      date: ctx.release.date,
    });

  for (const task of t.tasks) {
    files.set(recordFiles.task(task.slug, 'csv'), taskCsv(task));
    files.set(recordFiles.task(task.slug, 'json'), toJson(tasksSpec, [task]));
  }
  for (const year of planYears(t.period)) {
    const rows = tasksInYear(t.tasks, year);
    files.set(recordFiles.tasksInYear(year, 'csv'), toExcelCsv(tasksSpec, rows));
    files.set(
      recordFiles.tasksInYear(year, 'xlsx'),
      await workbook(
        {
          title: `Nhiệm vụ thực hiện trong năm ${year}`,
          description: `Các nhiệm vụ trong Phụ lục có thời gian thực hiện gồm năm ${year} (kể cả nhiệm vụ hằng năm); các cột như bộ dữ liệu tasks.`,
          page: paths.tasksInYear(year),
          dataset: tasksSpec,
        },
        { spec: tasksSpec, rows },
      ),
    );
  }
  for (const agency of t.agencies) {
    const rows = agencyTasksRows(agency, t.tasks);
    files.set(recordFiles.agencyTasks(agency.id, 'csv'), toExcelCsv(AGENCY_TASKS_SPEC, rows));
    files.set(
      recordFiles.agencyTasks(agency.id, 'xlsx'),
      await workbook(
        {
          title: `Nhiệm vụ của ${agency.name}`,
          description: `Các nhiệm vụ trong Phụ lục mà ${agency.name} chủ trì (vai trò "lead"), rồi các nhiệm vụ phối hợp ("cooperating"), theo thứ tự của Phụ lục; các cột như bộ dữ liệu tasks.`,
          page: paths.agency(agency.id),
          dataset: tasksSpec,
        },
        { spec: AGENCY_TASKS_SPEC, rows },
      ),
    );
  }
  const bodyNames = new Map(t.bodies.map((b) => [b.id, b.name]));
  for (const body of t.bodies) {
    const rows = bodyTasksRows(body, t.taskBodies, t.tasks, agencyNames, bodyNames);
    files.set(recordFiles.bodyTasks(body.id, 'csv'), toExcelCsv(BODY_TASKS_SPEC, rows, { header: 'title' }));
    files.set(
      recordFiles.bodyTasks(body.id, 'xlsx'),
      await workbook(
        {
          title: `Nhiệm vụ của ${body.name}`,
          description: `Các nhiệm vụ trong Phụ lục mà ${body.name} nay chủ trì ("lead") hoặc phối hợp ("cooperating"): trước hết các nhiệm vụ của chính cơ quan (own) và nhận từ cơ quan có tên trong Kế hoạch mà cơ quan kế nhiệm (inherited), rồi các nhiệm vụ giao cho một nhóm cơ quan mà cơ quan là thành viên (collective); mỗi dòng một nhiệm vụ và một vai trò, theo thứ tự của Phụ lục; tên cơ quan hiện nay bên cạnh tên năm 2022.`,
          page: paths.body(body.id),
          dataset: datasetSpec('task_bodies'),
        },
        { spec: BODY_TASKS_SPEC, rows },
      ),
    );
  }
  const targetById = new Map(t.targets.map((x) => [x.id, x]));
  for (const indicator of t.indicators) {
    const view = indicatorView(indicator, targetById, t.progress);
    files.set(recordFiles.indicator(indicator.id, 'csv'), progressCsv(view));
    files.set(recordFiles.indicator(indicator.id, 'json'), indicatorJson(view));
  }
  return files;
}
