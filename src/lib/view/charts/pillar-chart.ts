/**
 * The overview chart of one pillar: for each of its percentage indicators, three lanes on one
 * 0–100% scale — the 2025 target (solid stem, filled diamond), the 2030 target (dashed stem, hollow
 * diamond) and the latest published value (bar ending in a circle) — with the values written in a
 * column on the right, so nothing depends on colour or on reading positions. Pure maths.
 */
import { scaleLinear } from 'd3-scale';
import { capitalise } from '../../model/codes.ts';
import { NO_VALUE, qualifiedValueLabel, shortTargetLabel } from '../indicator-format.ts';
import type { TargetRecord, Qualifier } from '../../model/records.ts';
import { wrap } from '../gantt.ts';
import { EDGE, legendMarks, targetClass, type LegendItem } from './legend.ts';
import { lineHeight, middleBaseline, TEXT_ASCENT_EM, TEXT_DESCENT_EM } from './text-metrics.ts';
import { diamond, type ChartSpec, type Mark } from './svg.ts';
import type { ChartFrame } from './frame.ts';

type TargetLike = Pick<TargetRecord, 'id' | 'target_year' | 'comparator' | 'value' | 'unit'>;

export interface PillarChartRow {
  id: string;
  name: string;
  target2025: TargetLike | null;
  target2030: TargetLike | null;
  latest: { year: number; value: number; qualifier?: Qualifier } | null;
}

export interface PillarChartSize {
  /** Which layout (see INDICATOR_CHART_SIZE): the page shows the one that fits the screen. */
  variant: 'narrow' | 'wide';
  width: number;
  /** Room for the lane names ("2025", "2030", "Công bố"). */
  laneLabelWidth: number;
  /** Room for the values column on the right ("100% (2023)"). */
  valueWidth: number;
  fontSize: number;
  rowGap: number;
  /** Characters per line of an indicator's name. */
  nameChars: number;
}

/** Narrow: 340 units at 13, so the text is about 12.5 px on a 360 px phone. */
export const PILLAR_CHART_SIZE: PillarChartSize = {
  variant: 'narrow',
  width: 340,
  laneLabelWidth: 62,
  valueWidth: 124,
  fontSize: 13,
  rowGap: 14,
  nameChars: 40,
};

/** Wide: 900 units at 13, for desktops (the figure is at most 60rem wide, so the text stays near 15 px). */
export const PILLAR_CHART_WIDE: PillarChartSize = {
  variant: 'wide',
  width: 900,
  laneLabelWidth: 70,
  valueWidth: 150,
  fontSize: 13,
  rowGap: 14,
  nameChars: 110,
};

export type LaneSeries = 'target-2025' | 'target-2030' | 'published';

export interface Lane {
  series: LaneSeries;
  /** The lane's name on the left. */
  name: string;
  /** Centre line of the lane. */
  y: number;
  value: number | null;
  x: number | null;
  /** The value column's text ("> 55%", "58% (2023)"), or the note drawn in the empty lane. */
  text: string;
  year: number | null;
}

export interface PillarRowLayout {
  id: string;
  nameLines: { text: string; y: number }[];
  lanes: Lane[];
  top: number;
  bottom: number;
  /** The published value is a bound ("trên 58%"): drawn as an open marker. */
  publishedBound: boolean;
}

export interface PillarChartLayout extends ChartFrame<PillarChartSize['variant']> {
  /** Baselines of the two rows of axis labels (above the first indicator and below the last). */
  axisLabelY: { top: number; bottom: number };
  rows: PillarRowLayout[];
  legend: LegendItem[];
  legendHeight: number;
}

/** Lays out a pillar's chart; every row must be a percentage (growth rates and yes/no go elsewhere). */
export function pillarChartLayout(
  id: string,
  rows: readonly PillarChartRow[],
  size: PillarChartSize = PILLAR_CHART_SIZE,
): PillarChartLayout {
  const fs = size.fontSize;
  // Name lines and lanes are one line of text apart in the tallest common sans-serif (text-metrics.ts),
  // so two-line names with stacked diacritics never touch, whatever font the reader has.
  const line = lineHeight(fs);
  for (const r of rows) {
    for (const t of [r.target2025, r.target2030]) {
      if (t && (t.unit !== 'percent' || t.value === null))
        throw new Error(`pillar chart: ${r.id} has a target in ${t.unit}; only percentages share the 0–100% scale`);
    }
  }
  const legend: LegendItem[] = [
    { symbol: { kind: 'target', year: 2025 }, label: 'Chỉ tiêu 2025' },
    { symbol: { kind: 'target', year: 2030 }, label: 'Chỉ tiêu 2030' },
    { symbol: { kind: 'published' }, label: 'Số liệu công bố mới nhất' },
  ];
  const legendHeight = legendMarks(legend, EDGE, fs + 3, size.width - 2 * EDGE, fs).height;
  const plot = { left: size.laneLabelWidth, right: size.width - size.valueWidth, top: 0, bottom: 0 };
  const x = scaleLinear().domain([0, 100]).range([plot.left, plot.right]);
  const ticks = [0, 25, 50, 75, 100].map((value) => ({ value, x: x(value), label: `${value}%` }));

  const axisTop = legendHeight + fs + 10;
  let y = axisTop + 10;
  plot.top = y;
  const layoutRows = rows.map((r): PillarRowLayout => {
    const top = y;
    const nameLines = wrap(r.name, size.nameChars).map((text, i) => ({ text, y: top + TEXT_ASCENT_EM * fs + i * line }));
    y += nameLines.length * line + 2;
    const lane = (series: LaneSeries, name: string, value: number | null, text: string, year: number | null): Lane => {
      const laneY = y + line / 2;
      y += line;
      return { series, name, y: laneY, value, x: value === null ? null : x(value), text, year };
    };
    const t = (target: TargetLike | null, year: 2025 | 2030) =>
      lane(
        `target-${year}`,
        String(year),
        target?.value ?? null,
        target ? shortTargetLabel(target) : `Không đặt chỉ tiêu năm ${year}`,
        target ? year : null,
      );
    const lanes = [
      t(r.target2025, 2025),
      t(r.target2030, 2030),
      lane(
        'published',
        'Công bố',
        r.latest?.value ?? null,
        r.latest
          ? `${qualifiedValueLabel(r.latest.value, 'percent', r.latest.qualifier ?? 'exact')} (${r.latest.year})`
          : capitalise(NO_VALUE),
        r.latest?.year ?? null,
      ),
    ];
    const bottom = y;
    y += size.rowGap;
    const publishedBound = r.latest?.qualifier === 'at_least' || r.latest?.qualifier === 'at_most';
    return { id: r.id, nameLines, lanes, top, bottom, publishedBound };
  });
  plot.bottom = y - size.rowGap + 4;
  const bottomAxisY = plot.bottom + fs + 5;
  const height = Math.ceil(bottomAxisY + TEXT_DESCENT_EM * fs) + 2;
  return {
    id,
    variant: size.variant,
    fontSize: fs,
    width: size.width,
    height,
    plot,
    x: { domain: [0, 100], ticks },
    axisLabelY: { top: axisTop, bottom: bottomAxisY },
    rows: layoutRows,
    legend,
    legendHeight,
  };
}

/** The layout as marks. `title` and `desc` are the chart's accessible name and description. */
export function pillarChartSpec(layout: PillarChartLayout, title: string, desc: string): ChartSpec {
  const { plot } = layout;
  const fs = layout.fontSize;
  const marks: Mark[] = [legendMarks(layout.legend, EDGE, fs + 3, layout.width - 2 * EDGE, fs).marks[0]!];
  marks.push({
    type: 'group',
    cls: 'grid',
    marks: layout.x.ticks.map((t): Mark => ({ type: 'line', x1: t.x, y1: plot.top - 4, x2: t.x, y2: plot.bottom })),
  });
  marks.push({
    type: 'group',
    cls: 'axis x-axis',
    marks: layout.x.ticks.flatMap((t): Mark[] => [
      { type: 'text', x: t.x, y: layout.axisLabelY.top, text: t.label, anchor: 'middle' },
      { type: 'text', x: t.x, y: layout.axisLabelY.bottom, text: t.label, anchor: 'middle' },
    ]),
  });
  for (const row of layout.rows) {
    const rowMarks: Mark[] = row.nameLines.map((l): Mark => ({ type: 'text', x: EDGE, y: l.y, text: l.text, cls: 'row-name' }));
    for (const lane of row.lanes) {
      const baseline = middleBaseline(lane.y, fs);
      rowMarks.push({ type: 'text', x: plot.left - 6, y: baseline, text: lane.name, anchor: 'end', cls: 'lane-name' });
      if (lane.x === null || lane.value === null) {
        rowMarks.push({ type: 'text', x: plot.left + 2, y: baseline, text: lane.text, cls: 'empty-note' });
        continue;
      }
      const data = {
        indicator: row.id,
        series: lane.series === 'published' ? 'published' : 'target',
        year: lane.year ?? 0,
        value: lane.value,
      };
      rowMarks.push({ type: 'line', x1: plot.left, y1: lane.y, x2: plot.right, y2: lane.y, cls: 'track' });
      if (lane.series === 'published') {
        rowMarks.push({ type: 'rect', x: plot.left, y: lane.y - 3, width: lane.x - plot.left, height: 6, cls: 'bar published' });
        // A lower or upper bound ("trên 58%") is an open marker, never a plain point.
        rowMarks.push({
          type: 'circle',
          cx: lane.x,
          cy: lane.y,
          r: 4,
          cls: row.publishedBound ? 'point published bound' : 'point published',
          data,
        });
      } else {
        const cls = targetClass(lane.series === 'target-2025' ? 2025 : 2030);
        rowMarks.push({ type: 'line', x1: plot.left, y1: lane.y, x2: lane.x, y2: lane.y, cls: `stem ${cls}` });
        rowMarks.push({ type: 'path', d: diamond(lane.x, lane.y, 5.5), cls: `target ${cls}`, data });
      }
      rowMarks.push({ type: 'text', x: plot.right + 12, y: baseline, text: lane.text, cls: 'value-col' });
    }
    marks.push({ type: 'group', cls: 'row', marks: rowMarks });
  }
  // Two layouts can share a page: the narrow one's ids get a suffix.
  const id = layout.variant === 'narrow' ? `${layout.id}-hep` : layout.id;
  return { id, width: layout.width, height: layout.height, fontSize: fs, variant: layout.variant, title, desc, marks };
}

/** The chart's accessible name and description (the table after it has every number). */
export function pillarChartText(pillarLabel: string, rows: readonly PillarChartRow[]): { title: string; desc: string } {
  const withData = rows.filter((r) => r.latest !== null).length;
  return {
    title: `${pillarLabel}: chỉ tiêu năm 2025, năm 2030 và số liệu công bố mới nhất, thang 0–100%`,
    desc:
      `${rows.length} chỉ số tính bằng phần trăm, mỗi chỉ số ba dòng: chỉ tiêu năm 2025 (hình thoi đặc, đường liền), ` +
      `chỉ tiêu năm 2030 (hình thoi rỗng, đường đứt) và số liệu công bố mới nhất (thanh kết thúc bằng chấm tròn); ` +
      `giá trị ghi ở cột bên phải. ${withData} chỉ số có số liệu công bố. Bảng ngay sau biểu đồ có cùng số liệu.`,
  };
}
