/**
 * Builds the Pagefind full-text index of a built site, with Pagefind's Node API: the HTML of the
 * output directory in, <outDir>/pagefind/ out. Pages opt in with data-pagefind-body (Base.astro) and
 * carry filters as data-pagefind-filter spans. What a page repeats from other pages (task lists, the
 * tasks citing a document) or from every page of its kind (a task page's labels, its source line and
 * download links) is marked data-pagefind-ignore where it is written: each task is then found once,
 * on its own page, and the index holds half the words (Pagefind's memory and time grow with them).
 *
 * Run by `npm run build:search` after `astro build` has exited, not in Astro's build:done hook:
 * Pagefind's memory then comes after Astro's instead of on top of it.
 *
 * The language is forced to Vietnamese: every page is lang="vi", and one language means one index.
 * Vietnamese has no Pagefind stemmer, so the bundle uses the small language-neutral WebAssembly.
 * The đ-without-diacritics problem is solved on the search page (src/lib/browser/search-query.ts), not here.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { paths } from '../../src/lib/model/paths.ts';

/**
 * Files Pagefind writes that the site never loads: its ready-made UIs (we have our own small one,
 * lighter on phones) and the web worker (the page runs Pagefind with noWorker, one file fewer).
 * Removed so portal administrators copy only what is used.
 */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/**
 * Smaller index chunks than Pagefind's default (20 000 word positions each, ~25 KB here): a query
 * loads only the chunks of its words, so a first search downloads ~10 KB of index instead of the
 * 50–75 KB measured with the default. 1 500 positions since release 1.1.0: the outcome and successor
 * pages grew the index, and 2 500 put the first query for "chuyen doi so" at the 100 KB budget.
 * The variable is Pagefind's own, marked unstable; if a later version drops it, search still works,
 * with bigger downloads.
 */
const INDEX_CHUNK_SIZE = '1500';

/**
 * Folders Pagefind need not read: every page in them is a list (searchable={false}) that repeats
 * tasks found on their own pages, and Pagefind would parse each only to find no data-pagefind-body
 * (at 100× the year, group and status lists, the task index and the timeline are 150 of the 336 MB
 * of HTML). Of the tasks' folder only the task pages are read. tests/site/search-index.test.ts checks
 * that the index still holds every page that opts in.
 */
const UNREAD = new Set([paths.tasks(), paths.timeline()].map((p) => p.replace(/\/$/, '')));

/**
 * Pagefind's glob (wax syntax, relative to the output folder) for the HTML worth reading: the pages at
 * the top, every folder but those above, and one page per task (`nhiem-vu/<slug>/index.html`; the
 * lists' folders beside the tasks' hold only sub-folders). One glob, not one `addDirectory` per
 * folder: Pagefind then meets the pages in the same order as with its default glob and writes the
 * same index, byte for byte.
 */
export async function searchedPagesGlob(outDir: string): Promise<string> {
  const folders = (await readdir(outDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !UNREAD.has(e.name))
    .map((e) => e.name)
    .sort();
  return `{*.html,${paths.task('*')}index.html,{${folders.join(',')}}/**/*.html}`;
}

/** Indexes the pages under `outDir` into `outDir`/pagefind/ (replacing it); rejects with Pagefind's errors. */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number; bundle: string }> {
  const bundle = join(outDir, 'pagefind');
  // A previous build's hashed files would otherwise linger next to the new ones.
  await rm(bundle, { recursive: true, force: true });
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Pagefind: ${what} failed: ${errors.join('; ')}`);
  };
  // Read by the Pagefind binary, which the Node API starts as a child process with our environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index || errors.length) return fail('createIndex', errors);
    const added = await index.addDirectory({ path: outDir, glob: await searchedPagesGlob(outDir) });
    if (added.errors.length) return fail('addDirectory', added.errors);
    if (added.page_count === 0) return fail('addDirectory', ['no page was indexed']);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) return fail('writeFiles', written.errors);
    await Promise.all(UNUSED.map((f) => rm(join(bundle, f), { force: true })));
    return { pages: added.page_count, bundle };
  } finally {
    await pagefind.close();
  }
}
