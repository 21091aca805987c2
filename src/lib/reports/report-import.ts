/**
 * Filled forms in, the curated tables' new text out, or every issue of every file: each file's bytes
 * through the guard, the verified workbook through exceljs and the row checker, then the rows
 * appended to content/task_status.csv and content/progress.csv (report-merge.ts). Nothing here
 * writes: the script renames the new texts into place only when this returned no issue. Pure but
 * for exceljs's asynchronous reading.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { TASK_STATUS } from '../model/codes.ts';
import type { FormIssue } from './issues.ts';
import { appendRows, TABLE_KEYS, type CuratedTable } from './report-merge.ts';
import { checkForm, type CheckContext, type CheckedForm, type ImportRow } from './row-checker.ts';
import { guardWorkbook } from './workbook-guard.ts';

export interface ReportFile {
  /** As messages name it: the file's name ("so-y-te.xlsx"). */
  file: string;
  bytes: Uint8Array;
}

export interface ImportTables {
  taskStatus: CuratedTable;
  progress: CuratedTable;
}

/** A task whose latest status the import changes. */
export interface StatusMove {
  task_id: string;
  from: string;
  to: string;
  reported_by: string;
}

export interface ImportSummary {
  forms: { file: string; bodyId: string; release: string }[];
  /** Rows added, by body and status. */
  added: { bodyId: string; status: string; rows: number }[];
  moved: StatusMove[];
  values: ImportRow['values'][];
  /** Rows already in the tables, skipped. */
  skipped: number;
}

export type ImportOutcome = { ok: true; taskStatus: string; progress: string; summary: ImportSummary } | { ok: false; issues: FormIssue[] };

async function readForm(f: ReportFile, ctx: CheckContext): Promise<{ form?: CheckedForm; issues: FormIssue[] }> {
  const guarded = guardWorkbook(f.bytes, f.file);
  if (!guarded.ok) return { issues: [guarded.issue] };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(guarded.xlsx as unknown as ArrayBuffer);
  } catch (e) {
    return {
      issues: [
        {
          file: f.file,
          expected: 'a workbook a spreadsheet program saved',
          found: `one exceljs cannot read (${(e as Error).message})`,
          described: true,
        },
      ],
    };
  }
  return checkForm(wb, f.file, ctx);
}

/** Latest status per task (the newest as_of; on the same date, the row read last). */
function latestStatuses(rows: readonly Readonly<Record<string, string>>[]): Map<string, { as_of: string; status: string }> {
  const latest = new Map<string, { as_of: string; status: string }>();
  for (const r of rows) {
    const was = latest.get(r.task_id!);
    if (!was || r.as_of! >= was.as_of) latest.set(r.task_id!, { as_of: r.as_of!, status: r.status! });
  }
  return latest;
}

/** Imports the files, all or nothing. */
export async function importReports(files: readonly ReportFile[], ctx: CheckContext, tables: ImportTables): Promise<ImportOutcome> {
  const issues: FormIssue[] = [];
  const forms: CheckedForm[] = [];
  const names = new Set<string>();
  for (const f of files) {
    const read = await readForm(f, ctx);
    issues.push(...read.issues);
    if (read.form) {
      if (names.has(read.form.bodyId))
        issues.push({ file: f.file, expected: `one form per body in an import (another file is ${read.form.bodyId}'s too)` });
      names.add(read.form.bodyId);
      forms.push(read.form);
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const taskRows = forms.flatMap((f) => f.taskRows);
  const progressRows = forms.flatMap((f) => f.progressRows);
  const tasks = appendRows(tables.taskStatus, taskRows, TABLE_KEYS.task_status);
  const progress = appendRows(tables.progress, progressRows, TABLE_KEYS.progress);
  issues.push(...tasks.issues, ...progress.issues);
  if (issues.length > 0) return { ok: false, issues };

  const before = latestStatuses(parseRows(tables.taskStatus.text));
  const after = latestStatuses([...parseRows(tables.taskStatus.text), ...tasks.added.map((r) => r.values)]);
  const moved: StatusMove[] = [];
  for (const [task, now] of after) {
    const was = before.get(task)?.status ?? 'no_information';
    const by = tasks.added.find((r) => r.values.task_id === task && r.values.as_of === now.as_of)?.values.reported_by;
    if (by !== undefined && was !== now.status) moved.push({ task_id: task, from: was, to: now.status, reported_by: by });
  }
  const counts = new Map<string, number>();
  for (const r of tasks.added)
    counts.set(`${r.values.reported_by} ${r.values.status}`, (counts.get(`${r.values.reported_by} ${r.values.status}`) ?? 0) + 1);
  return {
    ok: true,
    taskStatus: tasks.text,
    progress: progress.text,
    summary: {
      forms: forms.map((f) => ({ file: f.file, bodyId: f.bodyId, release: f.release })),
      added: [...counts].map(([k, rows]) => {
        const [bodyId, status] = k.split(' ') as [string, string];
        return { bodyId, status, rows };
      }),
      moved,
      values: progress.added.map((r) => r.values),
      skipped: tasks.skipped.length + progress.skipped.length,
    },
  };
}

/** The table's rows by column (the data stage's reader checks them; the summary only reads task_id, as_of and status). */
const parseRows = (text: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

const label = (status: string) => TASK_STATUS[status as keyof typeof TASK_STATUS]?.label ?? status;

/** The summary an editor reviews before committing the data diff. */
export function formatSummary(s: ImportSummary, nameOf: (bodyId: string) => string = (id) => id): string[] {
  const lines = [
    `import:reports: ${s.forms.length} form(s): ${s.forms.map((f) => `${f.file} (${f.bodyId}, made for release ${f.release})`).join(', ')}`,
  ];
  const rows = s.added.reduce((n, a) => n + a.rows, 0);
  lines.push(`task_status: ${rows} row(s) added`);
  for (const a of s.added) lines.push(`  ${nameOf(a.bodyId)} (${a.bodyId}): ${a.rows} × ${label(a.status)}`);
  lines.push(`tasks whose latest status moved: ${s.moved.length}`);
  for (const m of s.moved) lines.push(`  ${m.task_id}: ${label(m.from)} → ${label(m.to)} (theo báo cáo của ${nameOf(m.reported_by)})`);
  lines.push(`progress: ${s.values.length} value(s) added`);
  for (const v of s.values) lines.push(`  ${v.indicator_id} ${v.year}: ${v.value} (${v.qualifier}, ${v.basis}; ${nameOf(v.reported_by!)})`);
  if (s.skipped > 0) lines.push(`${s.skipped} row(s) already in the tables, skipped`);
  return lines;
}
