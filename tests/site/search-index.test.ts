/**
 * What the search index holds (dist/pagefind/fragment, one record per indexed page): each task's text
 * is found on its own page, not again in the lists that repeat it (a document's citing tasks, an
 * agency's or a year's tasks), and a task page's index record is the task, not the labels, source line
 * and download links every task page repeats. Read from Pagefind's fragment files: gzip, a
 * "pagefind_dcd" signature, then JSON (Pagefind 1.x).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-site.ts';
import { listFiles } from '../../scripts/lib/site-files.ts';

interface Fragment {
  url: string;
  content: string;
  word_count: number;
}

const SIGNATURE = 'pagefind_dcd';
const fragmentDir = join(DIST, 'pagefind', 'fragment');
const fragments: Fragment[] = readdirSync(fragmentDir).map((name) => {
  const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
});
const tasks = JSON.parse(readFileSync(join(DIST, 'data', 'tasks.json'), 'utf8')) as { id: string; slug: string; content: string }[];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const taskPage = (slug: string) => `/nhiem-vu/${slug}/`;
const taskPages = new Set(tasks.map((t) => taskPage(t.slug)));
const isTaskPage = (url: string) => taskPages.has(url);

/** "nhiem-vu/i-1/index.html" → "/nhiem-vu/i-1/", as Pagefind writes a page's URL. */
const pageUrl = (file: string) => `/${file}`.replace(/index\.html$/, '');
const htmlFiles = listFiles(DIST).filter((f) => f.endsWith('.html'));
/** The attribute on the page's <main> (Base.astro), not the words anywhere in the text. */
const OPTS_IN = /<main\b[^>]*\sdata-pagefind-body[\s=>]/;

describe('search index', () => {
  it('holds every page that opts in (data-pagefind-body), and only those: the search step reads only where they can be', () => {
    const optedIn = htmlFiles
      .filter((f) => OPTS_IN.test(readFileSync(join(DIST, f), 'utf8')))
      .map(pageUrl)
      .sort();
    expect(optedIn.length).toBeGreaterThan(tasks.length);
    expect(fragments.map((f) => f.url).sort()).toEqual(optedIn);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: { vi: { page_count: number } };
    };
    expect(entry.languages.vi.page_count).toBe(optedIn.length);
  });

  it('indexes every task page, each with its task’s full text', () => {
    for (const t of tasks) {
      const own = fragments.find((f) => f.url === taskPage(t.slug));
      expect(own, t.id).toBeDefined();
      expect(squash(own!.content), t.id).toContain(squash(t.content));
    }
  });

  it('no other page repeats a list of tasks: at most one task’s full text, where prose quotes it', () => {
    const lists = fragments
      .filter((f) => !isTaskPage(f.url))
      .map((f) => ({ url: f.url, tasks: tasks.filter((t) => squash(f.content).includes(squash(t.content))).map((t) => t.id) }))
      .filter((p) => p.tasks.length > 1);
    expect(lists).toEqual([]);
  });

  it('a document page is found by what it is, not by the text of the tasks citing it', () => {
    const doc = fragments.find((f) => f.url === '/van-ban/749-qd-ttg/')!;
    expect(doc.content).toContain('749/QĐ-TTg');
    expect(doc.content).not.toContain('chữ ký số'); // only in task II.3, which cites it
  });

  it('task pages leave out what every task page repeats', () => {
    const repeated = ['Cơ quan chủ trì', 'Văn bản pháp lý', 'của Kế hoạch, trong Phụ lục', 'Dữ liệu của nhiệm vụ này', 'dạng JSON'];
    for (const f of fragments.filter((x) => isTaskPage(x.url)))
      for (const words of repeated) expect(f.content, `${f.url}: ${words}`).not.toContain(words);
  });
});
