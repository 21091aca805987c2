/**
 * Hosting on a real web server: Debian's nginx (installed by .ci/run) serves the build under
 * /chuyen-doi-so/ with docs/hosting/nginx.conf followed as written: the two parts the guide says to
 * copy, and nothing else of it, in an otherwise bare http and server block, on a loopback port.
 * Checked over HTTP: pages, every kind of file's type and the text's charset, the search files'
 * types, gzip, the cache headers of each kind of file, the same security headers on every response
 * (pages, assets, search files, 404s, redirects), the 404 page and its status, redirects (the bare
 * folder's too) that do not echo the request's Host; in Chromium: search works through nginx, and a
 * page of another origin cannot frame it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, DIST_BASE, launchBrowser } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/seed.ts';

const hasNginx = spawnSync('nginx', ['-v']).status === 0;
const dist = process.env.SITE_DIST_BASE ?? DIST_BASE;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = netServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A page of another origin (127.0.0.1 on a free port) that frames `src`; close() stops its server. */
async function framingPage(src: string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const other = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>x</title><iframe id="f" src="${src}"></iframe>`);
  });
  await new Promise<void>((r) => other.listen(port, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => other.close(() => r())) };
}

/**
 * The part of the guide marked `BEGIN part <n>` … `END part <n>`, exactly as an administrator copies
 * it, with the guide's two placeholders replaced as the guide says (the folder and nothing else).
 */
function guidePart(guide: string, n: number): string {
  const begin = guide.match(new RegExp(`^# ---- BEGIN part ${n}\\b.*$`, 'm'));
  const end = guide.match(new RegExp(`^# ---- END part ${n} ----$`, 'm'));
  if (!begin || !end || end.index! < begin.index!) throw new Error(`docs/hosting/nginx.conf: no BEGIN/END part ${n}`);
  return guide.slice(begin.index! + begin[0].length, end.index);
}

/**
 * The guide followed as written: part 1 in an `http` block and part 2 in an otherwise bare `server`
 * block, in a minimal nginx.conf with nothing else the site could lean on (no charset, gzip or
 * mime.types of the portal's), pointed at this build and this port. Only the folder is replaced.
 */
function testConfig(dir: string, port: number): string {
  const guide = readFileSync(join(ROOT, 'docs', 'hosting', 'nginx.conf'), 'utf8');
  const folder = (part: string) => part.replaceAll('/var/www/chuyen-doi-so/', `${dist}/`);
  return `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${folder(guidePart(guide, 1))}
  server {
    listen 127.0.0.1:${port};
    server_name _;
${folder(guidePart(guide, 2))}
  }
}
`;
}

/** The headers every response must carry, whatever it is (docs/hosting/nginx.conf). */
const SECURITY_HEADERS = {
  'content-security-policy': "frame-ancestors 'self'; object-src 'none'; base-uri 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'strict-transport-security': 'max-age=31536000',
};
const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const AN_HOUR = 'public, max-age=3600';

/** A request with these headers, Host included (fetch replaces a Host header with the URL's). */
function rawGet(origin: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the nginx guide (docs/hosting/nginx.conf)', () => {
  it('holds every directive inside the two parts it says to copy, so copying them is enough', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'hosting', 'nginx.conf'), 'utf8');
    const outside = guide
      .replace(guidePart(guide, 1), '')
      .replace(guidePart(guide, 2), '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
    expect(outside).toEqual([]);
    // …and part 2 names what it needs itself (the trap of the old guide: charset and gzip outside it).
    for (const directive of ['charset utf-8;', 'charset_types ', 'gzip on;', 'gzip_types ', 'types {', 'default_type ']) {
      expect(guidePart(guide, 2), directive).toContain(directive);
    }
  });
});

describe.skipIf(!hasNginx)('hosting with nginx (docs/hosting/nginx.conf)', () => {
  let nginx: ChildProcess;
  let origin: string;
  let browser: Browser;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-nginx-'));
    for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
    const port = await freePort();
    writeFileSync(join(dir, 'nginx.conf'), testConfig(dir, port));
    const check = spawnSync('nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    origin = `http://127.0.0.1:${port}`;
    // Wait for nginx to listen (expect.poll is for tests only).
    for (let i = 0; i < 100; i++) {
      const status = await fetch(`${origin}${BASE}`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    nginx?.kill('SIGTERM');
  });

  it('serves the pages as UTF-8 HTML, and the 404 page with status 404', async () => {
    const home = await get(BASE);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('Kế hoạch chuyển đổi số tỉnh Đồng Tháp');
    expect((await get(`${BASE}nhiem-vu/i-4-6/`)).status).toBe(200);
    const missing = await get(`${BASE}khong-co-trang-nay/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/Không tìm thấy|không tồn tại/i);
    // No directory listing: a folder without a page is refused.
    const folder = await get(`${BASE}data/nhiem-vu/`);
    expect(folder.status).toBe(403);
    expect(await folder.text()).not.toMatch(/Index of/i);
  });

  it('sends every kind of file the build holds with a type the guide names', async () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dist, f)).isFile());
    const byExt = new Map<string, string>();
    for (const f of files) byExt.set(f.includes('.') ? f.slice(f.lastIndexOf('.') + 1) : '', f);
    const binary = new Set(['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']);
    for (const [ext, f] of byExt) {
      const type = (await get(`${BASE}${f.split('/').map(encodeURIComponent).join('/')}`)).headers.get('content-type');
      if (binary.has(ext)) expect(type, f).toBe('application/octet-stream');
      else expect(type, f).not.toBe('application/octet-stream');
      if (type?.startsWith('text/')) expect(type, f).toMatch(/; charset=utf-8$/);
    }
  });

  it('sends the data with its type and charset, so source.txt and the CSVs read right', async () => {
    expect((await get(`${BASE}data/source.txt`)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect((await get(`${BASE}data/tasks.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get(`${BASE}data/tasks.json`)).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await get(`${BASE}data/catalog.jsonld`)).headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect((await get(`${BASE}data/all-data.zip`)).headers.get('content-type')).toBe('application/zip');
    expect((await get(`${BASE}anh/chia-se.png`)).headers.get('content-type')).toBe('image/png');
    // The indicator pages' chart downloads (issue #26: links with a download attribute).
    expect((await get(`${BASE}data/chi-tieu/dti-rank.svg`)).headers.get('content-type')).toMatch(/^image\/svg\+xml(;|$)/);
    expect((await get(`${BASE}data/chi-tieu/dti-rank.png`)).headers.get('content-type')).toBe('image/png');
    for (const xlsx of ['all-data.xlsx', 'tasks.xlsx', 'co-quan/so-tttt.xlsx']) {
      expect((await get(`${BASE}data/${xlsx}`)).headers.get('content-type'), xlsx).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    }
    const text = await (await get(`${BASE}data/source.txt`)).text();
    expect(text).toBe(readFileSync(join(dist, 'data', 'source.txt'), 'utf8'));
  });

  it('gives the search files the types the runtime expects', async () => {
    const files = readdirSync(join(dist, 'pagefind'));
    const wasm = files.find((f) => f.endsWith('.pagefind'))!;
    const meta = files.find((f) => f.endsWith('.pf_meta'))!;
    expect((await get(`${BASE}pagefind/${wasm}`)).headers.get('content-type')).toBe('application/octet-stream');
    expect((await get(`${BASE}pagefind/${meta}`)).headers.get('content-type')).toBe('application/octet-stream');
    expect((await get(`${BASE}pagefind/pagefind.js`)).headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect((await get(`${BASE}pagefind/pagefind-entry.json`)).status).toBe(200);
  });

  it('compresses text, caches hashed assets for a year and pages not at all, and sends the security headers', async () => {
    const page = await get(`${BASE}ke-hoach/`, { 'accept-encoding': 'gzip' });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    // fetch already decodes; the bytes on the wire were gzip (checked by the header above).
    expect(await page.text()).toContain('</html>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('permissions-policy')).toContain('camera=()');
    expect(page.headers.get('strict-transport-security')).toContain('max-age=');
    const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
    const css = await get(`${BASE}_astro/${asset}`);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const raw = await fetch(`${origin}${BASE}data/tasks.csv`, { headers: { 'accept-encoding': 'gzip' } });
    expect(raw.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the same security headers on every response: pages, assets, search files, 404s and redirects', async () => {
    const pagefind = readdirSync(join(dist, 'pagefind', 'fragment'))[0]!;
    const paths = {
      page: `${BASE}ke-hoach/`,
      asset: `${BASE}_astro/${readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!}`,
      'search runtime': `${BASE}pagefind/pagefind.js`,
      'search fragment': `${BASE}pagefind/fragment/${pagefind}`,
      'missing page': `${BASE}khong-co-trang-nay/`,
      'missing asset': `${BASE}_astro/khong-co.css`,
      'missing search file': `${BASE}pagefind/khong-co.pf_fragment`,
      redirect: `${BASE}nhiem-vu`,
      'redirect of the bare folder': BASE.replace(/\/$/, ''),
    };
    for (const [what, path] of Object.entries(paths)) {
      const res = await get(path);
      expect(res.status, what).toBe(what.startsWith('missing') ? 404 : what.startsWith('redirect') ? 301 : 200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
    }
  });

  it('caches hashed files long, and revalidates pages, 404s, redirects and the unhashed search files', async () => {
    const files = readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'));
    // The files whose name has no hash, and so is the same in every release.
    const unhashed = files.filter((f) => !/_[0-9a-f]{7,}\.pf_[a-z]+$/.test(f));
    expect(unhashed.sort()).toEqual(['pagefind-entry.json', 'pagefind.js', 'wasm.unknown.pagefind']);
    for (const f of unhashed) expect((await get(`${BASE}pagefind/${f}`)).headers.get('cache-control'), f).toBe(NO_CACHE);
    for (const ext of ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) {
      const f = files.find((x) => x.endsWith(`.${ext}`))!;
      expect((await get(`${BASE}pagefind/${f}`)).headers.get('cache-control'), f).toBe(AN_HOUR);
    }
    const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js') || f.endsWith('.css'))!;
    expect((await get(`${BASE}_astro/${asset}`)).headers.get('cache-control')).toBe(IMMUTABLE);
    for (const path of [
      `${BASE}`,
      `${BASE}data/tasks.csv`,
      `${BASE}khong-co-trang-nay/`,
      `${BASE}_astro/khong-co.css`,
      `${BASE}nhiem-vu`,
      BASE.replace(/\/$/, ''),
    ]) {
      expect((await get(path)).headers.get('cache-control'), path).toBe(NO_CACHE);
    }
  });

  it('redirects a folder without its slash to a path on the same host, whatever Host the request names', async () => {
    for (const host of ['evil.example', 'cong.example.vn:8443']) {
      const res = await rawGet(origin, `${BASE}nhiem-vu`, { host });
      expect(res.status, host).toBe(301);
      expect(res.headers.location, host).toBe(`${BASE}nhiem-vu/`);
    }
    // The bare folder (a link to …/chuyen-doi-so) redirects to the site's home, keeping a query.
    for (const host of ['evil.example', 'cong.example.vn:8443']) {
      const res = await rawGet(origin, BASE.replace(/\/$/, ''), { host });
      expect(res.status, host).toBe(301);
      expect(res.headers.location, host).toBe(BASE);
    }
    expect((await rawGet(origin, `${BASE.replace(/\/$/, '')}?q=1`, { host: 'x' })).headers.location).toBe(`${BASE}?q=1`);
    const home = await fetch(`${origin}${BASE.replace(/\/$/, '')}`);
    expect(home.status).toBe(200);
    expect(home.url).toBe(`${origin}${BASE}`);
    // …and only that folder: a name that merely begins like it is the portal's, not the site's.
    const other = await get(`${BASE.replace(/\/$/, '')}-khac/`);
    expect(other.status).not.toBe(200);
    expect(other.headers.get('location')).toBeNull();
    expect(await other.text()).not.toContain('Kế hoạch chuyển đổi số');
    const embed = await rawGet(origin, `${BASE}chi-tieu/dti-rank/nhung`, { host: 'evil.example' });
    expect(embed.headers.location).toBe(`${BASE}chi-tieu/dti-rank/nhung/`);
  });

  it('runs search through nginx in Chromium', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${BASE}tim-kiem/?q=${encodeURIComponent('dữ liệu mở')}`);
    await expect.poll(() => page.$$eval('#search-results li', (lis) => lis.length), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('lets a page of another origin frame an indicator chart made for it (…/nhung/), and only that', async () => {
    const embed = await get(`${BASE}chi-tieu/dti-rank/nhung/`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'");
    expect((await get(`${BASE}chi-tieu/dti-rank/`)).headers.get('content-security-policy')).toBe(
      "frame-ancestors 'self'; object-src 'none'; base-uri 'self'",
    );
    const other = await framingPage(`${origin}${BASE}chi-tieu/dti-rank/nhung/`);
    const page = await browser.newPage();
    await page.goto(other.url);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.waitForSelector('h1.embed-title');
    expect(await frame!.$eval('h1', (h) => h.textContent)).toContain('Thứ hạng chỉ số chuyển đổi số');
    await page.close();
    await other.close();
  });

  it('cannot be framed by a page of another origin', async () => {
    const other = await framingPage(`${origin}${BASE}`);
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => blocked.push(m.text()));
    await page.goto(other.url);
    await page.waitForTimeout(1000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // Chromium refuses the frame: it stays empty (an error page with no content of ours).
    const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    expect(text).not.toContain('Kế hoạch chuyển đổi số');
    // …because of the header's frame-ancestors, as Chromium reports.
    expect(blocked.join('\n')).toMatch(/frame-ancestors/);
    await page.close();
    await other.close();
  });
});
