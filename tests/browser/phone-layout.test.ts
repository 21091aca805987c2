/**
 * The phone-first layout in Chromium, without JavaScript: the navigation is one row (a "Danh mục"
 * disclosure) on a phone and a row of links on a wide screen; the plan's table of contents is closed
 * on a phone and open beside the text on a wide screen; long pages end with "Về đầu trang". Printed,
 * every page says its address, the data version and the source, and a filtered list its filter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { DIST, launchBrowser, serve, type StaticServer } from '../helpers/built-site.ts';
import { PAST_DUE_COLUMN } from '../../src/lib/view/past-due.ts';
import { LEAD_STATUS_COLUMN } from '../../src/lib/view/agency-pages.ts';

const dist = process.env.SITE_DIST ?? DIST;
let site: StaticServer;
let browser: Browser;
let phone: BrowserContext;
let wide: BrowserContext;

beforeAll(async () => {
  [site, browser] = await Promise.all([serve(dist), launchBrowser()]);
  phone = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  wide = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// Both "kết quả" sections say so (issue #26): the yearly reports and the targets' results.
const NAV = [
  'Kế hoạch',
  'Tiến độ',
  'Kết quả theo năm',
  'Nhiệm vụ',
  'Cơ quan',
  'Văn bản',
  'Lộ trình',
  'Chỉ tiêu và kết quả',
  'Dữ liệu',
  'Tìm kiếm',
];

describe('navigation', () => {
  it.each(['', 'nhiem-vu/', 'chi-tieu/dti-rank/'])(
    'on a phone, /%s opens with a header of one row of controls, the menu opening on a tap',
    async (path) => {
      const page = await phone.newPage();
      await page.goto(site.page(path));
      // The row of controls; a local build's preview note sits below it, inside the header.
      const header = await page.locator('.site-header > .wrap').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(90);
      expect(await page.isVisible('.site-nav-wide')).toBe(false);
      expect(await page.locator('.site-menu a:visible').count()).toBe(0);
      await page.click('.site-menu > summary');
      expect(await page.locator('.site-menu a:visible').allTextContents()).toEqual(NAV);
      await page.close();
    },
  );

  it('on a wide screen shows the links in a row and no menu button', async () => {
    const page = await wide.newPage();
    await page.goto(site.page('nhiem-vu/'));
    expect(await page.isVisible('.site-menu')).toBe(false);
    expect(await page.locator('.site-nav-wide a:visible').allTextContents()).toEqual(NAV);
    const tops = await page
      .locator('.site-nav-wide a')
      .evaluateAll((as) => new Set(as.map((a) => Math.round(a.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    await page.close();
  });
});

describe('the plan page', () => {
  it('on a phone the table of contents is one closed line that opens', async () => {
    const page = await phone.newPage();
    await page.goto(site.page('ke-hoach/'));
    expect(await page.isVisible('.toc a[href="/ke-hoach/#I"]')).toBe(false);
    expect((await page.locator('.toc').boundingBox())!.height).toBeLessThan(80);
    await page.click('.toc summary');
    expect(await page.isVisible('.toc a[href="/ke-hoach/#I"]')).toBe(true);
    await page.close();
  });

  it('on a wide screen the table of contents is open beside the text', async () => {
    const page = await wide.newPage();
    await page.goto(site.page('ke-hoach/'));
    expect(await page.isVisible('.toc a[href="/ke-hoach/#I"]')).toBe(true);
    const toc = (await page.locator('.toc').boundingBox())!;
    const body = (await page.locator('.plan-body').boundingBox())!;
    expect(toc.x + toc.width).toBeLessThanOrEqual(body.x);
    await page.close();
  });

  it('ends with "Về đầu trang", which goes back to the top', async () => {
    const page = await phone.newPage();
    await page.goto(site.page('ke-hoach/'));
    const back = page.locator('.back-to-top a');
    expect(await back.textContent()).toBe('Về đầu trang');
    await back.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(5000);
    await back.click();
    await page.waitForFunction(() => window.scrollY < 100);
    await page.close();
  });
});

describe('print', () => {
  it('every printed page carries its address, the data version and date, and the source; no header or footer', async () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'data', 'manifest.json'), 'utf8')) as {
      site_url: string;
      release: { version: string; date: string };
    };
    const [y, m, d] = manifest.release.date.split('-');
    for (const path of ['ke-hoach/', 'nhiem-vu/i-4-6/', 'chi-tieu/dti-rank/']) {
      const page = await wide.newPage();
      await page.goto(site.page(path));
      expect(await page.isVisible('.print-meta')).toBe(false);
      await page.emulateMedia({ media: 'print' });
      const text = (await page.textContent('.print-meta'))!.replace(/\s+/g, ' ');
      expect(await page.isVisible('.print-meta')).toBe(true);
      expect(text).toContain(`${manifest.site_url}${path}`);
      expect(text).toContain(`phiên bản ${manifest.release.version} ngày ${d}/${m}/${y}`);
      expect(text).toContain('Nguồn: Ủy ban nhân dân tỉnh Đồng Tháp');
      expect(await page.isVisible('.site-header')).toBe(false);
      await page.close();
    }
  });

  it('a filtered task list prints its filter', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.page('nhiem-vu/?nhom=I&nam=2024'));
    await page.waitForFunction(() => !document.getElementById('loc-nhiem-vu')!.hidden);
    await page.emulateMedia({ media: 'print' });
    const text = (await page.textContent('#bo-loc-in'))!;
    expect(await page.isVisible('#bo-loc-in')).toBe(true);
    expect(text).toMatch(/^Danh sách đã lọc \(Đang hiển thị \d+\/90 nhiệm vụ\): Nhóm nhiệm vụ: I\. .*; Năm thực hiện: 2024\.$/);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('#bo-loc-in')).toBe(false);
    await context.close();
  });
});

describe('tables as cards on a phone', () => {
  it.each([
    ['chi-tieu/', '.indicator-table', ['Chỉ tiêu 2025', 'Chỉ tiêu 2030', 'Số liệu mới nhất', 'Tình trạng']],
    ['co-quan/', '.agency-table', ['Chủ trì', LEAD_STATUS_COLUMN, PAST_DUE_COLUMN, 'Phối hợp', 'Hiện nay']],
  ])(
    '/%s: on a phone every row of %s is a card inside the screen, each value labelled; on a wide screen a table',
    async (path, selector, labels) => {
      const page = await phone.newPage();
      await page.goto(site.page(path));
      const cards = await page.$$eval(`${selector} tbody tr:has(th[scope="row"])`, (trs) =>
        trs.map((tr) => ({
          display: getComputedStyle(tr).display,
          cells: [...tr.querySelectorAll('td')]
            .filter((td) => td.getBoundingClientRect().width > 0)
            .map((td) => ({ right: td.getBoundingClientRect().right, label: getComputedStyle(td, '::before').content })),
        })),
      );
      expect(cards.length).toBeGreaterThan(3);
      for (const card of cards) {
        expect(card.display).toBe('block');
        expect(card.cells.map((c) => c.label.replace(/^"|: "$/g, ''))).toEqual(labels);
        for (const c of card.cells) expect(c.right).toBeLessThanOrEqual(360);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.close();
      const desk = await wide.newPage();
      await desk.goto(site.page(path));
      expect(await desk.$eval(`${selector} tbody tr:has(th[scope="row"])`, (tr) => getComputedStyle(tr).display)).toBe('table-row');
      expect(await desk.$eval(`${selector} thead`, (t) => t.getBoundingClientRect().height)).toBeGreaterThan(20);
      await desk.close();
    },
  );
});

// The yearly reports' tables (issue #26: "report tables cramped on phones"): the reports in content/.
const REPORT_PAGES = readdirSync(join(process.cwd(), 'content', 'bao-cao'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `bao-cao/${f.replace(/\.mdx$/, '')}/`);

describe('report tables on a phone', () => {
  it.each(['', 'bao-cao/', 'bao-cao-hang-nam/', ...REPORT_PAGES])(
    '/%s: at 360 px every table fits the screen without sideways scrolling',
    async (path) => {
      const page = await phone.newPage();
      await page.goto(site.page(path));
      const tables = await page.$$eval('main table', (ts: HTMLTableElement[]) =>
        ts.map((t) => {
          const box = (t.closest('.table-scroll') ?? t.parentElement)!;
          return {
            caption: t.caption?.textContent ?? '',
            width: box.scrollWidth,
            room: box.clientWidth,
            right: t.getBoundingClientRect().right,
          };
        }),
      );
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t.width, t.caption).toBeLessThanOrEqual(t.room);
        expect(t.right, t.caption).toBeLessThanOrEqual(360);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.close();
    },
  );
});

describe('the progress overview (/tien-do/)', () => {
  /** The charts a reader sees: each one's width on screen and the text size its layout comes to. */
  const shownCharts = (page: import('playwright-core').Page) =>
    page.$$eval('.progress-figure svg.chart[role="group"]', (svgs) =>
      svgs
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          const viewWidth = (svg as SVGSVGElement).viewBox.baseVal.width;
          return {
            variant: svg.getAttribute('class'),
            right: box.right,
            textPx: (Number(svg.getAttribute('font-size')) * box.width) / viewWidth,
          };
        }),
    );

  it('on a phone shows each chart’s narrow layout inside the screen, text at least 12 px, tables as cards, no sideways scroll', async () => {
    const page = await phone.newPage();
    await page.goto(site.page('tien-do/'));
    const charts = await shownCharts(page);
    expect(charts).toHaveLength(await page.locator('.progress-figure').count());
    for (const c of charts) {
      expect(c.variant).toContain('chart-narrow');
      expect(c.right).toBeLessThanOrEqual(360);
      expect(c.textPx).toBeGreaterThanOrEqual(12);
    }
    expect(await page.$$eval('.progress-table tbody tr', (trs) => trs.every((tr) => getComputedStyle(tr).display === 'block'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Each segment's fill stands out from white (its gap and the page) and carries its white count at AA.
    const fills = await page.$$eval('.progress-figure svg.chart-narrow a.seg-link', (links) =>
      links.map((a) => ({
        seg: getComputedStyle(a.querySelector('rect')!).fill,
        count: a.querySelector('text') ? getComputedStyle(a.querySelector('text')!).fill : null,
      })),
    );
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(fills.length).toBeGreaterThan(10);
    for (const f of fills) {
      expect(1.05 / (luminance(f.seg) + 0.05), f.seg).toBeGreaterThanOrEqual(4.5);
      if (f.count !== null) expect(f.count).toBe('rgb(255, 255, 255)');
    }
    // A segment is reached from the keyboard: Tab moves through the links of the chart shown.
    const first = page.locator('.progress-figure svg.chart-narrow a.seg-link').first();
    await first.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('class'))).toBe('seg-link');
    await page.close();
  });

  it('on a wide screen shows each chart’s wide layout and its table as a table', async () => {
    const page = await wide.newPage();
    await page.goto(site.page('tien-do/'));
    const charts = await shownCharts(page);
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.variant).toContain('chart-wide');
      expect(c.textPx).toBeGreaterThanOrEqual(12);
    }
    expect(await page.$eval('.progress-table tbody tr', (tr) => getComputedStyle(tr).display)).toBe('table-row');
    await page.close();
  });
});
