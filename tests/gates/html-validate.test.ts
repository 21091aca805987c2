/**
 * Gate: every built page of dist/ is valid HTML by html-validate's recommended preset, with the
 * project's few documented adjustments (.htmlvalidate.json; reasons in docs/quality-gates.md).
 * A broken copy of a page (duplicate id, unclosed element) must fail the same check.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { ROOT } from '../helpers/seed.ts';
import { DIST } from '../helpers/built-site.ts';

/** SITE_DIST points the gate at another build while developing; the default is the global setup's dist/. */
const dist = process.env.SITE_DIST ?? DIST;

// The repository's .htmlvalidate.json is given to the loader as its global configuration: the
// loader's own search walks up from each file, and would find nothing for a build outside the
// repository (SITE_DIST=/tmp/…), silently validating with no rules at all.
const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new FileSystemConfigLoader(config));

/** "file:line:col rule message" for every error html-validate reports in these files. */
async function htmlErrors(files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const r of report.results) {
      for (const m of r.messages) out.push(`${relative(ROOT, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return out;
}

describe('HTML validity (html-validate, recommended preset)', () => {
  it('every page of the build has 0 errors', async () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(150);
    const errors = await htmlErrors(pages.map((f) => join(dist, f)));
    expect(errors, `${errors.length} errors`).toEqual([]);
  });

  it('fails on a page with a duplicate id and an unclosed element', async () => {
    // Outside the repository, as a SITE_DIST build may be: the rules must apply there too.
    const dir = mkdtempSync(join(tmpdir(), 'dt-html-'));
    const good = join(dir, 'good.html');
    const bad = join(dir, 'bad.html');
    const html = readFileSync(join(dist, 'nhiem-vu', 'i-4-6', 'index.html'), 'utf8');
    writeFileSync(good, html);
    writeFileSync(bad, html.replace('</main>', '<p id="noi-dung">trùng id</p><div><span>chưa đóng</div></main>'));
    expect(await htmlErrors([good])).toEqual([]);
    const rules = (await htmlErrors([bad])).map((e) => e.split(' ')[1]);
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('close-order');
    rmSync(dir, { recursive: true, force: true });
  });
});
