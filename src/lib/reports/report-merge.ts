/**
 * Appending a form's rows to a curated table (content/task_status.csv, content/progress.csv), by the
 * header the table has: append-only (no row is rewritten; the text before is kept byte for byte),
 * idempotent (a row whose key is there with the same content is skipped, so importing a file twice
 * adds nothing), and strict (the same key with other content is an issue: a correction is a new row
 * with a later date, or an editor's decision). A table whose header lacks a column the form fills
 * whose word it is (source_kind, reported_by) is refused rather than filled without it. Pure.
 */
import Papa from 'papaparse';
import { PROGRESS_KEY } from '../pipeline/progress.ts';
import { TASK_STATUS_KEY } from '../pipeline/task-status.ts';
import type { FormIssue } from './issues.ts';
import type { ImportRow } from './row-checker.ts';

export interface CuratedTable {
  /** As messages name it ("content/task_status.csv"). */
  file: string;
  text: string;
}

/** Each table's key, its parser's own (docs/outcomes.md): a body's report never shares a key with another's word. */
export const TABLE_KEYS = { task_status: TASK_STATUS_KEY, progress: PROGRESS_KEY } as const;

/** The columns a form's row must find in the table: without them the row would lose whose word it is. */
const REQUIRED = ['source_kind', 'reported_by'] as const;

export interface MergeResult {
  text: string;
  added: ImportRow[];
  skipped: ImportRow[];
  issues: FormIssue[];
}

const csvLine = (fields: readonly string[]): string => Papa.unparse([fields], { newline: '\n', quotes: false });

/** The table with `rows` appended (those not already there). */
export function appendRows(table: CuratedTable, rows: readonly ImportRow[], key: readonly string[]): MergeResult {
  const text = table.text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      text: table.text,
      added: [],
      skipped: [],
      issues: [
        {
          file: table.file,
          row: 1,
          expected: `the columns ${missing.join(' and ')} in the header (whose word each row is)`,
          found: header.join(','),
          described: false,
        },
      ],
    };
  }
  const keyOf = (r: Readonly<Record<string, string>>) => key.map((k) => r[k] ?? '').join('\u0000');
  const existing = new Map<string, { where: string; row: Record<string, string> }>();
  for (const row of parsed.data) existing.set(keyOf(row), { where: table.file, row });
  const added: ImportRow[] = [];
  const skipped: ImportRow[] = [];
  const issues: FormIssue[] = [];
  const lines: string[] = [];
  for (const r of rows) {
    const unknown = header.filter((c) => !(c in r.values));
    if (unknown.length > 0) {
      issues.push({
        file: table.file,
        row: 1,
        expected: `columns a form fills (this table also has ${unknown.join(', ')}: the importer must learn them)`,
        found: header.join(','),
      });
      break;
    }
    const k = keyOf(r.values);
    const there = existing.get(k);
    if (there) {
      const same = header.every((c) => (there.row[c] ?? '') === r.values[c]);
      if (same) skipped.push(r);
      else
        issues.push({
          file: r.file,
          sheet: r.sheet,
          row: r.row,
          expected: `a new report: ${there.where} has a row with the same ${key.join(', ')} and other content (report a later date, or ask the editors)`,
          found: key.map((c) => r.values[c]).join(', '),
        });
      continue;
    }
    existing.set(k, { where: `${r.file} › ${r.sheet} › dòng ${r.row}`, row: { ...r.values } });
    added.push(r);
    lines.push(csvLine(header.map((c) => r.values[c]!)));
  }
  if (issues.length > 0 || lines.length === 0) return { text: table.text, added: issues.length > 0 ? [] : added, skipped, issues };
  const base = table.text.endsWith('\n') || table.text === '' ? table.text : `${table.text}\n`;
  return { text: `${base}${lines.join('\n')}\n`, added, skipped, issues };
}
