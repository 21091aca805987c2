import { describe, expect, it } from 'vitest';
import { datasetDownloads, otherFiles } from '../../../src/lib/view/catalogue-pages.ts';
import { DATASETS, COLUMN_TYPE_LABEL } from '../../../src/lib/model/dictionary.ts';
import type { ManifestEntry } from '../../../src/lib/model/manifest.ts';
import { fileText, publishedFiles } from '../../helpers/published-files.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';

// manifest.json is not a reviewed file: the data stage renders it, in memory, once per worker.
const files = (JSON.parse(fileText((await publishedFiles()).files, 'manifest.json')) as { files: ManifestEntry[] }).files;

describe('datasetDownloads', () => {
  const downloads = datasetDownloads(DATASETS, files);

  it('offers every dataset of the dictionary with its spreadsheet, Excel CSV, CSV and JSON', () => {
    expect(downloads.map((d) => d.spec.name)).toEqual(DATASETS.map((d) => d.name));
    for (const d of downloads) {
      expect(
        d.files.map((f) => f.format),
        d.spec.name,
      ).toEqual(['xlsx', 'excel-csv', 'csv', 'json']);
      expect(d.files.map((f) => f.path)).toEqual([
        `${d.spec.name}.xlsx`,
        `${d.spec.name}.excel.csv`,
        `${d.spec.name}.csv`,
        `${d.spec.name}.json`,
      ]);
    }
  });

  it('shows the row counts of the published files', () => {
    const tasks = downloads.find((d) => d.spec.name === 'tasks')!;
    expect(tasks.rows).toBe(90);
    const agencies = downloads.find((d) => d.spec.name === 'agencies')!;
    expect(agencies.rows).toBe(reviewedTable('agencies').length);
  });

  it('refuses a manifest missing a file or disagreeing on rows', () => {
    expect(() =>
      datasetDownloads(
        DATASETS,
        files.filter((f) => f.path !== 'groups.excel.csv'),
      ),
    ).toThrow(/no excel-csv file for groups/);
    const skewed = files.map((f) => (f.path === 'groups.json' ? { ...f, rows: 1 } : f));
    expect(() => datasetDownloads(DATASETS, skewed)).toThrow(/groups disagree/);
  });
});

describe('otherFiles', () => {
  it('lists the plan record and the source text', () => {
    expect(otherFiles(DATASETS, files).map((f) => f.path)).toEqual(['plan.json', 'source.txt']);
  });
});

describe('COLUMN_TYPE_LABEL', () => {
  it('gives each column type the dictionary uses its own words', () => {
    const types = [...new Set(DATASETS.flatMap((d) => d.columns).map((c) => c.type))];
    expect(new Set(types.map((t) => COLUMN_TYPE_LABEL[t])).size).toBe(types.length);
  });
});
