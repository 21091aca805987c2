/**
 * The filtered task list as a spreadsheet CSV, built in the browser from tasks.json. Loaded on demand
 * (it brings papaparse), and made by the same serialiser as the published tasks.excel.csv.
 */
import { toExcelCsv, type Row } from './serialise.ts';
import type { DatasetSpec } from './dictionary.ts';

/** The rows whose id is in `ids`, in the file's order. */
export function selectRows(rows: readonly Row[], ids: Iterable<string>): Row[] {
  const wanted = new Set(ids);
  return rows.filter((r) => wanted.has(String(r.id)));
}

/**
 * `rows` (all of tasks.json) limited to `ids`, as an Excel-safe CSV: a BOM, CRLF, formula-trigger cells
 * prefixed with `'`, lists joined by ';', columns in the order of the JSON's keys. The same rows give
 * the same bytes as tasks.excel.csv.
 */
export function tasksExcelCsv(rows: readonly Row[], ids: Iterable<string>): string {
  // Only the column names matter to the serialiser; the dictionary itself (and zod) stays out of the bundle.
  const columns = Object.keys(rows[0] ?? {}).map((name) => ({ name, type: 'string' as const, title: name, description: '' }));
  const spec: DatasetSpec = { name: 'tasks', title: '', description: '', primaryKey: ['id'], columns };
  return toExcelCsv(spec, selectRows(rows, ids));
}
