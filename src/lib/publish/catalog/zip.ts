/**
 * data/all-data.zip: every published file in one download. Byte-identical on every build: entries
 * sorted by name, each stamped with the release date (never the clock), one fixed compression level.
 */
import { zipSync, unzipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  path: string;
  content: string | Uint8Array;
}

/** zlib's default level; level 9 spent most of the data stage at scale searching for matches, for files 0.03 % smaller. */
const ZIP_LEVEL = 6;

const bytesOf = (c: string | Uint8Array): Uint8Array => (typeof c === 'string' ? new TextEncoder().encode(c) : c);

/**
 * The archive of `entries` under the folder `root`, every entry dated `date` (YYYY-MM-DD) at noon.
 * ZIP stores local wall-clock time, and fflate reads the Date's local fields: a Date built from
 * local fields gives the same bytes in every time zone (noon keeps clear of DST changes at midnight).
 */
function releaseNoon(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0);
}

export function buildZip(entries: readonly ZipEntry[], date: string, root: string): Uint8Array {
  const mtime = releaseNoon(date);
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const names = new Set<string>();
  const tree: Zippable = {};
  for (const e of sorted) {
    if (names.has(e.path)) throw new Error(`duplicate zip entry ${e.path}`);
    names.add(e.path);
    tree[`${root}/${e.path}`] = [bytesOf(e.content), { mtime, level: ZIP_LEVEL }];
  }
  return zipSync(tree, { mtime, level: ZIP_LEVEL });
}

/**
 * The same archive with every entry dated `date` at noon, in its own order (a writer that stamps
 * entries with the clock, such as exceljs's, gives the same bytes on every build this way).
 */
export function restampZip(zip: Uint8Array, date: string): Uint8Array {
  const mtime = releaseNoon(date);
  const tree: Zippable = {};
  for (const [path, content] of Object.entries(unzipSync(zip))) tree[path] = [content, { mtime, level: ZIP_LEVEL }];
  return zipSync(tree, { mtime, level: ZIP_LEVEL });
}
