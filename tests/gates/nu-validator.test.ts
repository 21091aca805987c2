/**
 * Gate: the W3C Nu HTML checker (npm vnu-jar, run with Debian's Java) finds 0 errors on every page of
 * both builds — an independent validator beside html-validate, which misses some of what it
 * catches (ARIA roles on table cells, a script after </html>). Shown to fail on a broken copy.
 * Skipped where `java` is absent; .ci/run installs default-jre-headless.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_BASE } from '../helpers/built-site.ts';

const dist = process.env.SITE_DIST ?? DIST;
const distBase = process.env.SITE_DIST_BASE ?? DIST_BASE;
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** "file:line message" for every error the checker reports under these folders or files. */
function nuErrors(paths: string[]): string[] {
  const r = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const messages = (JSON.parse(r.stderr || r.stdout) as { messages: NuMessage[] }).messages;
  return messages.filter((m) => m.type === 'error').map((m) => `${relative('/', new URL(m.url).pathname)}:${m.lastLine ?? 0} ${m.message}`);
}

describe.runIf(hasJava)('W3C Nu HTML checker (vnu-jar)', () => {
  it('every page of both builds has 0 errors', () => {
    const errors = nuErrors([dist, distBase]);
    expect(errors.slice(0, 20), `${errors.length} errors`).toEqual([]);
  }, 300_000);

  it('fails on table cells with ARIA roles and on a script after </html>', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-nu-'));
    const html = readFileSync(join(dist, 'van-ban', 'index.html'), 'utf8');
    writeFileSync(join(dir, 'good.html'), html);
    writeFileSync(join(dir, 'bad.html'), `${html.replace(/<td /, '<td role="cell" ')}<script src="/x.js"></script>`);
    const errors = nuErrors([dir]);
    expect(errors.filter((e) => e.includes('good.html'))).toEqual([]);
    const bad = errors.filter((e) => e.includes('bad.html')).join('\n');
    expect(bad).toMatch(/The “role” attribute must not be used on a “td” element/);
    expect(bad).toMatch(/Stray start tag “script”/);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
