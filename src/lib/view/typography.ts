/**
 * Our own notes and descriptions are written in plain text with straight quotes (they also go into
 * CSV, JSON and catalogues). On a page the style sheet (docs/van-phong.md) wants curly quotes for
 * words and <code> for data codes, so a quoted code ("provincial_department", "no_information") or a
 * bare boolean (true, false) becomes code and any other quoted phrase gets “…”. An unpaired quote is
 * left as it is.
 */
export type ProsePart = { kind: 'text'; text: string } | { kind: 'code'; text: string };

/** A code as the datasets write them: lower-case letters, digits, "_", "-", "." (no spaces). */
const CODE = /^[a-z0-9][a-z0-9_.-]*$/;

/** Bare data codes our descriptions use unquoted: the booleans of the CSV. */
const BARE_CODE = /\b(true|false)\b/;

/** Text with its bare codes (true, false) split out as code. */
function withBareCodes(text: string): ProsePart[] {
  return text
    .split(BARE_CODE)
    .filter((s) => s !== '')
    .map((s): ProsePart => (s === 'true' || s === 'false' ? { kind: 'code', text: s } : { kind: 'text', text: s }));
}

export function proseParts(text: string): ProsePart[] {
  return quoteParts(text).flatMap((p) => (p.kind === 'text' ? withBareCodes(p.text) : [p]));
}

function quoteParts(text: string): ProsePart[] {
  const parts: ProsePart[] = [];
  let rest = text;
  let buffer = '';
  for (;;) {
    const open = rest.indexOf('"');
    const close = open < 0 ? -1 : rest.indexOf('"', open + 1);
    if (close < 0) break;
    const inner = rest.slice(open + 1, close);
    buffer += rest.slice(0, open);
    if (CODE.test(inner)) {
      if (buffer) parts.push({ kind: 'text', text: buffer });
      parts.push({ kind: 'code', text: inner });
      buffer = '';
    } else buffer += `“${inner}”`;
    rest = rest.slice(close + 1);
  }
  buffer += rest;
  if (buffer) parts.push({ kind: 'text', text: buffer });
  return parts;
}
