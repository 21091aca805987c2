/**
 * One cell of a filled form as the reader takes it: text, a number, a date, or a formula, which is
 * refused whatever its cached result (a form holds what a person typed, and a cached result is
 * whatever the last program to save the file says it was). Dates come typed as the spreadsheet's
 * own dates or as text dd/mm/yyyy (also d/m/yyyy and yyyy-mm-dd); numbers as numbers or as text
 * with a decimal point or comma. Pure.
 */
import ExcelJS from 'exceljs';
import { isIsoDate } from '../model/values.ts';

export type CellRead =
  | { kind: 'empty' }
  | { kind: 'formula' }
  | { kind: 'error'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean };

const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Text as the checks see it: OOXML's escapes decoded (Excel writes a character XML cannot hold, such
 * as U+0007, as "_x0007_", and shows the character), CR LF line breaks as LF, NFC.
 */
const normalised = (s: string): string =>
  s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\r\n/g, '\n')
    .normalize('NFC');

/** What a cell holds. exceljs gives dates as UTC midnight of the day shown. */
export function readCell(cell: ExcelJS.Cell): CellRead {
  const v = cell.value;
  if (v === null || v === undefined) return { kind: 'empty' };
  if (cell.type === ExcelJS.ValueType.Formula || (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)))
    return { kind: 'formula' };
  if (typeof v === 'string') return v.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: normalised(v) };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { kind: 'error', text: 'an invalid date' } : { kind: 'date', iso: isoOf(v) };
  if (typeof v === 'object' && 'error' in v) return { kind: 'error', text: String(v.error) };
  if (typeof v === 'object' && 'richText' in v) {
    const text = v.richText.map((r) => r.text).join('');
    return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: normalised(text) };
  }
  if (typeof v === 'object' && 'text' in v) {
    // A hyperlink cell (a program may turn a typed address into one): its text is what was typed.
    const t = v.text as unknown;
    const text =
      typeof t === 'string'
        ? t
        : typeof t === 'object' && t !== null && 'richText' in t
          ? (t as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')
          : '';
    return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: normalised(text) };
  }
  return { kind: 'error', text: 'a value of an unknown kind' };
}

/** The cell's content as text, for messages and the character checks. */
export function cellText(c: CellRead): string {
  switch (c.kind) {
    case 'empty':
    case 'formula':
      return '';
    case 'error':
    case 'text':
      return c.text;
    case 'number':
      return String(c.value);
    case 'date':
      return c.iso;
    case 'boolean':
      return String(c.value);
  }
}

/** A date typed as text: dd/mm/yyyy (or d/m/yyyy, or with "-" or "." between) or yyyy-mm-dd; undefined if it is none. */
export function parseDateText(text: string): string | undefined {
  const s = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : s;
  return isIsoDate(iso) ? iso : undefined;
}

/** A cell as a date (yyyy-mm-dd), or undefined. */
export function cellDate(c: CellRead): string | undefined {
  if (c.kind === 'date') return c.iso;
  if (c.kind === 'text') return parseDateText(c.text);
  return undefined;
}

/** A number typed as text: digits with one decimal point or comma, no thousands separator. */
export function parseNumberText(text: string): number | undefined {
  const s = text.trim();
  return /^-?\d+(?:[.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : undefined;
}

/** A cell as a finite number, or undefined. */
export function cellNumber(c: CellRead): number | undefined {
  if (c.kind === 'number') return Number.isFinite(c.value) ? c.value : undefined;
  if (c.kind === 'text') return parseNumberText(c.text);
  return undefined;
}
