/**
 * The layers of src/lib (docs/architecture.md): model ← pipeline ← publish ← reports on one side,
 * model ← view and model ← browser on the other; the site (pages, components, layouts, data loaders,
 * integrations, browser scripts) never reaches into the pipeline or the publisher. And no import
 * circle anywhere in src/, type-only imports included.
 */
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, layerOf } from '../helpers/imports.ts';
import { ROOT } from '../helpers/seed.ts';

/** What each layer of src/lib may import (besides npm packages). */
const ALLOWED: Record<string, readonly string[]> = {
  model: ['model'],
  pipeline: ['model', 'pipeline'],
  publish: ['model', 'pipeline', 'publish'],
  reports: ['model', 'pipeline', 'publish', 'reports'],
  view: ['model', 'view'],
  browser: ['model', 'browser'],
};
/** The site's own folders may import anything but these. */
const NEVER_FROM_SITE = ['pipeline', 'publish', 'reports'];

function wrongWay(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [file, imports] of graph) {
    const from = layerOf(file);
    for (const target of imports) {
      const to = layerOf(target);
      const ok = ALLOWED[from] ? ALLOWED[from]!.includes(to) : !NEVER_FROM_SITE.includes(to);
      if (!ok) out.push(`${file} (${from}) imports ${target} (${to})`);
    }
  }
  return out;
}

describe('layers', () => {
  const graph = importGraph(ROOT, 'src');

  it('has the six layers as folders of src/lib and nothing else there', () => {
    const layers = new Set([...graph.keys()].filter((f) => f.startsWith('src/lib/')).map((f) => layerOf(f)));
    expect([...layers].sort()).toEqual(['browser', 'model', 'pipeline', 'publish', 'reports', 'view']);
  });

  it('imports only in the allowed directions', () => {
    expect(wrongWay(graph)).toEqual([]);
  });

  it('has no import circle', () => {
    expect(importCycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('would notice a wrong-way import and a circle', () => {
    const bad = new Map(graph);
    bad.set('src/lib/view/gantt.ts', [...(graph.get('src/lib/view/gantt.ts') ?? []), 'src/lib/pipeline/timeframe.ts']);
    bad.set('src/pages/index.astro', [...(graph.get('src/pages/index.astro') ?? []), 'src/lib/publish/files.ts']);
    expect(wrongWay(bad)).toEqual([
      'src/lib/view/gantt.ts (view) imports src/lib/pipeline/timeframe.ts (pipeline)',
      'src/pages/index.astro (pages) imports src/lib/publish/files.ts (publish)',
    ]);
    bad.set('src/lib/model/hash.ts', ['src/lib/model/paths.ts']);
    bad.set('src/lib/model/paths.ts', ['src/lib/model/hash.ts']);
    const cycles = importCycles(bad);
    expect(cycles).toHaveLength(1);
    expect([...new Set(cycles[0])].sort()).toEqual(['src/lib/model/hash.ts', 'src/lib/model/paths.ts']);
  });
});
