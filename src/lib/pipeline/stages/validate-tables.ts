/** Stage 5 of the data stage: every published row checked, and an error named where the row was read. */
import { datasetSpec, DATASETS, rowSchema, type DatasetSpec } from '../../model/dictionary.ts';
import { SourceError } from '../../model/errors.ts';
import { DATASET_LINKS } from '../../model/links.ts';
import type { Row } from '../../model/records.ts';
import { MAX_CELL_CHARS } from '../../model/values.ts';
import type { PipelineInput } from '../inputs.ts';
import type { CuratedTables } from './curated-tables.ts';

/** Where a published row was read: its curated file and line, or the seed and its line. */
export interface RowOrigin {
  file: string;
  line: number;
}
export type RowLocator = (table: string, row: Row) => RowOrigin;

/** The curated tables, each with the file it is read from. */
const CURATED_FILES = {
  agencies: 'agencies',
  agency_successors: 'agencySuccessors',
  bodies: 'bodies',
  legal_documents: 'legalDocuments',
  indicators: 'indicators',
  progress: 'progress',
  task_status: 'taskStatus',
  evaluations: 'evaluations',
  regional_ranks: 'regionalRanks',
} as const satisfies Record<string, keyof PipelineInput>;

/**
 * Where each published row was read, for the checks of stage 5: a row of a curated table is found
 * by its dataset key among the rows read (each carries its CSV line), so a problem found only when
 * the whole dataset is checked still names the line of the curated file a person must fix; a row
 * made from the seed names its source line.
 */
export function rowLocator(input: PipelineInput, curated: CuratedTables): RowLocator {
  const read: Record<keyof typeof CURATED_FILES, readonly { line: number }[]> = {
    agencies: curated.agencies,
    agency_successors: curated.successors,
    bodies: curated.bodies,
    legal_documents: curated.legalDocuments,
    indicators: curated.indicators,
    progress: curated.progress,
    task_status: curated.taskStatus,
    evaluations: curated.evaluations,
    regional_ranks: curated.regionalRanks,
  };
  const lines = new Map(
    Object.entries(read).map(([table, rows]) => {
      const spec = datasetSpec(table);
      return [table, new Map(rows.map((r) => [rowKey(spec, r as unknown as Row), r.line]))];
    }),
  );
  // A derived value was read from the regional ranks, at the row it was derived from.
  const progressSpec = datasetSpec('progress');
  const derived = new Map(curated.derivedProgress.map((r) => [rowKey(progressSpec, r as unknown as Row), r.line]));
  return (table, row) => {
    const derivedLine = table === 'progress' ? derived.get(rowKey(progressSpec, row)) : undefined;
    if (derivedLine !== undefined) return { file: input.regionalRanks.file, line: derivedLine };
    const curatedFile = CURATED_FILES[table as keyof typeof CURATED_FILES];
    if (curatedFile !== undefined) {
      return { file: input[curatedFile].file, line: lines.get(table)!.get(rowKey(datasetSpec(table), row)) ?? 1 };
    }
    const line =
      typeof row.source_line === 'number' ? row.source_line : typeof row.source_line_start === 'number' ? row.source_line_start : 1;
    return { file: input.seed.file, line };
  };
}

/**
 * Stage 5: every row against its dataset's schema, unique keys, cells a spreadsheet can hold, and
 * every link to an existing id; an error names where the row was read (`locate`).
 */
export function validateTables(tables: ReadonlyMap<string, readonly Row[]>, locate: RowLocator): void {
  const agencyNames = new Map((tables.get('agencies') ?? []).map((a) => [String(a.id), String(a.name)]));
  for (const spec of DATASETS) validateTable(spec, tables.get(spec.name) ?? [], locate, agencyNames);
  checkForeignKeys(tables, locate);
}

/** Columns of agency ids: beside each, the workbook writes the agencies' names, joined with "; ". */
const AGENCY_ID_COLUMNS = new Set(DATASET_LINKS.filter((l) => l.target === 'agencies').map((l) => l.column));
function validateTable(spec: DatasetSpec, rows: readonly Row[], locate: RowLocator, agencyNames: ReadonlyMap<string, string>): void {
  const schema = rowSchema(spec);
  const seen = new Set<string>();
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const { file, line } = locate(spec.name, row);
      throw new SourceError(
        file,
        line,
        `${spec.name}.${issue.path.join('.')} to be valid (${issue.message})`,
        JSON.stringify(row[String(issue.path[0])]),
      );
    }
    const long = longCell(spec, row, agencyNames);
    if (long) {
      const { file, line } = locate(spec.name, row);
      throw new SourceError(
        file,
        line,
        `${spec.name}.${long.column}: at most ${MAX_CELL_CHARS} characters (a spreadsheet cell's limit)`,
        `${long.length} characters`,
      );
    }
    const key = rowKey(spec, row);
    if (seen.has(key)) {
      const { file, line } = locate(spec.name, row);
      throw new SourceError(file, line, `a unique ${spec.primaryKey.join(', ')} in ${spec.name}`, key);
    }
    seen.add(key);
  }
}

/** A row's dataset key, as the unique check and the locator compare it. */
function rowKey(spec: DatasetSpec, row: Row): string {
  return spec.primaryKey.map((k) => String(row[k])).join('|');
}

/**
 * The first cell longer than a spreadsheet cell holds, as the workbook writes it (a list joined with
 * "; ", agency ids also as their names): a paragraph of the seed, a curated text, or a list of many.
 */
function longCell(spec: DatasetSpec, row: Row, agencyNames: ReadonlyMap<string, string>): { column: string; length: number } | undefined {
  const joined = (v: unknown[]) => v.join('; ').length;
  for (const c of spec.columns) {
    const v = row[c.name];
    const length = typeof v === 'string' ? v.length : Array.isArray(v) ? joined(v) : 0;
    if (length > MAX_CELL_CHARS) return { column: c.name, length };
    if (AGENCY_ID_COLUMNS.has(c.name) && v !== null && v !== undefined) {
      const names = (Array.isArray(v) ? v : [v]).map((id) => agencyNames.get(String(id)) ?? String(id));
      if (joined(names) > MAX_CELL_CHARS) return { column: `${c.name} (as names in the .xlsx)`, length: joined(names) };
    }
  }
  return undefined;
}

/** Every id a row points at exists; a failure here is a bug in the pipeline more often than in the input. */
function checkForeignKeys(tables: ReadonlyMap<string, readonly Row[]>, locate: RowLocator): void {
  const ids = new Map<string, Set<string>>();
  const idsOf = (name: string) => {
    if (!ids.has(name)) ids.set(name, new Set((tables.get(name) ?? []).map((r) => r.id as string)));
    return ids.get(name)!;
  };
  for (const { table, column, target } of DATASET_LINKS) {
    for (const row of tables.get(table) ?? []) {
      const value = row[column];
      for (const v of Array.isArray(value) ? value : value === null ? [] : [value]) {
        if (!idsOf(target).has(v as string)) {
          const { file, line } = locate(table, row);
          throw new SourceError(file, line, `${table}.${column} to name an existing ${target} id`, String(v));
        }
      }
    }
  }
}
