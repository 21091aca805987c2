/**
 * Published actual values of the indicators: the curated table `content/progress.csv`. Every row
 * cites a public source (https) that states the figure for Đồng Tháp, with the source's qualifier
 * ("trên", "ước"), the period it covers and, for ranks, the ranking it belongs to (docs/indicators.md). Pure: text in, typed records out.
 */
import { z } from 'zod';
import { BASES, BASIS, QUALIFIERS, SOURCE_KINDS } from '../model/codes.ts';
import { parseCsvRecords, type Located } from './curated-csv.ts';
import type { ProgressRecord } from '../model/records.ts';
import type { Reporters } from './reporters.ts';
import { FIRST_PROGRESS_YEAR, LAST_PROGRESS_YEAR, isHttpsUrl, isIsoDate, YEARS } from '../model/values.ts';

/** One value per indicator, year, basis and reporting body (docs/outcomes.md); the importer skips a row by the same key. */
export const PROGRESS_KEY = ['indicator_id', 'year', 'basis', 'reported_by'] as const;

export const PROGRESS_TABLE_COLUMNS = [
  'indicator_id',
  'year',
  'value',
  'qualifier',
  'period_start',
  'period_end',
  'derivation',
  'basis',
  'source_title',
  'source_url',
  'published_date',
  'note',
  'source_kind',
  'reported_by',
] as const;

export { FIRST_PROGRESS_YEAR, LAST_PROGRESS_YEAR };

/**
 * The range of a yearly change in percent: a quantity that cannot go below zero cannot fall by more
 * than 100% in a year, and a province's labour productivity (the indicator in this unit; its targets
 * are 7% and 8% a year) does not double in one. The chart draws falls, so negative values are kept.
 */
export const PERCENT_PER_YEAR = { min: -100, max: 100 } as const;

/** The unit of each indicator, to check a value's range. */
export type IndicatorUnits = ReadonlyMap<string, 'percent' | 'percent_per_year' | 'rank' | 'boolean'>;

/**
 * Parses the progress table; throws a SourceError naming the CSV line of a bad or duplicate row: an
 * unknown indicator, qualifier or basis, a value outside its unit's range (a percent over 100, a rank
 * beyond the provinces ranked, a yearly change beyond ±100%), a period that ends before it starts,
 * outside its year or starting before 2000, a date after the review date, a publication before the
 * year the value is for, a source kind outside its list, a reporting body that is not one of
 * `reporters` or on a row that is not a report.
 */
export function parseProgressTable(
  csvText: string,
  file: string,
  units: IndicatorUnits,
  reviewDate: string,
  reporters: Reporters,
): Located<ProgressRecord>[] {
  const optionalDate = () =>
    z
      .string()
      .refine((s) => s === '' || isIsoDate(s), 'an ISO date yyyy-mm-dd or nothing')
      .refine((s) => s <= reviewDate, `a date on or before the review date ${reviewDate} (content/release.json "date")`);
  const schema = z
    .object({
      indicator_id: z.string().refine((s) => units.has(s), 'an indicator id of content/indicators.csv'),
      year: z
        .string()
        .regex(/^\d{4}$/, 'a year yyyy')
        .transform(Number)
        .refine((y) => y >= FIRST_PROGRESS_YEAR && y <= LAST_PROGRESS_YEAR, `a year from ${FIRST_PROGRESS_YEAR} to ${LAST_PROGRESS_YEAR}`),
      value: z
        .string()
        .regex(/^-?\d+(?:\.\d+)?$/, 'a number (decimal point, no thousands separator)')
        .transform(Number)
        .refine(Number.isFinite, "a number within its unit's range"),
      qualifier: z.enum(QUALIFIERS, { message: `one of ${QUALIFIERS.join(', ')}` }),
      period_start: optionalDate(),
      period_end: optionalDate(),
      derivation: z.string(),
      basis: z.enum(BASES, { message: `one of ${BASES.join(', ')}` }),
      source_title: z.string().trim().min(1, 'the title of the source'),
      source_url: z.string().refine(isHttpsUrl, 'an https URL'),
      published_date: optionalDate(),
      note: z.string().trim().min(1, "the source's wording"),
      source_kind: z.enum(SOURCE_KINDS, { message: `one of ${SOURCE_KINDS.join(', ')}` }),
      reported_by: z.string().refine((s) => s === '' || reporters.ids.has(s), reporters.expected),
    })
    .superRefine((r, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (r.reported_by !== '' && r.source_kind !== 'official_report')
        issue('source_kind', `official_report (the row is ${r.reported_by}'s own report)`);
      const unit = units.get(r.indicator_id);
      if ((r.period_start === '') !== (r.period_end === ''))
        issue(r.period_start === '' ? 'period_start' : 'period_end', 'both period_start and period_end, or neither');
      else if (r.period_end !== '' && r.period_end < r.period_start)
        issue('period_end', `a date on or after period_start ${r.period_start}`);
      else if (r.period_end !== '' && Number(r.period_end.slice(0, 4)) !== r.year)
        issue('period_end', `a date in the row's year ${r.year}`);
      else if (r.period_start !== '' && r.period_start < `${YEARS.from}-01-01`)
        issue('period_start', `a date from ${YEARS.from}-01-01 (a period of a figure for ${r.year})`);
      // A figure for a year is published in that year at the earliest (an estimate, "ước"), never before.
      if (r.published_date !== '' && r.published_date < `${r.year}-01-01`)
        issue('published_date', `a date in or after the row's year ${r.year}`);
      if (unit === 'rank') {
        if (r.basis !== 'dti_63' && r.basis !== 'dti_34') issue('basis', 'the ranking a rank belongs to (dti_63 or dti_34)');
        else if (!Number.isInteger(r.value) || r.value < 1 || r.value > BASIS[r.basis].ranked)
          issue('value', `a rank from 1 to ${BASIS[r.basis].ranked}`);
      } else if (unit !== undefined) {
        if (r.basis !== 'province_2022' && r.basis !== 'province_2025')
          issue('basis', 'province_2022 or province_2025 (the DTI bases are for ranks)');
        if (unit === 'percent' && (r.value < 0 || r.value > 100)) issue('value', 'a percent from 0 to 100');
        if (unit === 'boolean' && r.value !== 0 && r.value !== 1) issue('value', '1 (yes) or 0 (no)');
        if (unit === 'percent_per_year' && (r.value < PERCENT_PER_YEAR.min || r.value > PERCENT_PER_YEAR.max))
          issue('value', `a percent per year from ${PERCENT_PER_YEAR.min} to ${PERCENT_PER_YEAR.max}`);
      }
    });

  const records: Located<ProgressRecord>[] = [];
  const key = {
    of: (r: z.output<typeof schema>) =>
      PROGRESS_KEY.map((k) => String(r[k]))
        .filter((k) => k !== '')
        .join('|'),
    rule: (earlier: number) => `one value per indicator, year, basis and reporting body (already on line ${earlier})`,
  };
  for (const { line, record: r } of parseCsvRecords(csvText, file, PROGRESS_TABLE_COLUMNS, schema, key)) {
    records.push({
      ...r,
      period_start: r.period_start || null,
      period_end: r.period_end || null,
      derivation: r.derivation.trim() || null,
      published_date: r.published_date || null,
      reported_by: r.reported_by || null,
      line,
    });
  }
  return records;
}
