/**
 * Defence in depth: every file in the build must be one the build itself accounts for — a page or
 * endpoint output Astro reports, a bundle file Vite emitted, a file of public/, or the sitemap and
 * robots.txt. Nothing an editor writes can run at build time (reports are parsed, never compiled:
 * src/lib/model/report.ts), but if code ever did, a file it dropped into the output (a script for
 * the pages to load, say) stops the build here, named, before `npm run build` would publish it
 * (scripts/build.ts swaps a build into dist/ only when every step passed). Runs last, after the
 * integrations that write into the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITEMAP_FILES } from './sitemap-writer.ts';

/** Every file under `dir`, as "/"-separated paths relative to it, sorted (an absent folder has none). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export default function outputInventory(): AstroIntegration {
  const emitted = new Set<string>();
  let publicDir = '';
  let assetsFolder = '_astro/';
  return {
    name: 'output-inventory',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // The project's public/ (public-links moves Astro's own setting elsewhere during builds).
        publicDir = fileURLToPath(new URL('public/', config.root));
        assetsFolder = `${config.build.assets}/`;
      },
      'astro:build:setup': ({ vite }) => {
        vite.plugins ??= [];
        vite.plugins.push({
          name: 'output-inventory-emitted',
          generateBundle(_options, bundle) {
            // Only what lands in the assets folder reaches the output (server chunks are built elsewhere).
            for (const name of Object.keys(bundle)) if (name.startsWith(assetsFolder)) emitted.add(name);
          },
        });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const accounted = new Set<string>([
          ...[...assets.values()].flat().map((u) => relative(out, fileURLToPath(u)).split(sep).join('/')),
          ...emitted,
          ...filesUnder(publicDir),
          ...SITEMAP_FILES,
        ]);
        const files = filesUnder(out);
        const stray = files.filter((f) => !accounted.has(f));
        if (stray.length > 0) {
          throw new Error(
            `the build holds ${stray.length} file(s) that no page, bundle or public file accounts for — something wrote into the output: ${stray.slice(0, 10).join(', ')}`,
          );
        }
        logger.info(`${files.length} files, each a page, a bundle file, a public file or the sitemap`);
      },
    },
  };
}
