/**
 * The indicator pages in Chromium: accessible (axe), no JavaScript and nothing from another host,
 * every chart mark agrees with the table beside it, the .svg download is well-formed and holds the
 * same marks as the page, and source links to other sites say so. SITE_DIST points the test at
 * another build while developing (default: dist/, built by the global setup).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { axeViolations, DIST } from '../helpers/built-site.ts';
import { servedWithBrowser, watchPage, type PageWatch } from '../helpers/served-build.ts';

const PAGES = ['chi-tieu/', 'chi-tieu/dti-rank/', 'chi-tieu/sme-tmdt/'];

const site = servedWithBrowser(process.env.SITE_DIST ?? DIST);

async function open(path: string, width: number): Promise<PageWatch & { page: Page; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const watch = await watchPage(page, site.server.origin);
  await page.goto(site.server.page(path), { waitUntil: 'networkidle' });
  return { ...watch, page, close: () => context.close() };
}

/** The first number in a Vietnamese cell: "79,2% (năm 2022)" → 79.2, "nhóm 25 (hạng ≤ 25)" → 25, "có" or "phải có" → 1. */
function cellValue(text: string): number {
  if (/^(phải )?có$/.test(text.trim())) return 1;
  const m = /\d+(?:,\d+)?/.exec(text);
  if (!m) throw new Error(`no number in "${text}"`);
  return Number(m[0].replace(',', '.'));
}

describe.each([
  ['phone', 360],
  ['desktop', 1280],
])('indicator pages on a %s', (_label, width) => {
  it.each(PAGES)('/%s is accessible, loads no script and nothing from another host, fits the screen', async (path) => {
    const { page, foreign, scripts, problems, close } = await open(path, width);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(scripts).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    expect(problems).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every chart is a labelled image with a title and a description.
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('svg.chart')].map((svg) => ({
        role: svg.getAttribute('role'),
        labels: (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
      })),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.labels).toHaveLength(2);
      for (const l of c.labels) expect(l.length).toBeGreaterThan(10);
    }
    await close();
  });
});

describe('the chart and the table say the same', () => {
  it.each([
    'chi-tieu/dti-rank/',
    'chi-tieu/sme-tmdt/',
    'chi-tieu/ky-nang-so-cbccvc/',
    'chi-tieu/dvc-muc-do-4/',
    'chi-tieu/nen-tang-du-lieu-ai/',
  ])('on /%s every mark is a row of the table and every row a mark', async (path) => {
    const { page, close } = await open(path, 1280);
    const marks = await page.$$eval('svg.chart-wide [data-series]', (els) =>
      els.map((e) => `${e.getAttribute('data-series')} ${e.getAttribute('data-year')} ${e.getAttribute('data-value')}`),
    );
    const rows = await page.$$eval('.chart-table tbody tr[data-kind]', (trs) =>
      trs.map((tr) => ({
        kind: tr.getAttribute('data-kind')!,
        year: tr.querySelector('th')!.textContent!.trim(),
        text: tr.querySelector('td.value')!.textContent!,
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.kind} ${r.year} ${cellValue(r.text)}`).sort()).toEqual([...marks].sort());
    await close();
  });

  it("on /chi-tieu/ every mark of a pillar chart matches its indicator's row, and every percentage row is drawn", async () => {
    const { page, close } = await open('chi-tieu/', 1280);
    const checked = await page.$$eval('section.pillar', (sections) =>
      sections.flatMap((section) => {
        const svg = section.querySelector('figure[data-pillar] svg.chart-wide');
        if (!svg) return [];
        return [...svg.querySelectorAll('[data-indicator]')].map((m) => {
          const id = m.getAttribute('data-indicator')!;
          const year = m.getAttribute('data-year')!;
          const series = m.getAttribute('data-series') === 'published' ? 'published' : `target-${year}`;
          const cell = section.querySelector(`tr[data-indicator="${id}"] td[data-series="${series}"]`);
          return { id, series, year, value: m.getAttribute('data-value')!, cell: cell?.textContent ?? null };
        });
      }),
    );
    expect(checked.length).toBeGreaterThan(20);
    for (const c of checked) {
      expect(c.cell, `${c.id} ${c.series}`).not.toBeNull();
      expect(cellValue(c.cell!), `${c.id} ${c.series}`).toBe(Number(c.value));
      if (c.series === 'published') expect(c.cell).toContain(`năm ${c.year}`);
    }
    // Rows with a percentage in a table are all on the chart above it.
    const percentCells = await page.$$eval(
      'section.pillar:has(figure[data-pillar]) td[data-series^="target"]',
      (tds) => tds.filter((td) => /%$/.test(td.textContent!.trim()) && !/năm/.test(td.textContent!)).length,
    );
    expect(checked.filter((c) => c.series !== 'published')).toHaveLength(percentCells);
    await close();
  });
});

describe('the chart as files (SVG, PNG) and as a page to frame', () => {
  it.each(['dti-rank', 'sme-tmdt'])(
    "/data/chi-tieu/%s.svg is well-formed, holds the page's wide chart and says title, source, licence and address, all inside the image",
    async (id) => {
      const { page, close } = await open(`chi-tieu/${id}/`, 1280);
      const inPage = await page.$eval('figure.chart-figure svg.chart-wide', (svg) => svg.innerHTML.replace(/^<title[\s\S]*?<\/desc>/, ''));
      const name = await page.$eval('h1', (h) => h.textContent!.trim());
      const response = await page.request.get(site.server.page(`data/chi-tieu/${id}.svg`));
      expect(response.headers()['content-type']).toContain('image/svg+xml');
      const text = await response.text();
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
        const root = doc.documentElement;
        const chart = root.querySelector('svg.chart')!;
        return {
          error: doc.getElementsByTagName('parsererror').length,
          ns: root.namespaceURI,
          size: [root.getAttribute('width'), root.getAttribute('height')],
          style: chart.querySelector('style')?.textContent ?? '',
          marks: [...chart.children]
            .filter((c) => !['title', 'desc', 'style'].includes(c.localName))
            .map((c) => new XMLSerializer().serializeToString(c)),
          sheet: [...root.children].filter((c) => c.localName === 'text').map((t) => t.textContent!),
        };
      }, text);
      expect(parsed.error).toBe(0);
      expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
      expect(parsed.size).toEqual(['1200', '630']);
      expect(parsed.style.length).toBeGreaterThan(500);
      expect(parsed.style).not.toContain('var(');
      expect(text).not.toMatch(/href=|url\(|@import/);
      const words = parsed.sheet.join(' ');
      expect(words).toContain(name.split(' ').slice(0, 4).join(' '));
      expect(words).toContain('Nguồn: chỉ tiêu theo Kế hoạch');
      expect(words).toContain('Giấy phép CC BY 4.0');
      expect(words).toContain(`localhost:4321/chi-tieu/${id}`);
      // Same marks as the page's wide chart, serialised the same way (the XML serialiser adds the namespace).
      const strip = (s: string) =>
        s
          .replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')
          .replace(/\/>/g, '>')
          .replace(/<\/(line|circle|path|rect)>/g, '');
      const fromPage = await page.evaluate((html) => {
        const t = document.createElement('template');
        t.innerHTML = `<svg>${html}</svg>`;
        return [...t.content.firstElementChild!.children].map((c) => new XMLSerializer().serializeToString(c));
      }, inPage);
      expect(parsed.marks.map(strip)).toEqual(fromPage.map(strip));
      // Shown on its own, no text runs outside the 1200×630 image (the old file was cut at the left).
      const file = await site.browser.newPage({ viewport: { width: 1200, height: 630 } });
      await file.goto(site.server.page(`data/chi-tieu/${id}.svg`));
      const outside = await file.evaluate(() =>
        [...document.querySelectorAll('text')]
          .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.left < 0 || r.top < 0 || r.right > 1200 || r.bottom > 630))
          .map(({ t }) => t),
      );
      expect(outside).toEqual([]);
      await file.close();
      await close();
    },
  );

  it.each(['dti-rank', 'nen-tang-du-lieu-ai'])(
    '/data/chi-tieu/%s.png is the same sheet, 1200×630, with a white margin on every side but the top band',
    async (id) => {
      const png = readFileSync(join(process.env.SITE_DIST ?? DIST, 'data', 'chi-tieu', `${id}.png`));
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([1200, 630]);
      let inked = 0;
      let dark = 0;
      for (let y = 0; y < info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          const i = (y * info.width + x) * info.channels;
          const white = data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250;
          if (data[i]! < 80 && data[i + 1]! < 80 && data[i + 2]! < 80) dark++;
          const margin = x < 24 || x >= info.width - 24 || y >= info.height - 8;
          if (margin && y >= 12 && !white) inked++;
        }
      }
      expect(inked).toBe(0);
      expect(dark).toBeGreaterThan(2000); // the title and labels are drawn
    },
  );

  it('the indicator page links both files and gives an <iframe> snippet for its embed page', async () => {
    const { page, close } = await open('chi-tieu/dti-rank/', 1280);
    const links = await page.$$eval('.downloads a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/data/chi-tieu/dti-rank.png');
    expect(links).toContain('/data/chi-tieu/dti-rank.svg');
    expect(links).toContain('/chi-tieu/dti-rank/nhung/');
    const snippet = await page.$eval('textarea#ma-nhung', (t) => (t as HTMLTextAreaElement).value);
    expect(await page.$eval('label[for="ma-nhung"]', (l) => l.textContent)).toContain('Mã nhúng');
    const frame = new DOMParserLike(snippet);
    expect(frame.src).toBe('http://localhost:4321/chi-tieu/dti-rank/nhung/');
    expect(frame.title).toContain('Thứ hạng chỉ số chuyển đổi số');
    await close();
  });

  it('on a phone the chart comes first after the status, its download links before its table, the targets after', async () => {
    const { page, close } = await open('chi-tieu/dti-rank/', 360);
    const seen = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top + window.scrollY;
      return {
        h2: [...document.querySelectorAll('main h2')].map((h) => h.id),
        chart: top('.chart-frame'),
        actions: top('.chart-actions'),
        table: top('.chart-table'),
        targets: top('#chi-tieu'),
        screen: window.innerHeight,
        skip: document.querySelector<HTMLAnchorElement>('.skip-link')!.hash,
      };
    });
    expect(seen.h2[0]).toBe('bieu-do');
    expect(seen.h2).toEqual(expect.arrayContaining(['chi-tieu', 'cach-doc', 'tinh-trang', 'tai-du-lieu']));
    expect(seen.chart).toBeLessThan(seen.screen); // the chart starts in the first screen
    expect(seen.actions).toBeLessThan(seen.table);
    expect(seen.table).toBeLessThan(seen.targets);
    expect(await page.locator(seen.skip).count()).toBe(1); // the skip link still leads somewhere
    await close();
  });

  it.each(['png', 'svg', 'csv'])('the .%s link by the chart downloads the file (no new tab), under its own name', async (ext) => {
    const { page, close } = await open('chi-tieu/dti-rank/', 360);
    const link = page.locator(`.chart-actions a[href$=".${ext}"]`);
    const name = await link.getAttribute('download');
    expect(name).toMatch(new RegExp(`^dong-thap-[a-z-]+-dti-rank\\.${ext}$`));
    // The list under "Tải dữ liệu" names the same file the same way.
    expect(await page.locator(`.downloads a[href$="dti-rank.${ext}"]`).getAttribute('download')).toBe(name);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(name);
    const saved = readFileSync((await download.path())!);
    expect(saved.equals(readFileSync(join(process.env.SITE_DIST ?? DIST, 'data', 'chi-tieu', `dti-rank.${ext}`)))).toBe(true);
    expect(page.url()).toBe(site.server.page('chi-tieu/dti-rank/'));
    expect(page.context().pages()).toHaveLength(1);
    await close();
  });

  it.each([
    [400, 'chart-narrow'],
    [500, 'chart-narrow'],
    [640, 'chart-narrow'],
    [767, 'chart-narrow'],
    [900, 'chart-wide'],
  ])(
    'the embed page in a %i px column: chart (%s), source, licence, a link back, all inside the frame; no site header, menu or footer; accessible',
    async (width, variant) => {
      const host = await site.browser.newContext({ viewport: { width: width + 40, height: 800 } });
      const page = await host.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      // Framed as another site would frame it, from the snippet, in an article column of that width.
      const { page: indicator, close } = await open('chi-tieu/dti-rank/', 1280);
      const snippet = await indicator.$eval('textarea#ma-nhung', (t) => (t as HTMLTextAreaElement).value);
      await close();
      const src = new DOMParserLike(snippet).src.replace('http://localhost:4321/', site.server.page(''));
      await page.setContent(
        `<!doctype html><html lang="en"><title>host</title><body style="margin:0"><div style="width:${width}px">${snippet.replace(/src="[^"]*"/, `src="${src}"`)}</div></body></html>`,
      );
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame!.waitForSelector('.embed-back', { state: 'attached' });
      const seen = await frame!.evaluate(() => {
        const visible = [...document.querySelectorAll<SVGSVGElement>('svg.chart')].filter((s) => s.getBoundingClientRect().width > 0);
        const back = document.querySelector<HTMLAnchorElement>('.embed-back a')!;
        const b = back.getBoundingClientRect();
        // Each line of the link (it may wrap) is what the reader sees at its middle: nothing covers it.
        const shown = [...back.getClientRects()].every((r) => {
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && (hit === back || back.contains(hit));
        });
        // The page's blocks, top to bottom: each must start below the one before (nothing drawn over another).
        const blocks = ['.embed-title', '.chart-frame', '.chart-table-fold', '.embed-source', '.embed-back'].map((selector) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { selector, top: r.top, bottom: r.bottom, right: r.right };
        });
        return {
          visible: visible.map((s) => s.getAttribute('class')),
          smallestText: Math.min(
            ...visible.flatMap((s) =>
              [...s.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * s.getScreenCTM()!.a),
            ),
          ),
          chrome: document.querySelectorAll('header, nav, footer, .site-menu').length,
          text: document.body.innerText,
          back: back.href,
          backBox: { top: b.top, bottom: b.bottom, right: b.right },
          backShown: shown,
          blocks,
          frame: { width: window.innerWidth, height: window.innerHeight },
          scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
        };
      });
      expect(seen.frame.width).toBe(Math.min(width, 52 * 16)); // as wide as the column, up to 52rem
      expect(seen.visible).toEqual([`chart ${variant}`]);
      expect(seen.smallestText).toBeGreaterThanOrEqual(12);
      expect(seen.chrome).toBe(0);
      expect(seen.text).toContain('Nguồn:');
      expect(seen.text).toContain('CC BY 4.0');
      expect(seen.back).toBe(site.server.page('chi-tieu/dti-rank/'));
      // Nothing clips: no scroll bar inside the frame, the link back wholly inside it and not covered.
      expect(seen.scroll.height).toBeLessThanOrEqual(seen.frame.height);
      expect(seen.scroll.width).toBeLessThanOrEqual(seen.frame.width);
      expect(seen.backBox.top).toBeGreaterThanOrEqual(0);
      expect(seen.backBox.bottom).toBeLessThanOrEqual(seen.frame.height);
      expect(seen.backShown).toBe(true);
      for (const [i, block] of seen.blocks.entries()) {
        expect(block.bottom, block.selector).toBeLessThanOrEqual(seen.frame.height);
        expect(block.right, block.selector).toBeLessThanOrEqual(seen.frame.width);
        if (i > 0)
          expect(block.top, `${block.selector} under ${seen.blocks[i - 1]!.selector}`).toBeGreaterThanOrEqual(
            seen.blocks[i - 1]!.bottom - 0.5,
          );
      }
      expect(scripts).toEqual([]);
      await host.close();
      const direct = await open('chi-tieu/dti-rank/nhung/', width);
      expect((await axeViolations(direct.page)).map((v) => v.id)).toEqual([]);
      await direct.close();
    },
  );
});

/** The src and title of the one <iframe> in a snippet (a regex is enough for the snippet we write). */
class DOMParserLike {
  src: string;
  title: string;
  constructor(html: string) {
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    this.src = /\ssrc="([^"]*)"/.exec(html)![1]!;
    this.title = /\stitle="([^"]*)"/.exec(html)![1]!;
  }
}

describe('sources on other sites', () => {
  it('are plain links marked rel="noopener noreferrer external", with the host written next to them', async () => {
    const { page, close } = await open('chi-tieu/dvc-muc-do-4/', 1280);
    const links = await page.$$eval('main a[href^="http"]', (as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel') ?? '', after: a.parentElement!.textContent! })),
    );
    expect(links.length).toBe(3);
    for (const l of links) {
      expect(l.href.startsWith('https://')).toBe(true);
      expect(l.rel.split(' ').sort()).toEqual(['external', 'noopener', 'noreferrer']);
      expect(l.after).toContain(`trang web khác: ${new URL(l.href).host}`);
    }
    await close();
  });

  it('prints the chart and hides the site navigation', async () => {
    const { page, close } = await open('chi-tieu/sme-tmdt/', 1280);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      chart: getComputedStyle(document.querySelector('svg.chart-wide')!).display,
      phoneChart: getComputedStyle(document.querySelector('svg.chart-narrow')!).display,
      header: getComputedStyle(document.querySelector('.site-header')!).display,
    }));
    expect(shown).toEqual({ chart: 'block', phoneChart: 'none', header: 'none' });
    await close();
  });
});
