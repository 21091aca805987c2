/**
 * The chart of one indicator over the plan's years: its targets as diamonds at their year (2025
 * filled, 2030 hollow) with a dashed level line over the years each target governs, and the published
 * values as circles joined by a line. Ranks are drawn upside down (rank 1 at the top), so "up" is
 * always "better". Pure maths (d3-scale, d3-shape, d3-array): layout first, then marks.
 */
import { extent, max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { capitalise, labelsOf, RANKED_PROVINCES, TARGET_UNIT } from '../../model/codes.ts';
import {
  NO_VALUE,
  QUALIFIER_WORDS,
  qualifiedValueLabel,
  shortTargetLabel,
  shortValueLabel,
  targetLabel,
  type Unit,
} from '../indicator-format.ts';
import type { TargetRecord, Qualifier } from '../../model/records.ts';
import { EDGE, legendMarks, targetClass, type LegendItem } from './legend.ts';
import { lineHeight, textBox, textWidth, touches, type Box } from './text-metrics.ts';
import { diamond, type ChartSpec, type Mark } from './svg.ts';
import type { ChartFrame } from './frame.ts';

const EMPTY_NOTE = capitalise(NO_VALUE);

/** The years the chart always shows: the plan's resolution year to the 2030 horizon. */
export const CHART_YEARS = { from: 2021, to: 2030 } as const;

export interface IndicatorChartInput {
  id: string;
  name: string;
  unit: Unit;
  targets: readonly Pick<TargetRecord, 'id' | 'target_year' | 'comparator' | 'value' | 'unit'>[];
  /** Published values (any order). Booleans: 1 = có, 0 = không. A bound ("trên 58%") is drawn as one. */
  observations: readonly { year: number; value: number; qualifier?: Qualifier }[];
}

export interface ChartSize {
  variant: 'narrow' | 'wide';
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
}

/**
 * Two layouts of every chart, and the page shows the one that fits (src/styles/chart.css), so the
 * text keeps about the size it was drawn at rather than shrinking with the screen.
 * Narrow: 340 units at 13, so on a 360 px phone (about 326 px of content) the text is 12.5 px.
 */
export const INDICATOR_CHART_SIZE: ChartSize = {
  variant: 'narrow',
  width: 340,
  height: 300,
  margin: { top: 58, right: 14, bottom: 30, left: 46 },
  fontSize: 13,
};

/** Wide: 720 units at 13, for desktops, where the chart fills its column (about 790 px at 1280); wider side margins. */
export const INDICATOR_CHART_WIDE: ChartSize = {
  ...INDICATOR_CHART_SIZE,
  variant: 'wide',
  width: 720,
  height: 340,
  margin: { ...INDICATOR_CHART_SIZE.margin, right: 20, left: 52 },
};

export interface LabelPos {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TargetMark {
  id: string;
  year: number;
  /** The target's value; a boolean target ("có") is 1. */
  value: number;
  x: number;
  y: number;
  label: string;
  labelPos: LabelPos;
  /** The dashed level line over the years this target governs (from the previous target's year). */
  guide: { x1: number; x2: number; y: number };
}

export interface PointMark {
  year: number;
  value: number;
  qualifier: Qualifier;
  /** For a bound: which way on screen the true value lies (an arrow from an open marker); null for a value. */
  bound: 'up' | 'down' | null;
  x: number;
  y: number;
  label: string;
  labelPos: LabelPos;
}

export interface IndicatorChartLayout extends ChartFrame<ChartSize['variant']> {
  /** inverted: larger values are drawn lower (ranks). */
  y: { domain: [number, number]; inverted: boolean; title: string; ticks: { value: number; y: number; label: string }[] };
  targets: TargetMark[];
  points: PointMark[];
  /** The line joining the published values (null for fewer than two). */
  line: string | null;
  /** "Chưa có số liệu công bố" in the plot when there is no value (baseline position). */
  emptyNote: { x: number; y: number; text: string } | null;
  legend: LegendItem[];
  title: string;
  desc: string;
}

const Y_TITLES: Record<Unit, string> = labelsOf(TARGET_UNIT, (u) => u.axis);

/** The value scale of a unit: its domain, tick values and whether it is upside down. */
function valueScale(unit: Unit, values: number[]): { domain: [number, number]; ticks: number[]; inverted: boolean } {
  switch (unit) {
    case 'percent':
      return { domain: [0, 100], ticks: [0, 25, 50, 75, 100], inverted: false };
    case 'rank': {
      const worst = Math.max(RANKED_PROVINCES, max(values) ?? 0);
      const ticks = [1, 10, 20, 30, 40, 50, 60].filter((t) => t < worst - 4);
      return { domain: [1, worst], ticks: [...ticks, worst], inverted: true };
    }
    case 'boolean':
      return { domain: [0, 1], ticks: [0, 1], inverted: false };
    case 'percent_per_year': {
      // A growth rate, not a share: its own scale from 0 (or below, for a fall) to a little above the largest value.
      const s = scaleLinear()
        .domain([Math.min(0, min(values) ?? 0), Math.max(10, max(values) ?? 0)])
        .nice(5);
      const [d0, d1] = s.domain() as [number, number];
      return { domain: [d0, d1], ticks: s.ticks(5), inverted: false };
    }
  }
}

function tickLabel(value: number, unit: Unit): string {
  if (unit === 'boolean') return value === 1 ? 'có' : 'không';
  if (unit === 'rank') return String(value);
  return shortValueLabel(value, 'percent');
}

/** Lays out one indicator's chart (see the module comment). */
export function indicatorChartLayout(input: IndicatorChartInput, size: ChartSize = INDICATOR_CHART_SIZE): IndicatorChartLayout {
  const { unit } = input;
  const fs = size.fontSize;
  const targets = [...input.targets].sort((a, b) => a.target_year - b.target_year);
  const observations = [...input.observations].sort((a, b) => a.year - b.year);
  for (const t of targets)
    if (t.unit !== unit) throw new Error(`chart ${input.id}: target ${t.id} is in ${t.unit}, the indicator in ${unit}`);

  const targetValue = (t: (typeof targets)[number]) => t.value ?? 1; // a boolean target means "có" = 1
  const years = [...targets.map((t) => t.target_year), ...observations.map((o) => o.year)];
  const [minYear = CHART_YEARS.from, maxYear = CHART_YEARS.to] = extent([CHART_YEARS.from, CHART_YEARS.to, ...years]);
  const values = [...targets.map(targetValue), ...observations.map((o) => o.value)];
  const vs = valueScale(unit, values);

  // The legend sits above the plot, then the value axis' title, then the plot.
  const legend: LegendItem[] = [
    ...targets.map((t): LegendItem => ({ symbol: { kind: 'target', year: t.target_year }, label: `Chỉ tiêu ${t.target_year}` })),
    { symbol: { kind: 'published' }, label: 'Số liệu công bố' },
    ...(observations.some((o) => isBound(o.qualifier))
      ? [{ symbol: { kind: 'bound' }, label: 'Cận (nguồn ghi “trên”/“dưới”)' } satisfies LegendItem]
      : []),
  ];
  const legendHeight = legendMarks(legend, EDGE, fs + 3, size.width - 2 * EDGE, fs).height;
  const plot = {
    left: size.margin.left,
    right: size.width - size.margin.right,
    top: Math.max(size.margin.top, legendHeight + fs + 24),
    bottom: size.height - size.margin.bottom,
  };
  const x = scaleLinear()
    .domain([minYear, maxYear])
    .range([plot.left + 12, plot.right - 12]);
  // A yes/no scale keeps its two levels off the plot's edges.
  const inset = unit === 'boolean' ? 24 : 0;
  const y = scaleLinear()
    .domain(vs.domain)
    .range(vs.inverted ? [plot.top + inset, plot.bottom - inset] : [plot.bottom - inset, plot.top + inset]);

  // One row of year labels. Where a year's spacing is narrower than a label, years are left
  // unlabelled (their tick stays) rather than staggered: the first and last years, the target years
  // and the years with data are labelled first, then the others wherever they fit.
  const allYears = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i);
  const labelled = thinYearLabels(
    allYears,
    [minYear, maxYear, ...targets.map((t) => t.target_year), ...observations.map((o) => o.year).reverse()],
    x,
    textWidth('2030', fs) + fs * 0.6,
  );
  const xTicks = allYears.map((value) => ({ value, x: x(value), label: labelled.has(value) ? String(value) : '' }));
  const yTicks = vs.ticks.map((value) => ({ value, y: y(value), label: tickLabel(value, unit) }));

  // Each value label goes above its mark, or below it when a mark of the other series in the same
  // year sits above; if that spot would touch a label already placed, a mark or the plot's edge, the
  // next candidate is tried (the other side, then shifted left or right, then up to three lines further out).
  const placed: Box[] = [];
  const marksAt: Box[] = [];
  const place = (px: number, py: number, text: string, prefer: 'above' | 'below'): LabelPos => {
    const w = textWidth(text, fs, true); // value labels are bold
    const other = prefer === 'above' ? 'below' : 'above';
    const candidates: { side: 'above' | 'below'; anchor: LabelPos['anchor']; extra: number }[] = [];
    for (const extra of [0, 1, 2, 3].map((n) => n * lineHeight(fs))) {
      for (const side of [prefer, other] as const) {
        for (const anchor of ['middle', 'start', 'end'] as const) candidates.push({ side, anchor, extra });
      }
    }
    const fits = (c: (typeof candidates)[number]): { pos: LabelPos; box: Box } | null => {
      const baseline = c.side === 'above' ? py - 9 - c.extra : py + 9 + fs + c.extra;
      const lx = c.anchor === 'end' ? px + 8 : c.anchor === 'start' ? px - 8 : px;
      const box = textBox(lx, baseline, w, fs, c.anchor);
      if (box.left < plot.left || box.right > size.width - EDGE || box.top < plot.top - 4 || box.bottom > plot.bottom - 1) return null;
      if ([...placed, ...marksAt].some((b) => touches(b, box))) return null;
      return { pos: { x: lx, y: baseline, anchor: c.anchor }, box };
    };
    // Nothing free (never the case for the plan's charts, which the tests measure): the first choice.
    const firstY = prefer === 'above' ? py - 9 : py + 9 + fs;
    const chosen = candidates.map(fits).find((f) => f !== null) ?? {
      pos: { x: px, y: firstY, anchor: 'middle' as const },
      box: textBox(px, firstY, w, fs, 'middle'),
    };
    placed.push(chosen.box);
    return chosen.pos;
  };
  const pointAt = new Map(observations.map((o) => [o.year, y(o.value)]));
  const targetAt = new Map(targets.map((t) => [t.target_year, y(targetValue(t))]));
  // With no published value, a note sits in the middle of the plot, and labels keep off it too.
  const emptyNote =
    observations.length === 0 ? { x: (plot.left + plot.right) / 2, y: (plot.top + plot.bottom) / 2 + fs * 0.35, text: EMPTY_NOTE } : null;
  if (emptyNote) placed.push(textBox(emptyNote.x, emptyNote.y, textWidth(EMPTY_NOTE, fs), fs, 'middle'));
  // Labels keep off every marker (a diamond or circle of radius 6, plus a bound's arrow).
  for (const o of observations) marksAt.push({ left: x(o.year) - 6, right: x(o.year) + 6, top: y(o.value) - 6, bottom: y(o.value) + 6 });
  for (const t of targets)
    marksAt.push({ left: x(t.target_year) - 6, right: x(t.target_year) + 6, top: y(targetValue(t)) - 6, bottom: y(targetValue(t)) + 6 });

  let guideStart = x(minYear);
  const targetMarks: TargetMark[] = targets.map((t) => {
    const value = targetValue(t);
    const tx = x(t.target_year);
    const ty = y(value);
    const other = pointAt.get(t.target_year);
    const label = shortTargetLabel(t);
    const mark: TargetMark = {
      id: t.id,
      year: t.target_year,
      value,
      x: tx,
      y: ty,
      label,
      labelPos: place(tx, ty, label, other !== undefined && other < ty ? 'below' : 'above'),
      guide: { x1: guideStart, x2: tx, y: ty },
    };
    guideStart = tx;
    return mark;
  });
  const points: PointMark[] = observations.map((o) => {
    const px = x(o.year);
    const py = y(o.value);
    const other = targetAt.get(o.year);
    const qualifier = o.qualifier ?? 'exact';
    const words = QUALIFIER_WORDS[qualifier];
    const label = words ? `${words} ${shortValueLabel(o.value, unit)}` : shortValueLabel(o.value, unit);
    // "trên" lies above on a normal axis and below on an inverted one (a rank "or worse").
    const larger = qualifier === 'at_least' ? true : qualifier === 'at_most' ? false : null;
    const bound = larger === null ? null : larger !== vs.inverted ? 'up' : 'down';
    // The label goes on the side away from the arrow.
    const prefer = bound === 'up' ? 'below' : bound === 'down' ? 'above' : other !== undefined && other <= py ? 'below' : 'above';
    return { year: o.year, value: o.value, qualifier, bound, x: px, y: py, label, labelPos: place(px, py, label, prefer) };
  });
  const path =
    points.length >= 2
      ? line<PointMark>()
          .x((p) => p.x)
          .y((p) => p.y)
          .digits(2)(points)
      : null;

  const targetText = targets.map((t) => `Chỉ tiêu năm ${t.target_year}: ${targetLabel(t)}.`).join(' ');
  const pointText =
    observations.length === 0
      ? `${EMPTY_NOTE}.`
      : `Số liệu công bố: ${observations.map((o) => `năm ${o.year}: ${qualifiedValueLabel(o.value, unit, o.qualifier ?? 'exact')}`).join('; ')}.`;
  return {
    id: input.id,
    variant: size.variant,
    fontSize: fs,
    width: size.width,
    height: size.height,
    plot,
    x: { domain: [minYear, maxYear], ticks: xTicks },
    y: { domain: vs.domain, inverted: vs.inverted, title: Y_TITLES[unit], ticks: yTicks },
    targets: targetMarks,
    points,
    line: path,
    emptyNote,
    legend,
    title: `${input.name}: chỉ tiêu và số liệu công bố, ${minYear}–${maxYear}`,
    desc: `${targetText} ${pointText}${vs.inverted ? ' Trục thứ hạng đảo ngược: hạng 1 ở trên cùng.' : ''}`,
  };
}

/**
 * Which years get a label on one row: `priority` first (duplicates ignored), then the rest in order,
 * each only if it is at least `spacing` from every label already chosen.
 */
export function thinYearLabels(
  years: readonly number[],
  priority: readonly number[],
  x: (year: number) => number,
  spacing: number,
): Set<number> {
  const chosen = new Set<number>();
  for (const year of [...priority, ...years]) {
    if (chosen.has(year) || !years.includes(year)) continue;
    if ([...chosen].every((c) => Math.abs(x(c) - x(year)) >= spacing)) chosen.add(year);
  }
  return chosen;
}

function isBound(q: Qualifier | undefined): boolean {
  return q === 'at_least' || q === 'at_most';
}

/** A short arrow from just past a marker at (x, y), pointing up (dir -1) or down (dir 1). */
export function boundArrow(x: number, y: number, dir: -1 | 1): string {
  const start = y + dir * 6;
  const tip = y + dir * 20;
  const r = (n: number) => Math.round(n * 100) / 100;
  return `M${r(x)},${r(start)}V${r(tip)}M${r(x - 4)},${r(tip - dir * 5)}L${r(x)},${r(tip)}L${r(x + 4)},${r(tip - dir * 5)}`;
}

/** The layout as marks (grid, axes, target lines, the published line and points, labels, legend). */
export function indicatorChartSpec(layout: IndicatorChartLayout): ChartSpec {
  const { plot } = layout;
  const fs = layout.fontSize;
  const marks: Mark[] = [];
  marks.push(legendMarks(layout.legend, EDGE, fs + 3, layout.width - 2 * EDGE, fs).marks[0]!);
  marks.push({ type: 'text', x: EDGE, y: plot.top - 14, text: layout.y.title, cls: 'axis-title' });
  marks.push({
    type: 'group',
    cls: 'grid',
    marks: layout.y.ticks.map((t): Mark => ({ type: 'line', x1: plot.left, y1: t.y, x2: plot.right, y2: t.y })),
  });
  marks.push({
    type: 'group',
    cls: 'axis y-axis',
    marks: layout.y.ticks.map((t): Mark => ({ type: 'text', x: plot.left - 5, y: t.y + fs * 0.35, text: t.label, anchor: 'end' })),
  });
  // The x axis line sits at the plot's bottom edge (rank 63 for ranks, 0 otherwise).
  marks.push({
    type: 'group',
    cls: 'axis x-axis',
    marks: [
      { type: 'line', x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, cls: 'axis-line' },
      ...layout.x.ticks.flatMap((t): Mark[] => [
        { type: 'line', x1: t.x, y1: plot.bottom, x2: t.x, y2: plot.bottom + 4, cls: 'axis-line' },
        ...(t.label ? [{ type: 'text', x: t.x, y: plot.bottom + 6 + fs, text: t.label, anchor: 'middle' } satisfies Mark] : []),
      ]),
    ],
  });
  for (const t of layout.targets) {
    marks.push({ type: 'line', x1: t.guide.x1, y1: t.guide.y, x2: t.guide.x2, y2: t.guide.y, cls: `target-guide ${targetClass(t.year)}` });
  }
  if (layout.line) marks.push({ type: 'path', d: layout.line, cls: 'published-line' });
  if (layout.emptyNote)
    marks.push({
      type: 'text',
      x: layout.emptyNote.x,
      y: layout.emptyNote.y,
      text: layout.emptyNote.text,
      anchor: 'middle',
      cls: 'empty-note',
    });
  for (const p of layout.points) {
    const data = { series: 'published', year: p.year, value: p.value, qualifier: p.qualifier };
    if (p.bound) {
      // A bound is an open marker with an arrow towards where the true value lies, never a plain point.
      const dir = p.bound === 'up' ? -1 : 1;
      marks.push({ type: 'path', d: boundArrow(p.x, p.y, dir), cls: 'bound-arrow' });
      marks.push({ type: 'circle', cx: p.x, cy: p.y, r: 4.5, cls: 'point published bound', data });
    } else {
      marks.push({ type: 'circle', cx: p.x, cy: p.y, r: 4.5, cls: 'point published', data });
    }
  }
  for (const t of layout.targets) {
    marks.push({
      type: 'path',
      d: diamond(t.x, t.y, 6),
      cls: `target ${targetClass(t.year)}`,
      data: { series: 'target', year: t.year, value: t.value },
    });
  }
  for (const l of [...layout.targets, ...layout.points]) {
    marks.push({ type: 'text', x: l.labelPos.x, y: l.labelPos.y, text: l.label, anchor: l.labelPos.anchor, cls: 'value-label' });
  }
  // Two layouts can share a page: the narrow one's ids get a suffix.
  const id = layout.variant === 'narrow' ? `bieu-do-${layout.id}-hep` : `bieu-do-${layout.id}`;
  return {
    id,
    width: layout.width,
    height: layout.height,
    fontSize: fs,
    variant: layout.variant,
    title: layout.title,
    desc: layout.desc,
    marks,
  };
}
