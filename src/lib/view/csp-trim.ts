/**
 * Astro's CSP meta tag lists the hash of every inline script and style the project could emit, on
 * every page (a dev build's included), so each page allowed code it never carries. This keeps, per
 * page, only the hashes of the inline scripts and styles that page holds. Pure: HTML text in and out.
 * The HTML is Astro's own output (every source text escaped), so a regular expression finds its
 * inline elements reliably.
 */
import { sha256Base64 } from '../model/hash.ts';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** Whether a <script>'s attributes make it code the browser runs (not a JSON-LD data block). */
function runs(attrs: string): boolean {
  const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'module' || type === 'importmap' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
}

const sha256 = (text: string): string => `'sha256-${sha256Base64(text)}'`;

/** The hash sources of the inline scripts (that run) and styles of a page. */
export function inlineHashes(html: string): { script: Set<string>; style: Set<string> } {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (!/\bsrc\s*=/i.test(attrs) && runs(attrs)) script.add(sha256(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) style.add(sha256(m[1] ?? ''));
  return { script, style };
}

/**
 * The page with its CSP's script-src and style-src hash sources cut to those of its own inline
 * code; every other source (keywords such as 'self' and 'wasm-unsafe-eval') stays as it was. A page
 * without a CSP meta tag is returned unchanged (the CSP gate reports it).
 */
export function trimCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const used = inlineHashes(html);
  const policy = meta[2]!
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return part.trim();
      const keep = name === 'script-src' ? used.script : used.style;
      return [name, ...sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || keep.has(s))].join(' ');
    })
    .filter((part) => part !== '')
    .join(';');
  return html.replace(CSP_META, (_m, open: string, _c: string, close: string) => `${open}${policy};${close}`);
}
