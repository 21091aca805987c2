/**
 * Bytes of an input file to the text the parsers expect: UTF-8, NFC, LF. Repairs what is only an
 * encoding accident (BOM, CRLF, NFD) with a warning; refuses what is not text, and the characters
 * no input may hold (src/lib/model/characters.ts), naming the line and column.
 */
import { describeCodePoint, findForbiddenCharacter, PLAIN_TEXT } from '../model/characters.ts';
import { SourceError, type SourceWarning } from '../model/errors.ts';

export interface DecodedSource {
  text: string;
  warnings: SourceWarning[];
}

/**
 * Decodes UTF-8 strictly; throws a SourceError naming the line of the first invalid byte, or of the
 * first character no input may hold (every input of the data stage passes through here).
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  const warnings: SourceWarning[] = [];
  if (bytes.length === 0) throw new SourceError(file, 1, 'a non-empty UTF-8 text file', '(empty file)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw new SourceError(file, line, 'UTF-8 text', `invalid byte 0x${(bytes[offset] ?? 0).toString(16)} at byte ${offset}`);
  }
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push({ file, line: 1, message: 'byte order mark removed' });
  }
  if (text.includes('\r')) {
    const line = text.slice(0, text.indexOf('\r')).split('\n').length;
    text = text.replace(/\r\n?/g, '\n');
    warnings.push({ file, line, message: 'CR/CRLF line endings converted to LF' });
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    const line = firstDifferentLine(text, nfc);
    text = nfc;
    warnings.push({ file, line, message: 'text normalised to Unicode NFC' });
  }
  assertPlainText(text, file);
  return { text, warnings };
}

/** Throws a SourceError at the line (and column) of the first character no input may hold. */
function assertPlainText(text: string, file: string): void {
  const bad = findForbiddenCharacter(text);
  if (!bad) return;
  const before = text.slice(0, bad.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = 1 + (before.match(/\n/g)?.length ?? 0);
  // Columns in characters, as an editor counts them; the character itself is invisible or unprintable.
  const column = [...before.slice(lineStart)].length + 1;
  throw new SourceError(file, line, `${PLAIN_TEXT} (column ${column})`, describeCodePoint(bad.codePoint));
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the shortest prefix that fails; prefixes ending mid-character fail too, so
  // step back to the start of that character.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1));
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  while (lo > 0 && (bytes[lo]! & 0xc0) === 0x80) lo--;
  return lo;
}

function firstDifferentLine(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  const i = la.findIndex((l, k) => l !== lb[k]);
  return i < 0 ? 1 : i + 1;
}
