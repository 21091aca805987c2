/**
 * The reporting forms for tests: made from the real data (the in-memory data stage), filled with
 * exceljs as a body would, and the context the importer checks them in. The bodies, tasks and
 * indicators are the data stage's published rows.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineOutput } from '../../src/lib/pipeline/datasets.ts';
import type { ProgressRecord } from '../../src/lib/model/records.ts';
import { formDatasetsOf, formsOf, type FormDatasets, type FormPlan } from '../../src/lib/reports/form-assignment.ts';
import { renderForm, type FormContext } from '../../src/lib/reports/form-writer.ts';
import type { CheckContext } from '../../src/lib/reports/row-checker.ts';
import type { ImportTables } from '../../src/lib/reports/report-import.ts';
import { publishedFiles } from './published-files.ts';
import { ROOT } from './seed.ts';

export interface TestForms {
  output: PipelineOutput;
  datasets: FormDatasets;
  forms: FormPlan[];
  formContext: FormContext;
  /** The form of a body (throws if it has none). */
  form: (bodyId: string) => FormPlan;
}

/** Today for the importer in tests: the review date, so every check is reproducible. */
export async function testForms(): Promise<TestForms> {
  const { output, checked } = await publishedFiles();
  return formsFrom(output, checked.release);
}

export function formsFrom(output: PipelineOutput, release: { version: string; date: string; publisher: { name: string } }): TestForms {
  const datasets = formDatasetsOf(output.tables);
  const forms = formsOf(datasets);
  const coordinator = forms.find((f) => f.body.is_coordinator)!.body;
  const year = Number(release.date.slice(0, 4));
  const formContext: FormContext = {
    release,
    creator: release.publisher.name,
    coordinator,
    years: [year - 1, year],
    progress: output.tables.get('progress') as readonly ProgressRecord[],
  };
  const form = (id: string) => {
    const f = forms.find((x) => x.body.id === id);
    if (!f) throw new Error(`no form for ${id}`);
    return f;
  };
  return { output, datasets, forms, formContext, form };
}

/** The context the importer checks rows in, dated `today`. */
export function checkContextOf(t: TestForms, today: string): CheckContext {
  return {
    forms: t.forms,
    tasks: new Map(t.datasets.tasks.map((x) => [x.id, x])),
    indicators: new Map(t.datasets.indicators.map((i) => [i.id, i])),
    planStart: '2022-01-01',
    today,
  };
}

/** A form rendered, then edited with exceljs as a body would fill it; the saved bytes. */
export async function filledForm(t: TestForms, bodyId: string, fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderForm(t.form(bodyId), t.formContext)) as unknown as ArrayBuffer);
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The spreadsheet row of a task on its form's "Nhiệm vụ" sheet. */
export function taskRowOf(t: TestForms, bodyId: string, taskId: string): number {
  const i = t.form(bodyId).tasks.findIndex((x) => x.id === taskId);
  if (i < 0) throw new Error(`${taskId} is not on ${bodyId}'s form`);
  return i + 2;
}

/** The curated tables the importer appends to, read from a content folder. */
export function importTables(content = join(ROOT, 'content')): ImportTables {
  const read = (name: string) => ({ file: `content/${name}`, text: readFileSync(join(content, name), 'utf8') });
  return { taskStatus: read('task_status.csv'), progress: read('progress.csv') };
}
