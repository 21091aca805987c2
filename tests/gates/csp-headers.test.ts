/**
 * Gate: every page of dist/ carries one Content-Security-Policy meta tag, before anything it
 * governs, that allows only the site itself and hashed inline code: no 'unsafe-inline', no
 * 'unsafe-eval', no other origin or scheme; 'wasm-unsafe-eval' on the search page alone; every
 * inline script and style of the page is covered by a hash (JSON-LD data blocks are not scripts the
 * browser runs, so neither); script-src 'none' on every page that has no script of its own, so a
 * stray file of our origin could not run there. A broken copy must fail.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { DIST } from '../helpers/built-site.ts';

const dist = process.env.SITE_DIST ?? DIST;
/** The only page that may compile WebAssembly (Pagefind). */
const WASM_PAGE = 'tim-kiem/index.html';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
/**
 * A script the browser runs (so the CSP governs it): no type, a JavaScript type, a module or an
 * import map. Others (application/ld+json) are data blocks, never executed.
 */
const runs = (n: Node) => {
  const type = (attr(n, 'type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'importmap' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
};
const text = (n: Node) => (n.childNodes ?? []).map((c) => c.value ?? '').join('');
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** Source expressions a directive may hold: our own origin, none, hashes, and data: for images. */
function badSource(directive: string, source: string): boolean {
  if (["'self'", "'none'"].includes(source) || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source)) return false;
  if (source === "'wasm-unsafe-eval'" && directive === 'script-src') return false;
  if (source === 'data:' && directive === 'img-src') return false;
  return true;
}

/** Everything wrong with the CSP of one page (empty = good). */
function cspProblems(html: string, file: string): string[] {
  const problems: string[] = [];
  const metas: Node[] = [];
  /** Elements the policy must come before: scripts, styles, stylesheets. */
  const governed: { node: Node; afterCsp: boolean }[] = [];
  const visit = (n: Node) => {
    if (n.nodeName === 'meta' && attr(n, 'http-equiv')?.toLowerCase() === 'content-security-policy') metas.push(n);
    if ((n.nodeName === 'script' && runs(n)) || n.nodeName === 'style' || (n.nodeName === 'link' && attr(n, 'rel') === 'stylesheet')) {
      governed.push({ node: n, afterCsp: metas.length > 0 });
    }
    for (const c of n.childNodes ?? []) visit(c);
  };
  visit(parse(html) as unknown as Node);
  if (metas.length !== 1) return [`${file}: ${metas.length} CSP meta tags, expected 1`];

  const policy = new Map<string, string[]>();
  for (const part of (attr(metas[0]!, 'content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  for (const [name, want] of [
    ['default-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
  ] as const) {
    if (policy.get(name)?.join(' ') !== want) problems.push(`${file}: ${name} is not ${want}`);
  }
  for (const name of ['script-src', 'style-src']) if (!policy.has(name)) problems.push(`${file}: no ${name}`);
  for (const [name, sources] of policy) {
    for (const s of sources) if (badSource(name, s)) problems.push(`${file}: ${name} allows ${s}`);
  }
  const hasScript = governed.some(({ node }) => node.nodeName === 'script');
  const scriptSrc = policy.get('script-src')?.join(' ');
  if (!hasScript && scriptSrc !== "'none'") problems.push(`${file}: script-src is ${scriptSrc}, but the page has no script: 'none'`);
  if (hasScript && scriptSrc === "'none'") problems.push(`${file}: script-src is 'none', but the page has a script`);
  const wasm = policy.get('script-src')?.includes("'wasm-unsafe-eval'") ?? false;
  if (wasm && file !== WASM_PAGE) problems.push(`${file}: 'wasm-unsafe-eval' outside the search page`);
  if (!wasm && file === WASM_PAGE) problems.push(`${file}: the search page needs 'wasm-unsafe-eval' for Pagefind`);

  const carried = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const { node, afterCsp } of governed) {
    if (!afterCsp) problems.push(`${file}: <${node.nodeName}> comes before the CSP meta tag`);
    const inline = node.nodeName === 'style' || (node.nodeName === 'script' && attr(node, 'src') === undefined);
    if (!inline) continue;
    const directive = node.nodeName === 'style' ? 'style-src' : 'script-src';
    carried[directive].add(sha256(text(node)));
    if (!policy.get(directive)?.includes(sha256(text(node))))
      problems.push(`${file}: an inline <${node.nodeName}> whose hash is not in ${directive}`);
  }
  // Only what the page needs: a hash of code the page does not carry is a script it would let in.
  for (const directive of ['script-src', 'style-src'] as const) {
    for (const s of policy.get(directive) ?? []) {
      if (/^'sha(256|384|512)-/.test(s) && !carried[directive].has(s))
        problems.push(`${file}: ${directive} lists ${s}, code the page does not carry`);
    }
  }
  return problems;
}

describe('Content-Security-Policy on every page', () => {
  it('one strict CSP meta tag per page; wasm only on the search page; inline code hashed', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(150);
    expect(pages).toContain(WASM_PAGE);
    const problems = pages.flatMap((f) => cspProblems(readFileSync(join(dist, f), 'utf8'), f));
    expect(problems).toEqual([]);
  });

  it('fails on a broken fixture: unsafe-inline, another origin, wasm elsewhere, an unhashed inline script, a late policy', () => {
    const file = 'nhiem-vu/index.html';
    const good = readFileSync(join(dist, file), 'utf8');
    expect(cspProblems(good, file)).toEqual([]);
    // A JSON-LD data block is not run, so the policy does not govern it.
    expect(cspProblems(good.replace('<head>', '<head><script type="application/ld+json">{}</script>'), file)).toEqual([]);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
    const loosened = good
      .replace(
        csp,
        (_m, c: string) =>
          `<meta http-equiv="content-security-policy" content="${c.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' https://cdn.example.com 'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw='")}">`,
      )
      .replace('</main>', '<script>alert(1)</script></main>');
    expect(cspProblems(loosened, file)).toEqual([
      `${file}: script-src allows 'unsafe-inline'`,
      `${file}: script-src allows https://cdn.example.com`,
      `${file}: 'wasm-unsafe-eval' outside the search page`,
      `${file}: an inline <script> whose hash is not in script-src`,
      `${file}: script-src lists 'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw=', code the page does not carry`,
    ]);
    const late = good.replace(/(<meta http-equiv="content-security-policy"[^>]*>)(.*?)(<\/head>)/s, '$2$1$3');
    expect(cspProblems(late, file)[0]).toMatch(/<link> comes before the CSP meta tag/);
    expect(cspProblems(good.replace(csp, ''), file)).toEqual([`${file}: 0 CSP meta tags, expected 1`]);
    // A page with no script of its own runs none; one with a script needs 'self'.
    const taskPage = 'nhiem-vu/i-4-6/index.html';
    const plain = readFileSync(join(dist, taskPage), 'utf8');
    expect(cspProblems(plain, taskPage)).toEqual([]);
    expect(cspProblems(plain.replace("script-src 'none'", "script-src 'self'"), taskPage)).toEqual([
      `${taskPage}: script-src is 'self', but the page has no script: 'none'`,
    ]);
    expect(cspProblems(good.replace("script-src 'self'", "script-src 'none'"), file)).toEqual([
      `${file}: script-src is 'none', but the page has a script`,
    ]);
    expect(cspProblems(readFileSync(join(dist, WASM_PAGE), 'utf8').replace(" 'wasm-unsafe-eval'", ''), WASM_PAGE)).toEqual([
      `${WASM_PAGE}: the search page needs 'wasm-unsafe-eval' for Pagefind`,
    ]);
  });
});
