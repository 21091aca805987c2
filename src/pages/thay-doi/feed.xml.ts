/**
 * The changelog as an RSS 2.0 feed (/thay-doi/feed.xml), with absolute links under the public
 * address the catalogue uses (SITE_URL or content/release.json), so readers and harvesters agree.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { catalogueManifest } from '../../loaders/catalogue-manifest.ts';
import { changeLabel, changelog } from '../../lib/view/changelog.ts';

export const GET: APIRoute = () => {
  const { site_url: site, releases } = catalogueManifest();
  return rss({
    title: 'Thay đổi dữ liệu — Chuyển đổi số Đồng Tháp',
    description: 'Các lần phát hành dữ liệu mở về Kế hoạch chuyển đổi số tỉnh Đồng Tháp.',
    site,
    items: changelog(releases).map((e) => ({
      title: `Phiên bản ${e.version}`,
      link: `${site}thay-doi/#${e.anchor}`,
      pubDate: new Date(`${e.date}T00:00:00Z`),
      description: [e.notes, ...e.changes.map(changeLabel)].join(' · '),
    })),
    customData: '<language>vi</language>',
  });
};
