/**
 * The legend drawn inside a chart (so the standalone SVG file explains itself): items flowed left to
 * right, wrapping to a new line when the estimated width would overflow. Pure layout.
 */
import { diamond, type Mark } from './svg.ts';
import { lineHeight, textWidth } from './text-metrics.ts';

/** Series a legend knows how to draw: a target year (diamond) or the published values (circle on a line). */
export type LegendSymbol = { kind: 'target'; year: number } | { kind: 'published' } | { kind: 'bound' };

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
}

// textWidth moved to text-metrics.ts with the other font assumptions; re-exported for callers of this module.
export { textWidth } from './text-metrics.ts';

const SYMBOL_WIDTH = { target: 14, published: 22, bound: 14 } as const;

/** Space kept free at a chart's left and right edges: glyphs such as "T" reach a little left of their x. */
export const EDGE = 3;

/** The CSS class of a target year's marks: "t2025", "t2030". */
export const targetClass = (year: number): string => `t${year}`;

/** Legend marks from (x0, baseline y0), wrapping at `width`; returns the marks and the height used. */
export function legendMarks(
  items: readonly LegendItem[],
  x0: number,
  y0: number,
  width: number,
  fontSize: number,
): { marks: Mark[]; height: number } {
  // A little more than the tallest sans-serif needs: the symbols beside the labels want room too.
  const line = Math.max(fontSize + 7, lineHeight(fontSize));
  const gap = 12;
  const marks: Mark[] = [];
  let x = x0;
  let y = y0;
  for (const item of items) {
    const sw = SYMBOL_WIDTH[item.symbol.kind];
    // A wider estimate here: a legend label must never run off the chart's right edge.
    const w = sw + 5 + textWidth(item.label, fontSize) * 1.1;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += line;
    }
    const cy = y - fontSize * 0.35;
    if (item.symbol.kind === 'target') {
      marks.push({ type: 'path', d: diamond(x + 7, cy, 5.5), cls: `target ${targetClass(item.symbol.year)}` });
    } else if (item.symbol.kind === 'bound') {
      // An open marker with an arrow: the true value lies that way.
      marks.push({
        type: 'path',
        d: `M${x + 7},${cy - 5}V${cy - 12}M${x + 4},${cy - 9}L${x + 7},${cy - 12}L${x + 10},${cy - 9}`,
        cls: 'bound-arrow',
      });
      marks.push({ type: 'circle', cx: x + 7, cy, r: 4, cls: 'point published bound' });
    } else {
      marks.push({ type: 'line', x1: x + 1, y1: cy, x2: x + sw, y2: cy, cls: 'published-line' });
      marks.push({ type: 'circle', cx: x + sw / 2, cy, r: 4, cls: 'point published' });
    }
    marks.push({ type: 'text', x: x + sw + 5, y, text: item.label, cls: 'legend-label' });
    x += w + gap;
  }
  return { marks: [{ type: 'group', cls: 'legend', marks }], height: y - y0 + line };
}
