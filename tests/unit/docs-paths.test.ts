/**
 * The docs name files of the repository, and files move. Every repository path written in
 * backticks in README.md and docs/*.md, and every relative Markdown link there, must exist — so a
 * rename that forgets the docs fails here instead of misleading the next reader. Placeholders
 * (`<id>`), globs, URLs, site addresses (`/nhiem-vu/`) and generated folders are not paths to check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Written by builds and tests, absent from a fresh clone: named in the docs, never checked (`_astro/`, `pagefind/`: folders of a build). */
const GENERATED = [
  'dist',
  '.build',
  '.astro',
  'node_modules',
  'bench-results',
  'tests/.tmp',
  'public/data',
  '_astro',
  'pagefind',
  'bieu-mau',
];
/** Short forms the docs use for src/lib's layers and src's folders (`model/paths.ts`, `loaders/`). */
const BASES = ['', 'src/lib', 'src'];
/** Bare file names with these endings must be some file of the repository (`report-loader.ts`). */
const CODE_FILE = /^[\w.[\]-]+\.(ts|astro|mjs|css|conf)$/;
/** A path as the docs write it: ASCII path characters only, optionally `:line` at the end. */
const PATH_CHARS = /^[\w.[\]/-]+$/;

export interface Finding {
  file: string;
  line: number;
  path: string;
}

/**
 * Inline code spans outside fenced blocks (a span may run over a line break, as Markdown allows),
 * and the targets of Markdown links, each with the line it starts on.
 */
export function mentions(markdown: string): { line: number; text: string; link: boolean }[] {
  let fenced = false;
  // Fenced lines become blank, so offsets still give line numbers.
  const text = markdown
    .split('\n')
    .map((line) => {
      const fence = /^\s*(```|~~~)/.test(line);
      if (fence) fenced = !fenced;
      return fence || fenced ? '' : line;
    })
    .join('\n');
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const out: { line: number; text: string; link: boolean }[] = [];
  // A run of N backticks closes at the next run of exactly N; spans of two or more hold code, not paths.
  for (const m of text.matchAll(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)) {
    if (m[1]!.length === 1 && !m[2]!.includes('\n\n')) out.push({ line: lineAt(m.index), text: m[2]!.replace(/\s+/g, ' '), link: false });
  }
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) out.push({ line: lineAt(m.index), text: m[1]!, link: true });
  return out.sort((a, b) => a.line - b.line);
}

/** The repository path a mention names, or undefined when it is not a path to check. */
export function pathOf(text: string, link: boolean): string | undefined {
  const t = text.replace(/:\d+$/, '').replace(/#.*$/, '');
  if (!t || !PATH_CHARS.test(t) || t.startsWith('/') || t.startsWith('..')) return undefined;
  if (link) return t;
  if (!t.includes('/')) return CODE_FILE.test(t) ? t : undefined;
  const first = t.split('/')[0]!;
  const last = t.split('/').at(-1)!;
  // `dd/mm/yyyy`, `text/csv`: a slash, but neither a folder (trailing slash), a file name, nor a known root.
  const looksLikePath = t.endsWith('/') || last.includes('.') || BASES.some((b) => existsSync(join(ROOT, b, first)));
  return looksLikePath ? t : undefined;
}

function isGenerated(path: string): boolean {
  return GENERATED.some((g) => path === g || path.startsWith(`${g}/`));
}

function walk(dir: string, out: Set<string>): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['.git', ...GENERATED].includes(relative(ROOT, join(dir, entry.name)))) continue;
    if (entry.isDirectory()) walk(join(dir, entry.name), out);
    else out.add(entry.name);
  }
  return out;
}

/** Every mention in `file` (relative to the root) that names no file or folder of the repository. */
export function missingPaths(file: string, markdown: string, fileNames: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  for (const { line, text, link } of mentions(markdown)) {
    if (link && /^[a-z]+:/i.test(text)) continue;
    const path = pathOf(text, link);
    if (!path || isGenerated(path)) continue;
    const found = link
      ? existsSync(join(ROOT, dirname(file), path))
      : path.includes('/')
        ? BASES.some((b) => existsSync(join(ROOT, b, path)))
        : fileNames.has(path);
    if (!found) out.push({ file, line, path });
  }
  return out;
}

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('paths named in the docs', () => {
  const fileNames = walk(ROOT, new Set());

  it.each(DOCS)('%s names only files that exist', (file) => {
    const findings = missingPaths(file, readFileSync(join(ROOT, file), 'utf8'), fileNames);
    expect(findings.map((f) => `${f.file}:${f.line}: ${f.path}`)).toEqual([]);
  });

  it('finds a stale path, a stale file name and a broken link, and skips what is not a path', () => {
    const text = [
      'The loaders are in `src/data/site.ts` and `src/loaders/site-data.ts`; `model/paths.ts` too.',
      'A file name: `indicator-chart.ts`, and a gone one: `data-page.ts`.',
      'See [the map](architecture.md) and [nothing](no-such-doc.md), or [the site](https://example.vn/).',
      'Not paths: `/nhiem-vu/<slug>/`, `dd/mm/yyyy`, `text/csv`, `tests/{site,gates}/**`, `public/data/tasks.csv`.',
      '```',
      '`src/in/a/fence.ts`',
      '```',
      'With a line: `content/release.json:1`, `content/missing.json:3`; a span over two lines: `--flag',
      'x` then `src/gone.ts`.',
    ].join('\n');
    expect(missingPaths('docs/example.md', text, fileNames)).toEqual([
      { file: 'docs/example.md', line: 1, path: 'src/data/site.ts' },
      { file: 'docs/example.md', line: 2, path: 'data-page.ts' },
      { file: 'docs/example.md', line: 3, path: 'no-such-doc.md' },
      { file: 'docs/example.md', line: 8, path: 'content/missing.json' },
      { file: 'docs/example.md', line: 9, path: 'src/gone.ts' },
    ]);
  });
});
