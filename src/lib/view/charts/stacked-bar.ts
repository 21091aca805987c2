/**
 * The progress overview's chart: one horizontal bar per row (a group, a body, the whole plan), split
 * into segments that each take their share of the row (every bar is 100% of its row), in a fixed
 * order left to right. Each segment is a link to the list of exactly its items and carries its count
 * in words (the link's name) and, where it fits, as a number on the bar; the row's name links to its
 * whole list and its total stands at the right. Segments are separated by a white gap, so each meets
 * the contrast it needs against white alone. Pure layout; the page's table repeats every number.
 */
import { scaleLinear } from 'd3-scale';
import type { ChartFrame } from './frame.ts';
import { EDGE } from './legend.ts';
import { textWidth, wrapToWidth } from './text-metrics.ts';
import type { ChartSpec, Mark } from './svg.ts';

/** A segment as the chart draws it: its code (the CSS class `seg-<key>`), its words and its link. */
export interface BarSegmentInput {
  key: string;
  label: string;
  count: number;
  href: string;
}

export interface BarRowInput {
  key: string;
  label: string;
  total: number;
  /** The list of the row's items, or null (its name is then plain text). */
  href: string | null;
  segments: BarSegmentInput[];
}

export interface StackedBarSize {
  variant: 'narrow' | 'wide';
  width: number;
  fontSize: number;
  /** Room for the row's names on the left; 0: the name stands above its bar (a phone). */
  labelWidth: number;
  /** Between the lines of a name: 1.46 em, room for Vietnamese stacked marks in Noto Sans (1.36 em from top to bottom) as in DejaVu. */
  lineHeight: number;
  barHeight: number;
  rowGap: number;
  /** Room for the total at the right. */
  totalWidth: number;
}

/** Narrow: 340 units at 13, so the text is about 12.5 px on a 360 px phone; names above their bars. */
export const STACKED_BAR_NARROW: StackedBarSize = {
  variant: 'narrow',
  width: 340,
  fontSize: 13,
  labelWidth: 0,
  lineHeight: 19,
  barHeight: 22,
  rowGap: 12,
  totalWidth: 34,
};

/** Wide: 900 units at 13, for desktops; names in a column on the left. */
export const STACKED_BAR_WIDE: StackedBarSize = {
  variant: 'wide',
  width: 900,
  fontSize: 13,
  labelWidth: 330,
  lineHeight: 19,
  barHeight: 22,
  rowGap: 10,
  totalWidth: 44,
};

/** The white gap between two segments. */
const GAP = 2;

export interface SegmentLayout extends BarSegmentInput {
  x: number;
  width: number;
  /** The count drawn on the bar, or null when it does not fit (the link's name and the table still have it). */
  countLabel: string | null;
}

export interface RowLayout {
  key: string;
  label: string;
  href: string | null;
  total: number;
  nameLines: { text: string; x: number; y: number }[];
  bar: { x: number; y: number; width: number; height: number };
  segments: SegmentLayout[];
}

export interface StackedBarLayout extends ChartFrame<StackedBarSize['variant']> {
  rows: RowLayout[];
  /** The unit after a count in a link's name ("nhiệm vụ", "chỉ số"). */
  unit: string;
}

/** Lays out the bars; a row with no items has an empty bar (a thin outline) and no segments. */
export function stackedBarLayout(
  id: string,
  rows: readonly BarRowInput[],
  unit: string,
  size: StackedBarSize = STACKED_BAR_NARROW,
): StackedBarLayout {
  const fs = size.fontSize;
  const barLeft = size.labelWidth > 0 ? size.labelWidth + 10 : EDGE;
  const barRight = size.width - size.totalWidth - EDGE;
  const plot = { left: barLeft, right: barRight, top: 4, bottom: 0 };
  let y = plot.top;
  const laid = rows.map((r): RowLayout => {
    const sum = r.segments.reduce((n, s) => n + s.count, 0);
    if (sum !== r.total) throw new Error(`stacked bar: row ${r.key} has ${r.total} items but its segments count ${sum}`);
    // A name above its bar has the chart's width, one beside it its column; measured, not counted
    // (DejaVu is wide), and bold: the names share the pillar chart's .row-name style (chart.css).
    const lines = wrapToWidth(r.label, (size.labelWidth > 0 ? size.labelWidth : size.width - EDGE) - EDGE, fs, true);
    const nameHeight = lines.length * size.lineHeight;
    const above = size.labelWidth === 0;
    const barY = above ? y + nameHeight + 5 : y + Math.max(0, (nameHeight - size.barHeight) / 2);
    const nameTop = above ? y : y + Math.max(0, (size.barHeight - nameHeight) / 2);
    // A line but the last ends in a space: the link's text, read line after line, keeps its words apart.
    const nameLines = lines.map((text, i) => ({
      text: i < lines.length - 1 ? `${text} ` : text,
      x: EDGE,
      y: nameTop + (i + 1) * size.lineHeight - 4,
    }));
    const x = scaleLinear()
      .domain([0, Math.max(1, r.total)])
      .range([barLeft, barRight]);
    let before = 0;
    const segments = r.segments
      .filter((s) => s.count > 0)
      .map((s): SegmentLayout => {
        const x0 = x(before);
        before += s.count;
        const last = before === r.total;
        const width = x(before) - x0 - (last ? 0 : GAP);
        const text = String(s.count);
        return { ...s, x: x0, width, countLabel: textWidth(text, fs, true) + 8 <= width ? text : null };
      });
    const bottom = above ? barY + size.barHeight : y + Math.max(nameHeight, size.barHeight);
    y = bottom + size.rowGap;
    return {
      key: r.key,
      label: r.label,
      href: r.href,
      total: r.total,
      nameLines,
      bar: { x: barLeft, y: barY, width: barRight - barLeft, height: size.barHeight },
      segments,
    };
  });
  plot.bottom = y - size.rowGap;
  return {
    id,
    variant: size.variant,
    fontSize: fs,
    width: size.width,
    height: plot.bottom + 4,
    plot,
    x: { domain: [0, 100], ticks: [] },
    rows: laid,
    unit,
  };
}

/** "Nhóm I…, đang thực hiện: 12 nhiệm vụ": a segment link's name. */
export const segmentName = (row: Pick<RowLayout, 'label'>, s: Pick<BarSegmentInput, 'label' | 'count'>, unit: string): string =>
  `${row.label}, ${s.label.toLocaleLowerCase('vi')}: ${s.count} ${unit}`;

/** The layout as marks; `title` and `desc` are the chart's accessible name and description. */
export function stackedBarSpec(layout: StackedBarLayout, title: string, desc: string): ChartSpec {
  const fs = layout.fontSize;
  const marks: Mark[] = layout.rows.map((row): Mark => {
    const names: Mark[] = row.nameLines.map((l) => ({ type: 'text', x: l.x, y: l.y, text: l.text, cls: 'row-name' }));
    const rowMarks: Mark[] = [
      row.href
        ? { type: 'link', href: row.href, label: `${row.label}: ${row.total} ${layout.unit}`, cls: 'row-link', marks: names }
        : { type: 'group', marks: names },
      { type: 'rect', ...row.bar, cls: 'bar-track' },
    ];
    for (const s of row.segments) {
      const inner: Mark[] = [
        { type: 'rect', x: s.x, y: row.bar.y, width: s.width, height: row.bar.height, cls: `seg seg-${s.key.replace(/_/g, '-')}` },
      ];
      if (s.countLabel !== null)
        inner.push({
          type: 'text',
          x: s.x + s.width / 2,
          y: row.bar.y + row.bar.height / 2 + fs * 0.36,
          text: s.countLabel,
          anchor: 'middle',
          cls: 'seg-count',
        });
      rowMarks.push({
        type: 'link',
        href: s.href,
        label: segmentName(row, s, layout.unit),
        cls: 'seg-link',
        data: { key: s.key, count: s.count },
        marks: inner,
      });
    }
    rowMarks.push({
      type: 'text',
      x: layout.width - EDGE,
      y: row.bar.y + row.bar.height / 2 + fs * 0.36,
      text: String(row.total),
      anchor: 'end',
      cls: 'row-total',
    });
    return { type: 'group', cls: 'bar-row', data: { row: row.key, total: row.total }, marks: rowMarks };
  });
  // Two layouts share a page: the narrow one's ids get a suffix.
  const id = layout.variant === 'narrow' ? `${layout.id}-hep` : layout.id;
  return { id, width: layout.width, height: layout.height, fontSize: fs, variant: layout.variant, role: 'group', title, desc, marks };
}
