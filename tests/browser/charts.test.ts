/**
 * Every chart on every page that has one, measured in Chromium as a reader sees it: on a 360 px phone
 * no chart text is smaller than 12 CSS px, no two texts overlap and none runs outside its chart; at
 * 1280 px the chart fills the column it is given and its years sit on one row. The reader's font is
 * not ours to choose (the stylesheet names system fonts), so each page is measured twice, with the
 * charts' font forced to DejaVu Sans (wide) and then to Noto Sans (tall: Android's family), and the
 * test refuses to run if either is missing. Pages are found by reading the build, so a new chart page
 * is measured without being listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchBrowser, serve, type StaticServer } from '../helpers/built-site.ts';

const dist = process.env.SITE_DIST ?? DIST;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}
/** Site paths of the built pages that draw a chart: indicator and pillar charts, the timeline, year bars. */
const CHART_PAGES = htmlFiles(dist)
  .filter((f) => /<svg class="(chart|gantt-plot)|<figure class="year-bar/.test(readFileSync(f, 'utf8')))
  .map((f) =>
    relative(dist, f)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, ''),
  )
  .sort();

/** The sans-serifs every chart must hold in: the widest common one and the tallest (Debian: fonts-dejavu-core, fonts-noto-core). */
const FONTS = ['DejaVu Sans', 'Noto Sans'] as const;
type Font = (typeof FONTS)[number];

let site: StaticServer;
let browser: Browser;
const contexts = new Map<number, BrowserContext>();

/**
 * Whether Chromium can draw `font`: a family it does not have falls back, so a probe text measures the
 * same as in the fallback alone (tried against two fallbacks, in case one of them is the font).
 */
async function installed(page: Page, font: string): Promise<boolean> {
  return page.evaluate((f) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const probe = 'Thủ tục hành chính đủ điều kiện ỄẶ mmwwii 0123';
    const width = (family: string) => {
      ctx.font = `40px ${family}`;
      return ctx.measureText(probe).width;
    };
    return ['monospace', 'serif'].every((base) => width(`"${f}", ${base}`) !== width(base));
  }, font);
}

beforeAll(async () => {
  [site, browser] = await Promise.all([serve(dist), launchBrowser()]);
  for (const width of [360, 1280])
    contexts.set(width, await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false }));
  const page = await contexts.get(360)!.newPage();
  const missing: string[] = [];
  for (const font of FONTS) if (!(await installed(page, font))) missing.push(font);
  await page.close();
  if (missing.length > 0)
    throw new Error(
      `charts: ${missing.join(', ')} not installed, so the charts cannot be measured under them ` +
        '(Debian: apt-get install fonts-dejavu-core fonts-noto-core; .ci/run installs them)',
    );
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface ChartMeasure {
  cls: string;
  width: number;
  frameWidth: number;
  texts: { text: string; font: string; px: number; left: number; right: number; top: number; bottom: number; axisYear: boolean }[];
  box: { left: number; right: number; top: number; bottom: number };
}

/**
 * Every visible chart SVG on the page, with each visible text's size in CSS px and its box, once per
 * font in FONTS, forced on every chart and its text.
 */
async function measure(path: string, width: number): Promise<Map<Font, ChartMeasure[]>> {
  const page = await contexts.get(width)!.newPage();
  await page.goto(site.page(path));
  const byFont = new Map<Font, ChartMeasure[]>();
  for (const font of FONTS) {
    byFont.set(
      font,
      await page.evaluate((f) => {
        // Set through the CSSOM, which the pages' Content-Security-Policy allows (a <style> it would refuse).
        for (const el of document.querySelectorAll<SVGElement>('svg, svg text')) el.style.setProperty('font-family', `"${f}"`, 'important');
        return [...document.querySelectorAll<SVGSVGElement>('svg.chart, svg.gantt-plot, svg.gantt-ids, figure.year-bar svg')]
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => {
            const scale = svg.getScreenCTM()!.a;
            const box = svg.getBoundingClientRect();
            return {
              cls: svg.getAttribute('class') ?? 'year-bar',
              width: box.width,
              frameWidth: svg.parentElement!.getBoundingClientRect().width,
              box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
              texts: [...svg.querySelectorAll('text')]
                .filter((t) => t.textContent!.trim() !== '' && t.getBoundingClientRect().width > 0)
                .map((t) => {
                  const r = t.getBoundingClientRect();
                  return {
                    text: t.textContent!,
                    font: getComputedStyle(t).fontFamily,
                    px: parseFloat(getComputedStyle(t).fontSize) * scale,
                    left: r.left,
                    right: r.right,
                    top: r.top,
                    bottom: r.bottom,
                    axisYear: t.closest('.x-axis') !== null && /^\d{4}$/.test(t.textContent!),
                  };
                }),
            };
          });
      }, font),
    );
  }
  await page.close();
  return byFont;
}

it('finds the chart pages in the build: the indicators, the reports, the timeline and the tasks', () => {
  expect(CHART_PAGES).toContain('chi-tieu/');
  expect(CHART_PAGES).toContain('chi-tieu/dti-rank/');
  expect(CHART_PAGES).toContain('lo-trinh/');
  expect(CHART_PAGES.filter((p) => p.startsWith('bao-cao/')).length).toBeGreaterThan(0);
  expect(CHART_PAGES.filter((p) => p.startsWith('nhiem-vu/')).length).toBe(90);
});

describe('on a 360 px phone', () => {
  it.each(CHART_PAGES)(
    '/%s: in DejaVu Sans and in Noto Sans, chart text is at least 12 px, inside its chart, no two texts overlap',
    async (path) => {
      for (const [font, charts] of await measure(path, 360)) {
        expect(charts.length).toBeGreaterThan(0);
        for (const chart of charts) {
          const where = `${font}, ${chart.cls}`;
          expect(chart.texts.length).toBeGreaterThan(0);
          for (const t of chart.texts) {
            expect(t.font, `${where} "${t.text}": the forced font`).toBe(`"${font}"`);
            expect(t.px, `${where} "${t.text}"`).toBeGreaterThanOrEqual(12);
            expect(t.left, `${where} "${t.text}" cut at the left`).toBeGreaterThanOrEqual(chart.box.left - 0.5);
            expect(t.right, `${where} "${t.text}" cut at the right`).toBeLessThanOrEqual(chart.box.right + 0.5);
          }
          // Every pair of rendered text boxes (getBoundingClientRect: the font's ascent to its descent).
          const overlaps: string[] = [];
          chart.texts.forEach((a, i) =>
            chart.texts.slice(i + 1).forEach((b) => {
              if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
                overlaps.push(`"${a.text}" × "${b.text}"`);
            }),
          );
          expect(overlaps, where).toEqual([]);
        }
      }
    },
  );
});

describe('at 1280 px', () => {
  const WIDE_PAGES = CHART_PAGES.filter((p) => p.startsWith('chi-tieu/') || p.startsWith('bao-cao/'));
  it.each(WIDE_PAGES)('/%s: in both fonts, each chart fills its column, at least 700 px, with its years on one row', async (path) => {
    for (const [font, measured] of await measure(path, 1280)) {
      const charts = measured.filter((c) => c.cls.startsWith('chart'));
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.cls).toContain('chart-wide');
        expect(chart.width).toBeGreaterThanOrEqual(chart.frameWidth - 1);
        expect(chart.width).toBeGreaterThanOrEqual(700);
        const yearRows = new Set(chart.texts.filter((t) => t.axisYear).map((t) => Math.round(t.top)));
        expect(yearRows.size, font).toBeLessThanOrEqual(1);
        for (const t of chart.texts) expect(t.px, `${font} "${t.text}"`).toBeGreaterThanOrEqual(12);
      }
    }
  });
});
