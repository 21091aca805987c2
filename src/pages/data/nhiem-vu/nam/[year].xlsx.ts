/** The tasks scheduled in one year of the plan as a spreadsheet (/data/nhiem-vu/nam/<year>.xlsx). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../data/site.ts';
import { workbookResponse } from '../../../../data/spreadsheets.ts';
import { datasetSpec } from '../../../../lib/dictionary.ts';
import { planYears, tasksInYear } from '../../../../lib/task-pages.ts';

export const getStaticPaths = (async () => {
  const { plan } = await siteData();
  return planYears(plan.period).map((y) => ({ params: { year: String(y) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const year = Number(params.year);
  const { tasks } = await siteData();
  return workbookResponse(
    {
      title: `Nhiệm vụ thực hiện trong năm ${year}`,
      description: `Các nhiệm vụ trong Phụ lục có thời gian thực hiện gồm năm ${year} (kể cả nhiệm vụ hằng năm); các cột như bộ dữ liệu tasks.`,
      page: `nhiem-vu/nam/${year}/`,
      dataset: datasetSpec('tasks'),
    },
    { spec: datasetSpec('tasks'), rows: tasksInYear(tasks, year) },
  );
};
