/**
 * Gate: what a visitor downloads stays light. Every page of dist/ is weighed as scripts/lib/
 * page-weight.ts does (HTML + CSS + JS it loads, gzip level 9) against its template's budget, and
 * only the task list and search load JavaScript. The first search query is measured in Chromium:
 * every response from pressing Enter until the results are shown. A heavier copy of a page fails.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { DIST } from '../helpers/built-site.ts';
import { servedWithBrowser } from '../helpers/served-build.ts';

const dist = process.env.SITE_DIST ?? DIST;
const KB = 1024;

interface Budget {
  template: string;
  /** HTML + CSS + JS, gzip. */
  max: number;
  /** May the page load JavaScript? */
  js: boolean;
}

/** The budget of a built page, by its path ("nhiem-vu/i-4-6/index.html"). */
function budgetFor(file: string): Budget {
  if (/^nhiem-vu\/(?!nam\/|nhom\/|qua-han\/)[^/]+\/index\.html$/.test(file)) return { template: 'task page', max: 20 * KB, js: false };
  if (file === 'nhiem-vu/index.html') return { template: 'task list (filter script)', max: 40 * KB, js: true };
  if (file === 'tim-kiem/index.html') return { template: 'search, before a query', max: 40 * KB, js: true };
  if (file.startsWith('chi-tieu/') || file.startsWith('lo-trinh/')) return { template: 'chart page', max: 40 * KB, js: false };
  return { template: 'reading page', max: 40 * KB, js: false };
}

/** What is over budget on one page (empty = within budget). */
function overBudget(distDir: string, file: string): string[] {
  const budget = budgetFor(file);
  const w = pageWeight(distDir, file);
  const problems: string[] = [];
  if (w.total > budget.max) problems.push(`${file} (${budget.template}): ${(w.total / KB).toFixed(1)} KB > ${budget.max / KB} KB`);
  if (!budget.js && w.js > 0) problems.push(`${file} (${budget.template}): loads ${(w.js / KB).toFixed(1)} KB of JavaScript, budget 0`);
  return problems;
}

describe('page weight budget (gzip, HTML + CSS + JS)', () => {
  it('every page is within its template budget: task page ≤ 20 KB with no JS; charts and other pages ≤ 40 KB', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(150);
    expect(pages.filter((f) => budgetFor(f).template === 'task page').length).toBe(90);
    expect(pages.flatMap((f) => overBudget(dist, f))).toEqual([]);
  });

  it('fails on a heavier copy of a task page, and on a task page that loads a script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-weight-'));
    symlinkSync(join(dist, '_astro'), join(dir, '_astro'));
    const file = 'nhiem-vu/i-4-6/index.html';
    const html = readFileSync(join(dist, file), 'utf8');
    mkdirSync(join(dir, 'nhiem-vu', 'i-4-6'), { recursive: true });
    writeFileSync(join(dir, file), html);
    expect(overBudget(dir, file)).toEqual([]);
    // 20 KB of random text does not compress away.
    writeFileSync(join(dir, file), html.replace('</main>', `<p>${randomBytes(15 * KB).toString('base64')}</p></main>`));
    expect(overBudget(dir, file)).toEqual([expect.stringMatching(/^nhiem-vu\/i-4-6\/index\.html \(task page\): \d+\.\d KB > 20 KB$/)]);
    const filterScript = readFileSync(join(dist, 'nhiem-vu', 'index.html'), 'utf8').match(
      /<script type="module" src="[^"]+"><\/script>/,
    )![0];
    writeFileSync(join(dir, file), html.replace('</head>', `${filterScript}</head>`));
    expect(overBudget(dir, file)).toEqual([expect.stringMatching(/loads \d+\.\d KB of JavaScript, budget 0$/)]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the first search query (Chromium)', () => {
  const site = servedWithBrowser(dist);

  /**
   * Bytes a phone downloads for its first query on /tim-kiem/: every response from pressing Enter
   * until the results are listed and the network is idle. Our static server does not compress, so
   * each body counts as gzip level 9 would send it, or as-is when that is smaller (Pagefind's
   * index files are gzip already). Headers are not counted.
   */
  async function firstQuery(query: string): Promise<{ total: number; files: [string, number][] }> {
    const page = await site.browser.newPage();
    await page.goto(site.server.page('tim-kiem/'), { waitUntil: 'networkidle' });
    const bodies: Promise<[string, number]>[] = [];
    page.on('response', (r) => {
      bodies.push(
        r.body().then(
          (b) => [new URL(r.url()).pathname, Math.min(b.length, gzipSync(b, { level: 9 }).length)],
          () => [new URL(r.url()).pathname, 0],
        ),
      );
    });
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-results li', { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const files = (await Promise.all(bodies)).sort((a, b) => b[1] - a[1]);
    await page.close();
    return { total: files.reduce((s, [, n]) => s + n, 0), files };
  }

  it.each(['chuyen doi so', 'dữ liệu', 'dong thap'])('"%s" downloads ≤ 100 KB (gzip estimate)', async (query) => {
    const { total, files } = await firstQuery(query);
    const detail = `${(total / KB).toFixed(1)} KB: ${files
      .slice(0, 8)
      .map(([f, n]) => `${f.replace(/^.*\/pagefind\//, 'pagefind/')} ${(n / KB).toFixed(1)} KB`)
      .join(', ')}`;
    console.log(`first query "${query}": ${detail}`);
    // THE FIRST-QUERY BUDGET (README, issue #6): 100 KB. If this fails, report the numbers, do not raise it.
    expect(total, detail).toBeLessThanOrEqual(100 * KB);
  });
});
