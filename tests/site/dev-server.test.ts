/**
 * `npm run dev`, as a newcomer runs it on a fresh clone: in a scratch copy of the project (no
 * public/data, no .astro/), the script builds the data and starts `astro dev`. Then:
 *   - the home page and a task page answer 200 with their Vietnamese headings;
 *   - a changed curated table, after `npm run build:data`, shows on the page without a restart
 *     (the content collections watch public/data);
 *   - no Node process of it makes a request to another host (tests/helpers/record-network.mjs, as in
 *     the atomic-build gate): `astro dev` asks the npm registry for a newer Astro unless told not to.
 * Everything runs asynchronously: a long synchronous spawn stalls Vitest's worker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/child-build.ts';
import { ROOT } from '../helpers/seed.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

const MARK = 'ghi chú thử của máy chủ phát triển';

let project: string;
let server: ChildProcess | undefined;
let output = '';
let origin: string;
let networkLog: string;

/** A port nothing listens on now (the OS picks it). */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

const env = () =>
  childEnv({
    RECORD_NETWORK: networkLog,
    NODE_OPTIONS: `--import=${join(ROOT, 'tests', 'helpers', 'record-network.mjs')}`,
    npm_config_update_notifier: 'false',
    // node_modules is the project's, shared through a symlink: keep Astro's cache in the copy.
    ASTRO_CACHE_DIR: join(project, '.astro-cache'),
  });

/** `npm run <args>` in the scratch project, to its end. */
async function npm(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn('npm', ['run', ...args], { cwd: project, env: env() });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, stderr };
}

async function get(path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${origin}${path}`);
  return { status: res.status, text: await res.text() };
}

/** Polls until `ready` holds for the page (the server is starting, or reloading its data). */
async function waitFor(path: string, ready: (page: { status: number; text: string }) => boolean, ms: number): Promise<string> {
  const end = Date.now() + ms;
  let last = 'no answer';
  while (Date.now() < end) {
    if (server?.exitCode != null) throw new Error(`npm run dev exited with ${server.exitCode}:\n${output}`);
    try {
      const page = await get(path);
      if (ready(page)) return page.text;
      last = `HTTP ${page.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${path}: ${last} after ${ms} ms\n${output}`);
}

const headings = (html: string): string[] => [...html.matchAll(/<h1[^>]*>([^<]*)<\/h1>/g)].map((m) => m[1]!.trim());

const tasks = (): { id: string; slug: string }[] =>
  JSON.parse(readFileSync(join(project, 'public', 'data', 'tasks.json'), 'utf8')) as { id: string; slug: string }[];

beforeAll(async () => {
  project = scratchProject('dt-dev-');
  networkLog = join(project, 'network.log');
  origin = `http://localhost:${await freePort()}`;
  // Its own process group, so afterAll stops npm, astro and esbuild together.
  server = spawn('npm', ['run', 'dev', '--', '--port', origin.split(':').at(-1)!], { cwd: project, env: env(), detached: true });
  server.stdout!.on('data', (d: Buffer) => (output += d.toString('utf8')));
  server.stderr!.on('data', (d: Buffer) => (output += d.toString('utf8')));
  await waitFor('/', (p) => p.status === 200, 150_000);
}, 180_000);

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const closed = once(server, 'close');
    process.kill(-server.pid, 'SIGTERM');
    await closed;
  }
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('builds the data first, then serves the home page and a task page', async () => {
    expect(existsSync(join(project, 'public', 'data', 'manifest.json'))).toBe(true);
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(headings(home.text)).toEqual([expect.stringContaining('Đồng Tháp')]);
    const task = tasks()[0]!;
    const page = await get(`/nhiem-vu/${task.slug}/`);
    expect(page.status).toBe(200);
    expect(headings(page.text)).toEqual([`Nhiệm vụ ${task.id}`]);
  });

  it('writes no Content-Security-Policy, which would refuse the styles and reload script dev puts inline', async () => {
    const home = await get('/');
    expect(home.text).toMatch(/<style\b|type="text\/css"/);
    expect(home.text).not.toMatch(/http-equiv="content-security-policy"/i);
  });

  it('shows a changed curated table after npm run build:data, without a restart', async () => {
    const file = join(project, 'content', 'task_status.csv');
    const text = readFileSync(file, 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    // A finding whose summary the CSV holds as written (no doubled quotes), so a plain replace edits it.
    const finding = rows.find((r) => r.summary && !r.summary.includes('"') && text.split(r.summary).length === 2)!;
    writeFileSync(file, text.replace(finding.summary!, `${finding.summary} (${MARK})`));
    const slug = tasks().find((t) => t.id === finding.task_id)!.slug;
    expect((await get(`/nhiem-vu/${slug}/`)).text).not.toContain(MARK);

    const data = await npm(['build:data', '--silent']);
    expect(data.status, data.stderr).toBe(0);
    await waitFor(`/nhiem-vu/${slug}/`, (p) => p.status === 200 && p.text.includes(MARK), 60_000);
  }, 120_000);

  it('makes no request to another host', () => {
    expect(existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '').toBe('');
  });
});
