/**
 * One page of every template in Chromium, at phone and desktop widths: axe-core (WCAG 2.0/2.1/2.2
 * A and AA, best practice) finds nothing, nothing is requested from another host, the CSP is never
 * violated and the console stays clean. Reading pages load no JavaScript at all. Broken copies of a
 * page (an image without alt, an inline script, a foreign image, a script on a reading page) prove
 * that each of these checks can fail.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, DIST, launchBrowser, serve, type StaticServer } from '../helpers/built-site.ts';

/** SITE_DIST points the test at another build while developing; the default is the global setup's dist/. */
const dist = process.env.SITE_DIST ?? DIST;

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
  ['tasks of a status', 'nhiem-vu/tinh-trang/dang-thuc-hien/', false],
  ['reports', 'bao-cao/', false],
  ['report', 'bao-cao/2023/', false],
  ['method', 'cach-danh-gia/', false],
  ['changelog', 'thay-doi/', false],
  ['agency list', 'co-quan/', false],
  ['agency', 'co-quan/so-tttt/', false],
  ['document list', 'van-ban/', false],
  ['document', 'van-ban/749-qd-ttg/', false],
  ['timeline', 'lo-trinh/', false],
  ['indicator list', 'chi-tieu/', false],
  ['indicator', 'chi-tieu/dti-rank/', false],
  ['downloads', 'du-lieu/', false],
  ['dataset', 'du-lieu/tasks/', false],
  ['search', 'tim-kiem/?q=chuyen+doi+so', true],
  ['404', 'khong-co-trang-nay/', false],
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(dist, '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Inspection {
  /** axe violations as "rule: help (targets)". */
  violations: string[];
  /** Requests to another origin. */
  foreign: string[];
  /** Console errors, page errors and CSP violations. */
  problems: string[];
  /** Script files the page loaded. */
  scripts: string[];
  /** How much wider than the viewport the page is (≤ 0 = fits). */
  overflow: number;
}

/** Opens `url` at the given size and collects everything the template checks look at. */
async function inspect(origin: string, url: string, width: number, height: number): Promise<Inspection> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const result: Inspection = { violations: [], foreign: [], problems: [], scripts: [], overflow: 0 };
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== 'data:') result.foreign.push(r.url());
    if (r.resourceType() === 'script') result.scripts.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && result.problems.push(m.text()));
  page.on('pageerror', (e) => result.problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (new URL(url).pathname.endsWith('/tim-kiem/')) await page.waitForSelector('#search-results li', { timeout: 15_000 });
  result.violations = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  // Nothing is wider than the screen.
  result.overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await context.close();
  return result;
}

describe.each([
  ['phone', 360, 740],
  ['desktop', 1280, 900],
])('every template on a %s', (_label, width, height) => {
  it.each(TEMPLATES)('%s (/%s) is accessible, self-contained and clean', async (_name, path, usesJs) => {
    const r = await inspect(server.origin, server.page(path), width, height);
    expect(r.violations).toEqual([]);
    expect(r.foreign).toEqual([]);
    // The 404 page is served with status 404: Chromium logs that one response as a console error.
    expect(r.problems.filter((p) => !(path.startsWith('khong-co') && /404/.test(p)))).toEqual([]);
    if (!usesJs) expect(r.scripts).toEqual([]);
    expect(r.overflow).toBeLessThanOrEqual(0);
  });
});

describe('the template checks fail on broken copies of a page', () => {
  let fixtures: StaticServer;
  let dir: string;
  const TASK = 'nhiem-vu/i-4-6/index.html';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dt-templates-'));
    for (const name of ['_astro', 'favicon.svg']) symlinkSync(join(dist, name), join(dir, name));
    const html = readFileSync(join(dist, TASK), 'utf8');
    const filterScript = readFileSync(join(dist, 'nhiem-vu', 'index.html'), 'utf8').match(
      /<script type="module" src="[^"]+"><\/script>/,
    )![0];
    const csp = /<meta http-equiv="content-security-policy"[^>]*>/;
    const pages: Record<string, string> = {
      'sach/': html,
      'khong-alt/': html.replace('</main>', '<img src="/favicon.svg" width="24" height="24"></main>'),
      'script-noi-dong/': html.replace('</main>', '<script>document.title = "x";</script></main>'),
      'anh-ngoai/': html.replace('</main>', '<img src="https://cdn.example.invalid/a.png" alt=""></main>'),
      'anh-ngoai-khong-csp/': html.replace(csp, '').replace('</main>', '<img src="https://cdn.example.invalid/a.png" alt=""></main>'),
      'co-script/': html.replace('</head>', `${filterScript}</head>`),
    };
    for (const [path, text] of Object.entries(pages)) {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), text);
    }
    fixtures = await serve(dir, '/');
  });
  afterAll(async () => {
    await fixtures?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const check = (path: string) => inspect(fixtures.origin, fixtures.page(path), 360, 740);

  it('the unchanged copy passes every check', async () => {
    expect(await check('sach/')).toEqual({ violations: [], foreign: [], problems: [], scripts: [], overflow: 0 });
  });

  it('axe reports an image without alt', async () => {
    const r = await check('khong-alt/');
    expect(r.violations).toEqual([expect.stringMatching(/^image-alt: /)]);
  });

  it('an inline script is a CSP violation', async () => {
    const r = await check('script-noi-dong/');
    expect(r.problems).toContainEqual(expect.stringMatching(/^CSP violation: script-src-elem inline$/));
  });

  it('an image from another host is blocked by the CSP, and requested (so reported) without it', async () => {
    expect((await check('anh-ngoai/')).problems).toContainEqual(
      expect.stringMatching(/^CSP violation: img-src https:\/\/cdn\.example\.invalid\/a\.png$/),
    );
    expect((await check('anh-ngoai-khong-csp/')).foreign).toEqual(['https://cdn.example.invalid/a.png']);
  });

  it('a script on a reading page is seen', async () => {
    const r = await check('co-script/');
    expect(r.scripts.length).toBeGreaterThan(0);
  });
});
