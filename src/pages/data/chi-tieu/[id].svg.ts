/**
 * One indicator's chart as an SVG file (/data/chi-tieu/<id>.svg): the sheet of
 * src/lib/view/share-image.ts — title, the chart (same marks as the page's wide layout), source, licence
 * and address — with the stylesheet embedded, so it needs nothing else to display, print or reuse.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorChartSheet } from '../../../render/chart-sheet.ts';
import { indicatorPaths } from '../../../loaders/site-data.ts';
import type { IndicatorRecord } from '../../../lib/model/records.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const svg = await indicatorChartSheet((props as { indicator: IndicatorRecord }).indicator);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
