/**
 * The weight of a built page as a visitor downloads it: the HTML plus the stylesheets and scripts
 * it loads (module scripts with their static imports), each gzip-compressed as a server would.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPage } from './site-files.ts';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Weighs the page at `file` (relative to distDir, e.g. "nhiem-vu/i-4-6/index.html"). */
export function pageWeight(distDir: string, file: string, base = '/'): PageWeight {
  const page = readPage(distDir, file, base);
  const seen = new Set<string>();
  const weight: PageWeight = { page: page.path, html: gz(readFileSync(join(distDir, file))), css: 0, js: 0, total: 0, files: [] };
  const local = (value: string, from: string) => {
    const u = new URL(value, `http://site.invalid${from}`);
    return u.host === 'site.invalid' && u.pathname.startsWith(base) ? u.pathname.slice(base.length) : null;
  };
  const addScript = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const buf = readFileSync(join(distDir, rel));
    weight.js += gz(buf);
    weight.files.push(rel);
    // Static imports only: dynamic import() is loaded on demand and not part of the page's weight.
    for (const m of buf.toString('utf8').matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1]!;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const next = spec.startsWith('/') ? local(spec, page.path) : posix.join(dirname(rel), spec);
        if (next) addScript(next);
      }
    }
  };
  for (const ref of page.refs) {
    const rel = local(ref.value, page.path);
    if (!rel) continue;
    if (ref.element === 'link' && rel.endsWith('.css') && !seen.has(rel)) {
      seen.add(rel);
      weight.css += gz(readFileSync(join(distDir, rel)));
      weight.files.push(rel);
    }
    if (ref.element === 'script') addScript(rel);
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}
