/**
 * The downloads cut from the datasets for one record, written beside them by the data stage (not
 * rendered page by page by Astro): one task (nhiem-vu/<slug>.csv, .json), one indicator
 * (chi-tieu/<id>.csv, .json), one agency's tasks (co-quan/<id>.csv, .xlsx) and one year's tasks
 * (nhiem-vu/nam/<year>.csv, .xlsx). Same serialisers and workbook writer as the datasets, same
 * selections as the pages (model/record-queries.ts). Pure; asynchronous because exceljs is.
 *
 * Every per-record CSV is the spreadsheet copy (toExcelCsv, as <dataset>.excel.csv: a BOM, and cells
 * that would start a formula prefixed with "'"): these are the files a page offers to a reader, who
 * opens them by a click in Excel or LibreOffice. Programs have the datasets' plain CSV and the JSON.
 */
import { datasetSpec, type ColumnSpec, type DatasetSpec } from '../model/dictionary.ts';
import type { AgencyRecord, IndicatorRecord, ProgressRecord, TargetRecord, TaskRecord, Row } from '../model/records.ts';
import { agencyTasks, indicatorView, planYears, tasksInYear, type IndicatorView } from '../model/record-queries.ts';
import { toExcelCsv, toJson } from '../model/serialise.ts';
import { renderWorkbook, type SheetInput } from './spreadsheet.ts';
import { aboutRows, agencyNameMap, type SpreadsheetContext, type SpreadsheetSubject } from './spreadsheet-files.ts';
import { paths, recordFiles } from '../model/paths.ts';

/** A column of task_agencies, as the dictionary defines it. */
function taskAgencyColumn(name: string): ColumnSpec {
  const column = datasetSpec('task_agencies').columns.find((c) => c.name === name);
  if (!column) throw new Error(`task_agencies has no column ${name}`);
  return column;
}

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
  const targetById = new Map(t.targets.map((x) => [x.id, x]));
  for (const indicator of t.indicators) {
    const view = indicatorView(indicator, targetById, t.progress);
    files.set(recordFiles.indicator(indicator.id, 'csv'), progressCsv(view));
    files.set(recordFiles.indicator(indicator.id, 'json'), indicatorJson(view));
  }
  return files;
}
