/**
 * npm run build:data [-- --seed <file> --out <dir> --content <dir>]
 *
 * Reads the plan and the curated tables, builds every dataset, and swaps the result into --out in
 * one step: on any error nothing in --out changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDatasets } from '../src/lib/datasets.ts';
import { SourceError, formatWarning } from '../src/lib/errors.ts';
import { renderFiles } from '../src/lib/files.ts';
import { decodeSource } from '../src/lib/source.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_SEED = join(ROOT, 'seeds', 'ke-hoach-04-NQ-TU-dong-thap.txt');

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    out: { type: 'string', default: join(ROOT, 'public', 'data') },
    content: { type: 'string', default: join(ROOT, 'content') },
    quiet: { type: 'boolean', default: false },
  },
});

/** Paths in messages and in the data are relative to the project, so they do not depend on the machine. */
const display = (p: string) => {
  const r = relative(ROOT, resolve(p));
  return r.startsWith('..') ? resolve(p) : r;
};

function readText(path: string) {
  const bytes = readFileSync(path);
  const decoded = decodeSource(bytes, display(path));
  return { bytes, ...decoded };
}

/**
 * A seed whose checksum is recorded in a SHA256SUMS beside it (the committed one is) must match it:
 * the published data cite that exact document. Other inputs are judged by their structure alone.
 */
function verifyRecordedChecksum(path: string, bytes: Buffer): void {
  const sums = join(dirname(path), 'SHA256SUMS');
  if (!existsSync(sums)) return;
  const want = readFileSync(sums, 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+\*?/))
    .find(([, name]) => name === basename(path));
  if (!want) return;
  const got = createHash('sha256').update(bytes).digest('hex');
  if (got !== want[0]) {
    throw new SourceError(display(path), 1, `sha256 ${want[0]} as recorded in ${display(sums)} (the source document changed: restore it, or update the checksum in a reviewed commit)`, got);
  }
}

function writeAtomically(outDir: string, files: Map<string, string>): void {
  const target = resolve(outDir);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    for (const [name, content] of files) writeFileSync(join(tmp, name), content);
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    throw e;
  }
}

function main(): number {
  const started = performance.now();
  try {
    const seedPath = resolve(args.seed);
    const seed = readText(seedPath);
    verifyRecordedChecksum(seedPath, seed.bytes);
    const agencies = readText(join(args.content, 'agencies.csv'));
    const legal = readText(join(args.content, 'legal_documents.csv'));
    const periodFile = join(args.content, 'plan_period.json');
    const period = JSON.parse(readText(periodFile).text) as { start_year: number; end_year: number; note: string };
    if (!Number.isInteger(period.start_year) || !Number.isInteger(period.end_year) || period.end_year < period.start_year) {
      throw new SourceError(display(periodFile), 1, 'integer start_year ≤ end_year', JSON.stringify(period));
    }

    const output = buildDatasets({
      seed: { file: display(seedPath), text: seed.text, sha256: createHash('sha256').update(seed.bytes).digest('hex'), bytes: seed.bytes.length },
      agencies: { file: display(join(args.content, 'agencies.csv')), text: agencies.text },
      legalDocuments: { file: display(join(args.content, 'legal_documents.csv')), text: legal.text },
      period,
    });
    output.warnings.unshift(...seed.warnings, ...agencies.warnings, ...legal.warnings);
    const files = renderFiles(output);
    writeAtomically(args.out, files);

    for (const w of output.warnings) console.warn(formatWarning(w));
    if (!args.quiet) {
      const a = output.accounting;
      console.log(
        `build:data: ${files.size} files in ${display(args.out)} — ${output.tables.get('tasks')!.length} tasks, ` +
          `appendix lines ${a.first_line}–${a.last_line}: ${a.rows_read} read = ${a.task_rows} tasks + ${a.group_rows} groups + ` +
          `${a.subgroup_rows} sub-groups + ${a.header_rows} headers + ${a.blank_rows} blank; ` +
          `${output.warnings.length} warning(s); ${Math.round(performance.now() - started)} ms`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`build:data: error: ${e.message}`);
      console.error('build:data: nothing was written; the previous output is unchanged.');
      return 1;
    }
    if (e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT') {
      console.error(`build:data: error: ${String((e as { message?: unknown }).message)}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
