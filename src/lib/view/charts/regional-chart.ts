/**
 * The thirteen Mekong Delta provinces' DTI ranks as a dot chart drawn at build time: one row per
 * province on one 1–63 scale (1, the best, on the left), one marker per year a source gives a rank —
 * each year its own shape, set a little above or below the row's line so two close ranks stay apart —
 * and the ranks written in a column per year on the right. The plan's province is marked by a shaded
 * band, a bold name, a thicker line and the legend's words, never by colour alone. Pure maths.
 */
import { scaleLinear } from 'd3-scale';
import { NO_VALUE } from '../indicator-format.ts';
import type { RegionalView } from '../regional-ranks.ts';
import { EDGE, textWidth } from './legend.ts';
import { diamond, type ChartSpec, type Mark } from './svg.ts';

export interface RegionalChartSize {
  variant: 'narrow' | 'wide';
  width: number;
  fontSize: number;
  nameWidth: number;
  /** Width of each year's column of ranks on the right. */
  yearWidth: number;
  rowHeight: number;
  ticks: number[];
}

/** Narrow: 340 units at 13 (about 12.5 px text on a 360 px phone). */
export const REGIONAL_CHART_SIZE: RegionalChartSize = {
  variant: 'narrow',
  width: 340,
  fontSize: 13,
  nameWidth: 84,
  yearWidth: 38,
  rowHeight: 24,
  ticks: [1, 20, 40, 63],
};

/** Wide: 720 units at 13, for desktops. */
export const REGIONAL_CHART_WIDE: RegionalChartSize = {
  variant: 'wide',
  width: 720,
  fontSize: 13,
  nameWidth: 104,
  yearWidth: 52,
  rowHeight: 26,
  ticks: [1, 10, 20, 30, 40, 50, 63],
};

/** The marker of the i-th year: circle, square, diamond, triangle (four DTI years fit in the 63-province ranking). */
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** The shapes in words, for the caption: the i-th year's marker. */
export const SHAPE_WORDS = ['hình tròn rỗng', 'hình vuông rỗng', 'hình thoi đặc', 'tam giác đặc'] as const;

function marker(i: number, cx: number, cy: number, data: Record<string, string | number>): Mark {
  const cls = `rank-mark y${i}`;
  switch (SHAPES[i % SHAPES.length]) {
    case 'circle':
      return { type: 'circle', cx, cy, r: 4.5, cls, data };
    case 'square':
      return { type: 'rect', x: cx - 4, y: cy - 4, width: 8, height: 8, cls, data };
    case 'diamond':
      return { type: 'path', d: diamond(cx, cy, 5.5), cls, data };
    default:
      return { type: 'path', d: `M${cx},${cy - 5}L${cx + 5},${cy + 4}L${cx - 5},${cy + 4}Z`, cls, data };
  }
}

/** The legend: one entry per year, then how the plan's province is marked; wraps at the chart's width. */
function legend(years: readonly number[], ownName: string, size: RegionalChartSize, y0: number): { marks: Mark[]; bottom: number } {
  const fs = size.fontSize;
  const lineHeight = fs + 8;
  const items: { label: string; draw: (x: number, cy: number) => Mark[]; w: number }[] = years.map((year, i) => ({
    label: `DTI ${year}`,
    draw: (x, cy) => [marker(i, x + 6, cy, { year })],
    w: 14,
  }));
  items.push({
    label: `${ownName} (nền tô, chữ đậm)`,
    draw: (x, cy) => [{ type: 'rect', x, y: cy - 6, width: 18, height: 12, cls: 'own-band' }],
    w: 22,
  });
  const marks: Mark[] = [];
  let x = EDGE;
  let y = y0;
  for (const item of items) {
    const w = item.w + 4 + textWidth(item.label, fs) * 1.1;
    if (x > EDGE && x + w > size.width - EDGE) {
      x = EDGE;
      y += lineHeight;
    }
    marks.push(...item.draw(x, y - fs * 0.35), { type: 'text', x: x + item.w + 4, y, text: item.label, cls: 'legend-label' });
    x += w + 12;
  }
  return { marks: [{ type: 'group', cls: 'legend', marks }], bottom: y + lineHeight - fs };
}

export function regionalChartSpec(view: RegionalView, size: RegionalChartSize = REGIONAL_CHART_SIZE): ChartSpec {
  const fs = size.fontSize;
  const own = view.rows.find((r) => r.own);
  const ownName = own?.name ?? '';
  const { marks: legendMarks, bottom: legendBottom } = legend(view.years, ownName, size, fs + 2);
  const valuesLeft = size.width - EDGE - view.years.length * size.yearWidth;
  const plot = { left: size.nameWidth + 10, right: valuesLeft - 14 };
  // The scale's title, on two lines where one would run past the chart's edge (a phone).
  const title = ['Thứ hạng DTI trong 63 tỉnh, thành phố', '(1 là cao nhất, bên trái)'];
  const titleLines = textWidth(title.join(' '), fs) * 1.1 > size.width - 2 * EDGE ? title : [title.join(' ')];
  const titleY = legendBottom + fs + 12;
  const tickY = titleY + (titleLines.length - 1) * TITLE_LINE(fs) + fs + 8;
  const rowsTop = tickY + 8;
  const height = rowsTop + view.rows.length * size.rowHeight + 8;
  const x = scaleLinear().domain([1, 63]).range([plot.left, plot.right]);
  const marks: Mark[] = [...legendMarks];

  titleLines.forEach((text, i) => marks.push({ type: 'text', x: EDGE, y: titleY + i * TITLE_LINE(fs), text, cls: 'axis-title' }));
  const axis: Mark[] = size.ticks.map((t) => ({ type: 'text', x: x(t), y: tickY, text: String(t), anchor: 'middle' as const }));
  view.years.forEach((year, i) =>
    axis.push({
      type: 'text',
      x: valuesLeft + (i + 0.5) * size.yearWidth,
      y: tickY,
      text: String(year),
      anchor: 'middle',
      cls: 'year-head',
    }),
  );
  marks.push({ type: 'group', cls: 'axis', marks: axis });
  marks.push({
    type: 'group',
    cls: 'grid',
    marks: size.ticks.map((t) => ({ type: 'line', x1: x(t), y1: rowsTop, x2: x(t), y2: height - 8 })),
  });

  const spread = 5;
  view.rows.forEach((row, r) => {
    const top = rowsTop + r * size.rowHeight;
    const cy = top + size.rowHeight / 2;
    const rowMarks: Mark[] = [];
    if (row.own) rowMarks.push({ type: 'rect', x: 0, y: top + 1, width: size.width, height: size.rowHeight - 2, cls: 'own-band' });
    rowMarks.push({ type: 'text', x: EDGE, y: cy + fs * 0.35, text: row.name, cls: row.own ? 'province-name own' : 'province-name' });
    rowMarks.push({ type: 'line', x1: x(1), y1: cy, x2: x(63), y2: cy, cls: row.own ? 'track own' : 'track' });
    row.cells.forEach((cell, i) => {
      const text = cell.rank === null ? NO_VALUE_SHORT : String(cell.rank);
      rowMarks.push({
        type: 'text',
        x: valuesLeft + (i + 0.5) * size.yearWidth,
        y: cy + fs * 0.35,
        text,
        anchor: 'middle',
        cls: cell.rank === null ? 'rank-value missing' : row.own ? 'rank-value own' : 'rank-value',
        data: { year: cell.year },
      });
      if (cell.rank === null) return;
      const dy = (i - (view.years.length - 1) / 2) * spread;
      rowMarks.push(marker(i, x(cell.rank), cy + dy, { year: cell.year, rank: cell.rank }));
    });
    marks.push({ type: 'group', cls: row.own ? 'province own' : 'province', data: { province: row.provinceId }, marks: rowMarks });
  });

  return {
    id: `regional-ranks-${size.variant}`,
    width: size.width,
    height,
    fontSize: fs,
    variant: size.variant,
    title: `Thứ hạng DTI của ${view.rows.length} tỉnh, thành phố vùng Đồng bằng sông Cửu Long`,
    desc: describe(view),
    marks,
  };
}

/** The title's line spacing: room for Vietnamese stacked diacritics ("Thứ hạng") in any sans-serif (DejaVu, Noto). */
const TITLE_LINE = (fs: number) => Math.ceil(fs * 1.75);

/** A rank not found: a dash in the chart's column (the table beside it says it in words). */
const NO_VALUE_SHORT = '–';

/** The chart in words, for screen readers: each year's ranks, the plan's province first. */
function describe(view: RegionalView): string {
  const own = view.rows.find((r) => r.own);
  const parts = view.years.map((year, i) => {
    const known = view.rows.filter((r) => r.cells[i]!.rank !== null);
    const ownCell = own?.cells[i];
    const ownText =
      own && ownCell
        ? ownCell.rank === null
          ? `${own.name}: ${NO_VALUE}`
          : `${own.name} hạng ${ownCell.rank}${ownCell.position === null ? '' : `, thứ ${ownCell.position}/${view.rows.length} trong vùng`}`
        : '';
    const others = known.filter((r) => !r.own).map((r) => `${r.name} ${r.cells[i]!.rank}`);
    return `DTI ${year} (${known.length}/${view.rows.length} tỉnh có thứ hạng): ${[ownText, ...others].filter((s) => s !== '').join('; ')}.`;
  });
  return `Thứ hạng cả nước, 1 là cao nhất. ${parts.join(' ')}`;
}
