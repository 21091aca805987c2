/**
 * The reporting cycle's I/O: make every body's form from a content folder (npm run forms, and the
 * data stage's copy in public/data/bieu-mau/), and import filled forms into content/ all or nothing
 * (npm run import:reports). The rules live in src/lib/reports/; this reads and writes files.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formDatasetsOf } from '../../src/lib/reports/form-assignment.ts';
import { formsOfTables, renderFormFiles } from '../../src/lib/reports/form-files.ts';
import { importReports, type ImportSummary } from '../../src/lib/reports/report-import.ts';
import type { FormIssue } from '../../src/lib/reports/issues.ts';
import type { CheckContext } from '../../src/lib/reports/row-checker.ts';
import { display, prepareDataStage, ROOT } from './data-stage.ts';

/** Where `npm run forms` writes by default (in .gitignore: forms are made, never edited in the tree). */
export const DEFAULT_FORMS_OUT = join(ROOT, 'bieu-mau');

export interface CycleOptions {
  seed: string;
  content: string;
}

/** npm run forms: writes every form under `out` (bieu-mau/<id>.xlsx → <out>/<id>.xlsx); returns the paths written. */
export async function writeForms(opts: CycleOptions & { out: string }): Promise<string[]> {
  const checked = prepareDataStage({ seed: opts.seed, content: opts.content });
  const files = await renderFormFiles(checked.output.tables, checked.release);
  mkdirSync(opts.out, { recursive: true });
  const written: string[] = [];
  for (const [path, bytes] of files) {
    const target = join(opts.out, basename(path));
    writeFileSync(target, bytes);
    written.push(target);
  }
  return written;
}

/** Today's date on this machine (yyyy-mm-dd, local time: the editor's day). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type ImportResult =
  { ok: true; summary: ImportSummary; names: Map<string, string>; written: string[] } | { ok: false; issues: FormIssue[] };

/**
 * npm run import:reports: checks every file, then writes content/task_status.csv and
 * content/progress.csv through temporary files renamed into place only after all passed. On any
 * issue nothing is written.
 */
export async function importReportFiles(opts: CycleOptions & { files: readonly string[]; today?: string }): Promise<ImportResult> {
  const today = opts.today ?? localToday();
  // The forms are judged against the data `content` builds (its bodies, tasks and indicators), with
  // the rows of earlier imports (checked on their day, before the release is bumped) accepted.
  const checked = prepareDataStage({ seed: opts.seed, content: opts.content, judgedOn: today });
  const made = formsOfTables(checked.output.tables, checked.release);
  const { tasks, indicators } = formDatasetsOf(checked.output.tables);
  const ctx: CheckContext = {
    forms: made.forms,
    tasks: new Map(tasks.map((t) => [t.id, t])),
    indicators: new Map(indicators.map((i) => [i.id, i])),
    planStart: `${checked.output.plan.period.start_year}-01-01`,
    today,
  };
  const missing = opts.files.filter((f) => !existsSync(f));
  if (missing.length > 0)
    return { ok: false, issues: missing.map((f) => ({ file: f, expected: 'a filled form', found: 'no such file', described: true })) };
  const taskStatusPath = join(opts.content, 'task_status.csv');
  const progressPath = join(opts.content, 'progress.csv');
  const outcome = await importReports(
    opts.files.map((f) => ({ file: basename(f), bytes: new Uint8Array(readFileSync(f)) })),
    ctx,
    {
      taskStatus: { file: display(taskStatusPath), text: readFileSync(taskStatusPath, 'utf8') },
      progress: { file: display(progressPath), text: readFileSync(progressPath, 'utf8') },
    },
  );
  if (!outcome.ok) return outcome;
  const changes = (
    [
      [taskStatusPath, outcome.taskStatus],
      [progressPath, outcome.progress],
    ] as const
  ).filter(([path, text]) => readFileSync(path, 'utf8') !== text);
  const temps = changes.map(([path, text]) => {
    const tmp = join(dirname(path), `.${basename(path)}.import-${process.pid}`);
    writeFileSync(tmp, text);
    return [tmp, path] as const;
  });
  try {
    for (const [tmp, path] of temps) renameSync(tmp, path);
  } finally {
    for (const [tmp] of temps) if (existsSync(tmp)) rmSync(tmp);
  }
  const names = new Map(made.forms.map((f) => [f.body.id, f.body.name]));
  return { ok: true, summary: outcome.summary, names, written: changes.map(([p]) => display(p)) };
}
