/**
 * The site's Content Security Policy, written by the page head as a <meta> tag. Every script and
 * stylesheet is a bundled file of our own ('self') and no page carries inline code (the CSP gate
 * checks it). Scripts are allowed only where a page has one: the task list's filter and the
 * search page (which also lets Pagefind compile its WebAssembly). Every other page says
 * script-src 'none', so even a file of our own origin that should not be there could not run on it.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** What a page may run: nothing (most pages), its own bundled scripts, or those and WebAssembly (search). */
export type PageScripts = 'none' | 'self' | 'self-and-wasm';

const SCRIPT_SRC: Record<PageScripts, string> = {
  none: "script-src 'none'",
  self: "script-src 'self'",
  'self-and-wasm': "script-src 'self' 'wasm-unsafe-eval'",
};

/** The policy as the meta tag's content. */
export function contentSecurityPolicy(scripts: PageScripts = 'none'): string {
  return `${[...DIRECTIVES, SCRIPT_SRC[scripts], "style-src 'self'"].join(';')};`;
}
