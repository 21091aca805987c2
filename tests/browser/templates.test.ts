/**
 * One page of every template of src/pages (found in the build, not listed by hand) in Chromium, at
 * phone and desktop widths: axe-core (WCAG 2.0/2.1/2.2 A and AA, best practice) finds nothing,
 * nothing is requested from another host, the CSP is never violated and the console stays clean. Reading pages load no JavaScript at all. Broken copies of a
 * page (an image without alt, an inline script, a foreign image, a script on a reading page) prove
 * that each of these checks can fail.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { axeViolations, DIST, serve, type StaticServer } from '../helpers/built-site.ts';
import { servedWithBrowser } from '../helpers/served-build.ts';
import { pageTemplates, PAGES_DIR, templatePages } from '../helpers/route-templates.ts';

/** SITE_DIST points the test at another build while developing; the default is the global setup's dist/. */
const dist = process.env.SITE_DIST ?? DIST;

/**
 * One page per template of src/pages, found in the build (tests/helpers/route-templates.ts): a new
 * template is covered without editing this list, and one that builds no page fails here.
 */
const templates = templatePages(pageTemplates(), listFiles(dist));
/** A template that passes `scripts` to its layout has a policy that lets it run the site's own scripts; every other page loads none. */
const loadsJs = (template: string) => /\sscripts="(?!none")/.test(readFileSync(join(PAGES_DIR, template), 'utf8'));
/** What a page needs to show its full state: the search page its results. Keys are templates; each must exist. */
const QUERY: Record<string, string> = { 'tim-kiem/index.astro': '?q=chuyen+doi+so' };
/** The 404 page as a reader meets it: the answer to an address the build does not have. */
const MISSING = 'khong-co-trang-nay/';
const visit = (template: string, path: string) => (template === '404.astro' ? MISSING : `${path}${QUERY[template] ?? ''}`);
/** [template, its built page] */
const covered = templates.flatMap((t): [string, string][] => (t.path === undefined ? [] : [[t.template, t.path]]));

const site = servedWithBrowser(dist);

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
  const context = await site.browser.newContext({ viewport: { width, height } });
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

describe('the templates the checks cover', () => {
  it('every template of src/pages has a built page, and every page setting names a template', () => {
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.filter((t) => t.path === undefined).map((t) => t.template)).toEqual([]);
    const names = templates.map((t) => t.template);
    expect(Object.keys(QUERY).filter((t) => !names.includes(t))).toEqual([]);
    expect(names).toContain('404.astro');
    expect(existsSync(join(dist, MISSING))).toBe(false);
  });
});

describe.each([
  ['phone', 360, 740],
  ['desktop', 1280, 900],
])('every template on a %s', (_label, width, height) => {
  it.each(covered)('%s (/%s) is accessible, self-contained and clean', async (template, page) => {
    const path = visit(template, page);
    const r = await inspect(site.server.origin, site.server.page(path), width, height);
    expect(r.violations).toEqual([]);
    expect(r.foreign).toEqual([]);
    // The 404 page is served with status 404: Chromium logs that one response as a console error.
    expect(r.problems.filter((p) => !(path === MISSING && /404/.test(p)))).toEqual([]);
    if (!loadsJs(template)) expect(r.scripts).toEqual([]);
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
