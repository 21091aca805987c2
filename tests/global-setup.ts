/**
 * Builds the site once before the tests that read dist/: the default build (as `npm run build`
 * does) and a second one under a portal subdirectory. SKIP_SITE_BUILD=1 skips both (for quick
 * runs of unit tests, or to reuse existing builds; CI always builds). SITE_DIST / SITE_DIST_BASE
 * (helpers/built-site.ts) choose where the two builds go.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { childEnv } from './helpers/child-build.ts';
import { BASE_SITE_URL, DIST, DIST_BASE } from './helpers/built-site.ts';
import { ROOT } from './helpers/seed.ts';

export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  // A clean environment: Vite's BASE_URL in process.env would override BASE_PATH (helpers/child-build.ts).
  const run = (env: Record<string, string>) =>
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'ignore', 'inherit'] });
  run({ OUT_DIR: DIST });
  rmSync(DIST_BASE, { recursive: true, force: true });
  run({ SITE_URL: BASE_SITE_URL, OUT_DIR: DIST_BASE, ASTRO_CACHE_DIR: join(dirname(DIST_BASE), 'astro-cache-base') });
}
