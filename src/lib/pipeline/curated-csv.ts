/**
 * Reading the curated tables in content/ (agencies, legal documents, indicators, progress): rows
 * with the 1-based line they start on, so every error can name the line a person must fix.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { SourceError } from '../model/errors.ts';
import { MAX_CELL_CHARS } from '../model/values.ts';

export interface CsvRow {
  line: number;
  row: Record<string, string>;
}

/** A record read from a curated table, with the line it starts on, for the checks made after parsing. */
export type Located<T> = T & { line: number };

/** The record as published, without its line. */
export function withoutLine<T>({ line: _line, ...record }: Located<T>): T {
  return record as T;
}

/**
 * The data rows of a curated CSV table with their line; checks the header, each row's field count,
 * each cell's length (a spreadsheet cell's: a longer one would stop the workbook writer after every
 * check had passed), and that the table has rows: every curated table has had rows since the first
 * release, and one cut to its header would silently publish none.
 */
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
      const long = columns.find((c) => (result.data[c]?.length ?? 0) > MAX_CELL_CHARS);
      if (long !== undefined) {
        throw new SourceError(
          file,
          line,
          `${long}: at most ${MAX_CELL_CHARS} characters (a spreadsheet cell's limit)`,
          `${result.data[long]!.length} characters`,
        );
      }
      rows.push({ line, row: result.data });
    },
  });
  if (rows.length === 0) throw new SourceError(file, 2, 'at least one row below the header (the table is empty)', '(end of file)');
  return rows;
}

/** A SourceError from the first zod issue of a row. */
export function schemaError(error: z.ZodError, row: Record<string, string>, file: string, line: number): SourceError {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  return new SourceError(file, line, `${field}: ${issue.message}`, String(row[field] ?? ''));
}

/** A curated table's key: what makes a row unique, and the rule a second row with it breaks. */
export interface RowKey<T> {
  of: (record: T) => string;
  /** The expectation a repeated key fails, naming the line that has it already. */
  rule: (earlierLine: number) => string;
}

/**
 * The rows of a curated table parsed with `schema`, each with its line, in order; throws a
 * SourceError at the first row the schema refuses and at a row repeating an earlier row's key. Lazy,
 * so a caller's own check of row n still comes before any error of row n + 1.
 */
export function* parseCsvRecords<S extends z.ZodTypeAny>(
  csvText: string,
  file: string,
  columns: readonly string[],
  schema: S,
  key: RowKey<z.output<S>>,
): Generator<{ line: number; record: z.output<S> }> {
  const seen = new Map<string, number>();
  for (const { line, row } of readCsvRows(csvText, file, columns)) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw schemaError(parsed.error, row, file, line);
    const record = parsed.data as z.output<S>;
    const k = key.of(record);
    const earlier = seen.get(k);
    if (earlier !== undefined) throw new SourceError(file, line, key.rule(earlier), k);
    seen.set(k, line);
    yield { line, record };
  }
}
