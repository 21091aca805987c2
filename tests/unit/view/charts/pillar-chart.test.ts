/** The pillar overview chart on the frozen outcomes (helpers/snapshot.ts): three lanes per percentage indicator on one 0–100% scale. */
import { describe, expect, it } from 'vitest';
import {
  PILLAR_CHART_SIZE as S,
  PILLAR_CHART_WIDE,
  pillarChartLayout,
  pillarChartSpec,
  pillarChartText,
} from '../../../../src/lib/view/charts/pillar-chart.ts';
import { lineHeight, textBox, textWidth, TEXT_ASCENT_EM, TEXT_DESCENT_EM } from '../../../../src/lib/view/charts/text-metrics.ts';
import { flattenMarks, renderSvg } from '../../../../src/lib/view/charts/svg.ts';
import { pillarChartRows, pillarSections } from '../../../../src/lib/view/indicator-pages.ts';
import { snapshotSite } from '../../../helpers/snapshot.ts';
import { indicatorView } from '../../../../src/lib/model/record-queries.ts';
import type { IndicatorRecord, TargetRecord } from '../../../../src/lib/model/records.ts';

const { indicatorViews } = snapshotSite();
const sections = pillarSections(indicatorViews);
const section = (code: string) => sections.find((s) => s.code === code)!;

describe('pillarChartRows', () => {
  it('keeps percentages on the chart and sets growth rates and yes/no targets aside for the table', () => {
    const economy = pillarChartRows(section('digital_economy').views);
    expect(economy.rows.map((r) => r.id)).toEqual(['sme-tmdt', 'mua-sam-truc-tuyen', 'ocop-tmdt', 'nong-dan-iot']);
    expect(economy.excluded.map((v) => v.indicator.id)).toEqual(['nang-suat-lao-dong']);
    const government = pillarChartRows(section('digital_government').views);
    expect(government.excluded.map((v) => v.indicator.id)).toEqual(['nen-tang-du-lieu-ai']);
    expect(pillarChartRows(section('digital_society').views).excluded).toEqual([]);
  });
});

describe('pillarChartLayout: Kinh tế số', () => {
  const { rows } = pillarChartRows(section('digital_economy').views);
  const l = pillarChartLayout('bieu-do-kinh-te-so', rows);
  const x = (v: number) => S.laneLabelWidth + (v / 100) * (S.width - S.valueWidth - S.laneLabelWidth);

  it('has a 0–100% axis with ticks every 25%', () => {
    expect(l.x.domain).toEqual([0, 100]);
    expect(l.x.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(l.x.ticks.map((t) => t.x)).toEqual([0, 25, 50, 75, 100].map(x));
  });

  it('gives each indicator lanes 2025, 2030 and published, with values placed and written the Vietnamese way', () => {
    const sme = l.rows[0]!;
    expect(sme.lanes.map((lane) => [lane.series, lane.name, lane.value, lane.text])).toEqual([
      ['target-2025', '2025', 55, '> 55%'],
      ['target-2030', '2030', 70, '> 70%'],
      ['published', 'Công bố', 58, 'trên 58% (2023)'],
    ]);
    sme.lanes.forEach((lane, i) => expect(lane.x).toBeCloseTo([x(55), x(70), x(58)][i]!, 6));
    const ocop = l.rows.find((r) => r.id === 'ocop-tmdt')!;
    expect(ocop.lanes.map((lane) => lane.text)).toEqual(['= 100%', 'Không đặt chỉ tiêu năm 2030', '80% (2023)']);
    const shopping = l.rows.find((r) => r.id === 'mua-sam-truc-tuyen')!;
    expect(shopping.lanes.map((lane) => lane.text)).toEqual(['≥ 60%', '≥ 70%', 'Chưa có số liệu công bố']);
  });

  it('stacks rows without overlap and wraps long names', () => {
    for (let i = 1; i < l.rows.length; i++) expect(l.rows[i]!.top).toBeGreaterThan(l.rows[i - 1]!.bottom);
    for (const r of l.rows) for (const line of r.nameLines) expect(line.text.length).toBeLessThanOrEqual(S.nameChars);
    expect(l.rows.find((r) => r.id === 'nong-dan-iot')!.nameLines.length).toBe(2);
    expect(l.height).toBeGreaterThan(l.rows.at(-1)!.bottom);
  });

  it('draws one diamond per target and one circle per published value, with data-* values', () => {
    const { title, desc } = pillarChartText('Kinh tế số', rows);
    const marks = flattenMarks(pillarChartSpec(l, title, desc).marks).filter((m) => m.data?.indicator);
    const targetsDrawn = rows.reduce((n, r) => n + (r.target2025 ? 1 : 0) + (r.target2030 ? 1 : 0), 0);
    expect(marks.filter((m) => m.type === 'path')).toHaveLength(targetsDrawn);
    expect(marks.filter((m) => m.type === 'circle').map((m) => [m.data!.indicator, m.data!.value, m.data!.year])).toEqual([
      ['sme-tmdt', 58, 2023],
      ['ocop-tmdt', 80, 2023],
    ]);
    // The narrow and the wide layout share a page: their ids differ, their classes say which is which.
    const svg = renderSvg(pillarChartSpec(l, title, desc));
    expect(svg).toContain('class="chart chart-narrow"');
    expect(svg).toContain('aria-labelledby="bieu-do-kinh-te-so-hep-title bieu-do-kinh-te-so-hep-desc"');
    const wide = renderSvg(pillarChartSpec(pillarChartLayout('bieu-do-kinh-te-so', rows, PILLAR_CHART_WIDE), title, desc));
    expect(wide).toContain('class="chart chart-wide"');
    expect(wide).toContain('aria-labelledby="bieu-do-kinh-te-so-title bieu-do-kinh-te-so-desc"');
    expect(desc).toContain('4 chỉ số tính bằng phần trăm');
  });

  it('writes 79,2% with a comma', () => {
    const gov = pillarChartLayout('g', [{ id: 'k', name: 'k', target2025: null, target2030: null, latest: { year: 2022, value: 79.2 } }]);
    expect(gov.rows[0]!.lanes[2]!.text).toBe('79,2% (2022)');
  });

  it('draws a bound ("trên 58%") as an open marker, and an exact value as a filled one', () => {
    const l = pillarChartLayout('k', pillarChartRows(section('digital_economy').views).rows);
    expect(l.rows.find((r) => r.id === 'sme-tmdt')!.publishedBound).toBe(true);
    expect(l.rows.find((r) => r.id === 'ocop-tmdt')!.publishedBound).toBe(false);
    const circles = flattenMarks(pillarChartSpec(l, 't', 'd').marks).filter((m) => m.type === 'circle' && m.data?.series === 'published');
    expect(circles.map((m) => [m.data!.indicator, m.cls])).toEqual([
      ['sme-tmdt', 'point published bound'],
      ['ocop-tmdt', 'point published'],
    ]);
  });

  it('refuses a row that is not a percentage', () => {
    const growth = section('digital_economy').views.find((v) => v.indicator.id === 'nang-suat-lao-dong')!;
    expect(() =>
      pillarChartLayout('x', [{ id: 'nang-suat-lao-dong', name: 'x', target2025: growth.target2025, target2030: null, latest: null }]),
    ).toThrow(/percent_per_year/);
  });
});

describe('every pillar chart fits its width, in both layouts', () => {
  it.each(['digital_government', 'digital_economy', 'digital_society'])('%s: names and values stay inside the chart', (code) => {
    const { rows } = pillarChartRows(section(code).views);
    for (const size of [S, PILLAR_CHART_WIDE]) {
      const l = pillarChartLayout('x', rows, size);
      for (const r of l.rows) {
        for (const line of r.nameLines)
          expect(textWidth(line.text, l.fontSize) * 1.05, `${code} ${size.variant} "${line.text}"`).toBeLessThanOrEqual(l.width);
        for (const lane of r.lanes) {
          if (lane.x === null) continue;
          expect(l.plot.right + 12 + textWidth(lane.text, l.fontSize), `${code} ${size.variant} "${lane.text}"`).toBeLessThanOrEqual(
            l.width,
          );
        }
      }
    }
  });
});

describe('every pillar chart holds in any common sans-serif (text-metrics.ts), in both layouts', () => {
  it.each(['digital_government', 'digital_economy', 'digital_society'])('%s: no two texts overlap, stacked lines a line apart', (code) => {
    const { rows } = pillarChartRows(section(code).views);
    for (const size of [S, PILLAR_CHART_WIDE]) {
      const l = pillarChartLayout('x', rows, size);
      const fs = l.fontSize;
      // A name's two lines, and lanes, are as far apart as the tallest common font's text box (Noto Sans: 1.36 em).
      expect(lineHeight(fs)).toBeGreaterThanOrEqual((TEXT_ASCENT_EM + TEXT_DESCENT_EM) * fs);
      expect(TEXT_ASCENT_EM + TEXT_DESCENT_EM).toBeGreaterThanOrEqual(1.36);
      for (const r of l.rows) {
        r.nameLines.slice(1).forEach((line, i) => expect(line.y - r.nameLines[i]!.y).toBeGreaterThanOrEqual(lineHeight(fs)));
        r.lanes.slice(1).forEach((lane, i) => expect(lane.y - r.lanes[i]!.y).toBeGreaterThanOrEqual(lineHeight(fs)));
      }
      const texts = flattenMarks(pillarChartSpec(l, 't', 'd').marks).flatMap((m) =>
        m.type === 'text'
          ? [{ text: m.text, box: textBox(m.x, m.y, textWidth(m.text, fs, m.cls === 'row-name'), fs, m.anchor ?? 'start') }]
          : [],
      );
      const overlaps: string[] = [];
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          const { box: p } = a;
          const { box: q } = b;
          if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) overlaps.push(`"${a.text}" × "${b.text}"`);
        }),
      );
      expect(overlaps, `${code} ${size.variant}`).toEqual([]);
      for (const t of texts) expect(t.box.top, `${code} ${size.variant} "${t.text}"`).toBeGreaterThanOrEqual(0);
      for (const t of texts) expect(t.box.bottom, `${code} ${size.variant} "${t.text}"`).toBeLessThanOrEqual(l.height);
    }
  });
});

describe('pillarChartRows: the latest value', () => {
  const target = (id: string, year: number): TargetRecord => ({
    id,
    indicator_id: 'x',
    pillar: 'digital_economy',
    target_year: year,
    statement: 'Trên 55% doanh nghiệp',
    comparator: 'gt',
    comparator_label: 'lớn hơn',
    value: 55,
    unit: 'percent',
    subject: 'doanh nghiệp',
    section_id: 'II.2.b',
    source_line: 1,
  });
  const indicator = (latest: Pick<IndicatorRecord, 'latest_year' | 'latest_value' | 'latest_qualifier'>): IndicatorRecord => ({
    id: 'x',
    name: 'X',
    pillar: 'digital_economy',
    unit: 'percent',
    direction: 'increase',
    target_basis: 'province_2022',
    target_2025_id: 'II.2.b.9',
    target_2030_id: null,
    task_ids: [],
    status: 'achieved',
    result_2025: 'met',
    note: 'x',
    judged_target_id: 'II.2.b.9',
    latest_verdict: 'met',
    expected_value: null,
    target_year_passed_without_value: false,
    latest_source_kind: 'official_report',
    latest_reported_by: null,
    ...latest,
  });
  const byId = new Map([['II.2.b.9', target('II.2.b.9', 2025)]]);

  it("draws the indicators dataset's latest value, not one worked out again from the values", () => {
    // No progress row at all: only the published latest_* can put a value on the chart.
    const published = indicator({ latest_year: 2023, latest_value: 58, latest_qualifier: 'at_least' });
    expect(pillarChartRows([indicatorView(published, byId, [])]).rows[0]!.latest).toEqual({ year: 2023, value: 58, qualifier: 'at_least' });
    const none = indicator({ latest_year: null, latest_value: null, latest_qualifier: null });
    expect(pillarChartRows([indicatorView(none, byId, [])]).rows[0]!.latest).toBeNull();
  });
});
