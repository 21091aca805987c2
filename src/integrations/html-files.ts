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
