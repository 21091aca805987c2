/**
 * Characters no input may hold, whatever the file: the seed, the curated tables, release.json,
 * plan_period.json, the yearly reports. Each breaks a file we publish or hides what a text says:
 * - C0 controls other than TAB and LF, DEL and the C1 controls (U+007F–U+009F): XML 1.0 forbids
 *   most of them, so Word's line break U+000B made the RSS feed invalid, and the workbook writer
 *   drops them, so the .xlsx would say something other than the CSV. (CR never reaches this check in
 *   a file, which is converted to LF first; inside a JSON string it would be an escaped "\r".)
 * - Noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF,
 *   U+1FFFE …): not for interchange; U+FFFE/U+FFFF made task_status.xlsx and all-data.xlsx unreadable.
 * - Lone surrogates: strict UTF-8 decoding cannot produce one, but a JSON escape ("\ud800") can.
 * - Bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
 *   U+200F, U+061C): they reorder what a reader sees without changing what the file says ("Trojan
 *   Source"); Vietnamese text never needs them.
 * - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF after the start of a file): invisible, they
 *   make two ids or names that look the same differ, and split words in search.
 * - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: some editors start a new line at them and
 *   others do not, so the line in a `file:line` message would not be the line a person sees.
 * One rule for every input, so a text that passes in one file passes in all. Pure.
 */

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

// The last two code points of planes 1–16 (U+1FFFE, U+1FFFF … U+10FFFF).
const PLANE_ENDS = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}fffe}-\\u{${(i + 1).toString(16)}ffff}`).join('');

const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200B-\\u200F\\u2028-\\u202E\\u2060\\u2066-\\u2069` +
    `\\uFDD0-\\uFDEF\\uFEFF\\uFFFE\\uFFFF${PLANE_ENDS}\\uD800-\\uDFFF]`,
  'u',
);

/** What the inputs are expected to hold, for a SourceError. */
export const PLAIN_TEXT = 'text without control, direction or invisible characters';

export interface ForbiddenCharacter {
  /** UTF-16 index in the string. */
  index: number;
  codePoint: number;
}

/** The first character of `s` that no input may hold, or undefined. */
export function findForbiddenCharacter(s: string): ForbiddenCharacter | undefined {
  const m = FORBIDDEN.exec(s);
  return m ? { index: m.index, codePoint: m[0].codePointAt(0)! } : undefined;
}

/** A code point as a person can look it up: "U+202E (RIGHT-TO-LEFT OVERRIDE)", "U+FFFE (noncharacter)". */
export function describeCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${hex} (${NAMES[cp] ?? kindOf(cp)})`;
}

function kindOf(cp: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'lone surrogate';
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return 'control character';
  return 'noncharacter';
}
