/** The site's preview image (og:image of every page without a chart of its own). */
import type { APIRoute } from 'astro';
import { catalogueManifest } from '../../loaders/catalogue-manifest.ts';
import { pngResponse } from '../../render/png.ts';
import { siteData } from '../../loaders/site-data.ts';
import { formatNumber } from '../../lib/model/labels.ts';
import { SITE_NAME } from '../../lib/model/publication.ts';
import { shownAddress, siteCardSvg } from '../../lib/view/share-image.ts';

export const GET: APIRoute = async () => {
  const { plan, tasks, targets, indicators } = await siteData();
  const { release, site_url: siteUrl } = catalogueManifest();
  return pngResponse(
    siteCardSvg({
      siteName: SITE_NAME,
      headline: `Kế hoạch thực hiện Nghị quyết ${plan.implements.number} về chuyển đổi số tỉnh Đồng Tháp (${release.plan.adopted_year})`,
      facts: `${formatNumber(tasks.length)} nhiệm vụ · ${formatNumber(targets.length)} chỉ tiêu · ${formatNumber(indicators.length)} chỉ số · dữ liệu mở`,
      address: shownAddress(siteUrl),
    }),
  );
};
