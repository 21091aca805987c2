import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/check-links.ts';
import { readSite } from '../../scripts/lib/site-files.ts';
import { BASE, DIST, DIST_BASE } from '../helpers/built-site.ts';

describe('links in the built site', () => {
  it.each([
    ['/', DIST],
    [BASE, DIST_BASE],
  ])('under base %s: every internal link, anchor and asset resolves, none escapes the base', (base, dist) => {
    const broken = checkLinks(dist, base);
    expect(broken, JSON.stringify(broken.slice(0, 10), null, 1)).toEqual([]);
    // The check saw real pages, and among their links the source's line anchors and the icon.
    const pages = readSite(dist, base);
    expect(pages.length).toBeGreaterThan(100);
    const refs = pages.flatMap((p) => p.refs.map((r) => r.value));
    expect(refs.filter((v) => /\/nguon\/#L\d+$/.test(v)).length).toBeGreaterThan(100);
    expect(refs).toContain(`${base}favicon.svg`);
  });

  it('every page is in Vietnamese (lang="vi")', () => {
    for (const p of readSite(DIST, '/')) expect(p.lang, p.path).toBe('vi');
  });

  it('the checker fails on a broken fixture: missing page, anchor, line anchor, icon, srcset, CSS asset, escaping link, other host, http and javascript: links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-links-'));
    cpSync(DIST_BASE, dir, { recursive: true });
    const home = join(dir, 'index.html');
    const html = readFileSync(home, 'utf8')
      .replace(`href="${BASE}favicon.svg"`, `href="${BASE}favicon-khong-co.svg"`)
      .replace('</head>', `<link rel="stylesheet" href="${BASE}hong.css"></head>`)
      .replace(
        '</main>',
        `<a href="${BASE}khong-co/">x</a><a href="${BASE}ke-hoach/#khong-co">y</a><a href="${BASE}nguon/#L99999">l</a>` +
          `<a href="/nhiem-vu/">z</a><img src="https://cdn.example.com/a.png" alt="">` +
          `<a href="https://example.org/nguon">cited source: fine</a><a href="http://example.org/">plain http</a><a href="javascript:alert(1)">js</a>` +
          `<img src="${BASE}favicon.svg" srcset="${BASE}favicon.svg 1x, ${BASE}khong-co@2x.png 2x" alt=""></main>`,
      );
    writeFileSync(home, html);
    writeFileSync(join(dir, 'hong.css'), `body{background:url("anh/khong-co.png")}`);
    const reasons = checkLinks(dir, BASE).map((b) => `${b.page} ${b.value} ${b.reason}`);
    expect(reasons).toEqual([
      `${BASE} ${BASE}favicon-khong-co.svg no such file in the build`,
      `${BASE} ${BASE}khong-co/ no such file in the build`,
      `${BASE} ${BASE}ke-hoach/#khong-co no element with id "khong-co"`,
      `${BASE} ${BASE}nguon/#L99999 no element with id "L99999"`,
      `${BASE} /nhiem-vu/ escapes the base path ${BASE}`,
      `${BASE} https://cdn.example.com/a.png points to another host or scheme`,
      `${BASE} http://example.org/ points to another host or scheme`,
      `${BASE} javascript:alert(1) points to another host or scheme`,
      `${BASE} ${BASE}khong-co@2x.png no such file in the build`,
      `${BASE}hong.css anh/khong-co.png no such file in the build`,
    ]);
  });
});
