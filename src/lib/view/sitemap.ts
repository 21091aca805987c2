/**
 * sitemap.xml and robots.txt from the pages a build wrote: every page's public address (the
 * catalogue's base URL and the page's path under the base), sorted, with the release date as
 * lastmod, so the same build gives the same bytes. Pure: file list in, text out.
 */

/**
 * The public address of a built page file ("nhiem-vu/i-4-6/index.html"), or null for pages not to
 * list: the 404 page, and the charts made for framing ("chi-tieu/<id>/nhung/"), which are noindex
 * copies of part of their indicator page.
 */
export function pageAddress(siteUrl: string, file: string): string | null {
  if (!file.endsWith('index.html') || file === '404.html' || /(^|\/)nhung\/index\.html$/.test(file)) return null;
  return `${siteUrl}${file.slice(0, -'index.html'.length)}`;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap (sitemaps.org 0.9) of the given page files. */
export function sitemapXml(siteUrl: string, files: readonly string[], lastmod: string): string {
  const urls = files
    .map((f) => pageAddress(siteUrl, f))
    .filter((u): u is string => u !== null)
    .sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `<url><loc>${xmlEscape(u)}</loc><lastmod>${lastmod}</lastmod></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap's address. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${siteUrl}sitemap.xml\n`;
}
