/**
 * Link check of a built site: every internal link, anchor and asset (href, src, srcset, and the
 * url()s of the stylesheets pages load) resolves to a file in the build, under the base path;
 * nothing is loaded from another host. The one exception is a plain https link (<a href="https://…">)
 * to a cited source elsewhere: following it is the reader's choice, not a request the page makes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSite, type PageLinks } from './site-files.ts';

export interface BrokenLink {
  page: string;
  value: string;
  reason: string;
}

/** Checks every page of `distDir` as served under `base`; returns what is broken (empty = all good). */
export function checkLinks(distDir: string, base: string): BrokenLink[] {
  const pages = readSite(distDir, base);
  const byPath = new Map<string, PageLinks>(pages.map((p) => [p.path, p]));
  const broken: BrokenLink[] = [];
  const stylesheets = new Set<string>();
  for (const page of pages) {
    for (const ref of page.refs) {
      const problem = ref.element === 'a' && /^https:\/\//i.test(ref.value) ? null : checkRef(distDir, base, page, ref.value, byPath);
      if (problem) broken.push({ page: page.path, value: ref.value, reason: problem });
      else if (ref.element === 'link' && /\.css(\?|#|$)/.test(ref.value))
        stylesheets.add(new URL(ref.value, `http://site.invalid${page.path}`).pathname);
    }
  }
  // Assets a stylesheet loads (url(), @import) must be in the build too.
  for (const css of stylesheets) {
    const sheet: PageLinks = { path: css, file: css.slice(base.length), ids: new Set(), refs: [], lang: null, canonical: null };
    for (const value of cssUrls(readFileSync(join(distDir, sheet.file), 'utf8'))) {
      if (value.startsWith('data:') || value.startsWith('#')) continue;
      const problem = checkRef(distDir, base, sheet, value, byPath);
      if (problem) broken.push({ page: css, value, reason: problem });
    }
  }
  return broken;
}

/** The URLs in a stylesheet: url(…) and @import "…". */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)|@import\s+(["'])([^"']+)\3/g)) urls.push((m[2] ?? m[4] ?? '').trim());
  return urls;
}

function checkRef(distDir: string, base: string, page: PageLinks, value: string, byPath: Map<string, PageLinks>): string | null {
  if (value === '') return 'empty link';
  if (/^(mailto|tel):/i.test(value)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return 'points to another host or scheme';
  const target = new URL(value, `http://site.invalid${page.path}`);
  const path = decodeURIComponent(target.pathname);
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (!path.startsWith(base)) return `escapes the base path ${base}`;
  const file = join(distDir, path.slice(base.length));
  const isDir = existsSync(file) && statSync(file).isDirectory();
  if (isDir && !path.endsWith('/')) return 'directory link without trailing slash';
  const resolved = isDir ? join(file, 'index.html') : file;
  if (!existsSync(resolved)) return 'no such file in the build';
  if (fragment) {
    const targetPage = path === page.path ? page : byPath.get(path);
    if (targetPage && !targetPage.ids.has(fragment)) return `no element with id "${fragment}"`;
  }
  return null;
}
