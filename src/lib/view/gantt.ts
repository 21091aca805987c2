/**
 * Layout of the timeline ("Lộ trình") Gantt chart: pure maths from the tasks and the plan period to
 * rows, bars, segments and axis ticks. The page only draws what this returns (no DOM, no Astro).
 */
import { scaleLinear } from 'd3-scale';
import { timeframeLabel } from '../model/labels.ts';
import type { TaskRecord } from '../model/records.ts';
import type { PlanRecord } from '../model/plan.ts';
import { lineHeight, wrapWhile } from './charts/text-metrics.ts';

export type GanttTask = Pick<
  TaskRecord,
  | 'id'
  | 'quarter'
  | 'slug'
  | 'group_id'
  | 'group_title'
  | 'subgroup_id'
  | 'subgroup_title'
  | 'content'
  | 'timeframe_text'
  | 'timeframe_kind'
  | 'start_year'
  | 'end_year'
  | 'source_line'
>;

/** How a bar is drawn: a continuous bar, one segment per year, or a quarter of a year. */
export type GanttBarKind = 'period' | 'annual' | 'quarter';

/** Sizes in SVG user units (= CSS px: the chart is drawn 1:1 and scrolls sideways on phones). */
export interface GanttDimensions {
  /** Width of the id column (its own SVG, sticky on phones). */
  labelWidth: number;
  /** Width of one year band. */
  yearWidth: number;
  /** Space left and right of the years inside the plot. */
  padding: number;
  /** Height of a task row; also the link's hit area, so ≥ 24 (WCAG 2.5.8). */
  rowHeight: number;
  /** Height of a continuous bar. */
  barHeight: number;
  /** Height of an annual segment: thinner, so the two kinds differ in shape as well as colour. */
  segmentHeight: number;
  /** Gap at each side of an annual segment, so the years read as separate dashes. */
  segmentGap: number;
  /** Height of a row of year labels. */
  axisHeight: number;
  /** Height of one line of a group or sub-group title. */
  lineHeight: number;
  /** Vertical padding around a title (top and bottom, each). */
  titlePadding: number;
  /** Characters per title line: titles wrap to stay readable inside a phone's screen. */
  titleChars: number;
  /** Indent of a sub-group's task ids in the id column. */
  indent: number;
  /** Characters of the task content kept in a bar's accessible name. */
  nameChars: number;
  /** Font size of the chart's text (the page's CSS uses the same), to place baselines. */
  fontSize: number;
}

export const GANTT_DIMENSIONS: GanttDimensions = {
  labelWidth: 68,
  yearWidth: 64,
  padding: 8,
  rowHeight: 24,
  barHeight: 14,
  segmentHeight: 10,
  segmentGap: 5,
  axisHeight: 26,
  // The titles' 13 px lines in the tallest common sans-serif (Noto Sans), so wrapped titles never touch.
  lineHeight: lineHeight(13),
  titlePadding: 6,
  titleChars: 26,
  indent: 10,
  nameChars: 110,
  fontSize: 14,
};

interface RowBase {
  y: number;
  height: number;
  /** Baseline of the row's (first line of) text. */
  textY: number;
}

/** A group (I–IV) or sub-group (I.1 …) label row. */
export interface GanttTitleRow extends RowBase {
  type: 'group' | 'subgroup';
  id: string;
  title: string;
  /** A group title repeated after a sub-group, before the group's next direct task (III.13). */
  continued: boolean;
  /** The title (with " (tiếp theo)" when continued), wrapped to `titleChars` per line, with baselines. */
  lines: { text: string; y: number }[];
}

export interface GanttSegment {
  x: number;
  width: number;
}

/** One task: its bar (x, width) and the pieces drawn (one segment, or one per year if annual). */
export interface GanttTaskRow extends RowBase {
  type: 'task';
  id: string;
  slug: string;
  groupId: string;
  subgroupId: string | null;
  kind: GanttBarKind;
  startYear: number;
  endYear: number;
  /** The bar's extent, start of its first band to end of its last (or the quarter). */
  x: number;
  width: number;
  barY: number;
  barHeight: number;
  segments: GanttSegment[];
  /** Indent of the id in the id column (tasks inside a sub-group). */
  indent: number;
  /** Accessible name: "I.4.6: <content, truncated> — 2022–2030". */
  name: string;
}

/** A row of year labels: at the top, before each later group, and at the bottom. */
export interface GanttAxisRow extends RowBase {
  type: 'axis';
}

export type GanttRow = GanttTitleRow | GanttTaskRow | GanttAxisRow;

export interface GanttLayout {
  labelWidth: number;
  plotWidth: number;
  height: number;
  /** The plan's years, each a band from January to December. */
  years: { year: number; x: number; width: number; center: number }[];
  /** Year boundaries (d3 ticks of the time scale): the vertical grid lines. */
  ticks: { value: number; x: number }[];
  rows: GanttRow[];
}

/** Cuts text at a word boundary to at most `max` characters, with "…" when cut. */
export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Greedy word wrap to lines of at most `chars` characters (a longer word gets its own line). */
export const wrap = (text: string, chars: number): string[] => wrapWhile(text, (line) => line.length <= chars);

/** The accessible name of a task's bar and id link. */
export function taskName(t: GanttTask, chars: number = GANTT_DIMENSIONS.nameChars): string {
  return `${t.id}: ${truncate(t.content, chars)} — ${timeframeLabel(t)}`;
}

/** Bar kind of a task: annual tasks recur; a quarter is drawn as a quarter. */
export function barKind(t: Pick<GanttTask, 'timeframe_kind'>): GanttBarKind {
  if (t.timeframe_kind === 'annual') return 'annual';
  if (t.timeframe_kind === 'quarter') return 'quarter';
  return 'period';
}

/**
 * Lays out the chart: one row per task in document order, under its group's and sub-group's title
 * row; bars from the start of start_year to the end of end_year (a quarter as its quarter); year
 * labels at the top, before each group after the first, and at the bottom.
 */
export function ganttLayout(
  tasks: readonly GanttTask[],
  period: PlanRecord['period'],
  dims: GanttDimensions = GANTT_DIMENSIONS,
): GanttLayout {
  const { start_year: first, end_year: last } = period;
  if (!(last >= first)) throw new Error(`gantt: the plan period ${first}–${last} is empty`);
  const yearCount = last - first + 1;
  // Continuous time in years: the band of year Y is [Y, Y + 1), so a bar ends at end_year + 1.
  const x = scaleLinear()
    .domain([first, last + 1])
    .range([dims.padding, dims.padding + yearCount * dims.yearWidth]);
  const plotWidth = yearCount * dims.yearWidth + 2 * dims.padding;
  const years = Array.from({ length: yearCount }, (_, i) => {
    const year = first + i;
    const x0 = x(year);
    const width = x(year + 1) - x0;
    return { year, x: x0, width, center: x0 + width / 2 };
  });
  const ticks = x
    .ticks(yearCount)
    .filter(Number.isInteger)
    .map((value) => ({ value, x: x(value) }));

  const rows: GanttRow[] = [];
  let y = 0;
  // A baseline this far below the middle centres digits and lower-case letters vertically.
  const baseline = Math.round(dims.fontSize * 0.36 * 10) / 10;
  const textY = (top: number, height: number) => top + height / 2 + baseline;
  const axis = () => {
    rows.push({ type: 'axis', y, height: dims.axisHeight, textY: textY(y, dims.axisHeight) });
    y += dims.axisHeight;
  };
  const title = (type: 'group' | 'subgroup', id: string, text: string, continued = false) => {
    const words = wrap(continued ? `${text} (tiếp\u00a0theo)` : text, dims.titleChars);
    const height = words.length * dims.lineHeight + 2 * dims.titlePadding;
    const first = y + dims.titlePadding + dims.lineHeight / 2 + baseline;
    const lines = words.map((w, i) => ({ text: w, y: first + i * dims.lineHeight }));
    rows.push({ type, id, title: text, continued, lines, y, height, textY: first });
    y += height;
  };

  const ordered = [...tasks].sort((a, b) => a.source_line - b.source_line);
  let group: string | undefined;
  let subgroup: string | null | undefined;
  axis();
  for (const t of ordered) {
    if (t.start_year < first || t.end_year > last || t.end_year < t.start_year) {
      throw new Error(`gantt: task ${t.id} (${t.start_year}–${t.end_year}) is outside the plan period ${first}–${last}`);
    }
    if (t.group_id !== group) {
      if (group !== undefined) axis();
      group = t.group_id;
      subgroup = null;
      title('group', t.group_id, t.group_title);
    }
    if (t.subgroup_id !== subgroup) {
      // Back to the group's own tasks after a sub-group: say so, or III.13 would read as part of III.12.
      if (t.subgroup_id) title('subgroup', t.subgroup_id, t.subgroup_title ?? '');
      else title('group', t.group_id, t.group_title, true);
      subgroup = t.subgroup_id;
    }
    const kind = barKind(t);
    let x0 = x(t.start_year);
    let x1 = x(t.end_year + 1);
    if (kind === 'quarter') {
      const q = t.quarter;
      if (!q) throw new Error(`gantt: task ${t.id} has no quarter in tasks.json`);
      x0 = x(t.start_year + (q - 1) / 4);
      x1 = x(t.start_year + q / 4);
    }
    const h = kind === 'annual' ? dims.segmentHeight : dims.barHeight;
    const segments =
      kind === 'annual'
        ? years
            .filter((b) => b.year >= t.start_year && b.year <= t.end_year)
            .map((b) => ({ x: b.x + dims.segmentGap, width: b.width - 2 * dims.segmentGap }))
        : [{ x: x0 + 1, width: x1 - x0 - 2 }]; // 1 unit inside the grid lines
    rows.push({
      type: 'task',
      id: t.id,
      slug: t.slug,
      groupId: t.group_id,
      subgroupId: t.subgroup_id,
      kind,
      startYear: t.start_year,
      endYear: t.end_year,
      x: x0,
      width: x1 - x0,
      barY: y + (dims.rowHeight - h) / 2,
      barHeight: h,
      segments,
      indent: t.subgroup_id ? dims.indent : 0,
      name: taskName(t, dims.nameChars),
      y,
      height: dims.rowHeight,
      textY: textY(y, dims.rowHeight),
    });
    y += dims.rowHeight;
  }
  axis();
  return { labelWidth: dims.labelWidth, plotWidth, height: y, years, ticks, rows };
}

/** The layout's rows as title + tasks runs: the table under the chart opens a <tbody> for each. */
export function layoutSections(layout: GanttLayout): { head: GanttTitleRow; rows: GanttTaskRow[] }[] {
  const sections: { head: GanttTitleRow; rows: GanttTaskRow[] }[] = [];
  for (const r of layout.rows) {
    if (r.type === 'group' || r.type === 'subgroup') sections.push({ head: r, rows: [] });
    else if (r.type === 'task') sections.at(-1)?.rows.push(r);
  }
  return sections;
}

/** How many tasks of each time-frame kind, for the sentence above the chart. */
export function countByKind(tasks: readonly Pick<GanttTask, 'timeframe_kind'>[]): Record<TaskRecord['timeframe_kind'], number> {
  const counts = { annual: 0, year: 0, year_range: 0, quarter: 0 };
  for (const t of tasks) counts[t.timeframe_kind] += 1;
  return counts;
}
