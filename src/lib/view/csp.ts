/**
 * The site's Content Security Policy, written by the page head as a <meta> tag. Every script and
 * stylesheet is a bundled file of our own ('self'), no page carries inline code (the CSP gate
 * checks it), so one fixed policy serves every page: nothing to hash per page, no pass after the
 * build. Only the search page also lets Pagefind compile its WebAssembly.
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

/** The policy as the meta tag's content; `wasm` adds 'wasm-unsafe-eval' to script-src. */
export function contentSecurityPolicy({ wasm = false }: { wasm?: boolean } = {}): string {
  const script = wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'";
  return `${[...DIRECTIVES, script, "style-src 'self'"].join(';')};`;
}
