/**
 * Link check of a built site: every internal link, anchor and asset resolves to a file in the
 * build, under the base path; nothing points to another host.
 */
import { existsSync, statSync } from 'node:fs';
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
  for (const page of pages) {
    for (const ref of page.refs) {
      const problem = checkRef(distDir, base, page, ref.value, byPath);
      if (problem) broken.push({ page: page.path, value: ref.value, reason: problem });
    }
  }
  return broken;
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
