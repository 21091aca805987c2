/** One agency's tasks, with its role on each, as a spreadsheet (/data/co-quan/<id>.xlsx). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../data/site.ts';
import { workbookResponse } from '../../../data/spreadsheets.ts';
import { AGENCY_TASKS_SPEC, agencyTasksRows } from '../../../lib/download-tables.ts';
import { datasetSpec } from '../../../lib/dictionary.ts';
import type { AgencyRecord } from '../../../lib/records.ts';

export const getStaticPaths = (async () => {
  const { agencies } = await siteData();
  return agencies.map((agency) => ({ params: { id: agency.id }, props: { agency } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { agency } = props as { agency: AgencyRecord };
  const { tasks } = await siteData();
  return workbookResponse(
    {
      title: `Nhiệm vụ của ${agency.name}`,
      description: `Các nhiệm vụ trong Phụ lục mà ${agency.name} chủ trì (vai trò "lead"), rồi các nhiệm vụ phối hợp ("cooperating"), theo thứ tự của Phụ lục; các cột như bộ dữ liệu tasks.`,
      page: `co-quan/${agency.id}/`,
      dataset: datasetSpec('tasks'),
    },
    { spec: AGENCY_TASKS_SPEC, rows: agencyTasksRows(agency, tasks) },
  );
};
