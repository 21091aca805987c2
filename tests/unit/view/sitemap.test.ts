import { describe, expect, it } from 'vitest';
import { pageAddress, robotsTxt, sitemapXml } from '../../../src/lib/view/sitemap.ts';

const SITE = 'https://dongthap.gov.vn/chuyen-doi-so/';

describe('sitemap.xml and robots.txt', () => {
  it('maps built pages to their public addresses and leaves the 404 page out', () => {
    expect(pageAddress(SITE, 'index.html')).toBe(SITE);
    expect(pageAddress(SITE, 'nhiem-vu/i-4-6/index.html')).toBe(`${SITE}nhiem-vu/i-4-6/`);
    expect(pageAddress(SITE, '404.html')).toBeNull();
    // Embeds are noindex copies of part of an indicator page.
    expect(pageAddress(SITE, 'chi-tieu/dti-rank/nhung/index.html')).toBeNull();
    expect(pageAddress(SITE, 'chi-tieu/dti-rank/index.html')).toBe(`${SITE}chi-tieu/dti-rank/`);
  });

  it('lists them sorted with the release date, the same bytes for the same input in any order', () => {
    const a = sitemapXml(SITE, ['nhiem-vu/index.html', 'index.html', '404.html', 'co-quan/so-tttt/index.html'], '2025-12-31');
    const b = sitemapXml(SITE, ['co-quan/so-tttt/index.html', '404.html', 'index.html', 'nhiem-vu/index.html'], '2025-12-31');
    expect(a).toBe(b);
    expect([...a.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([SITE, `${SITE}co-quan/so-tttt/`, `${SITE}nhiem-vu/`]);
    expect(a).toContain('<lastmod>2025-12-31</lastmod>');
    expect(a.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
  });

  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt(SITE)).toBe(`User-agent: *\nAllow: /\nSitemap: ${SITE}sitemap.xml\n`);
  });
});
