/**
 * npm run bench [-- --data-only] — measures, never asserts: the data stage on the real seed and on
 * a synthetic appendix 100 times the size; the full site build; the weight of one page of each
 * template (HTML + CSS + JS, gzip). Prints Markdown tables (pasted into the README) and writes
 * bench-results/bench.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toRoman } from '../src/lib/appendix.ts';
import { DEFAULT_CONTENT, DEFAULT_SEED, ROOT, runDataStage } from './lib/data-stage.ts';
import { pageWeight, type PageWeight } from './lib/page-weight.ts';

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

/** One page per template, as the weight budget in the README names them. */
const TEMPLATES: [string, string][] = [
  ['Trang chủ (home)', 'index.html'],
  ['Kế hoạch (plan)', 'ke-hoach/index.html'],
  ['Danh sách nhiệm vụ (task list)', 'nhiem-vu/index.html'],
  ['Nhiệm vụ (task page, I.4.6)', 'nhiem-vu/i-4-6/index.html'],
  ['Nhiệm vụ theo năm (2024)', 'nhiem-vu/nam/2024/index.html'],
  ['Cơ quan (agency, Sở TT&TT)', 'co-quan/so-tttt/index.html'],
  ['Văn bản (document, 749/QĐ-TTg)', 'van-ban/749-qd-ttg/index.html'],
  ['Lộ trình (timeline)', 'lo-trinh/index.html'],
  ['Dữ liệu (downloads)', 'du-lieu/index.html'],
  ['Tìm kiếm (search, before a query)', 'tim-kiem/index.html'],
  ['Văn bản gốc (source)', 'nguon/index.html'],
];
const weights: (PageWeight & { template: string })[] = [];
if (!process.argv.includes('--data-only')) {
  const t = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  results.push({ name: 'Full build (`npm run build`: data + site + search index), one run', value: `${((performance.now() - t) / 1000).toFixed(1)} s` });
  for (const [template, file] of TEMPLATES) {
    if (existsSync(join(ROOT, 'dist', file))) weights.push({ template, ...pageWeight(join(ROOT, 'dist'), file) });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('| measure | value |\n| --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${r.value} |`);
if (weights.length > 0) {
  console.log('\n| template | HTML | CSS | JS | total (gzip) |\n| --- | --- | --- | --- | --- |');
  for (const w of weights) console.log(`| ${w.template} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} |`);
}
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'bench.json'), `${JSON.stringify({ node: process.version, results, weights }, null, 2)}\n`);
