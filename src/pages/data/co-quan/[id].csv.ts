/** One agency's tasks, with its role on each, as an Excel-safe CSV (/data/co-quan/<id>.csv). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../data/site.ts';
import { agencyTasksCsv } from '../../../lib/download-tables.ts';
import type { AgencyRecord } from '../../../lib/records.ts';

export const getStaticPaths = (async () => {
  const { agencies } = await siteData();
  return agencies.map((agency) => ({ params: { id: agency.id }, props: { agency } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { tasks } = await siteData();
  return new Response(agencyTasksCsv((props as { agency: AgencyRecord }).agency, tasks), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
