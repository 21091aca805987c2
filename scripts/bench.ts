/**
 * npm run bench [-- --scales 1,10,100] [-- --no-lighthouse] [-- --data-only] — measures, never asserts.
 *
 * - The whole build at each scale of the appendix, in its three steps as `npm run build` runs them:
 *   the data stage, `astro build` as `npm run build:site` runs it (its heap cap included), then the
 *   search index (scripts/build-search.ts, once Astro has exited). 1× is the real seed, 10× and 100× the appendix repeated (syntheticSeed). Each build goes
 *   into a scratch output and a scratch Astro cache (OUT_DIR, ASTRO_CACHE_DIR, under
 *   node_modules/.cache, inside the project as dist/ is: a cold build, dist/ untouched); its wall time
 *   is split into the data stage, page rendering (Astro's "Static generate" timer, ASTRO_TIMER_PATH),
 *   the search index (Pagefind's duration as the search step logs it) and the rest (start-ups,
 *   content sync, Vite bundling, Astro's clean-up, sitemap); the peak resident memory of each step's
 *   process tree is sampled from /proc every 100 ms (and the largest single process read from GNU
 *   time -v). The marginal milliseconds per HTML page between scales follow.
 * - The data stage alone on the real seed (median of 7; with --data-only, also each larger scale,
 *   median of 3, and nothing else).
 * - The weight of one page of each template and Lighthouse's four scores (mobile), both on the 1×
 *   build (so --scales must include 1); --no-lighthouse skips Lighthouse.
 *
 * The site reads public/data, so each scale's data stage writes there; public/data is rebuilt from
 * the real seed afterwards (removed if there was none), also on error or Ctrl-C. Prints Markdown
 * tables (for docs/performance.md) and writes bench-results/bench.json, with each build's log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { toRoman } from '../src/lib/pipeline/appendix.ts';
import { DEFAULT_CONTENT, DEFAULT_OUT, DEFAULT_SEED, ROOT, runDataStage } from './lib/data-stage.ts';
import { pageWeight, type PageWeight } from './lib/page-weight.ts';
import { serve } from './lib/static-server.ts';
import { listFiles } from './lib/site-files.ts';

const RUNS = 7;

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

// ---------------------------------------------------------------------------------------------
// Running a build step as a measured child process

/** GNU time, when installed: the largest single process's peak RSS, exact (the sampler below may miss a spike). */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const HAS_PROC = existsSync('/proc/self/status');

/** Resident memory (kB) of `root` and all its descendants, summed, from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  let kb = 0;
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    try {
      const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // ended meanwhile
    }
    todo.push(...(children.get(pid) ?? []));
  }
  return kb;
}

interface StepResult {
  ms: number;
  code: number | null;
  /** Peak of the process tree's summed RSS, sampled every 100 ms (MB); null without /proc. */
  peakTreeMb: number | null;
  /** When that peak was sampled (ms after the start). */
  peakAt: number;
  /** Peak RSS of the largest single process (GNU time -v), MB; null without GNU time. */
  maxProcessMb: number | null;
  /** Arrival time (ms after the start) of each output line, for the phases Astro logs. */
  lines: { at: number; text: string }[];
}

/** The step now running, so Ctrl-C can stop it (its whole process group) before public/data is restored. */
let running: { child: ChildProcess; done: Promise<void> } | null = null;
/** Set on Ctrl-C: no further step starts. */
let stopping = false;

/**
 * Runs `cmd` in its own process group, timing it and sampling its process tree's memory; its output
 * (stdout and stderr, each line prefixed with its arrival time) goes to `logFile`.
 */
function step(cmd: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<StepResult> {
  if (stopping) return Promise.reject(new Error('stopped'));
  const timeFile = join(scratch, `${basename(logFile)}.time`);
  const argv = GNU_TIME ? [GNU_TIME, '-v', '-o', timeFile, ...cmd] : cmd;
  const log = createWriteStream(logFile);
  const lines: { at: number; text: string }[] = [];
  const t0 = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let ended!: () => void;
  running = { child, done: new Promise((r) => (ended = r)) };
  let peakKb = 0;
  let peakAt = 0;
  const sample = () => {
    if (!HAS_PROC || child.pid === undefined) return;
    const kb = treeRssKb(child.pid);
    if (kb > peakKb) [peakKb, peakAt] = [kb, performance.now() - t0];
  };
  const sampler = setInterval(sample, 100);
  const reader = () => {
    let rest = '';
    return (chunk: Buffer) => {
      const at = performance.now() - t0;
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      for (const raw of parts) {
        // eslint-disable-next-line no-control-regex
        const text = raw.replace(/\x1b\[[0-9;]*m/g, '');
        lines.push({ at, text });
        log.write(`+${(at / 1000).toFixed(3)}s ${text}\n`);
      }
    };
  };
  child.stdout!.on('data', reader());
  child.stderr!.on('data', reader());
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      clearInterval(sampler);
      running = null;
      ended();
      log.end();
      let maxProcessMb: number | null = null;
      if (GNU_TIME && existsSync(timeFile)) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
        if (m) maxProcessMb = Number(m[1]) / 1024;
      }
      resolve({ ms, code, peakTreeMb: HAS_PROC ? peakKb / 1024 : null, peakAt, maxProcessMb, lines });
    });
  });
}

/** Every file under a folder: how many, how many .html, and their bytes. */
function countFiles(dir: string): { files: number; html: number; bytes: number } {
  const files = listFiles(dir);
  return {
    files: files.length,
    html: files.filter((f) => f.endsWith('.html')).length,
    bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// One scale: data stage, then the site

interface ScaleRun {
  scale: number;
  seed: string;
  tasks: number | null;
  htmlPages: number | null;
  files: number | null;
  outputMb: number | null;
  /** Wall times in ms: the whole, and its parts (data + rendering + index + other = total). */
  totalMs: number;
  dataMs: number;
  renderingMs: number | null;
  indexMs: number | null;
  otherMs: number | null;
  /** The "other" part in detail (ms); null when a phase's log line or timer was missing. */
  other: {
    startup: number | null;
    setup: number | null;
    bundling: number | null;
    postprocess: number | null;
    /** The search step's own start-up and writing around Pagefind's indexing (Node, tsx, the Pagefind binary). */
    searchStep: number | null;
  };
  /** Peak memory of the whole build (MB): max over its three steps of the tree sum and the largest process. */
  peakMb: number | null;
  largestProcessMb: number | null;
  /** The phase in which the process tree's sampled peak fell. */
  peakDuring: string | null;
  data: { peakTreeMb: number | null; maxProcessMb: number | null };
  site: { ms: number; peakTreeMb: number | null; maxProcessMb: number | null; astroTimers: Record<string, number> };
  search: { ms: number; peakTreeMb: number | null; maxProcessMb: number | null };
  error?: string;
}

/** Arrival time of the first line matching `re` at or after index `from`; [index, ms]. */
function findLine(lines: StepResult['lines'], re: RegExp, from = 0): [number, number] | null {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return [i, lines[i]!.at];
  return null;
}

const maxOf = (...xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length > 0 ? Math.max(...v) : null;
};

/**
 * `npm run build:data` and `npm run build:site` are `node <flags> <script>` (package.json): the bench
 * runs those commands, their heap caps included, without npm's own process around them.
 */
function npmScriptArgv(name: 'build:data' | 'build:site'): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string | undefined> };
  const script = pkg.scripts[name] ?? '';
  const [command, ...args] = script.trim().split(/\s+/);
  if (command !== 'node')
    throw new Error(`package.json: the ${name} script should start with "node" (the bench runs it without npm), not: ${script}`);
  return [process.execPath, ...args];
}

async function runScale(
  scale: number,
  seed: string,
  scratch: string,
  logDir: string,
  keepOutput: boolean,
): Promise<ScaleRun & { outDir: string }> {
  const outDir = join(scratch, `site-${scale}x`);
  const cacheDir = join(scratch, `astro-cache-${scale}x`);
  const timerFile = join(scratch, `astro-timer-${scale}x.json`);
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // The data stage as `npm run build:data -- --seed <seed> --quiet` runs it, without npm's own process.
  const data = await step([...npmScriptArgv('build:data'), '--seed', seed, '--quiet'], env, join(logDir, `build-${scale}x-data.log`));
  const run: ScaleRun & { outDir: string } = {
    scale,
    seed,
    outDir,
    tasks: null,
    htmlPages: null,
    files: null,
    outputMb: null,
    totalMs: data.ms,
    dataMs: data.ms,
    renderingMs: null,
    indexMs: null,
    otherMs: null,
    other: { startup: null, setup: null, bundling: null, postprocess: null, searchStep: null },
    peakMb: maxOf(data.peakTreeMb, data.maxProcessMb),
    largestProcessMb: data.maxProcessMb,
    peakDuring: data.peakTreeMb !== null ? 'data stage' : null,
    data: { peakTreeMb: data.peakTreeMb, maxProcessMb: data.maxProcessMb },
    site: { ms: 0, peakTreeMb: null, maxProcessMb: null, astroTimers: {} },
    search: { ms: 0, peakTreeMb: null, maxProcessMb: null },
  };
  if (data.code !== 0) {
    run.error = `data stage exited with ${data.code} (bench-results/build-${scale}x-data.log)`;
    return run;
  }
  run.tasks = (JSON.parse(readFileSync(join(DEFAULT_OUT, 'tasks.json'), 'utf8')) as unknown[]).length;

  const site = await step(
    npmScriptArgv('build:site'),
    { ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TIMER_PATH: timerFile },
    join(logDir, `build-${scale}x-site.log`),
  );
  run.totalMs = data.ms + site.ms;
  run.peakMb = maxOf(run.peakMb, site.peakTreeMb, site.maxProcessMb);
  run.largestProcessMb = maxOf(data.maxProcessMb, site.maxProcessMb);
  run.site = { ms: site.ms, peakTreeMb: site.peakTreeMb, maxProcessMb: site.maxProcessMb, astroTimers: {} };
  if (site.code !== 0) {
    run.error = `astro build exited with ${site.code} (bench-results/build-${scale}x-site.log)`;
    return run;
  }
  // The search index, as `npm run build:search` makes it once Astro has exited.
  const search = await step(
    [process.execPath, '--import', 'tsx', 'scripts/build-search.ts'],
    { ...env, OUT_DIR: outDir },
    join(logDir, `build-${scale}x-search.log`),
  );
  run.totalMs += search.ms;
  run.peakMb = maxOf(run.peakMb, search.peakTreeMb, search.maxProcessMb);
  run.largestProcessMb = maxOf(run.largestProcessMb, search.maxProcessMb);
  run.search = { ms: search.ms, peakTreeMb: search.peakTreeMb, maxProcessMb: search.maxProcessMb };
  if (search.code !== 0) {
    run.error = `build:search exited with ${search.code} (bench-results/build-${scale}x-search.log)`;
    return run;
  }
  if (existsSync(outDir)) {
    const n = countFiles(outDir);
    run.htmlPages = n.html;
    run.files = n.files;
    run.outputMb = n.bytes / 1024 / 1024;
  }

  // Astro's own timers (ms): Sync content layer, SSR build, Client build, Static generate, Total build.
  const timers: Record<string, number> = {};
  if (existsSync(timerFile)) {
    for (const [k, v] of Object.entries(JSON.parse(readFileSync(timerFile, 'utf8')) as Record<string, { elapsedTime: number }>)) {
      timers[k] = v.elapsedTime;
    }
  }
  run.site.astroTimers = timers;
  // Astro's phases, from the arrival of their log lines: the end of "generating static routes", then
  // the total (Astro's own clean-up and the sitemap hook are what comes between).
  const genStart = findLine(site.lines, /generating static routes/);
  const genEnd = genStart && findLine(site.lines, /✓ Completed in/, genStart[0]);
  const built = findLine(site.lines, /page\(s\) built in/);
  const phases: [string, number | undefined][] = [
    ['start-up and setup', findLine(site.lines, /Building static entrypoints/)?.[1]],
    ['Vite bundling', genStart?.[1]],
    ['rendering', genEnd?.[1]],
    ['clean-up and sitemap', Infinity],
  ];
  const stepPeaks: [string | null, number][] = [
    ['data stage', data.peakTreeMb ?? 0],
    [phases.find(([, end]) => end !== undefined && site.peakAt < end)?.[0] ?? null, site.peakTreeMb ?? 0],
    ['search index', search.peakTreeMb ?? 0],
  ];
  run.peakDuring = stepPeaks.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const pagefindLine = findLine(search.lines, /\[pagefind-vi\] .* in ([\d.]+) s$/);
  run.renderingMs = timers['Static generate'] ?? (genStart && genEnd ? genEnd[1] - genStart[1] : null);
  run.indexMs = pagefindLine ? Number(/ in ([\d.]+) s$/.exec(search.lines[pagefindLine[0]]!.text)![1]) * 1000 : null;
  if (run.renderingMs !== null && run.indexMs !== null) run.otherMs = run.totalMs - run.dataMs - run.renderingMs - run.indexMs;
  const total = timers['Total build'];
  const bundling =
    timers['SSR build'] !== undefined && timers['Client build'] !== undefined ? timers['SSR build'] + timers['Client build'] : null;
  const hooks = genEnd && built ? built[1] - genEnd[1] : null;
  run.other = {
    // Node, the Astro CLI and astro.config.mjs loading, before Astro's "Total build" timer starts.
    startup: total !== undefined ? site.ms - total : null,
    // Config hooks, routes, content sync and types, before bundling (the rest of Astro's total).
    setup:
      total !== undefined && bundling !== null && run.renderingMs !== null && hooks !== null
        ? total - bundling - run.renderingMs - hooks
        : null,
    bundling,
    // After rendering: Astro's clean-up of its server build and the sitemap hook.
    postprocess: hooks,
    searchStep: run.indexMs !== null ? search.ms - run.indexMs : null,
  };
  if (!keepOutput) rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  return run;
}

// ---------------------------------------------------------------------------------------------
// Page weights and Lighthouse (on the 1× build)

/** One page per template, as the weight budget in docs/quality-gates.md names them. */
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

/** Pages Lighthouse scores: the home, a task, an indicator (when the build has it). */
const LIGHTHOUSE_PAGES: [string, string][] = [
  ['Trang chủ (home)', ''],
  ['Nhiệm vụ (task page, I.4.6)', 'nhiem-vu/i-4-6/'],
  ['Chỉ tiêu (indicator, DTI rank)', 'chi-tieu/dti-rank/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof CATEGORIES)[number], number | null>;
type LighthouseRun = { page: string; path: string } & (Scores | { error: string });

/** Lighthouse runs per page; the median score of each category is kept. */
const LIGHTHOUSE_RUNS = 3;

/**
 * Lighthouse 12 (Node API) in Debian's Chromium against a local static server, mobile form factor
 * with its default screen emulation and simulated throttling. The performance score moves by 5–15
 * points between runs on a busy 2-core machine (total blocking time on pages without JavaScript
 * is the machine, not the page), so one warm-up run is discarded and the median of 3 is kept.
 */
async function runLighthouse(dist: string, out: LighthouseRun[]): Promise<void> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const site = await serve(dist, '/');
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
      if (!existsSync(join(dist, path, 'index.html'))) continue;
      try {
        const runs: Scores[] = [];
        for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await once(path));
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, runs.some((r) => r[c] === null) ? null : median(runs.map((r) => r[c]!))]),
        ) as Scores;
        out.push({ page, path: `/${path}`, ...scores });
      } catch (e) {
        out.push({ page, path: `/${path}`, error: (e as Error).message });
      }
    }
  } finally {
    await chrome.kill();
    await site.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Main

const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    'data-only': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const SCALES = [...new Set(args.scales.split(',').map((s) => Number(s.trim())))].sort((a, b) => a - b);
if (SCALES.length === 0 || SCALES.some((s) => !Number.isInteger(s) || s < 1)) {
  console.error(`bench: --scales takes whole numbers ≥ 1 separated by commas (e.g. 1,10), not "${args.scales}"`);
  process.exit(2);
}
const dataOnly = args['data-only'];

const started = new Date();
const loadBefore = loadavg();
// Inside the project, as dist/ is: Astro builds an output folder outside the working directory in a
// fallback folder and copies it over at the end (getOutDirWithinCwd), a copy `npm run build` never
// makes (10 s of the 100× build when the scratch folder was under /tmp).
mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'dt-bench-'));
const logDir = join(ROOT, 'bench-results');
mkdirSync(logDir, { recursive: true });
const seedText = readFileSync(DEFAULT_SEED, 'utf8');
/** 1× is the real seed itself (its recorded checksum checked, its pages the ones published); larger scales are synthetic. */
const seedFor = (scale: number) => {
  if (scale === 1) return DEFAULT_SEED;
  const file = join(scratch, `synthetic-${scale}x.txt`);
  writeFileSync(file, syntheticSeed(seedText, scale));
  return file;
};

const results: { name: string; value: string }[] = [];
const runs: ScaleRun[] = [];
const weights: (PageWeight & { template: string })[] = [];
const lighthouseRuns: LighthouseRun[] = [];

// public/data as found: rebuilt from the real seed when the bench changed it (removed if it was absent).
const hadData = existsSync(DEFAULT_OUT);
let dataChanged = false;
let dataRestored = false;
let restored: Promise<void> | null = null;
function restoreData(): Promise<void> {
  restored ??= (async () => {
    if (!dataChanged) return;
    if (hadData) await runDataStage({ seed: DEFAULT_SEED, out: DEFAULT_OUT, content: DEFAULT_CONTENT });
    else rmSync(DEFAULT_OUT, { recursive: true, force: true });
  })().finally(() => (dataRestored = true));
  return restored;
}
// Ctrl-C: stop the running build (its whole process group: Astro, Pagefind, esbuild); the main flow
// then restores public/data and exits. With public/data untouched or already restored, exit at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    if (running?.child.pid !== undefined) {
      console.error(`bench: ${signal}: stopping the build, then restoring public/data…`);
      try {
        process.kill(-running.child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    } else if (!dataChanged || dataRestored) {
      rmSync(scratch, { recursive: true, force: true });
      process.exit(130);
    } else console.error(`bench: ${signal}: restoring public/data, then stopping…`);
  });
}

try {
  const real = await time(() => runDataStage({ seed: DEFAULT_SEED, out: join(scratch, 'real'), content: DEFAULT_CONTENT }), RUNS);
  results.push({ name: `Data stage, real seed (90 tasks), in process, median of ${RUNS}`, value: `${real.toFixed(0)} ms` });

  if (dataOnly) {
    for (const scale of SCALES.filter((s) => s > 1)) {
      const seed = seedFor(scale);
      let tasks = 0;
      const ms = await time(async () => {
        tasks = (await runDataStage({ seed, out: join(scratch, `data-${scale}x`), content: DEFAULT_CONTENT })).output.tables.get(
          'tasks',
        )!.length;
      }, 3);
      results.push({
        name: `Data stage, synthetic ${scale}× appendix (${tasks} tasks), in process, median of 3`,
        value: `${(ms / 1000).toFixed(2)} s`,
      });
    }
  } else {
    let oneX: string | null = null;
    for (const scale of SCALES) {
      if (stopping) break;
      const seed = seedFor(scale);
      dataChanged = true;
      console.error(`bench: building ${scale}× (data, site, search index)…`);
      let run: Awaited<ReturnType<typeof runScale>>;
      try {
        run = await runScale(scale, seed, scratch, logDir, scale === 1);
      } catch (e) {
        if (stopping) throw e;
        // Measures, never asserts: a build that could not even start is reported, and the next scale tried.
        console.error(`bench: ${scale}×: ${(e as Error).message}`);
        continue;
      }
      const { outDir, ...rest } = run;
      runs.push(rest);
      if (scale === 1 && !run.error) oneX = outDir;
      if (run.error) console.error(`bench: ${scale}×: ${run.error}`);
    }
    // Public data back to the real seed's before the 1× build is weighed and scored (it does not read it).
    await restoreData();
    if (stopping) throw new Error('stopped');
    if (oneX) {
      for (const [template, file] of TEMPLATES) {
        if (existsSync(join(oneX, file))) weights.push({ template, ...pageWeight(oneX, file) });
      }
      if (!args['no-lighthouse']) {
        try {
          await runLighthouse(oneX, lighthouseRuns);
        } catch (e) {
          // Measures, never asserts: say why Lighthouse could not run and keep the other numbers.
          lighthouseRuns.push({ page: 'Lighthouse', path: '', error: (e as Error).message });
        }
      }
    } else {
      results.push({ name: 'Page weights and Lighthouse', value: 'not measured: they use the 1× build (add 1 to --scales)' });
    }
  }
} catch (e) {
  if (!stopping) throw e;
} finally {
  await restoreData().catch((e: unknown) =>
    console.error(`bench: could not restore public/data (${(e as Error).message}): run npm run build:data`),
  );
  rmSync(scratch, { recursive: true, force: true });
}
if (stopping) process.exit(130);

// ---------------------------------------------------------------------------------------------
// Report

const s = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1));
const mb = (x: number | null) => (x === null ? '–' : x.toFixed(0));
const int = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-US'));

/** Marginal cost of a page between two scales: the extra time (and each part's) over the extra HTML pages. */
function marginal(a: ScaleRun, b: ScaleRun) {
  if (a.error || b.error || a.htmlPages === null || b.htmlPages === null || b.htmlPages === a.htmlPages) return null;
  const pages = b.htmlPages - a.htmlPages;
  const per = (x: number | null, y: number | null) => (x === null || y === null ? null : (y - x) / pages);
  return {
    from: a.scale,
    to: b.scale,
    pages,
    msPerPage: per(a.totalMs, b.totalMs)!,
    data: per(a.dataMs, b.dataMs),
    rendering: per(a.renderingMs, b.renderingMs),
    index: per(a.indexMs, b.indexMs),
    other: per(a.otherMs, b.otherMs),
  };
}
const marginals = runs
  .slice(1)
  .map((b, i) => marginal(runs[i]!, b))
  .filter((m) => m !== null);

const loadAfter = loadavg();
const machine = {
  cpus: cpus().length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  loadBefore: loadBefore.map((x) => Number(x.toFixed(2))),
  loadAfter: loadAfter.map((x) => Number(x.toFixed(2))),
};

console.log(
  `Node ${process.version}, ${machine.cpus} CPUs, ${machine.memoryGb} GB; load average (1, 5, 15 min) ${machine.loadBefore.join(' ')} before, ` +
    `${machine.loadAfter.join(' ')} after; ${started.toISOString().slice(0, 10)}\n`,
);
console.log('| measure | value |\n| --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${r.value} |`);
if (runs.length > 0) {
  console.log(
    '\n| scale | tasks | HTML pages | files | total s | data s | rendering s | search index s | other s | peak MB |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of runs) {
    if (r.error) console.log(`| ${r.scale}× | ${int(r.tasks)} | failed: ${r.error} | | | | | | | |`);
    else {
      console.log(
        `| ${r.scale}× | ${int(r.tasks)} | ${int(r.htmlPages)} | ${int(r.files)} | ${s(r.totalMs)} | ${s(r.dataMs)} | ` +
          `${s(r.renderingMs)} | ${s(r.indexMs)} | ${s(r.otherMs)} | ${mb(r.peakMb)} |`,
      );
    }
  }
  console.log(
    '\n| scale | other: start-up s | setup (content, types) s | Vite bundling s | after rendering: clean-up + sitemap s | search step start-up s | largest process MB | peak during | output MB |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of runs.filter((x) => !x.error)) {
    console.log(
      `| ${r.scale}× | ${s(r.other.startup)} | ${s(r.other.setup)} | ${s(r.other.bundling)} | ${s(r.other.postprocess)} | ${s(r.other.searchStep)} | ` +
        `${mb(r.largestProcessMb)} | ${r.peakDuring ?? '–'} | ${mb(r.outputMb)} |`,
    );
  }
  if (marginals.length > 0) console.log('');
  const ms = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  for (const m of marginals) {
    console.log(
      `- marginal ${m.from}×→${m.to}×: **${ms(m.msPerPage)} ms per page** (${int(m.pages)} more HTML pages; ` +
        `data ${ms(m.data)}, rendering ${ms(m.rendering)}, search index ${ms(m.index)}, other ${ms(m.other)})`,
    );
  }
  console.log(
    `\npeak MB: the build's process tree (the data stage, then Astro with Pagefind and esbuild), resident memory ` +
      `summed every 100 ms${GNU_TIME ? ', or the largest single process (GNU time -v) if higher' : ''}.`,
  );
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
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
writeFileSync(
  join(logDir, 'bench.json'),
  `${JSON.stringify({ node: process.version, date: started.toISOString(), machine, results, scales: runs, marginal: marginals, weights, lighthouse: lighthouseRuns }, null, 2)}\n`,
);
