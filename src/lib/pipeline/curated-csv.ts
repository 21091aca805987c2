/**
 * Reading the curated tables in content/ (agencies, legal documents, indicators, progress): rows
 * with the 1-based line they start on, so every error can name the line a person must fix.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { SourceError } from '../model/errors.ts';

export interface CsvRow {
  line: number;
  row: Record<string, string>;
}

/** The data rows of a curated CSV table with their line; checks the header and each row's field count. */
export function readCsvRows(csvText: string, file: string, columns: readonly string[]): CsvRow[] {
  const text = csvText.replace(/^\uFEFF/, '');
  const headerEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
  const header = text.slice(0, headerEnd).replace(/\r$/, '');
  if (header !== columns.join(',')) throw new SourceError(file, 1, `the header ${columns.join(',')}`, header);

  const rows: CsvRow[] = [];
  let rowEnd = headerEnd;
  Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
    step: (result) => {
      // papaparse gives no line numbers; count newlines up to the row's first character.
      let start = rowEnd;
      while (text[start] === '\n' || text[start] === '\r') start++;
      rowEnd = result.meta.cursor;
      const line = 1 + (text.slice(0, start).match(/\n/g)?.length ?? 0);
      const error = result.errors[0];
      if (error) throw new SourceError(file, line, `a row of ${columns.length} fields`, error.message);
      rows.push({ line, row: result.data });
    },
  });
  return rows;
}

/** A SourceError from the first zod issue of a row. */
export function schemaError(error: z.ZodError, row: Record<string, string>, file: string, line: number): SourceError {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  return new SourceError(file, line, `${field}: ${issue.message}`, String(row[field] ?? ''));
}
