/**
 * One page of every template in Chromium, at phone and desktop widths: axe-core (WCAG 2.0/2.1/2.2
 * A and AA, best practice) finds nothing, nothing is requested from another host, the CSP is never
 * violated and the console stays clean. Reading pages load no JavaScript at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, DIST, launchBrowser, serve, type StaticServer } from '../helpers/site.ts';

/** [template, path, loads JavaScript] */
const TEMPLATES: [string, string, boolean][] = [
  ['home', '', false],
  ['plan', 'ke-hoach/', false],
  ['source', 'nguon/', false],
  ['about', 'gioi-thieu/', false],
  ['task list', 'nhiem-vu/', true],
  ['tasks of a year', 'nhiem-vu/nam/2024/', false],
  ['tasks of a group', 'nhiem-vu/nhom/i-4/', false],
  ['task', 'nhiem-vu/i-4-6/', false],
  ['agency list', 'co-quan/', false],
  ['agency', 'co-quan/so-tttt/', false],
  ['document list', 'van-ban/', false],
  ['document', 'van-ban/749-qd-ttg/', false],
  ['timeline', 'lo-trinh/', false],
  ['downloads', 'du-lieu/', false],
  ['search', 'tim-kiem/?q=chuyen+doi+so', true],
  ['404', 'khong-co-trang-nay/', false],
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(DIST, '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  ['phone', 360, 740],
  ['desktop', 1280, 900],
])('every template on a %s', (_label, width, height) => {
  it.each(TEMPLATES)('%s (/%s) is accessible, self-contained and clean', async (_name, path, usesJs) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const foreign: string[] = [];
    const problems: string[] = [];
    const scripts: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin !== server.origin && u.protocol !== 'data:') foreign.push(r.url());
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(server.page(path), { waitUntil: 'networkidle' });
    if (path.startsWith('tim-kiem/')) await page.waitForSelector('#search-results li', { timeout: 15_000 });

    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(foreign).toEqual([]);
    // The 404 page is served with status 404: Chromium logs that one response as a console error.
    expect(problems.filter((p) => !(path.startsWith('khong-co') && /404/.test(p)))).toEqual([]);
    if (!usesJs) expect(scripts).toEqual([]);
    // Nothing is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
