/**
 * Zip archives: data/all-data.zip (every published file in one download) and the packaging of every
 * .xlsx. Byte-identical on every build: entries sorted by name (the download) or in their writer's
 * order (a workbook), each stamped with the release date (never the clock), one compression level.
 *
 * fflate lays out the archive; Node's own zlib deflates each entry. zlib is the C library every zip
 * tool uses, and three times faster here than fflate's JavaScript deflate, which took a fifth of the
 * data stage at 100× the appendix. Its output is fixed for a given zlib (Node 20 bundles one), so
 * the same inputs still give the same bytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';

export interface ZipEntry {
  path: string;
  content: string | Uint8Array;
}

/** zlib's default level; level 9 spent most of the data stage at scale searching for matches, for files 0.03 % smaller. */
const ZIP_LEVEL = 6;

const bytesOf = (c: string | Uint8Array): Uint8Array => (typeof c === 'string' ? new TextEncoder().encode(c) : c);

/**
 * The release date (YYYY-MM-DD) at noon. ZIP stores local wall-clock time, and fflate reads the
 * Date's local fields: a Date built from local fields gives the same bytes in every time zone (noon
 * keeps clear of DST changes at midnight).
 */
function releaseNoon(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** An entry ready for the archive: its path, its length and CRC-32 before compression, its deflated bytes. */
interface DeflatedEntry {
  path: string;
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

const deflatedEntry = (path: string, content: Uint8Array, deflated: Uint8Array<ArrayBuffer>): DeflatedEntry => ({
  path,
  size: content.length,
  crc: crc32(content),
  deflated,
});

/**
 * The archive of already deflated entries, in the given order, every entry dated `mtime`. Each is
 * handed to fflate as a ready-made input file (its documented way to bring another compressor).
 */
function assemble(entries: readonly DeflatedEntry[], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // Every step below is synchronous: the chunks are all here when end() returns.
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const e of entries) {
    const file: ZipInputFile = { filename: e.path, size: e.size, crc: e.crc, compression: 8, mtime };
    zip.add(file);
    file.ondata!(null, e.deflated, true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The archive of `entries` under the folder `root`, sorted by name, every entry dated `date` (YYYY-MM-DD) at noon. */
export function buildZip(entries: readonly ZipEntry[], date: string, root: string): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const names = new Set<string>();
  for (const e of sorted) {
    if (names.has(e.path)) throw new Error(`duplicate zip entry ${e.path}`);
    names.add(e.path);
  }
  const deflated = sorted.map((e) => {
    const content = bytesOf(e.content);
    return deflatedEntry(`${root}/${e.path}`, content, deflateRawSync(content, { level: ZIP_LEVEL }));
  });
  return assemble(deflated, releaseNoon(date));
}

/**
 * The same archive with every entry dated `date` at noon, in its own order (a writer that stamps
 * entries with the clock, such as exceljs's, gives the same bytes on every build this way).
 */
export function restampZip(zip: Uint8Array, date: string): Uint8Array {
  const entries = Object.entries(unzipSync(zip)).map(([path, content]) =>
    deflatedEntry(path, content, deflateRawSync(content, { level: ZIP_LEVEL })),
  );
  return assemble(entries, releaseNoon(date));
}
