import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit`: parsers, views, charts and catalogue writers on the real seed and the data
 * stage's output (public/data), no site build: `npm run test:unit` runs the data stage, then these,
 * in seconds. `site`: the built site, the gates and the browser, after the global setup has built the
 * site twice. `npm test` runs both (the builds finish before any test starts).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'data', include: ['tests/data/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/{site,gates,browser}/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
    ],
  },
});
