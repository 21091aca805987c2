/**
 * The regional comparison on the indicator page (src/lib/view/regional-ranks.ts) and its chart
 * (charts/regional-chart.ts), on the ranks as committed in content/regional_ranks.csv.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEKONG_PROVINCES, PLAN_PROVINCE } from '../../../src/lib/model/codes.ts';
import { REGION_SIZE, regionalLeadValue } from '../../../src/lib/model/regional-lead.ts';
import { withoutLine } from '../../../src/lib/pipeline/curated-csv.ts';
import { parseRegionalRankTable } from '../../../src/lib/pipeline/regional-ranks.ts';
import { REGIONAL_CHART_SIZE, REGIONAL_CHART_WIDE, regionalChartSpec } from '../../../src/lib/view/charts/regional-chart.ts';
import { textWidth } from '../../../src/lib/view/charts/legend.ts';
import { flattenMarks, renderSvg, type Mark } from '../../../src/lib/view/charts/svg.ts';
import { regionalVerdicts, regionalView } from '../../../src/lib/view/regional-ranks.ts';
import { REVIEW_DATE } from '../../helpers/content-release.ts';

const FILE = 'content/regional_ranks.csv';
const ranks = parseRegionalRankTable(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8'), FILE, REVIEW_DATE).map(
  withoutLine,
);
const view = regionalView(ranks);

describe('regionalView', () => {
  it('has a row for each of the thirteen provinces and a cell for each year with any rank, empty where none is found', () => {
    expect(view.rows.map((r) => r.provinceId).sort()).toEqual([...MEKONG_PROVINCES].sort());
    expect(view.years).toEqual([...new Set(ranks.map((r) => r.year))].sort((a, b) => a - b));
    for (const row of view.rows) {
      for (const cell of row.cells) {
        const r = ranks.find((x) => x.province_id === row.provinceId && x.year === cell.year);
        expect(cell.rank).toBe(r?.rank ?? null);
        expect(cell.position).toBe(r?.region_position ?? null);
      }
    }
    expect(view.rows.filter((r) => r.own).map((r) => r.provinceId)).toEqual([PLAN_PROVINCE]);
  });

  it('orders the rows by position in the latest year all thirteen are ranked', () => {
    const latest = view.completeYears.at(-1);
    if (latest === undefined) return;
    const i = view.years.indexOf(latest);
    expect(view.rows.map((r) => r.cells[i]!.position)).toEqual(view.rows.map((r) => r.cells[i]!.position).sort((a, b) => a! - b!));
  });

  it("states the rule's result for the plan's province in each year its position is known", () => {
    const own = ranks.filter((r) => r.province_id === PLAN_PROVINCE && r.region_position !== null);
    const verdicts = regionalVerdicts(view);
    expect(verdicts.map((v) => [v.year, v.value])).toEqual(own.map((r) => [r.year, regionalLeadValue(r.region_position!)]));
    for (const v of verdicts) {
      const r = own.find((x) => x.year === v.year)!;
      expect(v.text).toContain(`hạng ${r.rank}/63 cả nước, thứ ${r.region_position}/${REGION_SIZE} trong vùng`);
    }
  });

  it('lists each source once, with what it gives', () => {
    expect(view.sources.map((s) => s.url)).toEqual([...new Set(ranks.map((r) => r.source_url))]);
    for (const s of view.sources) expect(s.gives).toMatch(/^\d{4}: /);
  });
});

describe('the regional chart', () => {
  for (const size of [REGIONAL_CHART_SIZE, REGIONAL_CHART_WIDE]) {
    const spec = regionalChartSpec(view, size);
    const groups = spec.marks.filter(
      (m): m is Extract<Mark, { type: 'group' }> => m.type === 'group' && m.cls?.startsWith('province') === true,
    );

    it(`(${size.variant}) draws one row per province with a marker per rank found and the ranks written beside`, () => {
      expect(groups.map((g) => g.data!.province)).toEqual(view.rows.map((r) => r.provinceId));
      groups.forEach((g, i) => {
        const row = view.rows[i]!;
        const marks = flattenMarks(g.marks);
        const markers = marks.filter((m) => m.cls?.startsWith('rank-mark'));
        expect(markers.map((m) => m.data!.rank)).toEqual(row.cells.filter((c) => c.rank !== null).map((c) => c.rank));
        const values = marks.filter(
          (m): m is Extract<Mark, { type: 'text' }> => m.type === 'text' && m.cls?.startsWith('rank-value') === true,
        );
        expect(values.map((v) => v.text)).toEqual(row.cells.map((c) => (c.rank === null ? '–' : String(c.rank))));
      });
    });

    it(`(${size.variant}) marks the plan's province by a band, a bold name and a thick line, not by colour alone`, () => {
      const own = groups.filter((g) => g.cls === 'province own');
      expect(own.map((g) => g.data!.province)).toEqual([PLAN_PROVINCE]);
      const classes = flattenMarks(own[0]!.marks).map((m) => m.cls);
      expect(classes).toEqual(expect.arrayContaining(['own-band', 'province-name own', 'track own']));
      const legend = flattenMarks(spec.marks.filter((m) => m.cls === 'legend'));
      expect(legend.some((m) => m.type === 'text' && m.text.includes('nền tô, chữ đậm'))).toBe(true);
    });

    it(`(${size.variant}) keeps every text inside the chart by the widest font's estimate`, () => {
      for (const m of flattenMarks(spec.marks)) {
        if (m.type !== 'text') continue;
        const w = textWidth(m.text, spec.fontSize, m.cls?.includes('own') === true);
        const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
        expect(left, m.text).toBeGreaterThanOrEqual(0);
        expect(left + w, m.text).toBeLessThanOrEqual(spec.width);
      }
    });

    it(`(${size.variant}) renders as SVG with its title and a description naming the plan's province`, () => {
      const svg = renderSvg(spec);
      expect(svg).toContain(`class="chart chart-${size.variant}"`);
      expect(spec.desc).toContain('Đồng Tháp');
    });
  }
});
