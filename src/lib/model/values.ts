/** Checks of the value formats the datasets and the curated tables share (dates, years, links). Pure. */

/** The years a published value (content/progress.csv) or a yearly report may be about. */
export const FIRST_PROGRESS_YEAR = 2019;
export const LAST_PROGRESS_YEAR = 2030;

/** Whether s is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/**
 * The years any input may name: a time frame's years, the plan period, the release's dates.
 * The plan implements a resolution of 2021 and looks to 2030; a year outside this window is a typo
 * (0000, 9999, 2202), never a plan.
 */
export const YEARS = { from: 2000, to: 2100 } as const;

/**
 * The earliest date of a legal document the plan may cite: 2 September 1945, the founding of the
 * Democratic Republic of Viet Nam, whose first decrees (sắc lệnh) are the oldest legal documents of
 * the state. The documents cited today date from 2019 on; the bound only stops typos.
 */
export const EARLIEST_DOCUMENT_DATE = '1945-09-02';

/** The last day of the window of years: no date in the inputs is later. */
export const LATEST_DATE = `${YEARS.to}-12-31`;

/**
 * Where the dates of what the curated tables record about the plan may fall: from the first day of
 * the plan period (content/plan_period.json: the plan cannot be carried out, nor its agencies
 * reorganised, before it runs) to the review date (content/release.json "date": nothing is known
 * from after it).
 */
export interface ReviewSpan {
  planStart: string;
  reviewDate: string;
}

/** Whether s is a real date yyyy-mm-dd from `from` to `to` (both yyyy-mm-dd, inclusive). */
export function isDateBetween(s: string, from: string, to: string): boolean {
  return isIsoDate(s) && s >= from && s <= to;
}

// RFC 3986's characters (unreserved, reserved and "%"). Anything else in a link — a space, a quote,
// a backslash, a control character, a letter outside ASCII (as in a look-alike host) — is refused:
// browsers copy an address percent-encoded, so a real link never needs them.
const URL_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/**
 * Whether s is a link an editor may publish: written `https://` then a host with a dot, exactly as a
 * browser reads it. That refuses `javascript:`, `data:`, `http:`, relative and protocol-relative
 * (`//host`) links, `https:host` and `https:///host` (which a URL parser would repair into another
 * address), user names and passwords before the host (`https://portal.gov.vn@other.example/`), and
 * hosts written in another form (percent-encoded, numeric) than the one the browser goes to.
 */
export function isHttpsUrl(s: string): boolean {
  const authority = /^https:\/\/([^/?#]*)/.exec(s)?.[1];
  if (authority === undefined || !URL_CHARACTERS.test(s)) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.includes('.') && authority.toLowerCase() === u.host;
  } catch {
    return false;
  }
}

/**
 * Excel's limit for one cell, which LibreOffice and Google Sheets share: every published text reaches
 * a spreadsheet cell (a dataset's .xlsx, all-data.xlsx), so no input cell may be longer.
 */
export const MAX_CELL_CHARS = 32_767;
