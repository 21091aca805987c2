import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, trimCspHashes } from '../../src/lib/view/csp-trim.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('trimCspHashes', () => {
  const used = 'console.log(1)';
  const policy = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(used)} ${hash('unused()')} 'sha384-abc';style-src 'self' ${hash('')};`;

  it('keeps only the hashes of the inline code the page carries, and every keyword', () => {
    const out = trimCspHashes(
      page(
        policy,
        `<script>${used}</script><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script>`,
      ),
    );
    expect(/content="([^"]*)"/.exec(out)![1]).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(used)};style-src 'self';`,
    );
  });

  it('leaves a page with no unused hash, and a page without a CSP, as they were', () => {
    const clean = page(`default-src 'self';script-src 'self';style-src 'self';`, '<p>x</p>');
    expect(trimCspHashes(clean)).toBe(clean);
    expect(trimCspHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  it('counts scripts that run and every <style>, not data blocks or external scripts', () => {
    const h = inlineHashes(
      `<script type="module">a()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>p{}</style>`,
    );
    expect([...h.script]).toEqual([hash('a()')]);
    expect([...h.style]).toEqual([hash('p{}')]);
  });
});
