/** `npm run check:content`: the editors' quick check — the curated tables and reports, nothing written. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, mutatedContent, scratch } from '../helpers/cli.ts';

const files = (dir: string): string[] =>
  readdirSync(dir)
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)).map((x) => join(f, x)) : [f]))
    .sort();

describe('npm run check:content', () => {
  it('passes on the committed content, says what it checked, and writes nothing', () => {
    const dir = scratch('dt-check-');
    const content = mutatedContent(dir, 'task_status.csv', (t) => t);
    const before = files(dir);
    const r = checkContent(['--content', content]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^check:content: .* is valid — \d+ task findings, \d+ published values, 22 indicators; nothing was written\./m,
    );
    expect(files(dir)).toEqual(before);
  });

  it('stops on a bad row with file:line and what was expected, exit code 1', () => {
    const dir = scratch('dt-check-');
    const content = mutatedContent(dir, 'task_status.csv', (t) => t.replace(/\nIV\.4\.1,2022-12-20,done,/, '\nIV.4.1,2022-12-20,xong,'));
    const r = checkContent(['--content', content]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^check:content: error: .*content\/task_status\.csv:\d+: expected status: one of no_information, in_progress, done, delayed, dropped, found "xong"/m,
    );
  });

  it('checks the yearly reports too', () => {
    const dir = scratch('dt-check-');
    const content = mutatedContent(dir, 'bao-cao/2024.mdx', (t) =>
      t.replace('<IndicatorChart id="du-lieu-mo" />', '<IndicatorChart id="du-lieu" />'),
    );
    const r = checkContent(['--content', content]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /content\/bao-cao\/2024\.mdx:\d+: expected an indicator id of content\/indicators\.csv in <IndicatorChart>, found "du-lieu"/,
    );
  });
});
