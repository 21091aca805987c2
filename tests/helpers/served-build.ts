/**
 * A build served and a browser opened for the tests of one file or describe block. Apart from
 * built-site.ts because it registers vitest hooks, and built-site.ts is read by the global setup too.
 */
import type { Browser, Page } from 'playwright-core';
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

/** What a page did while a test watched it. */
export interface PageWatch {
  /** Requests to another origin than the site's. */
  readonly foreign: string[];
  /** Script files the page loaded. */
  readonly scripts: string[];
  /** Console errors, uncaught page errors and Content-Security-Policy violations. */
  readonly problems: string[];
}

/** Starts watching `page` (call it before the page's goto); the lists fill as the page runs. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { foreign: [], scripts: [], problems: [] };
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) watch.foreign.push(r.url());
    if (r.resourceType() === 'script') watch.scripts.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && watch.problems.push(m.text()));
  page.on('pageerror', (e) => watch.problems.push(e.message));
  // A violation is an event, not a console error: log it as one so it lands in problems.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return watch;
}
