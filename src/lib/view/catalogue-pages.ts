/**
 * What the catalogue pages (/du-lieu/ and /du-lieu/<dataset>/) show, computed here so the pages only
 * render: each dataset with its files from the manifest, the other published files, the release and
 * catalogue files from manifest.json, each dataset's dictionary with an
 * example per column, a preview of its first rows, code snippets, Dublin Core tags and the
 * schema.org Dataset description.
 */
import type { CatalogueEntry, Manifest, ManifestEntry } from '../model/manifest.ts';
import type { ColumnSpec, DatasetSpec } from '../model/dictionary.ts';
import {
  LICENSE,
  SITE_NAME,
  citation,
  dataFileUrl,
  datasetKeywords,
  datasetPageUrl,
  firstExample,
  hasValue,
  planName,
  type PlanFacts,
} from '../model/publication.ts';
import { linksFrom } from '../model/links.ts';
import { absolute, type Release } from '../model/release.ts';
import type { Row } from '../model/records.ts';
import { paths } from '../model/paths.ts';

/** The order files are offered in: the spreadsheet first, since most people open data in Excel or LibreOffice. */
const FORMAT_ORDER: ManifestEntry['format'][] = ['xlsx', 'excel-csv', 'csv', 'json', 'text'];

export interface DatasetDownload {
  spec: DatasetSpec;
  /** Rows in the dataset (the same in each of its files). */
  rows: number;
  files: ManifestEntry[];
}

/**
 * Each dictionary dataset with its files, in the dictionary's order. Throws when the manifest lacks a
 * dataset's CSV, Excel CSV or JSON, or when its files disagree on the row count — the page would lie.
 */
export function datasetDownloads(datasets: readonly DatasetSpec[], files: readonly ManifestEntry[]): DatasetDownload[] {
  return datasets.map((spec) => {
    const own = files
      .filter((f) => f.dataset === spec.name)
      .sort((a, b) => FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format));
    for (const format of ['xlsx', 'excel-csv', 'csv', 'json'] as const) {
      if (!own.some((f) => f.format === format)) throw new Error(`manifest.json has no ${format} file for ${spec.name}`);
    }
    const rows = new Set(own.map((f) => f.rows));
    if (rows.size !== 1) throw new Error(`the files of ${spec.name} disagree on the row count`);
    return { spec, rows: own[0]!.rows, files: own };
  });
}

/** Manifest files that belong to no dictionary dataset (plan.json, source.txt), in manifest order. */
export function otherFiles(datasets: readonly DatasetSpec[], files: readonly ManifestEntry[]): ManifestEntry[] {
  const names = new Set(datasets.map((d) => d.name));
  return files.filter((f) => !names.has(f.dataset));
}

/** One catalogue file by format (the zip, the Data Package, DCAT, POD); throws when missing. */
export function catalogueFile(m: Manifest, format: Exclude<CatalogueEntry['format'], 'ckan'>): CatalogueEntry {
  const f = m.catalogue.find((c) => c.format === format);
  if (!f) throw new Error(`manifest.json lists no ${format} file`);
  return f;
}

/** The CKAN package file of one dataset; throws when missing. */
export function ckanFileOf(m: Manifest, dataset: string): CatalogueEntry {
  const f = m.catalogue.find((c) => c.format === 'ckan' && c.dataset === dataset);
  if (!f) throw new Error(`manifest.json lists no CKAN file for ${dataset}`);
  return f;
}

/** Where a column's values come from: allowed codes, a pattern, or the ids of another dataset. */
export interface ColumnRow {
  column: ColumnSpec;
  values: readonly string[] | null;
  pattern: string | null;
  references: string | null;
  example: string | null;
}

/** The data dictionary of one dataset, with an example (the first non-empty value) per column. */
export function dictionaryRows(spec: DatasetSpec, rows: readonly Row[]): ColumnRow[] {
  const links = linksFrom(spec.name);
  return spec.columns.map((column) => ({
    column,
    values: column.values ?? null,
    pattern: column.pattern ?? null,
    references: links.find((l) => l.column === column.name)?.target ?? null,
    example: firstExample(rows, column.name),
  }));
}

/** A cell as it reads in the CSV: lists joined by ";", missing as "". */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(';');
  return String(v);
}

/** Shortens long text for a preview cell, at a word boundary, with an ellipsis. */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  // Cut at the last space, unless the cut already ends a word.
  const space = /\s/.test(s[max] ?? '') ? max : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** How many rows a dataset's page shows. */
export const PREVIEW_ROWS = 10;

/**
 * The rows a dataset's page reads, in the dataset's order: the first `n` (the preview) and, for each
 * column, the first row with a value in it (the dictionary's example). dictionaryRows and previewRows
 * give the same result on these as on the whole table, so a table the site shows nowhere else (the
 * task–agency links, 24,500 rows at 100× the appendix) need not be loaded whole.
 */
export function datasetSample<T extends Row>(spec: DatasetSpec, rows: readonly T[], n = PREVIEW_ROWS): T[] {
  const keep = new Set(rows.slice(0, n).keys());
  for (const column of spec.columns) {
    const i = rows.findIndex((r) => hasValue(r[column.name]));
    if (i >= 0) keep.add(i);
  }
  return [...keep].sort((a, b) => a - b).map((i) => rows[i]!);
}

/** The first `n` rows as CSV cells in column order, long text shortened to `max` characters. */
export function previewRows(spec: DatasetSpec, rows: readonly Row[], n = PREVIEW_ROWS, max = 120): string[][] {
  return rows.slice(0, n).map((r) => spec.columns.map((c) => shorten(csvCell(r[c.name]), max)));
}

export interface PageContext {
  release: Pick<Release, 'version' | 'date' | 'plan'>;
  siteUrl: string;
  plan: PlanFacts;
}

/** Code that downloads the dataset: curl (with its checksum), Python pandas and R. */
export function codeSnippets(
  ctx: PageContext,
  spec: DatasetSpec,
  csv: { path: string; sha256: string },
): { label: string; code: string }[] {
  const url = dataFileUrl(ctx.siteUrl, csv.path);
  const list = spec.columns.find((c) => c.type === 'list');
  const split = list
    ? `\n# Cột danh sách (nối bằng ";") thành danh sách:\ndf["${list.name}"] = df["${list.name}"].fillna("").str.split(";")`
    : '';
  return [
    {
      label: 'Dòng lệnh (curl)',
      code: `curl -O ${url}\n# Kiểm tra tệp tải về đúng là tệp được công bố:\necho "${csv.sha256}  ${csv.path}" | sha256sum -c`,
    },
    {
      label: 'Python (pandas)',
      code: `import pandas as pd\n\ndf = pd.read_csv("${url}", dtype=str, keep_default_na=False)${split}\nprint(df.head())`,
    },
    {
      label: 'R',
      code: `du_lieu <- read.csv("${url}", encoding = "UTF-8", colClasses = "character", na.strings = character(0))\nhead(du_lieu)`,
    },
  ];
}

/** Dublin Core meta tags for a dataset page (name → content), in a fixed order. */
export function dublinCore(ctx: PageContext, spec: DatasetSpec, formats: readonly string[]): [string, string][] {
  return [
    ['DC.title', spec.title],
    ['DC.description', spec.description],
    ['DC.creator', ctx.plan.issuer],
    ['DC.publisher', ctx.plan.issuer],
    ['DC.subject', datasetKeywords(spec.name).join('; ')],
    ['DC.language', 'vi'],
    ['DC.date', ctx.release.date],
    ['DC.type', 'Dataset'],
    ...formats.map((f): [string, string] => ['DC.format', f]),
    ['DC.identifier', datasetPageUrl(ctx.siteUrl, spec.name)],
    ['DC.source', planName(ctx.plan, ctx.release)],
    ['DC.coverage', `Tỉnh Đồng Tháp (địa giới năm 2022); ${ctx.plan.period.start_year}–${ctx.plan.period.end_year}`],
    ['DC.rights', `${LICENSE.title}, ${LICENSE.url}`],
  ];
}

/** The schema.org Dataset description of one dataset (for search engines' dataset search). */
export function schemaOrgDataset(
  ctx: PageContext,
  spec: DatasetSpec,
  files: readonly { path: string; media_type: string; bytes: number }[],
): Record<string, unknown> {
  const page = datasetPageUrl(ctx.siteUrl, spec.name);
  const org = { '@type': 'GovernmentOrganization', name: ctx.plan.issuer };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: spec.title,
    description: spec.description,
    url: page,
    identifier: page,
    keywords: datasetKeywords(spec.name),
    license: LICENSE.url,
    isAccessibleForFree: true,
    creator: org,
    publisher: org,
    inLanguage: 'vi',
    version: ctx.release.version,
    dateModified: ctx.release.date,
    citation: citation(ctx, spec),
    spatialCoverage: { '@type': 'Place', name: 'Tỉnh Đồng Tháp, Việt Nam (địa giới hành chính năm 2022)' },
    temporalCoverage: `${ctx.plan.period.start_year}/${ctx.plan.period.end_year}`,
    variableMeasured: spec.columns.map((c) => ({
      '@type': 'PropertyValue',
      name: c.name,
      alternateName: c.title,
      description: c.description,
    })),
    includedInDataCatalog: { '@type': 'DataCatalog', name: `${SITE_NAME}: danh mục dữ liệu mở`, url: absolute(ctx.siteUrl, paths.data()) },
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.path,
      encodingFormat: f.media_type,
      contentUrl: dataFileUrl(ctx.siteUrl, f.path),
      contentSize: `${f.bytes} B`,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: "<", ">" and "&" as \u escapes, so no
 * "</script>" or comment can end the element early whatever the data holds (and U+2028/9 too).
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
