/**
 * npm run bench — measures, never asserts: the data stage on the real seed and on a synthetic
 * appendix 100 times the size. Prints a Markdown table (pasted into the README) and writes
 * bench-results/bench.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toRoman } from '../src/lib/appendix.ts';
import { DEFAULT_CONTENT, DEFAULT_SEED, ROOT, runDataStage } from './lib/data-stage.ts';

const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up: module loading and JIT are not the data stage
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** The real seed with its appendix repeated `times` times; each copy's groups get new numerals, so ids stay unique. */
export function syntheticSeed(text: string, times: number): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Stt\t'));
  const body = lines.slice(0, start);
  const appendix = lines.slice(start);
  const groupsPerCopy = appendix.filter((l) => /^<b>[IVX]+<\/b>\t/.test(l)).length;
  const copies: string[] = [];
  for (let k = 0; k < times; k++) {
    let g = 0;
    for (const l of appendix) {
      copies.push(/^<b>[IVX]+<\/b>\t/.test(l) ? l.replace(/^<b>[IVX]+<\/b>/, `<b>${toRoman(k * groupsPerCopy + ++g)}</b>`) : l);
    }
    if (copies[copies.length - 1] !== '') copies.push('');
  }
  return [...body, ...copies].join('\n');
}

const scratch = mkdtempSync(join(tmpdir(), 'dt-bench-'));
const seedText = readFileSync(DEFAULT_SEED, 'utf8');
const synthetic = join(scratch, 'synthetic-100x.txt');
writeFileSync(synthetic, syntheticSeed(seedText, 100));

const results: { name: string; value: string }[] = [];
let tasks = 0;
const real = time(() => runDataStage({ seed: DEFAULT_SEED, out: join(scratch, 'real'), content: DEFAULT_CONTENT }), RUNS);
results.push({ name: 'Data stage, real seed (90 tasks), median of 7', value: `${real.toFixed(0)} ms` });
const big = time(() => {
  tasks = runDataStage({ seed: synthetic, out: join(scratch, 'big'), content: DEFAULT_CONTENT }).output.tables.get('tasks')!.length;
}, 3);
results.push({ name: `Data stage, synthetic 100× appendix (${tasks} tasks), median of 3`, value: `${(big / 1000).toFixed(2)} s` });

rmSync(scratch, { recursive: true, force: true });
console.log('| measure | value |\n| --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${r.value} |`);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'bench.json'), `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
