/**
 * After the build, cuts each page's CSP to the hashes of the inline code it holds (src/lib/view/csp-trim.ts).
 * Runs before Pagefind and the sitemap, which only read the pages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimCspHashes } from '../lib/view/csp-trim.ts';
import { forEachLimited, htmlFiles } from './html-files.ts';

export default function cspTrimIntegration(): AstroIntegration {
  return {
    name: 'csp-trim',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let changed = 0;
        await forEachLimited(await htmlFiles(fileURLToPath(dir)), 32, async (file) => {
          const html = await readFile(file, 'utf8');
          const trimmed = trimCspHashes(html);
          if (trimmed !== html) {
            await writeFile(file, trimmed);
            changed++;
          }
        });
        logger.info(`CSP of ${changed} pages cut to the hashes of their own inline code`);
      },
    },
  };
}
