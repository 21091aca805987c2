/**
 * The built site for tests: where the builds are, a static server that mounts a build under its
 * base path (as a portal would), and a Debian-Chromium browser driven by playwright-core.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './seed.ts';

/**
 * The default build (base "/"), made by `npm run build` in the global setup. SITE_DIST and
 * SITE_DIST_BASE put both builds elsewhere (e.g. to run the whole suite beside someone else's dist/).
 */
export const DIST = process.env.SITE_DIST ?? join(ROOT, 'dist');
/** A second build under a portal subdirectory, to prove every link respects the base path. */
export const BASE = '/chuyen-doi-so/';
/** The made-up public address of that build: its base path comes from SITE_URL alone. */
export const BASE_SITE_URL = `https://cong.example.vn${BASE}`;
export const DIST_BASE = process.env.SITE_DIST_BASE ?? join(ROOT, 'tests', '.tmp', 'dist-base');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'application/xml',
  '.jsonld': 'application/ld+json',
};

export interface StaticServer {
  origin: string;
  /** Absolute URL of a site path under the base, e.g. page('nhiem-vu/') */
  page(path?: string): string;
  close(): Promise<void>;
}

/** Serves `dir` under `base` on 127.0.0.1 (random port), like a plain static host. */
export async function serve(dir: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    // Runs of slashes count as one, as nginx (merge_slashes) and Apache treat them.
    const pathname = decodeURIComponent(new URL((req.url ?? '/').replace(/^\/{2,}/, '/'), 'http://x').pathname).replace(/\/{2,}/g, '/');
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('outside the base path');
      return;
    }
    let file = normalize(join(dir, pathname.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    page: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with no background traffic to other hosts. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'],
  });
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so the page's CSP still applies to the
 * page itself) with the WCAG 2.0/2.1/2.2 A and AA rules and best practices.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}
