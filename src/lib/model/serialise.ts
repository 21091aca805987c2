/**
 * Dataset rows to bytes: RFC 4180 CSV (papaparse), the spreadsheet-safe "Excel" CSV, and JSON.
 * Same rows in, same bytes out: no dates, stable key order, NFC text.
 */
import Papa from 'papaparse';
import type { DatasetSpec } from './dictionary.ts';
import type { Row } from './records.ts';

/**
 * Cells that a spreadsheet would run as a formula (OWASP, ASVS 5.0 §1.2.10). papaparse's own default
 * pattern ends in `.*$` and so misses a multi-line cell; this one looks at the first character only.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

function cell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'number') return value;
  return String(value).normalize('NFC');
}

/** CSV per RFC 4180: UTF-8 without BOM, CRLF, header row, columns in dictionary order. */
export function toCsv(spec: DatasetSpec, rows: readonly Row[]): string {
  return unparse(spec, rows, false);
}

/**
 * The spreadsheet copy: a BOM so Excel reads UTF-8, and formula-trigger cells prefixed with `'`.
 * `header: 'title'` heads the columns with their Vietnamese titles instead of their names (a file
 * for readers, not programs; the titles must then be distinct).
 */
export function toExcelCsv(spec: DatasetSpec, rows: readonly Row[], options: { header?: 'name' | 'title' } = {}): string {
  return `\uFEFF${unparse(spec, rows, true, options.header ?? 'name')}`;
}

/**
 * A list cell for a spreadsheet: every element after the first that would start a formula gets the
 * same `'` guard as a cell, since a spreadsheet that splits on ";" makes each element a cell of its
 * own (the first element is guarded with the whole cell).
 */
function guardedList(value: unknown): unknown {
  return Array.isArray(value) ? value.map((v, i) => (i > 0 && FORMULA_TRIGGER.test(String(v)) ? `'${String(v)}` : v)) : value;
}

function unparse(spec: DatasetSpec, rows: readonly Row[], escapeFormulae: boolean, header: 'name' | 'title' = 'name'): string {
  const fields = spec.columns.map((c) => c.name);
  const headers = header === 'title' ? spec.columns.map((c) => c.title) : fields;
  if (new Set(headers).size !== headers.length) throw new Error(`${spec.name}: two columns have the same ${header}`);
  const data = rows.map((r) => fields.map((f) => cell(escapeFormulae ? guardedList(r[f]) : r[f])));
  const body = Papa.unparse({ fields: headers, data }, { newline: '\r\n', escapeFormulae: escapeFormulae ? FORMULA_TRIGGER : false });
  // Every record ends with CRLF; papaparse ends the header-only table with one already.
  return body.endsWith('\r\n') ? body : `${body}\r\n`;
}

/** Rows as a JSON array, keys in dictionary order, NFC strings, two-space indent, final newline. */
export function toJson(spec: DatasetSpec, rows: readonly Row[]): string {
  const ordered = rows.map((r) => Object.fromEntries(spec.columns.map((c) => [c.name, nfc(r[c.name])])));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Any JSON value with its strings in NFC (for documents that are not tables, like plan.json). */
export function nfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)]));
  }
  return value;
}
