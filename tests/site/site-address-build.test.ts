/**
 * One address everywhere: the second build is made with nothing but a made-up SITE_URL under a
 * subdirectory. Every absolute URL of that address in every catalogue file, citation, code snippet,
 * feed, sitemap and page head maps to a file of that build, and no other address of ours leaks in.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip } from '../helpers/unzip.ts';
import { BASE, BASE_SITE_URL, DIST, DIST_BASE } from '../helpers/built-site.ts';

const TEXT_FILES = new Set(['.html', '.json', '.jsonld', '.xml', '.txt', '.md']);

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      // Pagefind's own index holds page text, not addresses we write.
      if (name !== 'pagefind') files(p, out);
    } else if (TEXT_FILES.has(extname(name))) out.push(p);
  }
  return out;
}

const escaped = BASE_SITE_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const addressPattern = new RegExp(`${escaped}[^\\s"'<>)\\]\`]*`, 'g');

/** A public URL of the build → the file a static server sends for it. */
function servedFile(dist: string, url: string): string {
  const path = decodeURIComponent(
    url
      .slice(BASE_SITE_URL.length)
      .replace(/[?#].*$/, '')
      .replace(/[.,;:]+$/, ''),
  );
  return join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

describe(`a build with only SITE_URL=${BASE_SITE_URL}`, () => {
  const all = files(DIST_BASE);
  /** url → the files that give it */
  const urls = new Map<string, Set<string>>();
  const unescapeHtml = (t: string) =>
    t
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const texts: [string, string][] = all.map((f) => [
    relative(DIST_BASE, f),
    f.endsWith('.html') ? unescapeHtml(readFileSync(f, 'utf8')) : readFileSync(f, 'utf8'),
  ]);
  // The zip's own README and catalogue copies travel without the site: they must point at it too.
  for (const [name, bytes] of readZip(readFileSync(join(DIST_BASE, 'data', 'all-data.zip')))) {
    if (TEXT_FILES.has(extname(name))) texts.push([`all-data.zip:${name.replace(/^[^/]+\//, '')}`, Buffer.from(bytes).toString('utf8')]);
  }
  for (const [f, text] of texts) {
    for (const m of text.matchAll(addressPattern)) {
      if (m[0].includes('{')) continue;
      const u = m[0];
      urls.set(u, (urls.get(u) ?? new Set()).add(f));
    }
  }

  it('serves its pages and assets under the path of that address', () => {
    const home = readFileSync(join(DIST_BASE, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${BASE_SITE_URL}">`);
    const hrefs = [...home.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) expect(h.startsWith(BASE), h).toBe(true);
  });

  it('every absolute URL in the catalogues, citations, snippets, feed, sitemap and page heads is a file of that build', () => {
    const from = (name: string) => [...urls.values()].some((f) => f.has(name));
    for (const name of [
      'data/datapackage.json',
      'data/catalog.jsonld',
      'data/data.json',
      'data/tasks.ckan.json',
      'data/all.ckan.json',
      'all-data.zip:README.vi.md',
      'all-data.zip:datapackage.json',
      'data/manifest.json',
      'sitemap.xml',
      'robots.txt',
      'thay-doi/feed.xml',
      'du-lieu/tasks/index.html',
    ]) {
      expect(from(name), `${name} carries URLs of the address`).toBe(true);
    }
    const missing = [...urls].filter(([u]) => !existsSync(servedFile(DIST_BASE, u))).map(([u, f]) => `${[...f][0]}: ${u}`);
    expect(missing).toEqual([]);
    // Every page (canonical) and every data file at least: a scan that found none would prove nothing.
    expect(urls.size).toBeGreaterThan(300);
  });

  it('the 404 page, served at any missing address, claims none of its own', () => {
    const page = readFileSync(join(DIST_BASE, '404.html'), 'utf8');
    expect(page).not.toMatch(/rel="canonical"|og:url|DC\.identifier/);
  });

  it('and no other address of ours: no local address, no default portal address', () => {
    const leaks = texts.filter(([, t]) => /localhost:4321|https?:\/\/dongthap\.gov\.vn\/chuyen-doi-so/.test(t)).map(([f]) => f);
    expect(leaks).toEqual([]);
  });

  it('while a build without SITE_URL says it is local: its catalogue uses http://localhost:4321/', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'data', 'manifest.json'), 'utf8')) as { site_url: string };
    expect(manifest.site_url).toBe('http://localhost:4321/');
  });
});
