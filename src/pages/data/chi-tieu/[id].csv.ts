/**
 * One indicator's published values as CSV (/data/chi-tieu/<id>.csv): the progress dataset's header
 * and this indicator's rows, by the same serialiser as progress.csv (only the header when none).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorPaths, siteData } from '../../../data/site.ts';
import { indicatorView, progressCsv } from '../../../lib/indicator-pages.ts';
import type { IndicatorRecord } from '../../../lib/records.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

/** The indicator's rows of progress.csv. */
export const GET: APIRoute = async ({ props }) => {
  const { targetById, progress } = await siteData();
  const view = indicatorView((props as { indicator: IndicatorRecord }).indicator, targetById, progress);
  return new Response(progressCsv(view), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
