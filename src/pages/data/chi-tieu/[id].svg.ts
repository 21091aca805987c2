/**
 * One indicator's chart as a standalone SVG file (/data/chi-tieu/<id>.svg): the same marks as the
 * chart on its page (same layout, same renderer), plus xmlns and the chart stylesheet embedded, so it
 * needs nothing else to display or print.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import chartCss from '../../../styles/chart.css?raw';
import { siteData } from '../../../data/site.ts';
import { indicatorChartLayout, indicatorChartSpec } from '../../../lib/charts/indicator-chart.ts';
import { renderSvg } from '../../../lib/charts/svg.ts';
import { chartInput, indicatorView } from '../../../lib/indicator-pages.ts';
import type { IndicatorRecord } from '../../../lib/records.ts';

export const getStaticPaths = (async () => {
  const { indicators } = await siteData();
  return indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}) satisfies GetStaticPaths;

/** The chart as an SVG document. */
export const GET: APIRoute = async ({ props }) => {
  const { targetById, progress } = await siteData();
  const view = indicatorView((props as { indicator: IndicatorRecord }).indicator, targetById, progress);
  const svg = renderSvg(indicatorChartSpec(indicatorChartLayout(chartInput(view))), { standalone: { css: chartCss } });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
