/**
 * Reading a built site: its HTML pages, and the links, ids and resources in each page (parse5, not
 * regexes, so attribute quoting and entities are handled as a browser would).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';

export interface PageLinks {
  /** Site path of the page under the base, e.g. "/chuyen-doi-so/nhiem-vu/i-4-6/". */
  path: string;
  file: string;
  ids: Set<string>;
  /** href/src/action values with the element that holds them. */
  refs: { element: string; attribute: string; value: string }[];
  lang: string | null;
  /** The page's <link rel="canonical"> address, if any. */
  canonical: string | null;
}

/** Every file under dir, as paths relative to it with "/" separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The site path a file is served at: "nhiem-vu/index.html" → "<base>nhiem-vu/". */
export function sitePath(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const REF_ATTRS: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  form: ['action'],
  iframe: ['src'],
  area: ['href'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  object: ['data'],
  embed: ['src'],
  input: ['src'],
};

/** The URLs of a srcset ("a.png 1x, b.png 2x"): each candidate is a URL and an optional descriptor. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter((u) => u !== '');
}

/** Parses one page and collects its ids, references and lang. */
export function readPage(distDir: string, file: string, base: string): PageLinks {
  const doc = parse(readFileSync(join(distDir, file), 'utf8')) as unknown as Node;
  const page: PageLinks = { path: sitePath(file, base), file, ids: new Set(), refs: [], lang: null, canonical: null };
  const visit = (n: Node) => {
    // The canonical address is the page's own public URL, never fetched: kept apart from the references.
    const rel = n.attrs?.find((a) => a.name === 'rel')?.value;
    if (n.nodeName === 'link' && rel === 'canonical') {
      page.canonical = n.attrs?.find((a) => a.name === 'href')?.value ?? null;
      return;
    }
    for (const a of n.attrs ?? []) {
      if (a.name === 'id') page.ids.add(a.value);
      if (n.nodeName === 'html' && a.name === 'lang') page.lang = a.value;
      if (REF_ATTRS[n.nodeName]?.includes(a.name)) page.refs.push({ element: n.nodeName, attribute: a.name, value: a.value });
      if (a.name === 'srcset' && (n.nodeName === 'img' || n.nodeName === 'source')) {
        for (const u of srcsetUrls(a.value)) page.refs.push({ element: n.nodeName, attribute: a.name, value: u });
      }
    }
    for (const c of n.childNodes ?? []) visit(c);
    if (n.content) visit(n.content);
  };
  visit(doc);
  return page;
}

/** All HTML pages of a build. */
export function readSite(distDir: string, base: string): PageLinks[] {
  return listFiles(distDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => readPage(distDir, f, base));
}
