/**
 * A build served and a browser opened for the tests of one file or describe block. Apart from
 * built-site.ts because it registers vitest hooks, and built-site.ts is read by the global setup too.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serve, type StaticServer } from './built-site.ts';

/** A build served over HTTP and a browser to open it with, for the tests of one file or describe block. */
export interface ServedBuild {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves `dist` under `base` and launches Chromium before the tests of the calling file or describe
 * block (beforeAll), and closes both after them (afterAll). Read the fields inside the tests.
 */
export function servedWithBrowser(dist: string, base = '/'): ServedBuild {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serve(dist, base), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}
