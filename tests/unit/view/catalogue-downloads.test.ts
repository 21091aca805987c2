import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetDownloads, otherFiles } from '../../../src/lib/view/catalogue-pages.ts';
import { DATASETS, COLUMN_TYPE_LABEL } from '../../../src/lib/model/dictionary.ts';
import { ROOT } from '../../helpers/seed.ts';
import type { ManifestEntry } from '../../../src/lib/model/manifest.ts';

const read = (name: string) => readFileSync(join(ROOT, 'public', 'data', name), 'utf8');
const files = (JSON.parse(read('manifest.json')) as { files: ManifestEntry[] }).files;

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
    expect(agencies.rows).toBe((JSON.parse(read('agencies.json')) as unknown[]).length);
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
  it('labels every column type used by the dictionary', () => {
    for (const c of DATASETS.flatMap((d) => d.columns)) expect(COLUMN_TYPE_LABEL[c.type], `${c.name}`).toBeTruthy();
  });
});
