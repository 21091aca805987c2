/**
 * Every chart on every page that has one, measured in Chromium as a reader sees it: on a 360 px phone
 * no chart text is smaller than 12 CSS px, no two texts overlap and none runs outside its chart; at
 * 1280 px the chart fills the column it is given and its years sit on one row. Pages are found by
 * reading the build, so a new chart page is measured without being listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
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

let site: StaticServer;
let browser: Browser;
const contexts = new Map<number, BrowserContext>();

beforeAll(async () => {
  [site, browser] = await Promise.all([serve(dist), launchBrowser()]);
  for (const width of [360, 1280])
    contexts.set(width, await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false }));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface ChartMeasure {
  cls: string;
  width: number;
  frameWidth: number;
  texts: { text: string; px: number; left: number; right: number; top: number; bottom: number; axisYear: boolean }[];
  box: { left: number; right: number; top: number; bottom: number };
}

/** Every visible chart SVG on the page, with each visible text's size in CSS px and its box. */
async function measure(path: string, width: number): Promise<ChartMeasure[]> {
  const page = await contexts.get(width)!.newPage();
  await page.goto(site.page(path));
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.chart, svg.gantt-plot, svg.gantt-ids, figure.year-bar svg')]
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
                px: parseFloat(getComputedStyle(t).fontSize) * scale,
                left: r.left,
                right: r.right,
                top: r.top,
                bottom: r.bottom,
                axisYear: t.closest('.x-axis') !== null && /^\d{4}$/.test(t.textContent!),
              };
            }),
        };
      }),
  );
  await page.close();
  return charts;
}

it('finds the chart pages in the build: the indicators, the reports, the timeline and the tasks', () => {
  expect(CHART_PAGES).toContain('chi-tieu/');
  expect(CHART_PAGES).toContain('chi-tieu/dti-rank/');
  expect(CHART_PAGES).toContain('lo-trinh/');
  expect(CHART_PAGES.filter((p) => p.startsWith('bao-cao/')).length).toBeGreaterThan(0);
  expect(CHART_PAGES.filter((p) => p.startsWith('nhiem-vu/')).length).toBe(90);
});

describe('on a 360 px phone', () => {
  it.each(CHART_PAGES)('/%s: chart text is at least 12 px, inside its chart, and no two texts overlap', async (path) => {
    const charts = await measure(path, 360);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.texts.length).toBeGreaterThan(0);
      for (const t of chart.texts) {
        expect(t.px, `${chart.cls} "${t.text}"`).toBeGreaterThanOrEqual(12);
        expect(t.left, `${chart.cls} "${t.text}" cut at the left`).toBeGreaterThanOrEqual(chart.box.left - 0.5);
        expect(t.right, `${chart.cls} "${t.text}" cut at the right`).toBeLessThanOrEqual(chart.box.right + 0.5);
      }
      const overlaps: string[] = [];
      chart.texts.forEach((a, i) =>
        chart.texts.slice(i + 1).forEach((b) => {
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
            overlaps.push(`"${a.text}" × "${b.text}"`);
        }),
      );
      expect(overlaps, chart.cls).toEqual([]);
    }
  });
});

describe('at 1280 px', () => {
  const WIDE_PAGES = CHART_PAGES.filter((p) => p.startsWith('chi-tieu/') || p.startsWith('bao-cao/'));
  it.each(WIDE_PAGES)('/%s: each chart fills its column, at least 700 px, with its years on one row', async (path) => {
    const charts = (await measure(path, 1280)).filter((c) => c.cls.startsWith('chart'));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.cls).toContain('chart-wide');
      expect(chart.width).toBeGreaterThanOrEqual(chart.frameWidth - 1);
      expect(chart.width).toBeGreaterThanOrEqual(700);
      const yearRows = new Set(chart.texts.filter((t) => t.axisYear).map((t) => Math.round(t.top)));
      expect(yearRows.size).toBeLessThanOrEqual(1);
      for (const t of chart.texts) expect(t.px, `"${t.text}"`).toBeGreaterThanOrEqual(12);
    }
  });
});
