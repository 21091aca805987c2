import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/lib/view/csp.ts';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .filter(Boolean)
      .map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );

describe('contentSecurityPolicy', () => {
  it('runs no script unless asked; then scripts from the site only, and WebAssembly only when asked', () => {
    const plain = directives(contentSecurityPolicy());
    expect(plain.get('default-src')).toEqual(["'self'"]);
    expect(plain.get('script-src')).toEqual(["'none'"]);
    expect(plain.get('style-src')).toEqual(["'self'"]);
    expect(plain.get('object-src')).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy('self')).get('script-src')).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy('self-and-wasm')).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});
