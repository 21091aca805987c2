/**
 * npm run bench [-- --data-only] [-- --no-lighthouse] — measures, never asserts: the data stage on
 * the real seed and on a synthetic appendix 100 times the size; the full site build; the weight of
 * one page of each template (HTML + CSS + JS, gzip); Lighthouse's four scores (mobile) for the home,
 * a task and an indicator page, served locally. Prints Markdown tables (pasted into the README) and
 * writes bench-results/bench.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toRoman } from '../src/lib/pipeline/appendix.ts';
import { DEFAULT_CONTENT, DEFAULT_SEED, ROOT, runDataStage } from './lib/data-stage.ts';
import { pageWeight, type PageWeight } from './lib/page-weight.ts';
import { serve } from './lib/static-server.ts';

const RUNS = 7;
/** Where the build goes: OUT_DIR, as astro.config.mjs reads it (so a bench can run beside others' dist/). */
const DIST = process.env.OUT_DIR ?? join(ROOT, 'dist');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up: module loading and JIT are not the data stage
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
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
const real = await time(() => runDataStage({ seed: DEFAULT_SEED, out: join(scratch, 'real'), content: DEFAULT_CONTENT }), RUNS);
results.push({ name: 'Data stage, real seed (90 tasks), median of 7', value: `${real.toFixed(0)} ms` });
const big = await time(async () => {
  tasks = (await runDataStage({ seed: synthetic, out: join(scratch, 'big'), content: DEFAULT_CONTENT })).output.tables.get('tasks')!.length;
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
  ['Tệp nguồn (source)', 'nguon/index.html'],
  ['Báo cáo năm (report, 2023)', 'bao-cao/2023/index.html'],
  ['Nhiệm vụ theo tình trạng (in progress)', 'nhiem-vu/tinh-trang/dang-thuc-hien/index.html'],
];
const weights: (PageWeight & { template: string })[] = [];
if (!process.argv.includes('--data-only')) {
  const t = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  results.push({
    name: 'Full build (`npm run build`: data + site + search index), one run',
    value: `${((performance.now() - t) / 1000).toFixed(1)} s`,
  });
  for (const [template, file] of TEMPLATES) {
    if (existsSync(join(DIST, file))) weights.push({ template, ...pageWeight(DIST, file) });
  }
}

/** Pages Lighthouse scores: the home, a task, an indicator (when the build has it). */
const LIGHTHOUSE_PAGES: [string, string][] = [
  ['Trang chủ (home)', ''],
  ['Nhiệm vụ (task page, I.4.6)', 'nhiem-vu/i-4-6/'],
  ['Chỉ tiêu (indicator, DTI rank)', 'chi-tieu/dti-rank/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof CATEGORIES)[number], number | null>;
const lighthouseRuns: ({ page: string; path: string } & (Scores | { error: string }))[] = [];

/** Lighthouse runs per page; the median score of each category is kept. */
const LIGHTHOUSE_RUNS = 3;

/**
 * Lighthouse 12 (Node API) in Debian's Chromium against a local static server, mobile form factor
 * with its default screen emulation and simulated throttling. The performance score moves by 5–15
 * points between runs on a busy 2-core machine (total blocking time on pages without JavaScript
 * is the machine, not the page), so one warm-up run is discarded and the median of 3 is kept.
 */
async function runLighthouse(): Promise<void> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const site = await serve(DIST, '/');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
  try {
    const once = async (path: string): Promise<Scores> => {
      const result = await lighthouse(site.page(path), {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        formFactor: 'mobile',
        // Lighthouse's default mobile emulation (Moto G Power), as its CLI uses.
        screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) throw new Error(lhr?.runtimeError?.message ?? 'no result');
      return Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Scores;
    };
    await once('').catch(() => undefined); // warm-up
    for (const [page, path] of LIGHTHOUSE_PAGES) {
      if (!existsSync(join(DIST, path, 'index.html'))) continue;
      try {
        const runs: Scores[] = [];
        for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await once(path));
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, runs.some((r) => r[c] === null) ? null : median(runs.map((r) => r[c]!))]),
        ) as Scores;
        lighthouseRuns.push({ page, path: `/${path}`, ...scores });
      } catch (e) {
        lighthouseRuns.push({ page, path: `/${path}`, error: (e as Error).message });
      }
    }
  } finally {
    await chrome.kill();
    await site.close();
  }
}
if (!process.argv.includes('--data-only') && !process.argv.includes('--no-lighthouse')) {
  try {
    await runLighthouse();
  } catch (e) {
    // Measures, never asserts: say why Lighthouse could not run and keep the other numbers.
    lighthouseRuns.push({ page: 'Lighthouse', path: '', error: (e as Error).message });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('| measure | value |\n| --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${r.value} |`);
if (weights.length > 0) {
  console.log('\n| template | HTML | CSS | JS | total (gzip) |\n| --- | --- | --- | --- | --- |');
  for (const w of weights) console.log(`| ${w.template} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} |`);
}
if (lighthouseRuns.length > 0) {
  const score = (n: number | null) => (n === null ? '–' : String(Math.round(n * 100)));
  console.log(
    `\n| Lighthouse 12.2.3, mobile, median of ${LIGHTHOUSE_RUNS} | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |`,
  );
  for (const r of lighthouseRuns) {
    if ('error' in r) console.log(`| ${r.page} | did not run: ${r.error.replace(/\|/g, '/')} | | | |`);
    else
      console.log(`| ${r.page} | ${score(r.performance)} | ${score(r.accessibility)} | ${score(r['best-practices'])} | ${score(r.seo)} |`);
  }
}
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-results', 'bench.json'),
  `${JSON.stringify({ node: process.version, results, weights, lighthouse: lighthouseRuns }, null, 2)}\n`,
);
