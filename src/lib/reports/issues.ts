/**
 * What is wrong with a filled form, named so a person can find the cell: file › sheet › row ›
 * column, then what was expected and what was found —
 * `so-y-te.xlsx › Nhiệm vụ › dòng 7 › Tình trạng: expected one of …, found "xong"`. The importer
 * collects every issue of every file before it refuses, so one round of corrections fixes them all.
 */

export interface FormIssue {
  file: string;
  sheet?: string;
  /** The spreadsheet's own row number (1 = the header). */
  row?: number;
  /** The column's header, as the form shows it. */
  column?: string;
  expected: string;
  /** The cell's text as found; omitted when there is nothing to quote. */
  found?: string;
  /** `found` is already words about the input ("a formula"), not its text. */
  described?: boolean;
}

const MAX_QUOTED = 80;

const quote = (s: string): string => JSON.stringify(s.length <= MAX_QUOTED ? s : `${s.slice(0, MAX_QUOTED)}…`);

export function formatIssue(i: FormIssue): string {
  const place = [i.file, i.sheet, i.row === undefined ? undefined : `dòng ${i.row}`, i.column].filter((p) => p !== undefined).join(' › ');
  const found = i.found === undefined ? '' : i.described ? `; found ${i.found}` : `, found ${quote(i.found)}`;
  return `${place}: expected ${i.expected}${found}`;
}

/** The importer's refusal: every issue found, nothing written. */
export class ImportRefused extends Error {
  constructor(readonly issues: readonly FormIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ImportRefused';
  }
}
