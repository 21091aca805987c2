/**
 * A page without a script of its own runs none, not even a file of the site's own origin: if a
 * stray script ever reached the build (tests/gates/atomic-build.test.ts shows the build refuses
 * one), the pages could still not load it. In Chromium, a task page and a report page are given a
 * same-origin <script src> (served by the test, as a stray file in dist/ would be): it is blocked by
 * the page's CSP and never runs. On the task list, whose policy allows the site's scripts, the same
 * script runs — so the test can tell.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../helpers/built-site.ts';
import { servedWithBrowser } from '../helpers/served-build.ts';

const dist = process.env.SITE_DIST ?? DIST;
const site = servedWithBrowser(dist);

/** Opens `path`, adds <script src="/stray.js"> and reports whether it ran and what the CSP said. */
async function strayScript(path: string): Promise<{ ran: boolean; violations: string[] }> {
  const page: Page = await site.browser.newPage();
  try {
    await page.route('**/stray.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'document.documentElement.dataset.stray = "ran";' }),
    );
    await page.goto(site.server.page(path));
    return await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violations: string[] }>((resolve) => {
          const violations: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
          const s = document.createElement('script');
          s.src = '/stray.js';
          const done = () => setTimeout(() => resolve({ ran: document.documentElement.dataset.stray === 'ran', violations }), 50);
          s.onload = done;
          s.onerror = done;
          document.head.append(s);
        }),
    );
  } finally {
    await page.close();
  }
}

describe('pages without a script of their own', () => {
  it.each(['nhiem-vu/i-4-6/', 'bao-cao/2023/', ''])('/%s does not run a same-origin script added to it', async (path) => {
    const r = await strayScript(path);
    expect(r.ran).toBe(false);
    expect(r.violations).toContain('script-src-elem');
  });

  it('the task list, which has a script, does run it (the test can tell)', async () => {
    const r = await strayScript('nhiem-vu/');
    expect(r).toEqual({ ran: true, violations: [] });
  });
});
