/**
 * The forms of a build: every body's form made from the data stage's tables, in the context the
 * writer needs (the release, the coordinator, the years the indicators are asked for: the release's
 * year and the one before). Used by the data stage (public/data/bieu-mau/) and by npm run forms.
 * Pure but for exceljs's asynchronous writing.
 */
import type { ProgressRecord, Row } from '../model/records.ts';
import { formDatasetsOf, formsOf, type FormPlan } from './form-assignment.ts';
import { renderForms, type FormContext } from './form-writer.ts';

export interface FormRelease {
  version: string;
  date: string;
  publisher: { name: string };
}

/** The forms and their context. */
export function formsOfTables(
  tables: ReadonlyMap<string, readonly Row[]>,
  release: FormRelease,
): { forms: FormPlan[]; context: FormContext } {
  const datasets = formDatasetsOf(tables);
  const forms = formsOf(datasets);
  const coordinator = datasets.bodies.find((b) => b.is_coordinator);
  if (!coordinator) throw new Error('bodies: no coordinator');
  const year = Number(release.date.slice(0, 4));
  return {
    forms,
    context: {
      release: { version: release.version, date: release.date },
      creator: release.publisher.name,
      coordinator,
      years: [year - 1, year],
      progress: (tables.get('progress') ?? []) as readonly ProgressRecord[],
    },
  };
}

/** Every form's bytes by its path in the data folder (reportFormFile: "bieu-mau/<id>.xlsx"). */
export async function renderFormFiles(tables: ReadonlyMap<string, readonly Row[]>, release: FormRelease): Promise<Map<string, Uint8Array>> {
  const made = formsOfTables(tables, release);
  return renderForms(made.forms, made.context);
}
