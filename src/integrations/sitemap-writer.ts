/**
 * Writes sitemap.xml and robots.txt into the build, from the HTML pages it holds and the public
 * address the catalogue uses (public/data/manifest.json: SITE_URL or content/release.json).
 * robots.txt belongs at a host's root: under a portal subdirectory the portal's own robots.txt
 * should point to this sitemap (docs/hosting.md).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseManifest } from '../lib/model/manifest.ts';
import { robotsTxt, sitemapXml } from '../lib/view/sitemap.ts';
import { htmlFiles } from './html-files.ts';

/** The files this integration adds to the build. */
export const SITEMAP_FILES = ['sitemap.xml', 'robots.txt'] as const;

export default function sitemapIntegration(): AstroIntegration {
  return {
    name: 'sitemap-vi',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = parseManifest(await readFile(join(process.cwd(), 'public', 'data', 'manifest.json'), 'utf8'));
        const files = (await htmlFiles(outDir)).map((f) => relative(outDir, f).split(sep).join('/'));
        const [sitemap, robots] = SITEMAP_FILES;
        await writeFile(join(outDir, sitemap), sitemapXml(manifest.site_url, files, manifest.release.date));
        await writeFile(join(outDir, robots), robotsTxt(manifest.site_url));
        logger.info(`sitemap.xml and robots.txt for ${manifest.site_url}`);
      },
    },
  };
}
