/**
 * The indicator chart on the frozen outcomes (helpers/snapshot.ts): dti-rank (a rank, drawn upside down) and sme-tmdt (a
 * percentage with two targets and one published value), plus a yes/no and a growth-rate indicator.
 */
import { describe, expect, it } from 'vitest';
import {
  CHART_YEARS,
  INDICATOR_CHART_SIZE as S,
  INDICATOR_CHART_WIDE,
  indicatorChartLayout,
  indicatorChartSpec,
  thinYearLabels,
  type IndicatorChartLayout,
} from '../../../../src/lib/view/charts/indicator-chart.ts';
import { textBox, textWidth, touches, type Box } from '../../../../src/lib/view/charts/text-metrics.ts';
import { flattenMarks, renderSvg } from '../../../../src/lib/view/charts/svg.ts';
import { chartInput } from '../../../../src/lib/view/indicator-pages.ts';
import { snapshotSite } from '../../../helpers/snapshot.ts';

const { indicators, indicatorViews } = snapshotSite();
const view = (id: string) => indicatorViews.find((v) => v.indicator.id === id)!;
const layoutOf = (id: string) => indicatorChartLayout(chartInput(view(id)));
const marksOf = (l: IndicatorChartLayout) => flattenMarks(indicatorChartSpec(l).marks);

/** The chart in words, one line per kind of mark: what a reader sees, for the snapshot. */
function summary(l: IndicatorChartLayout): string {
  return [
    `x ${l.x.domain.join('–')}: ${l.x.ticks.map((t) => t.label || '·').join(' ')}`,
    `y ${l.y.domain.join('–')}${l.y.inverted ? ' inverted' : ''} "${l.y.title}": ${l.y.ticks.map((t) => t.label).join(' ')}`,
    ...l.targets.map(
      (t) =>
        `target ${t.year} ${t.value} "${t.label}" at (${Math.round(t.x)}, ${Math.round(t.y)}) label ${t.labelPos.y < t.y ? 'above' : 'below'}`,
    ),
    ...l.points.map((p) => `point ${p.year} ${p.value} "${p.label}" at (${Math.round(p.x)}, ${Math.round(p.y)})`),
    `line ${l.line ?? 'none'}`,
    `legend ${l.legend.map((i) => i.label).join(' | ')}`,
  ].join('\n');
}

describe('indicatorChartLayout: the DTI rank (dti-rank)', () => {
  const l = layoutOf('dti-rank');
  const { plot } = l;

  it('spans 2021–2030 with one tick per year and one row of labels: on a phone the ends, the target years and the years with data first, none touching', () => {
    expect(l.x.domain).toEqual([CHART_YEARS.from, CHART_YEARS.to]);
    expect(l.x.ticks.map((t) => t.value)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const labelled = l.x.ticks.filter((t) => t.label);
    expect(labelled.map((t) => t.label)).toContain('2021');
    expect(labelled.map((t) => t.label)).toContain('2025');
    expect(labelled.map((t) => t.label)).toContain('2030');
    for (let i = 1; i < labelled.length; i++)
      expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(textWidth('2030', l.fontSize) + 4);
    // The wide layout has room for every year.
    const wide = indicatorChartLayout(chartInput(view('dti-rank')), INDICATOR_CHART_WIDE);
    expect(wide.x.ticks.map((t) => t.label)).toEqual(wide.x.ticks.map((t) => String(t.value)));
    expect(l.x.ticks[0]!.x).toBe(plot.left + 12);
    expect(l.x.ticks.at(-1)!.x).toBe(plot.right - 12);
  });

  it('draws ranks upside down over the 63 provinces: rank 1 at the top, rank 39 below it, 63 at the bottom', () => {
    expect(l.y.inverted).toBe(true);
    expect(l.y.domain).toEqual([1, 63]);
    expect(l.y.ticks.map((t) => t.label)).toEqual(['1', '10', '20', '30', '40', '50', '63']);
    const y = (rank: number) => l.y.ticks.find((t) => t.value === rank)?.y;
    expect(y(1)).toBe(plot.top);
    expect(y(63)).toBe(plot.bottom);
    expect(l.points.map((p) => [p.year, p.value])).toEqual([
      [2021, 49],
      [2022, 39],
    ]);
    const p39 = l.points[1]!;
    expect(p39).toMatchObject({ year: 2022, value: 39, label: '39', bound: null });
    // Rising on the chart means a better rank: 2022 is drawn above 2021.
    expect(p39.y).toBeLessThan(l.points[0]!.y);
    expect(p39.y).toBeGreaterThan(y(1)!);
    expect(p39.y).toBeCloseTo(plot.top + ((39 - 1) / 62) * (plot.bottom - plot.top), 6);
  });

  it('places the targets at their year and rank: ≤ 25 in 2025, ≤ 20 in 2030, the 2030 one higher', () => {
    const x = (year: number) => plot.left + 12 + ((year - 2021) / 9) * (plot.right - plot.left - 24);
    const y = (rank: number) => plot.top + ((rank - 1) / 62) * (plot.bottom - plot.top);
    expect(l.targets.map((t) => [t.id, t.year, t.value, t.label])).toEqual([
      ['II.1.rank-2025', 2025, 25, '≤ 25'],
      ['II.1.rank-2030', 2030, 20, '≤ 20'],
    ]);
    expect(l.targets[0]!.x).toBeCloseTo(x(2025), 6);
    expect(l.targets[0]!.y).toBeCloseTo(y(25), 6);
    expect(l.targets[1]!.x).toBeCloseTo(x(2030), 6);
    expect(l.targets[1]!.y).toBeCloseTo(y(20), 6);
    expect(l.targets[1]!.y).toBeLessThan(l.targets[0]!.y);
    // Each target's level line runs over the years it governs: 2021–2025, then 2025–2030.
    expect(l.targets.map((t) => [Math.round(t.guide.x1), Math.round(t.guide.x2)])).toEqual([
      [Math.round(x(2021)), Math.round(x(2025))],
      [Math.round(x(2025)), Math.round(x(2030))],
    ]);
  });

  it('says it all in words: title, description with the targets, the rank and the inverted axis', () => {
    expect(l.title).toBe('Thứ hạng chỉ số chuyển đổi số cấp tỉnh (DTI): chỉ tiêu và số liệu công bố, 2021–2030');
    expect(l.desc).toBe(
      'Chỉ tiêu năm 2025: nhóm 25 (hạng ≤ 25). Chỉ tiêu năm 2030: nhóm 20 (hạng ≤ 20). Số liệu công bố: năm 2021: hạng 49; năm 2022: hạng 39. Trục thứ hạng đảo ngược: hạng 1 ở trên cùng.',
    );
  });

  it('has one circle per published value, one diamond per target and a line joining the values', () => {
    const marks = marksOf(l);
    const data = marks.filter((m) => m.data?.series);
    expect(data.map((m) => [m.type, m.data!.series, m.data!.year, m.data!.value])).toEqual([
      ['circle', 'published', 2021, 49],
      ['circle', 'published', 2022, 39],
      ['path', 'target', 2025, 25],
      ['path', 'target', 2030, 20],
    ]);
    expect(l.line).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(summary(l)).toMatchSnapshot();
  });

  it('draws no line for a single value', () => {
    const single = indicatorChartLayout({ ...chartInput(view('dti-rank')), observations: [{ year: 2022, value: 39 }] });
    expect(single.line).toBeNull();
    expect(marksOf(single).filter((m) => m.cls === 'published-line' && m.type === 'path')).toHaveLength(0);
  });
});

describe('indicatorChartLayout: SMEs on e-commerce (sme-tmdt)', () => {
  const l = layoutOf('sme-tmdt');
  const { plot } = l;
  const y = (v: number) => plot.bottom - (v / 100) * (plot.bottom - plot.top);

  it('uses a 0–100% scale, not inverted, with Vietnamese tick labels', () => {
    expect(l.y).toMatchObject({ domain: [0, 100], inverted: false, title: 'Tỷ lệ (%)' });
    expect(l.y.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('places > 55% (2025), > 70% (2030) and the published 58% (2023) at their heights', () => {
    expect(l.targets.map((t) => [t.year, t.label])).toEqual([
      [2025, '> 55%'],
      [2030, '> 70%'],
    ]);
    expect(l.targets[0]!.y).toBeCloseTo(y(55), 6);
    expect(l.targets[1]!.y).toBeCloseTo(y(70), 6);
    expect(l.points).toHaveLength(1);
    expect(l.points[0]).toMatchObject({ year: 2023, value: 58, label: 'trên 58%', qualifier: 'at_least', bound: 'up' });
    expect(l.points[0]!.y).toBeCloseTo(y(58), 6);
    // The bound is drawn above the 55% target line: met whatever the true value is.
    expect(l.points[0]!.y).toBeLessThan(l.targets[0]!.guide.y);
    expect(l.desc).toBe('Chỉ tiêu năm 2025: > 55%. Chỉ tiêu năm 2030: > 70%. Số liệu công bố: năm 2023: trên 58%.');
  });

  it('draws "trên 58%" as a bound: an open marker with an arrow upwards, and says so in the legend', () => {
    const marks = marksOf(l);
    const point = marks.find((m) => m.type === 'circle' && m.data?.series === 'published')!;
    expect(point.cls).toBe('point published bound');
    expect(point.data!.qualifier).toBe('at_least');
    const p = l.points[0]!;
    const arrows = marks.filter((m) => m.cls === 'bound-arrow' && m.type === 'path').map((m) => (m as { d: string }).d);
    const own = arrows.find((d) => d.startsWith(`M${Math.round(p.x * 100) / 100},`));
    expect(own, arrows.join(' | ')).toBeDefined();
    // From just above the marker up to a tip above it (smaller y on screen).
    const [, start, tip] = /^M[\d.]+,([\d.]+)V([\d.]+)/.exec(own!)!.map(Number) as [number, number, number];
    expect(start).toBeLessThan(p.y);
    expect(tip).toBeLessThan(start);
    expect(l.legend.map((i) => i.label)).toContain('Cận (nguồn ghi “trên”/“dưới”)');
    expect(renderSvg(indicatorChartSpec(l))).toContain('>trên 58%</text>');
  });

  it('points a lower bound on a rank downwards (worse ranks lie lower)', () => {
    const input = chartInput(view('dti-rank'));
    const l2 = indicatorChartLayout({ ...input, observations: [{ year: 2024, value: 30, qualifier: 'at_least' }] });
    expect(l2.points[0]!.bound).toBe('down');
  });

  it('keeps labels inside the plot: a label that would rise above it goes below its mark', () => {
    for (const m of [...l.targets, ...l.points]) {
      expect(m.labelPos.y - S.fontSize).toBeGreaterThanOrEqual(plot.top - 2);
      expect(m.labelPos.y).toBeLessThanOrEqual(plot.bottom);
    }
    const full = layoutOf('du-lieu-mo'); // 100% targets sit on the plot's top edge
    expect(full.targets.every((t) => t.labelPos.y > t.y)).toBe(true);
  });
});

describe('indicatorChartLayout: other units and several values', () => {
  it('joins two or more published values with a line (dvc-muc-do-4: 100% in 2022, 2023 and 2024)', () => {
    const l = layoutOf('dvc-muc-do-4');
    expect(l.points.map((p) => [p.year, p.value])).toEqual([
      [2022, 100],
      [2023, 100],
      [2024, 100],
    ]);
    expect(l.line).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(l.targets.map((t) => t.label)).toEqual(['= 100%']);
    expect(renderSvg(indicatorChartSpec(l))).toContain(`<path d="${l.line}" class="published-line"/>`);
  });

  it('writes decimals with a comma: 79,2% (ky-nang-so-cbccvc)', () => {
    const l = layoutOf('ky-nang-so-cbccvc');
    expect(l.points[0]!.label).toBe('79,2%');
    expect(l.points[0]!.bound).toBeNull();
    expect(l.desc).toContain('năm 2022: 79,2%');
    expect(renderSvg(indicatorChartSpec(l))).toContain('>79,2%</text>');
  });

  it('gives a growth rate its own scale from 0, and a yes/no target the levels "không" and "có"', () => {
    const growth = layoutOf('nang-suat-lao-dong');
    expect(growth.y.domain).toEqual([0, 10]);
    expect(growth.y.title).toBe('Tăng so với năm trước (%)');
    expect(growth.targets.map((t) => t.label)).toEqual(['≥ 7%/năm', '≥ 8%/năm']);
    const yesNo = layoutOf('nen-tang-du-lieu-ai');
    expect(yesNo.y.ticks.map((t) => t.label)).toEqual(['không', 'có']);
    expect(yesNo.targets).toMatchObject([{ year: 2030, value: 1, label: 'có' }]);
    expect(yesNo.points).toEqual([]);
    expect(marksOf(yesNo).some((m) => m.type === 'text' && m.text === 'Chưa có số liệu công bố')).toBe(true);
  });

  it('draws every indicator without error, each mark inside the chart', () => {
    for (const ind of indicators) {
      const l = layoutOf(ind.id);
      for (const m of marksOf(l)) {
        if (m.type === 'circle') {
          expect(m.cx).toBeGreaterThanOrEqual(0);
          expect(m.cx).toBeLessThanOrEqual(l.width);
          expect(m.cy).toBeLessThanOrEqual(l.height);
        }
        if (m.type === 'text') expect(m.y, `${ind.id}: ${m.text}`).toBeLessThanOrEqual(l.height);
      }
      // Values on another basis than the targets' (the merged province's) are listed, not plotted.
      const comparable = view(ind.id).progress.filter((p) => p.basis === ind.target_basis).length;
      expect(l.targets.length + l.points.length).toBe(view(ind.id).targets.length + comparable);
    }
  });

  it("refuses a target whose unit differs from the indicator's", () => {
    const input = chartInput(view('sme-tmdt'));
    expect(() => indicatorChartLayout({ ...input, unit: 'rank' })).toThrow(/II\.2\.b\.1 is in percent/);
  });
});

describe('labels never collide, on every indicator, in both layouts', () => {
  const boxOf = (x: number, y: number, text: string, fs: number, anchor: 'start' | 'middle' | 'end', bold = true): Box =>
    textBox(x, y, textWidth(text, fs, bold), fs, anchor);
  it.each(indicators.map((i) => i.id))('%s: value labels keep apart from each other, inside the plot, off the axis labels', (id) => {
    for (const size of [S, INDICATOR_CHART_WIDE]) {
      const l = indicatorChartLayout(chartInput(view(id)), size);
      const fs = l.fontSize;
      const labels = [
        ...[...l.targets, ...l.points].map((m) => ({
          text: m.label,
          box: boxOf(m.labelPos.x, m.labelPos.y, m.label, fs, m.labelPos.anchor),
        })),
        ...(l.emptyNote
          ? [{ text: l.emptyNote.text, box: boxOf(l.emptyNote.x, l.emptyNote.y, l.emptyNote.text, fs, 'middle', false) }]
          : []),
      ];
      for (let i = 0; i < labels.length; i++) {
        const b = labels[i]!.box;
        expect(b.left, `${id} ${size.variant} "${labels[i]!.text}"`).toBeGreaterThanOrEqual(l.plot.left);
        expect(b.right, `${id} ${size.variant} "${labels[i]!.text}"`).toBeLessThanOrEqual(l.width);
        for (let j = i + 1; j < labels.length; j++) {
          expect(touches(b, labels[j]!.box), `${id} ${size.variant}: "${labels[i]!.text}" and "${labels[j]!.text}"`).toBe(false);
        }
      }
      const years = l.x.ticks.filter((t) => t.label).map((t) => boxOf(t.x, l.plot.bottom + 6 + fs, t.label, fs, 'middle'));
      for (let i = 1; i < years.length; i++)
        expect(years[i]!.left, `${id} ${size.variant} year labels`).toBeGreaterThan(years[i - 1]!.right);
    }
  });

  it('a 2025 target and a value of the same size in the next year (the 2024 report\'s "= 100%" and "100%") get apart', () => {
    const l = indicatorChartLayout({
      id: 'thu',
      name: 'Thử',
      unit: 'percent',
      targets: [{ id: 't', target_year: 2025, comparator: 'eq', value: 100, unit: 'percent' }],
      observations: [{ year: 2024, value: 100 }],
    });
    const [t] = l.targets;
    const [p] = l.points;
    expect(
      touches(
        boxOf(t!.labelPos.x, t!.labelPos.y, t!.label, l.fontSize, t!.labelPos.anchor),
        boxOf(p!.labelPos.x, p!.labelPos.y, p!.label, l.fontSize, p!.labelPos.anchor),
      ),
    ).toBe(false);
  });
});

describe('thinYearLabels', () => {
  const x = (year: number) => (year - 2021) * 30;
  it('keeps the priority years, then fills in the others that fit, none closer than the spacing', () => {
    const years = [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
    expect([...thinYearLabels(years, [2021, 2030, 2025, 2024, 2023], x, 40)].sort()).toEqual([2021, 2023, 2025, 2027, 2030]);
    expect([...thinYearLabels(years, [], x, 25)].sort()).toEqual(years);
    // A priority year outside the axis is ignored.
    expect(thinYearLabels(years, [2040], x, 40).has(2040)).toBe(false);
  });
});
