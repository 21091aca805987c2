/**
 * The filtered task list as a spreadsheet CSV, built in the browser from tasks.json. Loaded on demand
 * (it brings papaparse), and made by the same serialiser as the published tasks.excel.csv.
 */
import { toExcelCsv } from '../model/serialise.ts';
import type { DatasetSpec } from '../model/dictionary.ts';
import type { Row } from '../model/records.ts';

/** The rows whose id is in `ids`, in the file's order. */
export function selectRows(rows: readonly Row[], ids: Iterable<string>): Row[] {
  const wanted = new Set(ids);
  return rows.filter((r) => wanted.has(String(r.id)));
}

/** The agency-id columns of tasks.json and the names column written after each. */
const NAME_COLUMNS: Record<string, string> = { lead_agency_ids: 'lead_agency_names', cooperating_agency_ids: 'cooperating_agency_names' };

/**
 * `rows` (all of tasks.json) limited to `ids`, as an Excel-safe CSV: a BOM, CRLF, formula-trigger cells
 * prefixed with `'`, lists joined by ';', columns in the order of the JSON's keys. With `agencyNames`
 * (id → full name, from agencies.json), each agency-id column is followed by the agencies' full names
 * (lead_agency_names, cooperating_agency_names, joined by ';'), as in the .xlsx files; without it the
 * same rows give the same bytes as tasks.excel.csv.
 */
export function tasksExcelCsv(rows: readonly Row[], ids: Iterable<string>, agencyNames?: ReadonlyMap<string, string>): string {
  const keys = Object.keys(rows[0] ?? {}).flatMap((k) => (agencyNames && NAME_COLUMNS[k] ? [k, NAME_COLUMNS[k]] : [k]));
  // Only the column names matter to the serialiser; the dictionary itself (and zod) stays out of the bundle.
  const columns = keys.map((name) => ({ name, type: 'string' as const, title: name, description: '' }));
  const spec: DatasetSpec = { name: 'tasks', title: '', description: '', primaryKey: ['id'], columns };
  const selected = selectRows(rows, ids);
  const withNames = agencyNames
    ? selected.map((r) => {
        const out: Row = { ...r };
        for (const [idColumn, namesColumn] of Object.entries(NAME_COLUMNS)) {
          out[namesColumn] = ((r[idColumn] as string[] | undefined) ?? []).map((id) => agencyNames.get(id) ?? id);
        }
        return out;
      })
    : selected;
  return toExcelCsv(spec, withNames);
}
