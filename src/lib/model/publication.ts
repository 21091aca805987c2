/**
 * What every catalogue shares: the input they are built from, the licence, keywords, the dataset
 * URLs and the citation line. Pure: the catalogues differ only in how they write these facts down.
 */
import type { DatasetSpec } from './dictionary.ts';
import { formatDate } from './labels.ts';
import { absolute, type Release } from './release.ts';
import type { Row } from './records.ts';
import type { ManifestEntry } from './manifest.ts';
import type { PlanRecord } from './plan.ts';
import { paths } from './paths.ts';

/** The site's name, as in the header of every page. */
export const SITE_NAME = 'Chuyển đổi số Đồng Tháp';

/** The facts of plan.json that the catalogues use. */
export type PlanFacts = Pick<PlanRecord, 'title' | 'subtitle' | 'issuer' | 'implements' | 'period' | 'source'>;

export interface CatalogueInput {
  release: Release;
  /** Public base URL with a final slash (see resolveSiteUrl). */
  siteUrl: string;
  plan: PlanFacts;
  /** The published data files (manifest entries: CSV, Excel CSV and JSON per dataset, plan.json, source.txt). */
  files: readonly ManifestEntry[];
  /** The rows of every dataset, for examples. */
  tables: ReadonlyMap<string, readonly Row[]>;
}

export const LICENSE = {
  /** SPDX and Open Definition identifier. */
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
} as const;

/** The licence as readers write it: "CC BY 4.0". */
export const LICENCE_NAME = LICENSE.id.replaceAll('-', ' ');

/** Names of the catalogue files in the data folder. */
export const CATALOGUE_FILES = {
  datapackage: 'datapackage.json',
  dcat: 'catalog.jsonld',
  pod: 'data.json',
  zip: 'all-data.zip',
  readme: 'README.vi.md',
} as const;

/** A dataset's CKAN-style package description: `<name>.ckan.json`, beside its CSV and JSON. */
export const ckanFile = (name: string): string => `${name}.ckan.json`;

/** Keywords for the whole catalogue, then per dataset (Vietnamese, as people search). */
export const KEYWORDS = ['chuyển đổi số', 'Đồng Tháp', 'kế hoạch', 'Nghị quyết 04-NQ/TU', 'chính quyền số', 'kinh tế số', 'xã hội số'];
const DATASET_KEYWORDS: Record<string, string[]> = {
  plan_sections: ['văn bản', 'đề mục'],
  plan_blocks: ['văn bản', 'đoạn văn'],
  tasks: ['nhiệm vụ', 'phân công', 'thời gian thực hiện'],
  groups: ['nhiệm vụ', 'nhóm nhiệm vụ'],
  agencies: ['cơ quan', 'sở ngành'],
  task_agencies: ['phân công', 'cơ quan chủ trì', 'cơ quan phối hợp'],
  bodies: ['cơ quan hiện nay', 'sắp xếp bộ máy', 'biểu mẫu báo cáo'],
  task_bodies: ['phân công', 'cơ quan hiện nay', 'biểu mẫu báo cáo'],
  legal_documents: ['văn bản pháp luật', 'viện dẫn'],
  task_legal_references: ['văn bản pháp luật', 'viện dẫn'],
  section_legal_references: ['văn bản pháp luật', 'viện dẫn'],
  targets: ['chỉ tiêu', 'mục tiêu'],
  indicators: ['chỉ số', 'theo dõi tiến độ'],
  progress: ['kết quả', 'số liệu thực hiện'],
};

/** The catalogue keywords followed by the dataset's own. */
export function datasetKeywords(name: string): string[] {
  return [...KEYWORDS, ...(DATASET_KEYWORDS[name] ?? [])];
}

/** The dataset's landing page, absolute. */
export const datasetPageUrl = (siteUrl: string, name: string): string => absolute(siteUrl, paths.dataset(name));

/** A published data file, absolute. */
export const dataFileUrl = (siteUrl: string, path: string): string => absolute(siteUrl, `data/${path}`);

/** "2026-11-26" → "26/11/2026", as the rest of the site writes dates (labels.formatDate). */
export const vnDate = (iso: string): string => formatDate(iso);

/** The manifest entries of one dataset, by format. Throws when one is missing (a build bug). */
export function datasetFiles(
  files: readonly ManifestEntry[],
  name: string,
): Record<'csv' | 'excel-csv' | 'json', ManifestEntry> & { xlsx?: ManifestEntry } {
  const find = (format: ManifestEntry['format']) => files.find((x) => x.dataset === name && x.format === format);
  const pick = (format: ManifestEntry['format']) => {
    const f = find(format);
    if (!f) throw new Error(`no ${format} file for dataset ${name}`);
    return f;
  };
  const xlsx = find('xlsx');
  return { csv: pick('csv'), 'excel-csv': pick('excel-csv'), json: pick('json'), ...(xlsx ? { xlsx } : {}) };
}

/** A dataset's published files with their formats, in the order catalogues list them (the workbook last, when there is one). */
export function datasetDistributions(
  files: readonly ManifestEntry[],
  name: string,
): { format: 'csv' | 'excel-csv' | 'json' | 'xlsx'; file: ManifestEntry }[] {
  const f = datasetFiles(files, name);
  return [
    { format: 'csv', file: f.csv },
    { format: 'excel-csv', file: f['excel-csv'] },
    { format: 'json', file: f.json },
    ...(f.xlsx ? [{ format: 'xlsx' as const, file: f.xlsx }] : []),
  ];
}

/** One manifest entry by path; throws when missing. */
export function fileByPath(files: readonly ManifestEntry[], path: string): ManifestEntry {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no published file ${path}`);
  return f;
}

/** The plan as people name it: "Kế hoạch thực hiện Nghị quyết 04-NQ/TU về chuyển đổi số tỉnh Đồng Tháp (2022)". */
export function planName(plan: Pick<PlanFacts, 'subtitle'>, release: Pick<Release, 'plan'>): string {
  const subtitle = plan.subtitle.replace(/^Thực hiện/, 'thực hiện');
  return `Kế hoạch ${subtitle} (${release.plan.adopted_year})`;
}

/**
 * The line to paste under a story or a chart: the plan's author as the source, then this data with
 * its version, date, licence and address. With a dataset, names that dataset and its page.
 */
export function citation(
  input: { release: Pick<Release, 'version' | 'date' | 'plan'>; siteUrl: string; plan: Pick<PlanFacts, 'issuer' | 'implements'> },
  spec?: Pick<DatasetSpec, 'name' | 'title'>,
): string {
  const { release, siteUrl, plan } = input;
  const what = spec ? `bộ dữ liệu “${spec.title}” (${spec.name}), ` : '';
  const where = spec ? datasetPageUrl(siteUrl, spec.name) : absolute(siteUrl, paths.data());
  return (
    `Nguồn: ${plan.issuer}, Kế hoạch thực hiện Nghị quyết ${plan.implements.number} về chuyển đổi số (${release.plan.adopted_year}); ` +
    `dữ liệu: ${SITE_NAME}, ${what}phiên bản ${release.version} (${vnDate(release.date)}), giấy phép ${LICENCE_NAME}, ${where}`
  );
}

/** Whether a cell holds a value, as the CSV shows it (null, "" and an empty list do not). */
export function hasValue(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  return Array.isArray(v) ? v.length > 0 : String(v) !== '';
}

/** The first non-empty value of a column, as it reads in the CSV (lists joined by ";"); null when all are empty. */
export function firstExample(rows: readonly Row[], column: string): string | null {
  const v = rows.find((r) => hasValue(r[column]))?.[column];
  if (v === undefined) return null;
  return Array.isArray(v) ? v.join(';') : String(v);
}
