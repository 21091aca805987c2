/**
 * npm run build:search — the search index of the built site (scripts/lib/search-index.ts), the last
 * step of `npm run build`. The output folder is Astro's: OUT_DIR, else dist/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex } from './lib/search-index.ts';
import { display, ROOT } from './lib/project.ts';

// Relative to the project, as Astro reads OUT_DIR (npm runs scripts there).
const outDir = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(`build:search: ${display(outDir)}/index.html not found: run astro build first (npm run build does both)`);
  process.exit(1);
}
const started = performance.now();
try {
  const { pages, bundle } = await buildSearchIndex(outDir);
  // The duration is read by `npm run bench` (scripts/bench.ts) as the search index's share of the build.
  console.log(
    `[pagefind-vi] read ${pages} HTML files, wrote the index to ${display(bundle)} in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
} catch (e) {
  console.error(`build:search: ${(e as Error).message}`);
  process.exit(1);
}
