/**
 * src/integrations/data-store-json.ts: the content layer's store reaches the bundle as one JSON
 * string. Checked against the installed Astro's own names, so an upgrade that renames them (or that
 * makes the integration needless, as Astro 7 does) fails here instead of silently undoing it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import dataStoreJson, { DATA_STORE_MODULE_ID, dataStoreModule } from '../../../src/integrations/data-store-json.ts';
import { ROOT } from '../../helpers/seed.ts';

const astroContent = (file: string) => readFileSync(join(ROOT, 'node_modules', 'astro', 'dist', 'content', file), 'utf8');

/** Evaluates module code as Node would import it, returning its default export. */
async function importDefault(code: string): Promise<unknown> {
  const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return mod.default;
}

// devalue's flat form, as Astro writes data-store.json, with the characters a string literal must escape.
const STORE = JSON.stringify([['Map', 1, 2], 'tasks', { id: 3 }, 'Đồng Tháp "quoted" \\ back\u2028line </script>', null, 1.5]);

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
type Plugin = { transform: (code: string, id: string) => Promise<{ code: string } | null> };

/** The Vite plugin the integration adds for a build whose cache folder is `cacheDir`, or none. */
function pluginFor(command: 'build' | 'dev', cacheDir: string): Plugin | undefined {
  let plugin: Plugin | undefined;
  const hook = dataStoreJson().hooks['astro:config:setup'] as SetupHook;
  void hook({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    updateConfig: (c: { vite: { plugins: Plugin[] } }) => {
      plugin = c.vite.plugins[0];
    },
  } as unknown as Parameters<SetupHook>[0]);
  return plugin;
}

describe('data-store-json integration', () => {
  it('uses the installed Astro’s module id and file name, and Astro still emits the store as an object literal', () => {
    const consts = astroContent('consts.js');
    expect(consts).toContain(`DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE_ID.slice(1)}"`);
    expect(consts).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    expect(consts).toContain('DATA_STORE_FILE = "data-store.json"');
    // If this fails, Astro emits JSON.parse itself (withastro/astro#17430): remove the integration.
    expect(astroContent('vite-plugin-content-virtual-mod.js')).toMatch(/code: dataToEsm\(parsed/);
  });

  it('the module gives the same value as the store file, escapes included', async () => {
    expect(await importDefault(dataStoreModule(STORE))).toEqual(JSON.parse(STORE));
  });

  it('refuses a store that is not JSON', () => {
    expect(() => dataStoreModule('[["Map",1')).toThrow(SyntaxError);
  });

  it('replaces only the store module, reading the store from the build’s cache folder; not in astro dev', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dt-store-'));
    try {
      const plugin = pluginFor('build', cacheDir)!;
      expect(await plugin.transform('export default 1', '/src/pages/index.astro')).toBeNull();
      // No store written yet: Astro's own module stands.
      expect(await plugin.transform('export default new Map()', DATA_STORE_MODULE_ID)).toBeNull();
      writeFileSync(join(cacheDir, 'data-store.json'), STORE);
      const out = await plugin.transform('export default [/* Astro’s literal */]', DATA_STORE_MODULE_ID);
      expect(out!.code).toBe(dataStoreModule(STORE));
      writeFileSync(join(cacheDir, 'data-store.json'), '{oops');
      await expect(plugin.transform('', DATA_STORE_MODULE_ID)).rejects.toThrow(/data-store\.json: not valid JSON/);
      expect(pluginFor('dev', cacheDir)).toBeUndefined();
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
