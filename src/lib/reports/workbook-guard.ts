/**
 * The bytes of a filled form, judged before any spreadsheet library sees them. A form is an .xlsx:
 * a zip archive. Refused: a file over LIMITS.fileBytes; bytes that are not a zip (judged by the
 * bytes, never the name); an OLE compound file (D0 CF 11 E0 …), which is how an encrypted workbook
 * or a legacy .xls is stored; an encrypted, Zip64 or oddly compressed entry; more entries than
 * LIMITS.entries; entries that inflate past LIMITS.inflatedBytes together — counted while inflating,
 * so an archive whose headers understate its sizes (a zip bomb) stops at the cap, not after. What
 * passes is re-packed, stored without compression, with only the parts a workbook's cells live in,
 * so exceljs inflates nothing and reads nothing we did not check. Pure.
 */
import { crc32 } from 'node:zlib';
import { Inflate, zipSync, type Zippable } from 'fflate';
import type { FormIssue } from './issues.ts';
import { LIMITS } from './form-layout.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The parts of an .xlsx that hold cells, strings, styles, sheet names and the document properties. */
const KEPT_PART =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|docProps\/core\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

/** Bytes pushed to the inflater at a time: one push can inflate to about a thousand times its size. */
const INFLATE_STEP = 1024;

export type GuardResult = { ok: true; xlsx: Uint8Array; parts: string[] } | { ok: false; issue: FormIssue };

const startsWith = (b: Uint8Array, magic: readonly number[]) => magic.every((m, i) => b[i] === m);

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

class Refusal extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(`expected ${expected}; found ${found}`);
  }
}

function centralDirectory(b: Uint8Array): CentralEntry[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65 535.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Refusal('a complete zip archive (an .xlsx workbook)', 'no end of its central directory (a cut or damaged file)');
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new Refusal('a workbook of ordinary size', 'a Zip64 archive');
  if (count > LIMITS.entries) throw new Refusal(`at most ${LIMITS.entries} parts in the workbook`, `${count} parts`);
  const entries: CentralEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || view.getUint32(at, true) !== 0x02014b50)
      throw new Refusal('a complete zip archive', 'a damaged central directory');
    const nameLength = view.getUint16(at + 28, true);
    const entry: CentralEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)),
    };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push(entry);
  }
  return entries;
}

/** An entry's bytes, inflated under the running budget; the CRC must match. */
function inflateEntry(b: Uint8Array, e: CentralEntry, budget: { left: number }): Uint8Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (e.flags & 0x1) throw new Refusal('a workbook without a password', `the encrypted part ${e.name}`);
  if (e.localOffset + 30 > b.length || view.getUint32(e.localOffset, true) !== 0x04034b50)
    throw new Refusal('a complete zip archive', `a damaged part ${e.name}`);
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  const end = start + e.compressedSize;
  if (end > b.length) throw new Refusal('a complete zip archive', `the part ${e.name} running past the end of the file`);
  const raw = b.subarray(start, end);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.length;
    budget.left -= chunk.length;
    if (budget.left < 0) throw new Refusal(`a workbook that unpacks to at most ${LIMITS.inflatedBytes} bytes`, 'more (a zip bomb?)');
    chunks.push(chunk);
  };
  if (e.method === 0) take(raw);
  else if (e.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let i = 0; i < raw.length; i += INFLATE_STEP) inflater.push(raw.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= raw.length);
      if (raw.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof Refusal) throw err;
      throw new Refusal('a complete zip archive', `the part ${e.name} cannot be unpacked`);
    }
  } else
    throw new Refusal('parts stored or deflated, as every spreadsheet program writes them', `compression method ${e.method} in ${e.name}`);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  if (crc32(out) !== e.crc) throw new Refusal('a complete zip archive', `the part ${e.name} with a wrong checksum`);
  return out;
}

/** Judges a filled form's bytes; returns the verified workbook, re-packed for exceljs, or why it is refused. */
export function guardWorkbook(bytes: Uint8Array, file: string): GuardResult {
  const refuse = (expected: string, found: string): GuardResult => ({ ok: false, issue: { file, expected, found, described: true } });
  if (bytes.length > LIMITS.fileBytes) return refuse(`a file of at most ${LIMITS.fileBytes} bytes`, `${bytes.length} bytes`);
  if (startsWith(bytes, CFB_MAGIC))
    return refuse(
      'an .xlsx workbook without a password',
      'an OLE compound file: a workbook saved with a password, or in the old .xls format (save it as .xlsx, without a password)',
    );
  if (!startsWith(bytes, ZIP_MAGIC)) return refuse('an .xlsx workbook (a zip archive)', 'bytes of another kind of file');
  try {
    const budget = { left: LIMITS.inflatedBytes };
    const kept: Zippable = {};
    const parts: string[] = [];
    for (const e of centralDirectory(bytes)) {
      // Every part is inflated (and counted), kept or not: a bomb hidden in a part we drop is still a bomb.
      const content = inflateEntry(bytes, e, budget);
      if (KEPT_PART.test(e.name)) {
        kept[e.name] = [content, { level: 0 }];
        parts.push(e.name);
      }
    }
    if (!parts.includes('xl/workbook.xml')) return refuse('an .xlsx workbook', 'a zip archive without xl/workbook.xml');
    return { ok: true, xlsx: zipSync(kept, { level: 0, mtime: new Date(2000, 0, 1) }), parts };
  } catch (err) {
    if (err instanceof Refusal) return refuse(err.expected, err.found);
    throw err;
  }
}
