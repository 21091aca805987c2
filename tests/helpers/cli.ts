/** Runs the data CLI in a child process, as a user would, on inputs in a scratch folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, SEED_PATH } from './seed.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** A script of scripts/ run as its npm script runs it, without npm's own output. */
function runScript(name: string, args: string[]): CliResult {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', name), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `npm run build:data -- <args>`. */
export const buildData = (args: string[]): CliResult => runScript('build-data.ts', args);

/** `npm run check:content -- <args>`: validates the curated tables and reports, writing nothing. */
export const checkContent = (args: string[]): CliResult => runScript('check-content.ts', args);

/** `npm run forms -- <args>`: makes the reporting forms. */
export const forms = (args: string[]): CliResult => runScript('forms.ts', args);

/** `npm run import:reports -- <args>`: imports filled forms into a content folder. */
export const importReports = (args: string[]): CliResult => runScript('import-reports.ts', args);

/** A fresh scratch folder under the OS temp dir. */
export function scratch(prefix = 'dt-data-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a mutated copy of the real seed into `dir` and returns its path. */
export function mutatedSeed(dir: string, edit: (lines: string[]) => void, name = 'seed.txt'): string {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  edit(lines);
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** A copy of content/ in `dir`, with `edit` applied to one of its files. */
export function mutatedContent(dir: string, file: string, edit: (text: string) => string): string {
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const path = join(content, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return content;
}

/** Relative path → bytes of every file in a folder and its subfolders, to compare two outputs byte for byte. */
export function snapshotDir(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}
