/**
 * Time frames of appendix tasks ("Thời gian thực hiện"): the text as written, a kind and years; and
 * the plan period (content/plan_period.json) that annual tasks recur over.
 */
import { z } from 'zod';
import { SourceError } from '../model/errors.ts';
import { jsonIssueError, parseJsonSource } from '../model/json-source.ts';
import { YEARS } from '../model/values.ts';
import type { TIMEFRAME_KINDS } from '../model/codes.ts';

export type TimeframeKind = (typeof TIMEFRAME_KINDS)[number];

export interface Timeframe {
  kind: TimeframeKind;
  start_year: number;
  end_year: number;
  quarter: number | null; // 1–4 for kind "quarter"
}

/** The years an annual ("Hàng năm") task recurs over: the plan's period, from content/plan_period.json. */
export interface PlanPeriod {
  start_year: number;
  end_year: number;
}

/**
 * The longest plan period, in years after its first: 20. Provincial plans run five or ten years (this
 * one 2022–2030); every year of the period is a page and a download for each year, so a typo such as
 * 9999 would otherwise make the data stage write thousands of files.
 */
export const MAX_PERIOD_SPAN = 20;

const yearIn = (what: string) =>
  z
    .number({ invalid_type_error: `an integer year (${what})` })
    .int(`an integer year (${what})`)
    .min(YEARS.from, `a year from ${YEARS.from} to ${YEARS.to} (${what})`)
    .max(YEARS.to, `a year from ${YEARS.from} to ${YEARS.to} (${what})`);

const periodSchema = z
  .object({
    start_year: yearIn('the first year annual tasks recur'),
    end_year: yearIn('the last year annual tasks recur'),
    note: z.string().refine((s) => s.trim() !== '', 'a note saying how "Hàng năm" is read'),
  })
  .strict()
  .superRefine((p, ctx) => {
    const last = Math.min(p.start_year + MAX_PERIOD_SPAN, YEARS.to);
    if (p.end_year < p.start_year || p.end_year > last) {
      ctx.addIssue({
        code: 'custom',
        path: ['end_year'],
        message: `a year from start_year ${p.start_year} to ${last} (a period of at most ${MAX_PERIOD_SPAN + 1} years)`,
      });
    }
  });

/** Parses content/plan_period.json; throws a SourceError at the line of the bad value. */
export function parsePlanPeriod(text: string, file: string): PlanPeriod & { note: string } {
  const source = parseJsonSource(text, file);
  const result = periodSchema.safeParse(source.value);
  if (!result.success) throw jsonIssueError(result.error.issues[0]!, source, file, 'the plan period');
  return result.data;
}

const ROMAN_QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const EXPECTED = `a time frame: "Hàng năm", "Năm 2022", "2022 - 2025" or "Quý I/2022"`;

/** Parses a time-frame cell; throws a SourceError naming the line when the text is not a known form. */
export function parseTimeframe(text: string, period: PlanPeriod, where: { file: string; line: number }): Timeframe {
  const t = text.replace(/\s+/g, ' ').trim();
  const fail = (expected = EXPECTED) => new SourceError(where.file, where.line, expected, text);
  const year = (y: string) => {
    const n = Number(y);
    // A year outside this window is a typo, not a plan.
    if (n < YEARS.from || n > YEARS.to) throw fail(`a year between ${YEARS.from} and ${YEARS.to} in the time frame`);
    return n;
  };

  if (/^hàng năm$|^hằng năm$/i.test(t)) {
    return { kind: 'annual', start_year: period.start_year, end_year: period.end_year, quarter: null };
  }
  let m = /^Năm (\d{4})$/i.exec(t);
  if (m) {
    const y = year(m[1]!);
    return { kind: 'year', start_year: y, end_year: y, quarter: null };
  }
  m = /^(\d{4}) ?- ?(\d{4})$/.exec(t);
  if (m) {
    const start = year(m[1]!);
    const end = year(m[2]!);
    if (end < start) throw fail('a year range whose end is not before its start');
    return { kind: 'year_range', start_year: start, end_year: end, quarter: null };
  }
  m = /^Quý (I|II|III|IV)\/(\d{4})$/i.exec(t);
  if (m) {
    const y = year(m[2]!);
    return { kind: 'quarter', start_year: y, end_year: y, quarter: ROMAN_QUARTERS[m[1]!.toUpperCase()]! };
  }
  throw fail();
}
