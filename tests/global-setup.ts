/**
 * Builds the site once before the tests that read dist/: the default build (as `npm run build`
 * does) and a second one under a portal subdirectory. SKIP_SITE_BUILD=1 skips both (for quick
 * runs of unit tests, or to reuse existing builds; CI always builds).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DIST_BASE } from './helpers/site.ts';
import { ROOT } from './helpers/seed.ts';

export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child Astro build would
  // take BASE_URL from there instead of from BASE_PATH, so the build gets a clean environment.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST')),
  );
  const run = (env: Record<string, string>) =>
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: { ...inherited, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  run({});
  rmSync(DIST_BASE, { recursive: true, force: true });
  run({ BASE_PATH: BASE, OUT_DIR: DIST_BASE, ASTRO_CACHE_DIR: join(ROOT, 'tests', '.tmp', 'astro-cache-base') });
}
