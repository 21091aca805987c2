import { defineConfig } from 'vitest/config';

/**
 * Three projects. `unit` (tests/unit/, mirroring src/lib): parsers, views, charts and catalogue
 * writers on the committed seed, content/ and reviewed-data/, with no build: seconds, on a fresh
 * clone. `data-stage` (tests/data-stage/): the data stage and its CLI on real and broken inputs, written to
 * scratch folders; no site build. `site` (tests/{site,gates,browser}/): the built site, after the
 * global setup has built it twice. `npm test` runs all three (the builds finish before any test starts).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        // One process and one module graph for all unit files, so what helpers/published-files.ts and
        // helpers/snapshot.ts build is built once per run, not once per file. No test edits what it shares.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          poolOptions: { forks: { singleFork: true, isolate: false } },
        },
      },
      { extends: true, test: { name: 'data-stage', include: ['tests/data-stage/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/{site,gates,browser}/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
    ],
  },
});
