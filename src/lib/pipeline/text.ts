/**
 * Small text helpers shared by the parsers. Pure functions, no I/O.
 */

/** Removes markdown emphasis markers (`*x*`, `**x**`, `***x***`) left by the PDF conversion. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*+/g, '');
}

/** Removes the `<b>`, `<i>` (and any other) tags of appendix cells; the tags carry no meaning we keep. */
export function stripTags(s: string): string {
  return s.replace(/<\/?[a-zA-Z][^>]*>/g, '');
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Plain text of an appendix cell: tags stripped, spaces squashed, and the spaces the converter put
 * inside parentheses around a tagged word (`( <i>sandbox</i> )`) removed.
 */
export function cellText(s: string): string {
  return squash(stripTags(s)).replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
}
