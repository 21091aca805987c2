/**
 * Gate: `npm run build` (scripts/build.ts) in a scratch copy of the project either succeeds whole or
 * leaves the last good site and data exactly as they were, and makes no request to another host.
 *   1. A clean build succeeds; every Node process of it runs with tests/helpers/record-network.mjs
 *      preloaded, and none fetched or connected anywhere (Astro's telemetry did, before it was off).
 *   2. Then builds that fail at each step — a hostile report (data stage), a page that throws and a
 *      page that drops a file into the output (site step), a failing search step — each exit 1, name
 *      the step, and leave dist/ and public/data byte for byte as the good build left them, with no
 *      scratch folder behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/child-build.ts';
import { snapshotDir } from '../helpers/cli.ts';
import { ROOT } from '../helpers/seed.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

let project: string;
let good: { dist: Map<string, Buffer>; data: Map<string, Buffer> };
let networkLog: string;

/** `npm run build` in the scratch project, asynchronously (a long synchronous call would stall Vitest's worker). */
async function build(env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn('npm', ['run', 'build', '--silent'], {
    cwd: project,
    env: childEnv({ ASTRO_CACHE_DIR: join(project, '.astro-cache'), npm_config_update_notifier: 'false', ...env }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, stdout, stderr };
}

/** Whether two snapshots hold the same files with the same bytes (a diff of names if not). */
function sameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.get(n) || !b.get(n) || !a.get(n)!.equals(b.get(n)!)).slice(0, 10);
}

function expectUnchanged(): void {
  expect(sameFiles(snapshotDir(join(project, 'dist')), good.dist)).toEqual([]);
  expect(sameFiles(snapshotDir(join(project, 'public', 'data')), good.data)).toEqual([]);
  expect(existsSync(join(project, '.build')) ? readdirSync(join(project, '.build')) : []).toEqual([]);
}

/** Applies `edit` to a file of the scratch project for one build, then puts the file back. */
async function withFile(path: string, content: string | ((old: string) => string), run: () => Promise<void>): Promise<void> {
  const full = join(project, path);
  const before = existsSync(full) ? readFileSync(full, 'utf8') : null;
  writeFileSync(full, typeof content === 'string' ? content : content(before ?? ''));
  try {
    await run();
  } finally {
    if (before === null) rmSync(full);
    else writeFileSync(full, before);
  }
}

/**
 * Release notes edited for one build: its data stage then writes a manifest (and catalogues) that
 * differ from the good build's, so a public/data left behind by a failed build would show.
 */
const withNewData = (run: () => Promise<void>) =>
  withFile('content/release.json', (t) => t.replace('"notes": "', '"notes": "Bản thử. '), run);

/**
 * With `path` written as `content` and new release notes, the build fails at `step` (its message, as
 * scripts/build.ts writes it) and publishes nothing; `more` checks what else the output says.
 */
const failsAt = (path: string, content: string, step: string, more: (output: string) => void = () => {}) =>
  withFile(path, content, () =>
    withNewData(async () => {
      const r = await build();
      expect(r.status).toBe(1);
      more(r.stderr + r.stdout);
      expect(r.stderr).toContain(`build: ${step} failed`);
      expectUnchanged();
    }),
  );

beforeAll(async () => {
  project = scratchProject('dt-atomic-');
  networkLog = join(project, 'network.log');
  const r = await build({ RECORD_NETWORK: networkLog, NODE_OPTIONS: `--import=${join(ROOT, 'tests', 'helpers', 'record-network.mjs')}` });
  expect(r.status, r.stderr).toBe(0);
  good = { dist: snapshotDir(join(project, 'dist')), data: snapshotDir(join(project, 'public', 'data')) };
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('builds the site, its data and its search index, with no request to any host', () => {
    expect(good.dist.has('index.html')).toBe(true);
    expect(good.dist.has('pagefind/pagefind.js')).toBe(true);
    expect(good.data.has('tasks.csv')).toBe(true);
    // The recorder was loaded (it writes nothing when nothing is requested): prove it records.
    const probe = spawnSync(
      process.execPath,
      ['--import', join(ROOT, 'tests', 'helpers', 'record-network.mjs'), '-e', 'fetch("https://example.org/").catch(() => {})'],
      {
        env: { ...process.env, RECORD_NETWORK: join(project, 'probe.log') },
      },
    );
    expect(probe.status).toBe(0);
    expect(readFileSync(join(project, 'probe.log'), 'utf8')).toMatch(/fetch https:\/\/example\.org\//);
    expect(existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '').toBe('');
  });

  it('a hostile report stops it at the data stage, with file:line, and nothing changes', async () => {
    await withFile(
      'content/bao-cao/2023.mdx',
      (t) =>
        t.replace(
          '## Tóm tắt\n',
          "## Tóm tắt\n\n```a`\n\nexport const x = (await import('node:fs')).writeFileSync('dist/x.js', 'alert(1)')\n",
        ),
      async () => {
        const r = await build();
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(
          /content\/bao-cao\/2023\.mdx:\d+: expected Markdown or one of IndicatorChart, TasksDue, YearValues, TaskLink; found an export/,
        );
        expect(r.stderr).toContain('build: the data stage failed');
        expect(r.stderr).toContain('nothing was changed');
        expectUnchanged();
        expect(existsSync(join(project, 'dist', 'x.js'))).toBe(false);
      },
    );
  });

  it('a page that fails half-way through the site build leaves the previous site and data', async () => {
    await failsAt('src/pages/broken.astro', "---\nthrow new Error('a page that cannot be built');\n---\n", 'the site build (astro build)');
  });

  it('a file dropped into the output by build-time code stops the build, and nothing is published', async () => {
    const page = [
      '---',
      "import { writeFileSync } from 'node:fs';",
      "import { join } from 'node:path';",
      "writeFileSync(join(process.env.OUT_DIR ?? 'dist', 'stray.js'), 'alert(1)');",
      '---',
      '<p>x</p>',
      '',
    ].join('\n');
    await failsAt('src/pages/stray.astro', page, 'the site build (astro build)', (output) =>
      expect(output).toMatch(/no page, bundle or public file accounts for — something wrote into the output: stray\.js/),
    );
  });

  it('a failing search step leaves the previous site and data', async () => {
    await failsAt(
      'scripts/build-search.ts',
      "console.error('search step broken on purpose');\nprocess.exit(1);\n",
      'the search index (pagefind)',
    );
  });
});
