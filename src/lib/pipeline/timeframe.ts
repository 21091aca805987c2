/**
 * Time frames of appendix tasks ("Thời gian thực hiện"): the text as written, a kind and years.
 */
import { SourceError } from '../model/errors.ts';

export type TimeframeKind = 'annual' | 'year' | 'year_range' | 'quarter';

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

const ROMAN_QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const EXPECTED = `a time frame: "Hàng năm", "Năm 2022", "2022 - 2025" or "Quý I/2022"`;

/** Parses a time-frame cell; throws a SourceError naming the line when the text is not a known form. */
export function parseTimeframe(text: string, period: PlanPeriod, where: { file: string; line: number }): Timeframe {
  const t = text.replace(/\s+/g, ' ').trim();
  const fail = (expected = EXPECTED) => new SourceError(where.file, where.line, expected, text);
  const year = (y: string) => {
    const n = Number(y);
    // A year outside this window is a typo, not a plan.
    if (n < 2000 || n > 2100) throw fail('a year between 2000 and 2100 in the time frame');
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
