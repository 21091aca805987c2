import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/check-links.ts';
import { readSite } from '../../scripts/lib/site-files.ts';
import { BASE, DIST, DIST_BASE } from '../helpers/site.ts';

describe('links in the built site', () => {
  it.each([
    ['/', DIST],
    [BASE, DIST_BASE],
  ])('under base %s: every internal link, anchor and asset resolves, none escapes the base', (base, dist) => {
    const broken = checkLinks(dist, base);
    expect(broken, JSON.stringify(broken.slice(0, 10), null, 1)).toEqual([]);
    // The check saw real pages.
    expect(readSite(dist, base).length).toBeGreaterThan(100);
  });

  it('every page is in Vietnamese (lang="vi")', () => {
    for (const p of readSite(DIST, '/')) expect(p.lang, p.path).toBe('vi');
  });

  it('the checker fails on a broken fixture: missing page, missing anchor, escaping link, other host', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-links-'));
    cpSync(DIST_BASE, dir, { recursive: true });
    const home = join(dir, 'index.html');
    const html = readFileSync(home, 'utf8').replace(
      '</main>',
      `<a href="${BASE}khong-co/">x</a><a href="${BASE}ke-hoach/#khong-co">y</a><a href="/nhiem-vu/">z</a><img src="https://cdn.example.com/a.png" alt=""></main>`,
    );
    writeFileSync(home, html);
    const reasons = checkLinks(dir, BASE).map((b) => `${b.value} ${b.reason}`);
    expect(reasons).toEqual([
      `${BASE}khong-co/ no such file in the build`,
      `${BASE}ke-hoach/#khong-co no element with id "khong-co"`,
      `/nhiem-vu/ escapes the base path ${BASE}`,
      'https://cdn.example.com/a.png points to another host or scheme',
    ]);
  });
});
