/**
 * What a chart's layout may assume about text it cannot measure: the reader's sans-serif is unknown
 * (the stylesheet names system-ui, Segoe UI, Roboto, Noto Sans, Helvetica, Arial, then sans-serif),
 * and each draws Vietnamese at its own size. Widths are estimated on the wide side (DejaVu Sans, the
 * widest common one); heights on the tall side (Noto Sans, Android's and Debian's family: Chromium
 * gives its text a box from 0.99 em above the baseline to 0.37 em below, against DejaVu's 0.85 and
 * 0.32 — room for stacked diacritics such as "Ễ", "ặ"). Lines stacked `lineHeight(fs)` apart and
 * boxes from `textBox` kept apart hold in any of them; tests/browser/charts.test.ts measures every
 * chart under DejaVu Sans and under Noto Sans. Pure maths.
 */

/** How far above its baseline a line of text may reach, in em (Noto Sans 0.99, with room). */
export const TEXT_ASCENT_EM = 1.05;
/** How far below its baseline a line of text may reach, in em (Noto Sans 0.37, with room). */
export const TEXT_DESCENT_EM = 0.4;

/** The distance between baselines of stacked lines of `fontSize` text that never overlap, whole units. */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * (TEXT_ASCENT_EM + TEXT_DESCENT_EM));
}

/** The baseline that centres a line of `fontSize` text's box on `y`. */
export function middleBaseline(y: number, fontSize: number): number {
  return y + ((TEXT_ASCENT_EM - TEXT_DESCENT_EM) / 2) * fontSize;
}

/**
 * An estimate of a label's width in user units, on the wide side of the sans-serifs that draw it
 * (DejaVu Sans, the widest common one, in Chromium on Linux and in the PNG): per character, narrow
 * marks 0.33 em, digits 0.64 em, other letters 0.6 em, capitals 0.72 em, "%", "m", "w" 0.95 em; bold
 * text 10% wider. Labels placed from it must not touch.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text.normalize('NFC')) {
    if (/[\s.,:;'’()|il]/.test(c)) em += 0.33;
    else if (/[%mwMW]/.test(c)) em += 0.95;
    else if (/[0-9]/.test(c)) em += 0.64;
    else if (/[A-ZĐ]/.test(c)) em += 0.72;
    else em += 0.6;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}

/**
 * Greedy word wrap: each line takes words while `fits(line)` holds; a word that fits on no line
 * stands alone. Splits on ordinary white space only, so a no-break space keeps words together.
 */
export function wrapWhile(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (line && !fits(joined)) {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines no wider than `maxWidth` by `textWidth` (the wide-side estimate). */
export const wrapToWidth = (text: string, maxWidth: number, fontSize: number, bold = false): string[] =>
  wrapWhile(text, (line) => textWidth(line, fontSize, bold) <= maxWidth);

/** A box in user units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box a line of text may take in any common sans-serif: `width` from textWidth, height from the metrics above. */
export function textBox(x: number, baseline: number, width: number, fontSize: number, anchor: 'start' | 'middle' | 'end'): Box {
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return { left, right: left + width, top: baseline - fontSize * TEXT_ASCENT_EM, bottom: baseline + fontSize * TEXT_DESCENT_EM };
}

/** Whether two boxes come within 2 units of each other. */
export function touches(a: Box, b: Box): boolean {
  return a.left < b.right + 2 && b.left < a.right + 2 && a.top < b.bottom + 2 && b.top < a.bottom + 2;
}
