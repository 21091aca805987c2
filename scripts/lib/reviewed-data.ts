/**
 * The published datasets under review: every dataset's CSV and JSON and plan.json are committed in
 * reviewed-data/, so a change to a parser or a curated table shows up in review as a data diff. The data
 * stage compares what it would publish with that folder (`npm run build:data -- --check`, run by the
 * tests) and refreshes it on request (`npm run data:update`). Binary and catalogue files stay out: the
 * zip, the workbooks, the manifest and the catalogues are made from these and checked by their tests.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS } from '../../src/lib/model/dictionary.ts';
import { ROOT } from './data-stage.ts';

export const REVIEWED_DIR = join(ROOT, 'reviewed-data');

/** The names of the files under review, in a fixed order. */
export function reviewedNames(): string[] {
  return [...DATASETS.flatMap((d) => [`${d.name}.csv`, `${d.name}.json`]), 'plan.json'].sort();
}

/** The reviewed files out of everything the data stage renders. */
export function reviewedFiles(rendered: ReadonlyMap<string, string | Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of reviewedNames()) {
    const content = rendered.get(name);
    if (typeof content !== 'string') throw new Error(`reviewed data: the data stage rendered no text file ${name}`);
    out.set(name, content);
  }
  return out;
}

/** The files now in the reviewed folder (name → text), as committed. */
export function readReviewed(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) out.set(name, readFileSync(join(dir, name), 'utf8'));
  return out;
}

/**
 * What differs between the committed folder and the build, in words a reviewer can act on: files
 * missing or no longer built, and for a changed file the lines only one side has (at most `limit` of
 * each), with their line numbers. Empty when the two agree byte for byte.
 */
export function diffReviewed(
  committed: ReadonlyMap<string, string>,
  built: ReadonlyMap<string, string>,
  folder = 'reviewed-data',
  limit = 5,
): string[] {
  const out: string[] = [];
  for (const [name, text] of built) {
    const old = committed.get(name);
    if (old === undefined) {
      out.push(`${folder}/${name}: not committed yet (a new file of ${text.split('\n').length - 1} lines)`);
      continue;
    }
    if (old === text) continue;
    const oldLines = old.split(/\r?\n/);
    const newLines = text.split(/\r?\n/);
    const oldSet = new Set(oldLines);
    const newSet = new Set(newLines);
    const removed = oldLines.map((l, i) => [i + 1, l] as const).filter(([, l]) => !newSet.has(l));
    const added = newLines.map((l, i) => [i + 1, l] as const).filter(([, l]) => !oldSet.has(l));
    out.push(`${folder}/${name}: ${removed.length} line(s) only in the committed file, ${added.length} only in the build`);
    const show = (sign: string, rows: (readonly [number, string])[]) => {
      for (const [n, l] of rows.slice(0, limit)) out.push(`  ${sign} line ${n}: ${l.length > 160 ? `${l.slice(0, 160)}…` : l}`);
      if (rows.length > limit) out.push(`  ${sign} … and ${rows.length - limit} more`);
    };
    show('-', removed);
    show('+', added);
    if (removed.length === 0 && added.length === 0) out.push('  (the same lines in another order, or other line endings)');
  }
  for (const name of committed.keys())
    if (!built.has(name)) out.push(`${folder}/${name}: no longer built (remove it, or run npm run data:update)`);
  return out;
}

/** Replaces the reviewed folder's files with the build's (and removes files no longer built). */
export function writeReviewed(dir: string, built: ReadonlyMap<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (!built.has(name)) rmSync(join(dir, name));
  for (const [name, text] of built) writeFileSync(join(dir, name), text);
}
