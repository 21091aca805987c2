/**
 * Content collections over the generated datasets in public/data (written by `npm run build:data`).
 * Pages read these, never the seed, so the site and the downloads cannot disagree. One collection
 * per dataset of the dictionary (DATASETS), named as the dataset: a new dataset needs nothing here.
 */
import { defineCollection, z } from 'astro:content';
import { file } from 'astro/loaders';
import { DATASETS, rowSchema, type DatasetSpec } from './lib/model/dictionary.ts';
import { reportEntry } from './lib/model/report-schema.ts';
import { reportLoader } from './loaders/report-loader.ts';
import { manifestEntrySchema } from './lib/model/manifest.ts';
import { planSchema } from './lib/model/plan.ts';
import type { Row } from './lib/model/records.ts';
import { datasetSample } from './lib/view/catalogue-pages.ts';

const DATA = 'public/data';

interface SectionNode extends Record<string, unknown> {
  children: SectionNode[];
  blocks: unknown[];
}

/** plan_sections.json is a tree; the collection is flat, in document order. */
function flattenSections(nodes: SectionNode[]): Row[] {
  return nodes.flatMap(({ children, blocks: _blocks, ...row }) => [row, ...flattenSections(children)]);
}

/** The datasets whose file is not simply the array of its rows, or whose rows the site keeps only in part. */
const READ_ROWS: Readonly<Record<string, (text: string, spec: DatasetSpec) => Row[]>> = {
  plan_sections: (text) => flattenSections(JSON.parse(text) as SectionNode[]),
  // Shown only on its dataset page: keep the rows that page reads (datasetSample). Astro bundles
  // every collection's entries into one module, and the whole of this table was a third of it.
  task_agencies: (text, spec) => datasetSample(spec, JSON.parse(text) as Row[]),
};

/** A dataset's collection: its rows, checked by the dictionary's row schema. A table without an id column (a link table) gets one from its primary key. */
function datasetCollection(spec: DatasetSpec) {
  const hasId = spec.columns.some((c) => c.name === 'id');
  const read = READ_ROWS[spec.name] ?? ((text: string) => JSON.parse(text) as Row[]);
  return defineCollection({
    loader: file(`${DATA}/${spec.name}.json`, {
      parser: (text) => {
        const rows = read(text, spec);
        return hasId ? rows : rows.map((row) => ({ id: spec.primaryKey.map((k) => String(row[k])).join('|'), ...row }));
      },
    }),
    schema: hasId ? rowSchema(spec) : rowSchema(spec).extend({ id: z.string() }),
  });
}

const manifestEntry = manifestEntrySchema.extend({ id: z.string() });

const others = {
  /** Yearly reports: each read and checked as the data stage checks it, stored as the document the page renders (never compiled). */
  reports: defineCollection({ loader: reportLoader(), schema: reportEntry }),
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

for (const spec of DATASETS)
  if (Object.hasOwn(others, spec.name)) throw new Error(`dataset ${spec.name} would replace the site's ${spec.name} collection`);

export const collections = {
  ...Object.fromEntries(DATASETS.map((spec) => [spec.name, datasetCollection(spec)])),
  ...others,
};
