/**
 * Published actual values of the indicators: the curated table `content/progress.csv`. Every row
 * cites a public source (https) that states the figure for Đồng Tháp for that year; nothing is
 * estimated (docs/indicators.md). Pure: text in, typed records out.
 */
import { z } from 'zod';
import { SourceError } from './errors.ts';
import { readCsvRows, schemaError } from './curated-csv.ts';

export const PROGRESS_TABLE_COLUMNS = [
  'indicator_id',
  'year',
  'value',
  'source_title',
  'source_url',
  'published_date',
  'note',
] as const;

export const FIRST_PROGRESS_YEAR = 2019;
export const LAST_PROGRESS_YEAR = 2030;

export type ProgressRecord = {
  indicator_id: string;
  year: number;
  value: number;
  source_title: string;
  source_url: string;
  published_date: string | null; // ISO yyyy-mm-dd when the source shows it
  note: string; // the source's wording (Vietnamese), and how the row reads it
};

function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.includes('.') && !/\s/.test(s);
  } catch {
    return false;
  }
}

/** Parses the progress table; throws a SourceError naming the CSV line of a bad or duplicate row. */
export function parseProgressTable(csvText: string, file: string, indicatorIds: Iterable<string>): ProgressRecord[] {
  const known = new Set(indicatorIds);
  const schema = z.object({
    indicator_id: z.string().refine((s) => known.has(s), 'an indicator id of content/indicators.csv'),
    year: z
      .string()
      .regex(/^\d{4}$/, 'a year yyyy')
      .transform(Number)
      .refine((y) => y >= FIRST_PROGRESS_YEAR && y <= LAST_PROGRESS_YEAR, `a year from ${FIRST_PROGRESS_YEAR} to ${LAST_PROGRESS_YEAR}`),
    value: z
      .string()
      .regex(/^-?\d+(?:\.\d+)?$/, 'a number (decimal point, no thousands separator)')
      .transform(Number),
    source_title: z.string().trim().min(1, 'the title of the source'),
    source_url: z.string().refine(isHttpsUrl, 'an https URL'),
    published_date: z.string().refine((s) => s === '' || isIsoDate(s), 'an ISO date yyyy-mm-dd or nothing'),
    note: z.string().trim().min(1, "the source's wording"),
  });

  const records: ProgressRecord[] = [];
  const seen = new Map<string, number>();
  for (const { line, row } of readCsvRows(csvText, file, PROGRESS_TABLE_COLUMNS)) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw schemaError(parsed.error, row, file, line);
    const r = parsed.data;
    const key = `${r.indicator_id}|${r.year}`;
    if (seen.has(key)) {
      throw new SourceError(file, line, `one value per indicator and year (already on line ${seen.get(key)})`, key);
    }
    seen.set(key, line);
    records.push({ ...r, published_date: r.published_date === '' ? null : r.published_date });
  }
  return records;
}
