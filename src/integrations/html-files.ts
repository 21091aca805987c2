/** Every .html file under a build folder (absolute paths, sorted), for the integrations that read the pages. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function htmlFiles(dir: string): Promise<string[]> {
  // One recursive listing: a walk that awaited each page's folder in turn took seconds at 10,000 pages.
  const names = await readdir(dir, { recursive: true });
  return names
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .sort();
}

/** Runs `work` on every item, `limit` at a time: page files are read and written in parallel, not one by one. */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
