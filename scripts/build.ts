/**
 * npm run build — the datasets, the site and its search index, as one step that either succeeds
 * whole or changes nothing.
 *
 *   1. data stage   `npm run build:data` into a scratch folder beside public/data
 *   2. site         the new data swapped into public/data (Astro reads it there), then
 *                   `npm run build:site` into a scratch folder beside the output (OUT_DIR, else dist/)
 *   3. search       `npm run build:search` on that scratch folder
 *   4. swap         the scratch site becomes the output; the previous data and output are removed
 *
 * If any step fails, the previous public/data is put back, the scratch folders are removed, and
 * the output folder is never touched: the last good site stays in place. The message names the
 * step that failed; the step's own output (file:line for bad input) is printed above it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { display, ROOT } from './lib/project.ts';
import { listFiles } from './lib/site-files.ts';

const DATA = join(ROOT, 'public', 'data');
const output = resolve(ROOT, process.env.OUT_DIR || 'dist');
// Scratch folders live in the project (Astro builds only inside it), on the same file system as
// public/ and dist/ so each swap is a rename, and outside public/ (whose every file is published).
const SCRATCH = join(ROOT, '.build');
const work = join(SCRATCH, String(process.pid));
const nextData = join(work, 'data');
const previousData = join(work, 'previous-data');
const nextSite = join(work, 'site');
const previousSite = join(work, 'previous-site');

class StepFailed extends Error {}

/** Runs one npm script as a step; its output goes straight to the terminal. */
function step(name: string, script: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync('npm', ['run', script, '--silent', ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new StepFailed(`the ${name} failed (npm run ${script} exited with ${r.status ?? r.signal})`);
}

/**
 * Leftovers of a build that was killed before it could clean up: a data or site folder it had
 * moved away and not yet replaced is put back; everything else of it is removed.
 */
function removeLeftovers(): void {
  if (!existsSync(SCRATCH)) return;
  for (const name of readdirSync(SCRATCH)) {
    const dir = join(SCRATCH, name);
    if (!existsSync(DATA) && existsSync(join(dir, 'previous-data'))) renameSync(join(dir, 'previous-data'), DATA);
    if (!existsSync(output) && existsSync(join(dir, 'previous-site'))) renameSync(join(dir, 'previous-site'), output);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Puts back what this build moved away; removes what it made. */
function undo(): void {
  if (existsSync(previousData)) {
    rmSync(DATA, { recursive: true, force: true });
    renameSync(previousData, DATA);
  }
  if (!existsSync(output) && existsSync(previousSite)) renameSync(previousSite, output);
  rmSync(work, { recursive: true, force: true });
}

// Ctrl-C reaches the step being run, which stops; the build then undoes its changes and exits.
let interrupted = '';
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (interrupted = signal));

function build(): void {
  // The output is replaced whole: it must be a folder of its own inside the project.
  if (!relative(ROOT, output) || relative(ROOT, output).startsWith('..') || isAbsolute(relative(ROOT, output)) || output === SCRATCH) {
    throw new StepFailed(`OUT_DIR ${output} is not a folder of its own inside the project ${ROOT}`);
  }
  removeLeftovers();
  mkdirSync(work, { recursive: true });
  step('data stage', 'build:data', ['--out', nextData]);
  if (existsSync(DATA)) renameSync(DATA, previousData);
  renameSync(nextData, DATA);
  step('site build (astro build)', 'build:site', [], { OUT_DIR: nextSite });
  const pages = new Set(listFiles(nextSite));
  step('search index (pagefind)', 'build:search', [], { OUT_DIR: nextSite });
  // The search step may add its own folder and nothing else.
  const added = listFiles(nextSite).filter((f) => !pages.has(f) && !f.startsWith('pagefind/'));
  if (added.length > 0) throw new StepFailed(`the search step wrote outside pagefind/: ${added.slice(0, 10).join(', ')}`);

  mkdirSync(dirname(output), { recursive: true });
  if (existsSync(output)) renameSync(output, previousSite);
  renameSync(nextSite, output);
  rmSync(work, { recursive: true, force: true });
}

try {
  build();
  console.log(`build: the site is in ${display(output)}, its data in ${display(DATA)}`);
} catch (e) {
  undo();
  const what = interrupted
    ? `interrupted (${interrupted})`
    : e instanceof StepFailed
      ? e.message
      : `the build stopped: ${(e as Error).message}`;
  console.error(`build: ${what}.`);
  console.error(`build: nothing was changed: ${display(DATA)} and ${display(output)} are as they were before this build.`);
  process.exitCode = 1;
}
