/** The relative-import graph of src/ (static, type-only and dynamic imports), for the layer test. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Every .ts, .mts and .astro file under `dir`, as paths relative to `root`. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mts|astro)$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;

/** The files `file` imports by relative path (query strings such as `?raw` dropped), relative to `root`. */
export function importsOf(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((m) => normalize(join(dirname(file), m[2]!.split('?')[0]!)));
}

/** file → the files it imports, for every source file under `dir`. */
export function importGraph(root: string, dir: string): Map<string, string[]> {
  return new Map(sourceFiles(root, dir).map((f) => [f, importsOf(root, f)]));
}

/** Every import circle (each once, as the path that closes it), by depth-first search. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (!graph.has(g)) continue;
      if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

/** "src/lib/view/gantt.ts" → "view"; files outside src/lib/ by their top folder under src ("pages", "components", …). */
export function layerOf(file: string, root = ''): string {
  const r = relative(root, file).split('/');
  if (r[0] !== 'src') return r[0]!;
  if (r[1] === 'lib') return r[2]!;
  return r.length === 2 ? 'site' : r[1]!;
}
