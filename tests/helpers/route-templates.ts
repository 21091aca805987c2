/**
 * The page templates of src/pages and, for each, a built page that stands for it — so the browser
 * tests cover a new template without being edited. A template's route is its file path: static
 * segments as written, "[param]" any one segment, "[...rest]" any number. A built page belongs to
 * the most specific template that matches it (at the first segment where two templates differ, a
 * static segment beats a parameter, which beats a rest), as Astro ranks its routes.
 */
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { ROOT } from './seed.ts';

export const PAGES_DIR = join(ROOT, 'src', 'pages');

/** A template file ("nhiem-vu/[slug].astro") and the built page ("nhiem-vu/i-1-1/"), if any, that stands for it. */
export interface TemplatePage {
  template: string;
  /** The page's path under the base ("" for the home page, "404.html"); undefined when no built page comes from the template. */
  path: string | undefined;
}

/** A route's segments as matchers, from its template file: "chi-tieu/[id]/nhung.astro" → chi-tieu, [id], nhung. */
function routeOf(template: string): string[] {
  return template
    .replace(/\.astro$/, '')
    .split('/')
    .filter((s, i, all) => !(s === 'index' && i === all.length - 1));
}

const rank = (segment: string) => (segment.startsWith('[...') ? 2 : segment.includes('[') ? 1 : 0);
const escape = (s: string) => s.replace(/[.*+?^${}()|\\]/g, '\\$&');
const segmentPattern = (segment: string) =>
  new RegExp(
    `^${segment
      .split(/(\[[^\]]+\])/)
      .map((p) => (p.startsWith('[') ? '[^/]+' : escape(p)))
      .join('')}$`,
  );

function matches(route: string[], page: string[]): boolean {
  const rest = route.findIndex((s) => s.startsWith('[...'));
  if (rest === -1) return route.length === page.length && route.every((s, i) => segmentPattern(s).test(page[i]!));
  const head = route.slice(0, rest);
  const tail = route.slice(rest + 1);
  return (
    page.length >= head.length + tail.length &&
    head.every((s, i) => segmentPattern(s).test(page[i]!)) &&
    tail.every((s, i) => segmentPattern(s).test(page[page.length - tail.length + i]!))
  );
}

/** Negative when route a is more specific than b. */
function specificity(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = rank(a[i] ?? '') - rank(b[i] ?? '');
    if (d !== 0) return d;
  }
  return b.length - a.length;
}

/** A built HTML file's segments: "nhiem-vu/i-1-1/index.html" → nhiem-vu, i-1-1; "404.html" → 404. */
const pageSegments = (file: string) =>
  file
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
/** The path a built HTML file is served at, under the base. */
const pagePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * Every template (a .astro file under `pagesDir`, sorted) with the first built page (in sorted file
 * order) that belongs to it; `builtFiles` are the build's files, relative to it.
 */
export function templatePages(templates: readonly string[], builtFiles: readonly string[]): TemplatePage[] {
  const routes = templates.map((template) => ({ template, route: routeOf(template) }));
  const first = new Map<string, string>();
  for (const file of [...builtFiles].filter((f) => f.endsWith('.html')).sort()) {
    const segments = pageSegments(file);
    const owner = routes.filter((r) => matches(r.route, segments)).sort((a, b) => specificity(a.route, b.route))[0];
    if (owner && !first.has(owner.template)) first.set(owner.template, pagePath(file));
  }
  return [...templates].sort().map((template) => ({ template, path: first.get(template) }));
}

/** The .astro templates under src/pages, relative to it. */
export function pageTemplates(pagesDir = PAGES_DIR): string[] {
  return listFiles(pagesDir).filter((f) => f.endsWith('.astro'));
}
