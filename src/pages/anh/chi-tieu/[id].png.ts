/** An indicator's preview image: its chart with the source and the address (og:image of its page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogueManifest } from '../../../data/catalogue.ts';
import { indicatorChartDocument } from '../../../data/indicator-chart.ts';
import { pngResponse } from '../../../data/share-images.ts';
import { siteData } from '../../../data/site.ts';
import { SITE_NAME } from '../../../lib/catalog/common.ts';
import type { IndicatorRecord } from '../../../lib/records.ts';
import { chartCardSvg, shownAddress } from '../../../lib/share-image.ts';

export const getStaticPaths = (async () => {
  const { indicators } = await siteData();
  return indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { indicator } = props as { indicator: IndicatorRecord };
  const { plan } = await siteData();
  const { release, site_url: siteUrl } = catalogueManifest();
  return pngResponse(
    chartCardSvg({
      siteName: SITE_NAME,
      title: indicator.name,
      chartSvg: await indicatorChartDocument(indicator, { resolveVariables: true }),
      source: `Chỉ tiêu: Kế hoạch thực hiện Nghị quyết ${plan.implements.number} · Số liệu: nguồn ghi trên trang · CC BY 4.0 · dữ liệu ${release.version}`,
      address: shownAddress(`${siteUrl}chi-tieu/${indicator.id}/`),
    }),
  );
};
