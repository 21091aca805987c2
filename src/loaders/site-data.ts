/**
 * All the site's data, loaded once from the content collections and indexed for the pages.
 * Pages and components only render; decisions about the data were made by the pipeline.
 */
import { getCollection, getEntry, type DataCollectionKey } from 'astro:content';
import { reporterNames } from '../lib/view/source-kinds.ts';
import { DATASETS } from '../lib/model/dictionary.ts';
import type { DatasetRecords, IndicatorRecord, Row } from '../lib/model/records.ts';
import { catalogueManifest } from './catalogue-manifest.ts';
import type { PlanRecord } from '../lib/model/plan.ts';
import type { ManifestEntry } from '../lib/model/manifest.ts';
import { groupBy } from '../lib/model/record-queries.ts';

/** Every dataset's rows, by dataset name, as the pipeline's record types (the collection schemas validated them). */
export type DatasetTables = { readonly [K in keyof DatasetRecords]: DatasetRecords[K][] };

/** A collection's rows (src/content.config.ts: one collection per dataset, named as it). */
const rows = async (name: string): Promise<Row[]> => (await getCollection(name as DataCollectionKey)).map((e) => e.data as Row);

async function load() {
  const [loaded, files, planEntry] = await Promise.all([
    Promise.all(DATASETS.map(async (spec) => [spec.name, await rows(spec.name)] as const)),
    getCollection('files').then((entries) => entries.map((e) => e.data as ManifestEntry)),
    getEntry('plan', 'plan'),
  ]);
  const tables = Object.fromEntries(loaded) as unknown as DatasetTables;
  const {
    tasks,
    groups,
    agencies,
    legal_documents: documents,
    plan_sections: sections,
    plan_blocks: blocks,
    task_agencies: taskAgencySample,
    task_legal_references: taskReferences,
    section_legal_references: sectionReferences,
    targets,
    indicators,
    progress,
    task_status: taskStatus,
    agency_successors: agencySuccessors,
  } = tables;
  if (!planEntry) throw new Error('public/data/plan.json is missing: run `npm run build:data` first');
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  // Collections keep the datasets' order (document order for tasks and sections) — sort defensively
  // by what the datasets already define, so the pages never depend on loader internals.
  tasks.sort((a, b) => a.source_line - b.source_line);
  sections.sort((a, b) => a.order - b.order);
  return {
    plan: planEntry.data as PlanRecord,
    /** Every dataset's rows by name; the names below are the pages' shorthands for the same lists. */
    tables,
    tasks,
    taskById: byId(tasks),
    groups,
    groupById: byId(groups),
    agencies,
    agencyById: byId(agencies),
    /** The names a finding's or a value's `reported_by` resolves to ("Theo báo cáo của …"). */
    reporterNames: reporterNames(tables.bodies),
    documents,
    documentById: byId(documents),
    sections,
    sectionById: byId(sections),
    blocks,
    /** Not the whole task_agencies table: the rows its dataset page shows (datasetSample); task pages read the ids in tasks. */
    taskAgencySample,
    taskReferences,
    // Each task's legal references, in the dataset's order (a task page reads its own only).
    referencesByTask: groupBy(taskReferences, (r) => r.task_id),
    sectionReferences,
    files,
    targets,
    targetById: byId(targets),
    indicators,
    indicatorById: byId(indicators),
    // Published values in the dataset's order: by indicator, oldest first, then basis.
    progress,
    // Findings about tasks in the dataset's order (appendix order, then date), and per task.
    taskStatus,
    findingsByTask: groupBy(taskStatus, (f) => f.task_id),
    // Who holds each 2022 agency's role now, in the dataset's order (agency, then date).
    agencySuccessors,
    successorsByAgency: groupBy(agencySuccessors, (r) => r.agency_id),
    /** The release date: the last review of the outcomes, as of which statuses and past-due flags hold. */
    reviewDate: catalogueManifest().release.date,
  };
}

export type SiteData = Awaited<ReturnType<typeof load>>;

let cached: Promise<SiteData> | undefined;

/** The site's data, loaded once per build. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** getStaticPaths of every per-indicator route (its page, its embed, its files): one path per indicator, the record as a prop. */
export async function indicatorPaths(): Promise<{ params: { id: string }; props: { indicator: IndicatorRecord } }[]> {
  const { indicators } = await siteData();
  return indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}

/** A dataset's rows in the order of its CSV (siteData keeps every dataset's order); for task_agencies, the sample its page reads. */
export function datasetRows(site: SiteData, name: string): readonly Row[] {
  if (!Object.hasOwn(site.tables, name)) throw new Error(`no site data for dataset ${name}`);
  return site.tables[name as keyof DatasetTables] as readonly Row[];
}
