/**
 * One task's record as CSV (/data/nhiem-vu/<slug>.csv): header row and the task's row, written by
 * the same serialiser as tasks.csv (papaparse, CRLF, lists joined by ';', no BOM).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../data/site.ts';
import { datasetSpec } from '../../../lib/dictionary.ts';
import type { TaskRecord } from '../../../lib/records.ts';
import { toCsv } from '../../../lib/serialise.ts';

export const getStaticPaths = (async () => {
  const { tasks } = await siteData();
  return tasks.map((task) => ({ params: { slug: task.slug }, props: { task } }));
}) satisfies GetStaticPaths;

/** The task as CSV: the tasks dataset's header and this task's row. */
export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(datasetSpec('tasks'), [(props as { task: TaskRecord }).task]), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
