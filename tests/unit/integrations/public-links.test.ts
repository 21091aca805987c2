import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkTree } from '../../../src/integrations/public-links.ts';

let scratch: string;
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function tree(): { from: string; to: string } {
  scratch = mkdtempSync(join(tmpdir(), 'public-links-'));
  const from = join(scratch, 'public');
  mkdirSync(join(from, 'data', 'nhiem-vu', 'nam'), { recursive: true });
  mkdirSync(join(from, 'empty'), { recursive: true });
  writeFileSync(join(from, 'favicon.svg'), '<svg/>');
  writeFileSync(join(from, 'data', 'tasks.csv'), 'id\r\nI.1\r\n');
  writeFileSync(join(from, 'data', 'nhiem-vu', 'nam', '2022.csv'), 'id\r\n');
  const to = join(scratch, 'dist');
  mkdirSync(join(to, 'nhiem-vu'), { recursive: true });
  writeFileSync(join(to, 'index.html'), '<!doctype html>');
  return { from, to };
}

describe('linkTree (public/ into the build)', () => {
  it('gives every file of public/ the same path in the build, as a second name of the same file, beside the pages', () => {
    const { from, to } = tree();
    expect(linkTree(from, to)).toBe(3);
    for (const f of ['favicon.svg', 'data/tasks.csv', 'data/nhiem-vu/nam/2022.csv']) {
      expect(readFileSync(join(to, f), 'utf8'), f).toBe(readFileSync(join(from, f), 'utf8'));
      expect(statSync(join(to, f)).ino, f).toBe(statSync(join(from, f)).ino);
    }
    expect(statSync(join(to, 'empty')).isDirectory()).toBe(true);
    expect(readFileSync(join(to, 'index.html'), 'utf8')).toBe('<!doctype html>');
  });

  it('keeps the build when the data folder is replaced afterwards, as the data stage replaces it (a new folder renamed into place)', () => {
    const { from, to } = tree();
    linkTree(from, to);
    rmSync(join(from, 'data'), { recursive: true });
    mkdirSync(join(from, 'data'));
    writeFileSync(join(from, 'data', 'tasks.csv'), 'changed');
    expect(readFileSync(join(to, 'data', 'tasks.csv'), 'utf8')).toBe('id\r\nI.1\r\n');
  });

  it('fails, naming both, when a public file has the path of a page', () => {
    const { from, to } = tree();
    writeFileSync(join(from, 'index.html'), 'public');
    expect(() => linkTree(from, to)).toThrow(
      /dist\/index\.html: a page of the build has the same path as the public file .*public\/index\.html/,
    );
  });

  it('refuses what is neither a file nor a folder', () => {
    const { from, to } = tree();
    symlinkSync(join(from, 'favicon.svg'), join(from, 'icon.svg'));
    expect(() => linkTree(from, to)).toThrow(/public\/icon\.svg: not a file or folder/);
  });
});
