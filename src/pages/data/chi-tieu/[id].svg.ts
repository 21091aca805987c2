/**
 * One indicator's chart as a standalone SVG file (/data/chi-tieu/<id>.svg): the same marks as the
 * chart on its page (same layout, same renderer), plus xmlns and the chart stylesheet embedded, so it
 * needs nothing else to display or print.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorChartDocument } from '../../../data/indicator-chart.ts';
import { siteData } from '../../../data/site.ts';
import type { IndicatorRecord } from '../../../lib/records.ts';

export const getStaticPaths = (async () => {
  const { indicators } = await siteData();
  return indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}) satisfies GetStaticPaths;

/** The chart as an SVG document. */
export const GET: APIRoute = async ({ props }) => {
  const svg = await indicatorChartDocument((props as { indicator: IndicatorRecord }).indicator);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
