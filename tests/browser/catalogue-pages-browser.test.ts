/**
 * The catalogue pages in Chromium at phone and desktop widths: axe-core finds nothing, no request
 * leaves the site, no script runs, the CSP is never violated (the JSON-LD is data, not a script),
 * and the JSON-LD parses.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, DIST } from '../helpers/built-site.ts';
import { servedWithBrowser, watchPage } from '../helpers/served-build.ts';

const dist = process.env.CATALOG_TEST_DIST ?? DIST;
const site = servedWithBrowser(dist);

describe.each([
  ['phone', 360],
  ['desktop', 1280],
])('catalogue pages on a %s', (_label, width) => {
  it.each(['du-lieu/', 'du-lieu/tasks/', 'du-lieu/plan-sections/', 'du-lieu/task-legal-references/'])('/%s', async (path) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const { problems, foreign, scripts } = await watchPage(page, site.server.origin);
    const response = await page.goto(site.server.page(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    const ld = await page.$$eval('script[type="application/ld+json"]', (els) =>
      els.map((e) => (JSON.parse(e.textContent ?? '') as { '@type': string })['@type']),
    );
    expect(ld).toEqual([path === 'du-lieu/' ? 'DataCatalog' : 'Dataset']);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    expect(scripts).toEqual([]);
    await context.close();
  });
});
