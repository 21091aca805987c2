/** An indicator's preview image: its chart with the source and the address (og:image of its page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import chartCss from '../../../styles/chart.css?raw';
import { catalogueManifest } from '../../../data/catalogue.ts';
import { pngResponse } from '../../../data/share-images.ts';
import { siteData } from '../../../data/site.ts';
import { indicatorChartLayout, indicatorChartSpec } from '../../../lib/charts/indicator-chart.ts';
import { renderSvg } from '../../../lib/charts/svg.ts';
import { chartInput, indicatorView } from '../../../lib/indicator-pages.ts';
import type { IndicatorRecord } from '../../../lib/records.ts';
import { chartCardSvg, resolveCssVariables } from '../../../lib/share-image.ts';

export const getStaticPaths = (async () => {
  const { indicators } = await siteData();
  return indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { indicator } = props as { indicator: IndicatorRecord };
  const { targetById, progress, plan } = await siteData();
  const { release, site_url: siteUrl } = catalogueManifest();
  const view = indicatorView(indicator, targetById, progress);
  const chartSvg = renderSvg(indicatorChartSpec(indicatorChartLayout(chartInput(view))), { standalone: { css: resolveCssVariables(chartCss) } });
  return pngResponse(
    chartCardSvg({
      siteName: 'Chuyển đổi số Đồng Tháp',
      title: indicator.name,
      chartSvg,
      source: `Chỉ tiêu: Kế hoạch thực hiện Nghị quyết ${plan.implements.number} · Số liệu: nguồn ghi trên trang · CC BY 4.0 · dữ liệu ${release.version}`,
      address: `${siteUrl.replace(/^https?:\/\//, '')}chi-tieu/${indicator.id}/`,
    }),
  );
};
