/** The tasks scheduled in one year of the plan as an Excel-safe CSV (/data/nhiem-vu/nam/<year>.csv). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../data/site.ts';
import { yearTasksCsv } from '../../../../lib/download-tables.ts';
import { planYears } from '../../../../lib/task-pages.ts';

export const getStaticPaths = (async () => {
  const { plan } = await siteData();
  return planYears(plan.period).map((y) => ({ params: { year: String(y) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { tasks } = await siteData();
  return new Response(yearTasksCsv(Number(params.year), tasks), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
