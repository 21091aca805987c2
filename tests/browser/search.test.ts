/**
 * The search page in a real browser, on the real Pagefind index: queries with and without
 * diacritics (đ included), filters, links under a portal subdirectory, console and CSP, axe, no-JS.
 * SITE_DIST and SITE_DIST_BASE (served under /chuyen-doi-so/) point it at other builds while
 * developing; the defaults are the global setup's builds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, BASE, DIST, DIST_BASE, launchBrowser, serve, type StaticServer } from '../helpers/built-site.ts';
import { TASK_STATUS_LABELS } from '../../src/lib/view/task-status-labels.ts';

const dist = process.env.SITE_DIST ?? DIST;
const distBase = process.env.SITE_DIST_BASE ?? DIST_BASE;
let site: StaticServer;
let siteBase: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [site, siteBase, browser] = await Promise.all([serve(dist), serve(distBase, BASE), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), siteBase?.close()]);
});

interface Search {
  page: Page;
  /** Console errors and warnings, page errors, CSP violations. */
  problems: string[];
  status: string;
  /** Every result's link (all pages of results loaded). */
  links: string[];
  /** The text of every <mark> in the excerpts. */
  marks: string[];
}

const COLLECT_CSP = `document.addEventListener('securitypolicyviolation', (e) => {
  (window.__csp ||= []).push(e.violatedDirective + ' ' + e.blockedURI);
});`;

/** Clicks "Hiện thêm kết quả" until every result is listed. */
async function loadAll(page: Page): Promise<void> {
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
}

/** Opens /tim-kiem/?q=… (plus extra query fields), waits for the results and loads all of them. */
async function search(server: StaticServer, query: string, extra = ''): Promise<Search> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(COLLECT_CSP);
  await page.goto(server.page(`tim-kiem/?q=${encodeURIComponent(query)}${extra}`));
  await page.waitForFunction(() => {
    const t = document.getElementById('search-status')?.textContent ?? '';
    return t !== '' && !t.startsWith('Đang tìm');
  });
  await loadAll(page);
  const csp = await page.evaluate('window.__csp || []');
  problems.push(...(csp as string[]).map((v) => `CSP: ${v}`));
  return {
    page,
    problems,
    status: (await page.textContent('#search-status')) ?? '',
    links: await page.$$eval('#search-results h3 a', (as) => as.map((a) => a.getAttribute('href')!)),
    marks: await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent!.toLocaleLowerCase('vi'))),
  };
}

describe('search (/tim-kiem/)', () => {
  it('finds "chuyển đổi số" typed with and without diacritics', async () => {
    const withMarks = await search(site, 'chuyển đổi số');
    const without = await search(site, 'chuyen doi so');
    expect(withMarks.links.length).toBeGreaterThan(5);
    expect(withMarks.status).toBe(`${withMarks.links.length} kết quả cho “chuyển đổi số”.`);
    expect(without.links).toEqual(expect.arrayContaining(withMarks.links));
    expect(without.marks).toEqual(expect.arrayContaining(['chuyển', 'đổi', 'số']));
    for (const s of [withMarks, without]) {
      expect(s.problems).toEqual([]);
      await s.page.close();
    }
  });

  it.each([
    ['dong thap', 'đồng tháp', ['đồng', 'tháp']],
    ['dien tu', 'điện tử', ['điện', 'tử']],
    ['dat dai', 'đất đai', ['đất', 'đai']],
  ])('"%s" finds every page that "%s" finds (đ typed as d)', async (plain, exact, words) => {
    const expected = await search(site, exact);
    const found = await search(site, plain);
    expect(expected.links.length).toBeGreaterThan(0);
    expect(found.links).toEqual(expect.arrayContaining(expected.links));
    // The excerpts show the pages' own Vietnamese text, with the matched words marked.
    expect(found.marks).toEqual(expect.arrayContaining(words));
    expect(found.problems).toEqual([]);
    await Promise.all([expected.page.close(), found.page.close()]);
  });

  it('"dat dai" finds task I.4.1 (Hoàn thiện CSDL đất đai)', async () => {
    const s = await search(site, 'dat dai');
    expect(s.links).toContain('/nhiem-vu/i-4-1/');
    await s.page.close();
  });

  it('the home page’s search form (GET ?q=) lands here and searches', async () => {
    const page = await browser.newPage();
    await page.goto(site.page(''));
    await page.fill('form[action="/tim-kiem/"] input[name="q"]', 'dat dai');
    await page.press('form[action="/tim-kiem/"] input[name="q"]', 'Enter');
    await page.waitForURL('**/tim-kiem/?q=dat+dai');
    await page.waitForFunction(() => /kết quả cho “dat dai”/.test(document.getElementById('search-status')!.textContent!));
    expect(await page.inputValue('#search-q')).toBe('dat dai');
    expect(await page.$$eval('#search-results h3 a', (as) => as.map((a) => a.getAttribute('href')))).toContain('/nhiem-vu/i-4-1/');
    await page.close();
  });

  it('a filter narrows the results, goes into the URL, and works from a GET link', async () => {
    const s = await search(site, 'chuyen doi so');
    const all = s.links.length;
    const menu = s.page.locator('select[name="nhom"]');
    expect(await s.page.isVisible('select[name="nhom"]')).toBe(true);
    const value = await menu.locator('option').nth(1).getAttribute('value');
    expect(value).toBeTruthy();
    await menu.selectOption(value!);
    await s.page.waitForFunction(() => /đã lọc/.test(document.getElementById('search-status')!.textContent!));
    await loadAll(s.page);
    const filtered = await s.page.$$eval('#search-results h3 a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all);
    // Group filters are on task pages only.
    expect(filtered.every((h) => h.startsWith('/nhiem-vu/'))).toBe(true);
    expect(new URL(s.page.url()).searchParams.get('nhom')).toBe(value);
    expect(s.problems).toEqual([]);

    const direct = await search(site, 'chuyen doi so', `&nhom=${encodeURIComponent(value!)}`);
    expect(direct.links).toEqual(filtered);
    expect(await direct.page.inputValue('select[name="nhom"]')).toBe(value);
    await Promise.all([s.page.close(), direct.page.close()]);
  });

  it('under a portal subdirectory, result links carry the base path and open the page', async () => {
    const s = await search(siteBase, 'dat dai');
    expect(s.links.length).toBeGreaterThan(0);
    expect(s.links.every((h) => h.startsWith(BASE))).toBe(true);
    expect(s.links).toContain(`${BASE}nhiem-vu/i-4-1/`);
    expect(s.problems).toEqual([]);
    await s.page.click(`#search-results a[href="${BASE}nhiem-vu/i-4-1/"]`);
    await s.page.waitForURL(`**${BASE}nhiem-vu/i-4-1/`);
    expect(await s.page.textContent('h1')).toContain('I.4.1');
    await s.page.close();
  });

  it('has no axe violations with results shown, and allows WebAssembly on this page only', async () => {
    const s = await search(site, 'dien tu');
    expect(s.links.length).toBeGreaterThan(0);
    expect(await axeViolations(s.page)).toEqual([]);
    const csp = (await s.page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(s.problems).toEqual([]);
    await s.page.close();
    const home = await browser.newPage();
    await home.goto(site.page(''));
    expect(await home.getAttribute('meta[http-equiv="content-security-policy"]', 'content')).not.toMatch(/wasm-unsafe-eval/);
    await home.close();
  });

  it('says when nothing is found', async () => {
    const s = await search(site, 'zzzxq');
    expect(s.links).toEqual([]);
    expect(s.status).toMatch(/^Không có kết quả nào cho “zzzxq”/);
    expect(s.problems).toEqual([]);
    await s.page.close();
  });

  it('if the pagefind/ folder is missing (a partial copy), says so and offers the lists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-search-'));
    cpSync(dist, dir, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) && !src.startsWith(join(dist, 'data')) });
    const partial = await serve(dir);
    const page = await browser.newPage();
    await page.goto(partial.page('tim-kiem/?q=dat+dai'));
    await page.waitForFunction(() => /Không tải được/.test(document.getElementById('search-status')!.textContent!));
    expect(await page.isVisible('#search-fallback a[href="/nhiem-vu/"]')).toBe(true);
    expect(await page.innerText('main')).not.toMatch(/cần bật JavaScript/);
    expect(await page.isVisible('#search-results-section')).toBe(false);
    await page.close();
    await partial.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('without JavaScript, explains and links to the task and agency lists', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.page('tim-kiem/?q=dat+dai'));
    expect(await page.isVisible('#search-nojs')).toBe(true);
    expect(await page.textContent('#search-nojs')).toMatch(/cần bật JavaScript/);
    expect(await page.isVisible('#search-fallback')).toBe(false);
    const hrefs = await page.$$eval('#search-nojs a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/nhiem-vu/', '/co-quan/']);
    await context.close();
  });
});

describe('search ranks what the reader meant, and stands up to odd links', () => {
  const tasks = JSON.parse(readFileSync(join(dist, 'data', 'tasks.json'), 'utf8')) as {
    id: string;
    slug: string;
    group_id: string;
    content: string;
    lead_agency_ids: string[];
  }[];
  const taskPath = (id: string) => `/nhiem-vu/${tasks.find((t) => t.id === id)!.slug}/`;
  const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

  it('"chu ky so" and "chữ ký số": the pages with the phrase come first (task II.3, the indicator on electronic documents), the same in both spellings', async () => {
    const plain = await search(site, 'chu ky so');
    const marked = await search(site, 'chữ ký số');
    expect(plain.links.slice(0, 2)).toEqual(expect.arrayContaining([taskPath('II.3'), '/chi-tieu/van-ban-dien-tu/']));
    // Both spellings put the same pages first (below them, "ky" also matches "kỹ": kỹ năng số).
    expect(marked.links.slice(0, 2).sort()).toEqual(plain.links.slice(0, 2).sort());
    // 749/QĐ-TTg is cited by II.3 but does not itself say "chữ ký số": its page no longer repeats the task's
    // text, so it is not among the pages with the phrase (its own "chủ", "ký hiệu", "số" may still match, far below).
    expect(plain.links.slice(0, 10)).not.toContain('/van-ban/749-qd-ttg/');
    expect(marked.links.slice(0, 10)).not.toContain('/van-ban/749-qd-ttg/');
    expect(fold(tasks.find((t) => t.id === 'II.3')!.content)).toContain('chữ ký số');
    // The first result's excerpt marks the phrase's own words.
    const firstMarks = await plain.page.$$eval('#search-results > li:first-child mark', (ms) =>
      ms.map((m) => m.textContent!.toLocaleLowerCase('vi')),
    );
    expect(firstMarks).toEqual(expect.arrayContaining(['chữ', 'ký', 'số']));
    for (const s of [plain, marked]) {
      expect(s.problems).toEqual([]);
      await s.page.close();
    }
  });

  it('"chu ky so" finds only pages with each word whole (tones folded), not by prefix ("chu" is not "chưa")', async () => {
    const s = await search(site, 'chu ky so');
    // Pagefind's own searches, in the page (a string: the test runner would rewrite a function's import()).
    // A quoted word matches whole words only (tones folded); unquoted, it matches by prefix too.
    const [whole, loose] = (await s.page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const sets = await Promise.all(['chu', 'ky', 'so'].map(async (w) => (await pf.search('"' + w + '"')).results));
      const ids = sets.map((rs) => new Set(rs.map((r) => r.id)));
      const both = sets[0].filter((r) => ids.every((set) => set.has(r.id)));
      return [await Promise.all(both.map(async (r) => (await r.data()).url)), (await pf.search('chu ky so')).results.length];
    })()`)) as [string[], number];
    expect(s.links.length).toBeGreaterThan(0);
    expect(whole).toEqual(expect.arrayContaining(s.links));
    // Pagefind alone also counts the pages that only have "chưa", "chứa"… (as many as the index chunk reaches).
    expect(loose).toBeGreaterThanOrEqual(s.links.length);
    await s.page.close();
  });

  it('"ho so suc khoe" puts the indicator on electronic health records first', async () => {
    const s = await search(site, 'ho so suc khoe');
    expect(s.links[0]).toBe('/chi-tieu/ho-so-suc-khoe-dien-tu/');
    expect(s.problems).toEqual([]);
    await s.page.close();
  });

  it('"do thi thong minh" and "đô thị thông minh": first a task with the phrase in its title, the same in both spellings', async () => {
    const plain = await search(site, 'do thi thong minh');
    const marked = await search(site, 'đô thị thông minh');
    const first = tasks.find((t) => taskPath(t.id) === plain.links[0]);
    expect(first, plain.links[0]).toBeDefined();
    // The result's title is "Nhiệm vụ <id>: " and the task's first 90 characters.
    expect(fold(first!.content.slice(0, 90))).toContain('đô thị thông minh');
    expect(marked.links[0]).toBe(plain.links[0]);
    for (const s of [plain, marked]) {
      expect(s.problems).toEqual([]);
      await s.page.close();
    }
  });

  it.each([
    ['dat dai', ['đất', 'đai']],
    ['dien tu', ['điện', 'tử']],
    ['dich vu cong', ['dịch', 'vụ', 'công']],
  ])('"%s" (words with đ typed as d) marks the phrase in the first result', async (query, words) => {
    const s = await search(site, query);
    // A mark may hold the word's punctuation ("tử”"): compare the letters.
    const firstMarks = await s.page.$$eval('#search-results > li:first-child mark', (ms) =>
      ms.map((m) => m.textContent!.toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]/gu, '')),
    );
    expect(firstMarks).toEqual(expect.arrayContaining(words));
    await s.page.close();
  });

  it('an exact phrase in quotes finds only pages with it', async () => {
    const s = await search(site, '"cong dan so"');
    expect(s.links.length).toBeGreaterThan(0);
    expect(s.links.length).toBeLessThan(20);
    const excerpts = await s.page.$$eval('#search-results > li > p:last-child', (ps) =>
      ps.map((p) => p.textContent!.toLocaleLowerCase('vi')),
    );
    expect(excerpts.every((e) => e.includes('công dân số'))).toBe(true);
    await s.page.close();
  });

  it('a word that is on no page is said, not matched by prefix: alone it gives the empty state with the lists', async () => {
    const s = await search(site, 'quantum');
    expect(s.links).toEqual([]);
    expect(s.status).toBe('Không có kết quả nào cho “quantum”. Không trang nào có từ “quantum”. Hãy thử từ khóa khác.');
    for (const href of ['/nhiem-vu/', '/co-quan/', '/chi-tieu/'])
      expect(await s.page.isVisible(`#search-empty a[href="${href}"]`), href).toBe(true);
    await s.page.close();
    const mixed = await search(site, 'chuyen doi quantum');
    expect(mixed.links.length).toBeGreaterThan(0);
    expect(mixed.status).toMatch(
      / kết quả cho “chuyen doi quantum”\. Không trang nào có từ “quantum”\. Kết quả dưới đây cho các từ còn lại\.$/,
    );
    expect(await mixed.page.isVisible('#search-empty')).toBe(false);
    await mixed.page.close();
  });

  it('shows one excerpt per result and the kind of page, no lists of section labels; the hint mentions quotes', async () => {
    const s = await search(site, 'ho so suc khoe');
    expect(await s.page.locator('.search-sections').count()).toBe(0);
    expect(await s.page.textContent('#search-results > li:first-child .search-kind')).toBe('Chỉ tiêu');
    expect(await s.page.textContent('#search-hint')).toMatch(/dấu ngoặc kép/);
    await s.page.close();
  });

  it.each(['https', 'creativecommons', 'tracuuquyhoach', 'iframe'])(
    '"%s": no excerpt shows a web address or the embed code (previews, URLs and snippets are not indexed)',
    async (query) => {
      const s = await search(site, query);
      const excerpts = await s.page.$$eval('#search-results > li > p:last-child', (ps) => ps.map((p) => p.textContent!));
      for (const e of excerpts) expect(e).not.toMatch(/https?:\/\/|<iframe|\.vn\/|\.com\//);
      expect(s.problems).toEqual([]);
      await s.page.close();
    },
  );

  it.each(['__proto__', 'constructor', 'toString', 'khong-co'])(
    '?nhom=%s (no such group) is dropped: search runs and the URL forgets it',
    async (value) => {
      const s = await search(site, 'dat dai', `&nhom=${value}`);
      expect(s.links).toContain(taskPath('I.4.1'));
      expect(s.problems).toEqual([]);
      expect(new URL(s.page.url()).searchParams.has('nhom')).toBe(false);
      await s.page.close();
    },
  );

  it('?nhom=I and ?chu-tri=so-tttt use the task list’s ids and work on both pages', async () => {
    const group = await search(site, 'chuyen doi so', '&nhom=I');
    expect(group.links.length).toBeGreaterThan(0);
    const inGroup = new Set(tasks.filter((t) => t.group_id === 'I').map((t) => `/nhiem-vu/${t.slug}/`));
    expect(group.links.every((l) => inGroup.has(l))).toBe(true);
    expect(await group.page.inputValue('select[name="nhom"]')).toBe('I');
    const lead = await search(site, 'chuyen doi so', '&chu-tri=so-tttt');
    const led = new Set(tasks.filter((t) => t.lead_agency_ids.includes('so-tttt')).map((t) => `/nhiem-vu/${t.slug}/`));
    expect(lead.links.length).toBeGreaterThan(0);
    expect(lead.links.every((l) => led.has(l))).toBe(true);
    await Promise.all([group.page.close(), lead.page.close()]);
    // The same query on the task list filters it the same way.
    const list = await browser.newPage();
    await list.goto(site.page('nhiem-vu/?nhom=I&chu-tri=so-tttt'));
    await list.waitForFunction(() => !document.getElementById('loc-nhiem-vu')!.hidden);
    expect(await list.inputValue('select[name="nhom"]')).toBe('I');
    expect(await list.inputValue('select[name="chu-tri"]')).toBe('so-tttt');
    await list.close();
  });

  it('a path with a double slash still searches, and keeps the address on this site', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${site.origin}//tim-kiem/?q=dat+dai`);
    await page.waitForFunction(() => /kết quả cho “dat dai”/.test(document.getElementById('search-status')!.textContent!));
    expect(problems).toEqual([]);
    expect(new URL(page.url()).origin).toBe(site.origin);
    await page.close();
  });

  it('shows back at most 80 characters of the query, without control or direction-override characters', async () => {
    const long = `\u202Eabc\u0007 ${'x'.repeat(10_000)}`;
    const s = await search(site, long);
    expect(s.status).not.toMatch(/[\u202E\u0007]/); // eslint-disable-line no-control-regex -- the BEL the test typed must not come back
    expect(s.status.length).toBeLessThan(250);
    const title = await s.page.title();
    expect(title).not.toMatch(/[\u202E\u0007]/); // eslint-disable-line no-control-regex -- the BEL the test typed must not come back
    expect(title.length).toBeLessThan(150);
    await s.page.close();
  });
});

describe('a query that is a page’s title puts that page first', () => {
  const data = <T>(name: string) => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as T[];
  const bodies = data<{ id: string; name: string }>('bodies');
  const agencies = data<{ id: string; name: string }>('agencies');
  const indicators = data<{ id: string; name: string }>('indicators');
  const tasks = data<{ id: string; slug: string; group_id: string }>('tasks');
  /** The pages titled with each name (an agency of the plan and today's body may share one). */
  const titled = new Map<string, string[]>();
  const add = (name: string, href: string) => titled.set(name, [...(titled.get(name) ?? []), href]);
  for (const b of bodies) add(b.name, `/co-quan-hien-nay/${b.id}/`);
  for (const a of agencies) add(a.name, `/co-quan/${a.id}/`);
  for (const i of indicators) add(i.name, `/chi-tieu/${i.id}/`);
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const names = [...titled.keys()];
  // The hard cases: a body's or agency's name that begins a longer title ("Sở Y tế", "Sở Y tế tỉnh Đồng Tháp").
  const prefixes = names.filter((n) => names.some((m) => m !== n && m.toLocaleLowerCase('vi').startsWith(n.toLocaleLowerCase('vi'))));
  const cases: [string, string[]][] = [
    ...prefixes.flatMap((n): [string, string[]][] => [
      [n, titled.get(n)!],
      [fold(n), titled.get(n)!],
    ]),
    ...indicators.map((i): [string, string[]] => [i.name, titled.get(i.name)!]),
    // The first task of each group, by its id.
    ...[...new Set(tasks.map((t) => t.group_id))].map((g): [string, string[]] => {
      const t = tasks.find((x) => x.group_id === g)!;
      return [t.id, [`/nhiem-vu/${t.slug}/`]];
    }),
  ];

  it('bodies’ and agencies’ names, indicators’ names, task ids (read from the published data)', async () => {
    expect(prefixes.length).toBeGreaterThan(0);
    // One page, the form submitted per query: Pagefind and its filters load once.
    const page = await browser.newPage();
    await page.goto(site.page('tim-kiem/'));
    const wrong: string[] = [];
    for (const [query, pages] of cases) {
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction((q) => document.getElementById('search-status')!.textContent!.includes(`“${q}”`), query);
      const first = await page.getAttribute('#search-results > li:first-child h3 a', 'href');
      if (!pages.includes(first!)) wrong.push(`${query}: ${first} (expected ${pages.join(' or ')})`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });
});

describe('task results show their status', () => {
  const tasks = JSON.parse(readFileSync(join(dist, 'data', 'tasks.json'), 'utf8')) as {
    slug: string;
    status: keyof typeof TASK_STATUS_LABELS;
  }[];
  const bySlug = new Map(tasks.map((t) => [`/nhiem-vu/${t.slug}/`, t]));

  it.each([
    ['/', 'dat dai'],
    [BASE, 'chuyen doi so'],
  ])('as on the task page: words and the icon of its status; other results none (under %s, "%s")', async (prefix, query) => {
    const s = await search(prefix === BASE ? siteBase : site, query);
    const rows = await s.page.$$eval('#search-results > li', (lis) =>
      lis.map((li) => ({
        href: li.querySelector('h3 a')!.getAttribute('href')!,
        badge: li.querySelector('.search-task-status .status-badge')?.className ?? null,
        words: li.querySelector('.search-task-status .status-badge > span')?.textContent ?? null,
        icon: li.querySelector('.search-task-status svg.status-badge-icon') !== null,
      })),
    );
    const taskRows = rows.filter((r) => r.href.startsWith(`${prefix}nhiem-vu/`));
    expect(taskRows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const task = bySlug.get(`/${r.href.slice(prefix.length)}`);
      if (!task) {
        expect(r.badge, r.href).toBeNull();
        continue;
      }
      expect(r.badge, r.href).toBe(`status-badge task-status-${task.status}`);
      expect(r.words, r.href).toBe(TASK_STATUS_LABELS[task.status]);
      expect(r.icon, r.href).toBe(true);
    }
    expect(s.problems).toEqual([]);
    await s.page.close();
  });
});
