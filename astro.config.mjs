// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from './src/integrations/sitemap-writer.ts';
import dataStoreJson from './src/integrations/data-store-json.ts';
import publicLinks from './src/integrations/public-links.ts';
import outDirGuard from './src/integrations/out-dir-guard.ts';
import outputInventory from './src/integrations/output-inventory.ts';
import { resolveSiteAddress } from './src/lib/pipeline/site-address.ts';

// A build for a government portal makes no outbound request: Astro's CLI posts a usage event to
// telemetry.astro.build after every command unless this is set. Astro reads it when it records the
// event, after loading this file, so setting it here covers every astro command run in the project
// (build, check, sync, dev, preview), however it is started.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Likewise `astro dev` asks registry.npmjs.org for a newer Astro (read after this file is loaded);
// upgrades are made on purpose, through package.json (tests/site/dev-server.test.ts records requests).
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';

// One setting: SITE_URL, the public address (the portal subdirectory included). The base path of
// every link is its path, as in the catalogues; without it the build is local (http://localhost:4321/).
const { siteUrl, basePath } = resolveSiteAddress({ SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH });

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  // OUT_DIR / ASTRO_CACHE_DIR let tests build a second copy (e.g. under a non-root base) side by side;
  // OUT_DIR must be inside the project (src/integrations/out-dir-guard.ts).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Two pages at a time: rendering a page waits on the disk (its folder, its file) as much as it computes,
  // and two overlap those waits (measured at 100× the appendix: page generation 55 → 39 s; four gave no more).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  compressHTML: true,
  // The search index is built after Astro has exited: `npm run build:search` (scripts/build-search.ts).
  integrations: [outDirGuard(), mdx(), sitemap(), dataStoreJson(), publicLinks(), outputInventory()],
  devToolbar: { enabled: false },
});
