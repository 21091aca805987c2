/**
 * The preview images that Zalo, Facebook and search engines show beside a shared link (og:image):
 * 1200×630 cards as SVG text, turned into PNG by the endpoints (those services do not read SVG).
 * A card for the whole site, and one per indicator that holds its chart with the source and the
 * address written under it, so a screenshot shared on its own still says where it comes from.
 * Pure: text in, SVG text out; every string passes through escapeXml.
 */
import { textWidth } from './charts/text-metrics.ts';
import { escapeXml } from './charts/svg.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** Where the cards live, relative to the site root (src/pages/anh/). */
export const shareImagePath = {
  site: 'anh/chia-se.png',
  /** An indicator's chart sheet, also its PNG download. */
  indicator: (id: string): string => `data/chi-tieu/${id}.png`,
};

/** DejaVu Sans (from npm, src/render/png.ts) has every Vietnamese letter in every weight. */
const FONT = "'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const INK = '#1b1f24';
const MUTED = '#4a5561';
const ACCENT = '#00695c';

/** An address as printed on a card: without the scheme or a final slash ("dongthap.gov.vn/chuyen-doi-so"). */
export const shownAddress = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** Splits text into lines of at most `max` characters, at spaces; at most `lines` lines (the last ends "…"). */
export function wrapText(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.replace(/[\s,.;:]+$/, '')} …`;
  return kept;
}

/**
 * Like wrapText, but by estimated width (the charts' generous estimate): lines of at most `width`
 * units at `fontSize`, so long Vietnamese words in bold never run off the image.
 */
export function wrapToWidth(text: string, width: number, fontSize: number, lines: number, bold = false): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.replace(/[\s,.;:]+$/, '')} …`;
  return kept;
}

const textLines = (lines: readonly string[], x: number, y: number, size: number, lineHeight: number, fill: string, weight = 400): string =>
  lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(l)}</text>`,
    )
    .join('');

export interface SiteCardInput {
  siteName: string;
  /** The plan, as people name it. */
  headline: string;
  /** One line of facts, e.g. "90 nhiệm vụ · 31 chỉ tiêu · kết quả đến 2025". */
  facts: string;
  /** The public address, printed at the bottom. */
  address: string;
}

/** The site's default card: its name, the plan, a line of facts and the address. */
export function siteCardSvg(c: SiteCardInput): string {
  const { width, height } = SHARE_IMAGE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<rect width="${width}" height="16" fill="${ACCENT}"/>` +
    textLines([c.siteName], 72, 130, 40, 48, ACCENT, 700) +
    textLines(wrapText(c.headline, 34, 3), 72, 230, 50, 64, INK, 700) +
    textLines([c.facts], 72, 480, 30, 36, MUTED) +
    `<line x1="72" y1="530" x2="${width - 72}" y2="530" stroke="#dde3e9" stroke-width="2"/>` +
    textLines([c.address], 72, 580, 26, 32, MUTED) +
    `</svg>`
  );
}

export interface ChartSheetInput {
  siteName: string;
  title: string;
  /** The chart as a standalone SVG document (its wide layout). */
  chartSvg: string;
  /** Where the figures come from ("Nguồn: …"): at most two lines. */
  source: string;
  /** The licence and the data version ("Giấy phép CC BY 4.0 · …"). */
  licence: string;
  /** The page's address, printed last. */
  address: string;
}

/**
 * The stylesheet with every `var(--name)` replaced by the value declared for it (SVG renderers outside
 * browsers, such as the one that draws the PNG, do not all read custom properties). A variable
 * declared nowhere is an error.
 */
export function resolveCssVariables(css: string): string {
  const values = new Map([...css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;}]+)[;}]/gi)].map((m) => [m[1]!, m[2]!.trim()]));
  return css
    .replace(/\s*--[a-z0-9-]+\s*:[^;}]+;?/gi, '')
    .replace(/var\((--[a-z0-9-]+)\s*(?:,\s*([^)]+))?\)/gi, (_m, name: string, fallback: string | undefined) => {
      const v = values.get(name) ?? fallback?.trim();
      if (v === undefined) throw new Error(`share image: CSS variable ${name} is not declared`);
      return v;
    });
}

/** The size of a standalone chart, from its root element. */
function chartSize(svg: string): { width: number; height: number } {
  const m = /<svg\b[^>]*\bviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('share image: the chart has no viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** How much room the sheet keeps under the chart: two lines of source, the licence, the address. */
const SHEET_FOOTER = 132;

/**
 * An indicator's chart as a sheet that stands on its own, 1200×630: the title, the chart scaled to
 * fit, and under it the source, the licence and the page's address, all inside the image with a
 * 48-unit margin, so nothing is cropped and a copy shared alone still says where it comes from.
 * The same sheet is the .svg and .png download and the page's preview image (og:image).
 */
export function chartSheetSvg(c: ChartSheetInput): string {
  const { width, height } = SHARE_IMAGE;
  const title = wrapToWidth(c.title, width - 96, 36, 2, true);
  const top = 60 + title.length * 46;
  const box = { x: 48, y: top, width: width - 96, height: height - top - SHEET_FOOTER };
  const size = chartSize(c.chartSvg);
  const scale = Math.min(box.width / size.width, box.height / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  // The chart keeps its own <svg> root (viewBox, stylesheet), placed and scaled inside the sheet.
  const doc = c.chartSvg.replace(/^<\?xml[^>]*>\s*/, '').trimEnd();
  const root = /^<svg\b[^>]*>/.exec(doc)![0];
  const placed = root
    .replace(/\s(?:x|y|width|height)="[^"]*"/g, '')
    .replace(/^<svg/, `<svg x="${(box.x + (box.width - w) / 2).toFixed(2)}" y="${box.y}" width="${w.toFixed(2)}" height="${h.toFixed(2)}"`);
  const inner = placed + doc.slice(root.length);
  const source = wrapToWidth(c.source, width - 96, 18, 2);
  const footerTop = height - SHEET_FOOTER + 34;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(`${c.title} — ${c.siteName}`)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<rect width="${width}" height="12" fill="${ACCENT}"/>` +
    textLines(title, 48, 70, 36, 46, INK, 700) +
    inner +
    `<line x1="48" y1="${footerTop - 26}" x2="${width - 48}" y2="${footerTop - 26}" stroke="#dde3e9" stroke-width="2"/>` +
    textLines(source, 48, footerTop, 18, 24, MUTED) +
    textLines([c.licence], 48, footerTop + source.length * 24, 18, 24, MUTED) +
    textLines([`${c.siteName} · ${c.address}`], 48, footerTop + source.length * 24 + 28, 20, 26, ACCENT, 700) +
    `</svg>\n`
  );
}
