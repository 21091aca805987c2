/**
 * One task's record as JSON (/data/nhiem-vu/<slug>.json): the tasks dataset limited to that task,
 * written by the same serialiser, so its bytes match the published tasks.json's format.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../data/site.ts';
import { datasetSpec } from '../../../lib/dictionary.ts';
import type { TaskRecord } from '../../../lib/records.ts';
import { toJson } from '../../../lib/serialise.ts';

export const getStaticPaths = (async () => {
  const { tasks } = await siteData();
  return tasks.map((task) => ({ params: { slug: task.slug }, props: { task } }));
}) satisfies GetStaticPaths;

/** The task as a one-row JSON array, keys in dictionary order. */
export const GET: APIRoute = ({ props }) =>
  new Response(toJson(datasetSpec('tasks'), [(props as { task: TaskRecord }).task]), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
