/**
 * The source document as numbered lines, numbered the way the pipeline numbers them (every
 * `source_line` in the datasets points at one of these). Pure, so unit-tested.
 */

/**
 * The lines of the published source text, 1-based by index + 1. A byte order mark and CR line ends
 * are dropped (as the decoder does); a final newline does not start an extra line.
 */
export function sourceLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** The anchor id of line `n` on the source page ("L359"), matching routes.sourceLine(n). */
export const lineId = (n: number): string => `L${n}`;
