/**
 * The regional comparison on the built indicator page of dti-mekong-lead: the chart (both layouts)
 * and the table carry every published rank of the thirteen provinces, Đồng Tháp is marked, the
 * rule's result is stated as the derived values say, and the dataset's downloads are linked.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProgressRecord, RegionalRankRecord } from '../../src/lib/model/records.ts';
import { PLAN_PROVINCE } from '../../src/lib/model/codes.ts';
import { REGION_SIZE, REGIONAL_LEAD_INDICATOR, REGIONAL_LEAD_RULE } from '../../src/lib/model/regional-lead.ts';
import { DIST } from '../helpers/built-site.ts';
import { builtData as data, builtHtml as html, hrefsOn, astroEscaped as escaped } from '../helpers/built-pages.ts';

const ranks = data<RegionalRankRecord>('regional_ranks');
const derived = data<ProgressRecord>('progress').filter((p) => p.indicator_id === REGIONAL_LEAD_INDICATOR);
const path = `chi-tieu/${REGIONAL_LEAD_INDICATOR}`;
const page = html(path);

/** The markup of the element opening with `open` up to its closing tag `close` (no nesting of the same tag inside). */
const element = (text: string, open: string, close: string): string => {
  const start = text.indexOf(open);
  expect(start, open).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf(close, start) + close.length);
};

describe('the regional comparison on the indicator page', () => {
  const table = element(page, '<section class="table-scroll regional-table"', '</section>');

  it('lists every published rank in the table, in the row of its province and the column of its year', () => {
    expect(ranks.length).toBeGreaterThan(0);
    for (const r of ranks) {
      const row = element(table, `<tr data-province="${r.province_id}"`, '</tr>');
      expect(row, `${r.province_id} ${r.year}`).toMatch(new RegExp(`data-year="${r.year}" data-rank="${r.rank}"[^>]*>\\s*${r.rank}\\s*<`));
      if (r.region_position !== null) expect(row).toContain(`data-position-year="${r.year}">${r.region_position}/${REGION_SIZE}<`);
    }
    // A province without a rank in a year says so in words, never with a number of our own.
    const cells = [...table.matchAll(/data-rank=""[^>]*>([\s\S]*?)<\/td>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    for (const c of cells) expect(c).toBe('– chưa tìm thấy');
  });

  it('draws every published rank in both chart layouts, on its province’s row', () => {
    for (const variant of ['narrow', 'wide']) {
      const svg = element(page.slice(page.indexOf('data-regional-ranks')), `<svg class="chart chart-${variant}"`, '</svg>');
      expect(svg).toContain(`id="regional-ranks-${variant}-title"`);
      for (const r of ranks) {
        const row = element(svg, `data-province="${r.province_id}"`, '</g>');
        expect(row, `${variant} ${r.province_id} ${r.year}`).toContain(`data-year="${r.year}" data-rank="${r.rank}"`);
      }
    }
  });

  it('marks Đồng Tháp in the chart and the table by more than colour', () => {
    expect(page).toMatch(new RegExp(`<g class="province own" data-province="${PLAN_PROVINCE}">`));
    expect(page).toContain('class="province-name own"');
    expect(element(table, `<tr data-province="${PLAN_PROVINCE}"`, '</tr>')).toMatch(/class="own"[\s\S]*<strong>Đồng Tháp<\/strong>/);
  });

  it('states our reading and, for each derived value, the position it comes from', () => {
    expect(page).toContain(escaped(REGIONAL_LEAD_RULE));
    for (const d of derived) {
      const own = ranks.find((r) => r.province_id === PLAN_PROVINCE && r.year === d.year)!;
      expect(page).toContain(`DTI ${d.year}: Đồng Tháp hạng ${own.rank}/63 cả nước, thứ ${own.region_position}/${REGION_SIZE} trong vùng`);
    }
  });

  it('links every source and the dataset’s downloads, which exist', () => {
    const hrefs = hrefsOn(path);
    for (const r of ranks) expect(hrefs).toContain(r.source_url);
    for (const f of ['regional_ranks.csv', 'regional_ranks.excel.csv', 'regional_ranks.json', 'regional_ranks.xlsx']) {
      expect(hrefs).toContain(`/data/${f}`);
      expect(existsSync(join(DIST, 'data', f)), f).toBe(true);
    }
    expect(hrefs).toContain('/du-lieu/regional-ranks/');
  });

  it('appears only on the regional target’s page', () => {
    expect(page).toContain('data-regional-ranks');
    expect(html('chi-tieu/dti-rank')).not.toContain('data-regional-ranks');
  });
});
