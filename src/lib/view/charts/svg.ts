/**
 * A chart as a plain list of marks, and the one function that writes it as SVG text. Pages embed the
 * string and /data/chi-tieu/<id>.svg serves it (plus xmlns and a <style>), so the two cannot differ.
 * Every text and attribute value passes through escapeXml; numbers must be finite; class names and
 * data-* keys are checked against a small alphabet. Nothing here reads the DOM.
 */

/** What every mark may carry: CSS classes and data-* attributes (for tests and readers of the file). */
export interface MarkBase {
  cls?: string;
  data?: Record<string, string | number>;
}

export type Mark =
  | (MarkBase & { type: 'line'; x1: number; y1: number; x2: number; y2: number })
  | (MarkBase & { type: 'rect'; x: number; y: number; width: number; height: number })
  | (MarkBase & { type: 'circle'; cx: number; cy: number; r: number })
  | (MarkBase & { type: 'path'; d: string })
  | (MarkBase & { type: 'text'; x: number; y: number; text: string; anchor?: 'start' | 'middle' | 'end' })
  | (MarkBase & { type: 'group'; marks: Mark[] })
  /** A link around marks (a bar of the progress overview): a site path or a fragment, named by `label`. */
  | (MarkBase & { type: 'link'; href: string; label: string; marks: Mark[] });

/** A whole chart: size in user units, its accessible name and description, and its marks. */
export interface ChartSpec {
  /** Prefix of the ids of <title> and <desc>: unique on a page. */
  id: string;
  width: number;
  height: number;
  /**
   * The text size in user units, written on the root as `font-size` (the stylesheet sets none), so a
   * layout and its text always agree: a chart drawn for a phone uses larger units than one for a desktop.
   */
  fontSize: number;
  /** Which layout this is ("narrow", "wide"): a class `chart-<variant>` that the page's CSS shows or hides. */
  variant?: 'narrow' | 'wide';
  /**
   * "img" (the default): a picture, its marks presentational. "group": a chart whose marks hold links,
   * so assistive technology reaches them (an img's children are presentational).
   */
  role?: 'img' | 'group';
  title: string;
  desc: string;
  marks: Mark[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML/HTML text and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** A coordinate as short text: at most two decimals; NaN or Infinity is a programming error. */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`svg: not a finite number: ${n}`);
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

const CLASS = /^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*$/;
const DATA_KEY = /^[a-z][a-z0-9-]*$/;
const ID = /^[a-z][a-z0-9-]*$/;
const PATH = /^[MLHVZmlhvz0-9.,\s-]*$/;
/** Links go to the site's own pages: a path from the root or a fragment, never a scheme. */
const HREF = /^[/#][^\s"'<>]*$/;

function attrs(mark: MarkBase): string {
  let out = '';
  if (mark.cls !== undefined) {
    if (!CLASS.test(mark.cls)) throw new Error(`svg: bad class "${mark.cls}"`);
    out += ` class="${mark.cls}"`;
  }
  for (const [k, v] of Object.entries(mark.data ?? {})) {
    if (!DATA_KEY.test(k)) throw new Error(`svg: bad data key "${k}"`);
    out += ` data-${k}="${escapeXml(typeof v === 'number' ? num(v) : v)}"`;
  }
  return out;
}

function renderMark(m: Mark): string {
  const a = attrs(m);
  switch (m.type) {
    case 'line':
      return `<line x1="${num(m.x1)}" y1="${num(m.y1)}" x2="${num(m.x2)}" y2="${num(m.y2)}"${a}/>`;
    case 'rect':
      return `<rect x="${num(m.x)}" y="${num(m.y)}" width="${num(Math.max(0, m.width))}" height="${num(Math.max(0, m.height))}"${a}/>`;
    case 'circle':
      return `<circle cx="${num(m.cx)}" cy="${num(m.cy)}" r="${num(m.r)}"${a}/>`;
    case 'path':
      // Paths come from d3-shape and diamond(): only commands and numbers; anything else is a bug.
      if (!PATH.test(m.d)) throw new Error(`svg: unexpected path data "${m.d.slice(0, 40)}"`);
      return `<path d="${m.d}"${a}/>`;
    case 'text': {
      const anchor = m.anchor && m.anchor !== 'start' ? ` text-anchor="${m.anchor}"` : '';
      return `<text x="${num(m.x)}" y="${num(m.y)}"${anchor}${a}>${escapeXml(m.text)}</text>`;
    }
    case 'group':
      return `<g${a}>${m.marks.map(renderMark).join('')}</g>`;
    case 'link':
      if (!HREF.test(m.href) || m.href.startsWith('//')) throw new Error(`svg: not a link within the site "${m.href.slice(0, 40)}"`);
      return `<a href="${escapeXml(m.href)}" aria-label="${escapeXml(m.label)}"${a}>${m.marks.map(renderMark).join('')}</a>`;
  }
}

export interface RenderOptions {
  /** A file of its own: adds the XML declaration, xmlns and this stylesheet (the page has its own). */
  standalone?: { css: string };
}

/**
 * The chart as SVG text. Inline (in a page): `<svg … role="img" aria-labelledby>` with <title>,
 * <desc> and the marks. Standalone: the same, with xmlns and an embedded <style> — and nothing else.
 */
export function renderSvg(spec: ChartSpec, options: RenderOptions = {}): string {
  if (!ID.test(spec.id)) throw new Error(`svg: bad chart id "${spec.id}"`);
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const css = options.standalone?.css;
  if (css !== undefined && /[<&]/.test(css)) throw new Error('svg: the stylesheet must not contain "<" or "&"');
  const cls = spec.variant ? `chart chart-${spec.variant}` : 'chart';
  const role =
    spec.role === 'group'
      ? `role="group" aria-labelledby="${titleId}" aria-describedby="${descId}"`
      : `role="img" aria-labelledby="${titleId} ${descId}"`;
  const open =
    `<svg${css !== undefined ? ' xmlns="http://www.w3.org/2000/svg"' : ''} class="${cls}" viewBox="0 0 ${num(spec.width)} ${num(spec.height)}"` +
    ` width="${num(spec.width)}" height="${num(spec.height)}" font-size="${num(spec.fontSize)}" ${role}>`;
  const body =
    `<title id="${titleId}">${escapeXml(spec.title)}</title><desc id="${descId}">${escapeXml(spec.desc)}</desc>` +
    (css !== undefined ? `<style>${css.trim()}</style>` : '') +
    spec.marks.map(renderMark).join('');
  const svg = `${open}${body}</svg>`;
  return css !== undefined ? `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n` : svg;
}

/** A diamond (a square on its corner) centred on (cx, cy), `r` from centre to corner, as path data. */
export function diamond(cx: number, cy: number, r: number): string {
  return `M${num(cx)},${num(cy - r)}L${num(cx + r)},${num(cy)}L${num(cx)},${num(cy + r)}L${num(cx - r)},${num(cy)}Z`;
}

/** Every mark, groups flattened, in drawing order (for tests and for counting). */
export function flattenMarks(marks: readonly Mark[]): Exclude<Mark, { type: 'group' | 'link' }>[] {
  return marks.flatMap((m) => (m.type === 'group' || m.type === 'link' ? flattenMarks(m.marks) : [m]));
}
