/** Checks of the value formats the datasets and the curated tables share (dates, links). Pure. */

/** The years a published value (content/progress.csv) or a yearly report may be about. */
export const FIRST_PROGRESS_YEAR = 2019;
export const LAST_PROGRESS_YEAR = 2030;

/** Whether s is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Whether s is an https URL with a dotted host and no spaces. */
export function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.includes('.') && !/\s/.test(s);
  } catch {
    return false;
  }
}
