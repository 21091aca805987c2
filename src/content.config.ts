/**
 * Content collections over the generated datasets in public/data (written by `npm run build:data`).
 * Pages read these, never the seed, so the site and the downloads cannot disagree.
 */
import { defineCollection, z } from 'astro:content';
import { file } from 'astro/loaders';
import { datasetSpec, rowSchema } from './lib/model/dictionary.ts';
import { reportEntry } from './lib/model/report-schema.ts';
import { reportLoader } from './loaders/report-loader.ts';
import { manifestEntrySchema } from './lib/model/manifest.ts';
import { planSchema } from './lib/model/plan.ts';
import type { Row } from './lib/model/records.ts';
import { datasetSample } from './lib/view/catalogue-pages.ts';

const DATA = 'public/data';
const table = (name: string) => defineCollection({ loader: file(`${DATA}/${name}.json`), schema: rowSchema(datasetSpec(name)) });

/**
 * Link tables have no id column: give each row one from its primary key. `sampleOnly`: a table the
 * site shows only on its dataset page keeps the rows that page reads (datasetSample): Astro bundles
 * every collection's entries into one module, and the whole of such a table was a third of it.
 */
const linkTable = (name: string, { sampleOnly = false } = {}) => {
  const spec = datasetSpec(name);
  return defineCollection({
    loader: file(`${DATA}/${name}.json`, {
      parser: (text) => {
        const rows = JSON.parse(text) as Row[];
        return (sampleOnly ? datasetSample(spec, rows) : rows).map((row) => ({
          id: spec.primaryKey.map((k) => String(row[k])).join('|'),
          ...row,
        }));
      },
    }),
    schema: rowSchema(spec).extend({ id: z.string() }),
  });
};

interface SectionNode extends Record<string, unknown> {
  children: SectionNode[];
  blocks: unknown[];
}

/** plan_sections.json is a tree; the collection is flat, in document order. */
function flattenSections(nodes: SectionNode[]): Record<string, unknown>[] {
  return nodes.flatMap(({ children, blocks: _blocks, ...row }) => [row, ...flattenSections(children)]);
}

const manifestEntry = manifestEntrySchema.extend({ id: z.string() });

export const collections = {
  /** Yearly reports: each read and checked as the data stage checks it, stored as the document the page renders (never compiled). */
  reports: defineCollection({ loader: reportLoader(), schema: reportEntry }),
  tasks: table('tasks'),
  groups: table('groups'),
  agencies: table('agencies'),
  documents: table('legal_documents'),
  targets: table('targets'),
  indicators: table('indicators'),
  progress: linkTable('progress'),
  taskStatus: linkTable('task_status'),
  agencySuccessors: linkTable('agency_successors'),
  sections: defineCollection({
    loader: file(`${DATA}/plan_sections.json`, { parser: (text) => flattenSections(JSON.parse(text) as SectionNode[]) }),
    schema: rowSchema(datasetSpec('plan_sections')),
  }),
  blocks: linkTable('plan_blocks'),
  taskAgencySample: linkTable('task_agencies', { sampleOnly: true }),
  taskReferences: linkTable('task_legal_references'),
  sectionReferences: linkTable('section_legal_references'),
  files: defineCollection({
    loader: file(`${DATA}/manifest.json`, {
      parser: (text) => (JSON.parse(text) as { files: Record<string, unknown>[] }).files.map((f) => ({ id: f.path, ...f })),
    }),
    schema: manifestEntry,
  }),
  plan: defineCollection({
    loader: file(`${DATA}/plan.json`, { parser: (text) => [{ id: 'plan', ...(JSON.parse(text) as object) }] }),
    schema: planSchema.extend({ id: z.literal('plan') }),
  }),
};
