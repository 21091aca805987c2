/**
 * One indicator's chart as a PNG file (/data/chi-tieu/<id>.png): the same sheet as the .svg, drawn at
 * build time with the npm DejaVu fonts (src/data/share-images.ts). Also the page's og:image.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorChartSheet } from '../../../data/indicator-chart.ts';
import { pngResponse } from '../../../data/share-images.ts';
import { indicatorPaths } from '../../../data/site.ts';
import type { IndicatorRecord } from '../../../lib/model/records.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await indicatorChartSheet((props as { indicator: IndicatorRecord }).indicator));
