/**
 * One indicator as JSON (/data/chi-tieu/<id>.json): one object {indicator, targets, progress} holding
 * its rows of indicators.json, targets.json and progress.json, each in its dataset's key order.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorPaths, siteData } from '../../../data/site.ts';
import { indicatorJson, indicatorView } from '../../../lib/indicator-pages.ts';
import type { IndicatorRecord } from '../../../lib/records.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

/** The indicator with its targets and published values. */
export const GET: APIRoute = async ({ props }) => {
  const { targetById, progress } = await siteData();
  const view = indicatorView((props as { indicator: IndicatorRecord }).indicator, targetById, progress);
  return new Response(indicatorJson(view), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
