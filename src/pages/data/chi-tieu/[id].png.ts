/**
 * One indicator's chart as a PNG file (/data/chi-tieu/<id>.png): the same sheet as the .svg, drawn at
 * build time with the npm DejaVu fonts (src/render/png.ts). Also the page's og:image.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorChartSheet } from '../../../render/chart-sheet.ts';
import { pngResponse } from '../../../render/png.ts';
import { indicatorPaths } from '../../../loaders/site-data.ts';
import type { IndicatorRecord } from '../../../lib/model/records.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  pngResponse(await indicatorChartSheet((props as { indicator: IndicatorRecord }).indicator));
