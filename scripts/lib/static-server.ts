/**
 * A plain static server for a build, mounted under its base path as a portal would (runs of slashes
 * count as one, a missing file gets the build's 404 page). Used by the benchmark and the tests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

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
