/**
 * What the download page shows: each dataset with its three files from the manifest, the other
 * published files, and labels for the data dictionary.
 */
import type { DatasetSpec } from '../model/dictionary.ts';
import type { ManifestEntry } from '../model/manifest.ts';

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
