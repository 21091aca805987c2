/**
 * Backports withastro/astro#17430 (Astro 7) to our Astro 5: the content layer's data store reaches
 * the server bundle as `export default JSON.parse("…")` instead of one object literal.
 *
 * Why: Astro 5 turns the whole store (every collection entry; 6.4 MB at 100× the appendix) into an
 * object literal that Rollup parses into an AST of millions of nodes — the build's memory peak, in
 * "Building static entrypoints". A string literal keeps that AST one node whatever the size, and
 * JSON.parse gives the pages the same value, faster than evaluating the literal. The module is
 * replaced in `transform`, which runs whatever the order of the plugins' `load` hooks; `astro dev`
 * is left as Astro makes it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's id for the store's virtual module, and the store's file name in the cache folder (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
const DATA_STORE_FILE = 'data-store.json';

/** The module's code: the store's JSON (devalue's flat form, as Astro wrote it), parsed at import. */
export function dataStoreModule(json: string): string {
  JSON.parse(json); // fail here, naming the file, rather than in the pages' bundle
  return `export default JSON.parse(${JSON.stringify(json)});`;
}

export default function dataStoreJson(): AstroIntegration {
  return {
    name: 'data-store-json',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-json',
                async transform(_code, id) {
                  if (id !== DATA_STORE_MODULE_ID) return null;
                  let json: string;
                  try {
                    json = await readFile(file, 'utf8');
                  } catch {
                    return null; // no store yet: Astro's own (empty) module stands
                  }
                  try {
                    return { code: dataStoreModule(json), map: { mappings: '' } };
                  } catch (e) {
                    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
