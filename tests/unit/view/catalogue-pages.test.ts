/** What the /du-lieu/ pages show, on the real data: the reviewed datasets and the manifest the data stage renders. */
import Papa from 'papaparse';
import { parseManifest } from '../../../src/lib/model/manifest.ts';
import { describe, expect, it } from 'vitest';
import {
  catalogueFile,
  ckanFileOf,
  codeSnippets,
  csvCell,
  dictionaryRows,
  dublinCore,
  jsonLdText,
  previewRows,
  PREVIEW_ROWS,
  datasetSample,
  schemaOrgDataset,
  shorten,
} from '../../../src/lib/view/catalogue-pages.ts';
import { datasetSpec } from '../../../src/lib/model/dictionary.ts';
import { RELEASE } from '../../helpers/content-release.ts';
import type { Row } from '../../../src/lib/model/records.ts';
import { fileText, publishedFiles } from '../../helpers/published-files.ts';
import { reviewedPlan, reviewedText } from '../../helpers/reviewed-tables.ts';

// manifest.json is not a reviewed file: the data stage renders it, in memory, once per worker.
const manifestText = fileText((await publishedFiles()).files, 'manifest.json');
const manifest = parseManifest(manifestText);
const plan = reviewedPlan();
const rows = (name: string) => JSON.parse(reviewedText(`${name}.json`)) as Row[];
const ctx = { release: manifest.release, siteUrl: 'https://x.gov.vn/cds/', plan };

describe('parseManifest', () => {
  it('reads the release, the public URL and the catalogue files the data stage recorded', () => {
    expect(manifest.release).toMatchObject({ version: RELEASE.version, date: RELEASE.date });
    expect(manifest.site_url).toMatch(/^https?:\/\/.*\/$/);
    expect(catalogueFile(manifest, 'zip')).toMatchObject({ path: 'all-data.zip', media_type: 'application/zip' });
    expect(catalogueFile(manifest, 'zip').contents!.length).toBeGreaterThan(38);
    expect(catalogueFile(manifest, 'dcat').path).toBe('catalog.jsonld');
    expect(ckanFileOf(manifest, 'tasks').path).toBe('tasks.ckan.json');
  });

  it('explains a manifest without a catalogue section, naming the first missing field', () => {
    expect(() => parseManifest('{"files": []}')).toThrow(
      /public\/data\/manifest.json is not a manifest of this build \(run `npm run build:data`\): release: Required/,
    );
  });

  it('holds the published manifest.json to its schema: no field unknown to it, the appendix accounting balanced', () => {
    expect(Object.keys(manifest)).toEqual(['files', 'release', 'releases', 'site_url', 'catalogue', 'appendix_accounting', 'warnings']);
    const unbalanced = JSON.parse(manifestText) as { appendix_accounting: { balanced: boolean } };
    unbalanced.appendix_accounting.balanced = false;
    expect(() => parseManifest(JSON.stringify(unbalanced))).toThrow(/appendix_accounting.balanced/);
    expect(() => parseManifest(JSON.stringify({ ...JSON.parse(manifestText), extra: 1 }))).toThrow(/Unrecognized key/);
  });
});

describe('dictionaryRows', () => {
  it('gives each column its allowed values, the dataset its ids come from, and the first non-empty example', () => {
    const cols = dictionaryRows(datasetSpec('tasks'), rows('tasks'));
    const by = (n: string) => cols.find((c) => c.column.name === n)!;
    expect(by('timeframe_kind')).toMatchObject({ values: ['annual', 'year', 'year_range', 'quarter'], example: 'annual' });
    expect(by('lead_agency_ids')).toMatchObject({ references: 'agencies', example: 'cac-so-ban-nganh-tinh;ubnd-huyen-thanh-pho' });
    expect(by('group_id').references).toBe('groups');
    expect(by('slug')).toMatchObject({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', example: 'i-1-1' });
    // The first task has no notes: the example is the first task that has some.
    expect(by('note_text').example).toBe(rows('tasks').find((t) => t.note_text !== null)!.note_text);
  });

  it('says when a column is empty everywhere', () => {
    expect(
      dictionaryRows(datasetSpec('groups'), [{ id: 'I', parent_id: null }]).find((c) => c.column.name === 'parent_id')!.example,
    ).toBeNull();
  });
});

describe('datasetSample', () => {
  it('keeps, in order, the rows a dataset page reads: its preview and dictionary are those of the whole table', () => {
    for (const name of ['task_agencies', 'tasks', 'task_legal_references']) {
      const spec = datasetSpec(name);
      const all = rows(name);
      const sample = datasetSample(spec, all);
      expect(sample.length).toBeLessThanOrEqual(PREVIEW_ROWS + spec.columns.length);
      expect(sample.map((r) => all.indexOf(r))).toEqual([...sample.map((r) => all.indexOf(r))].sort((a, b) => a - b));
      expect(dictionaryRows(spec, sample)).toEqual(dictionaryRows(spec, all));
      expect(previewRows(spec, sample)).toEqual(previewRows(spec, all));
    }
  });

  it('adds the first row that has a value in a column the first rows leave empty', () => {
    const spec = datasetSpec('groups');
    const table = Array.from({ length: 30 }, (_, i) => ({ id: `G${i}`, parent_id: i === 25 || i === 27 ? 'I' : null }));
    expect(datasetSample(spec, table, 3).map((r) => r.id)).toEqual(['G0', 'G1', 'G2', 'G25']);
  });
});

describe('previewRows', () => {
  it('shows the first ten rows as the CSV has them', () => {
    const csv = Papa.parse<string[]>(reviewedText('task_agencies.csv'), { skipEmptyLines: true }).data;
    expect(previewRows(datasetSpec('task_agencies'), rows('task_agencies'))).toEqual(csv.slice(1, 11));
  });

  it('joins lists, leaves missing cells empty and shortens long text at a word', () => {
    expect(csvCell(['a', 'b'])).toBe('a;b');
    expect(csvCell(null)).toBe('');
    expect(csvCell(2.5)).toBe('2.5');
    expect(shorten('một hai ba bốn năm', 10)).toBe('một hai ba…');
    expect(shorten('ngắn', 10)).toBe('ngắn');
    const blocks = previewRows(datasetSpec('plan_blocks'), rows('plan_blocks'), 10, 50);
    expect(blocks).toHaveLength(10);
    expect(blocks.flat().every((c) => c.length <= 51)).toBe(true);
    expect(blocks.flat().some((c) => c.endsWith('…'))).toBe(true);
  });
});

describe('codeSnippets', () => {
  it('downloads from the real public URL, checks the hash, and reads with pandas and R', () => {
    const csv = { path: 'tasks.csv', sha256: 'ab'.repeat(32) };
    const [curl, python, r] = codeSnippets(ctx, datasetSpec('tasks'), csv);
    expect(curl!.code).toContain('curl -O https://x.gov.vn/cds/data/tasks.csv');
    expect(curl!.code).toContain(`echo "${'ab'.repeat(32)}  tasks.csv" | sha256sum -c`);
    expect(python!.code).toContain('pd.read_csv("https://x.gov.vn/cds/data/tasks.csv", dtype=str, keep_default_na=False)');
    expect(python!.code).toContain('df["lead_agency_ids"].fillna("").str.split(";")');
    expect(r!.code).toContain('read.csv("https://x.gov.vn/cds/data/tasks.csv", encoding = "UTF-8"');
    expect(codeSnippets(ctx, datasetSpec('groups'), csv)[1]!.code).not.toContain('split');
  });
});

describe('dublinCore and schemaOrgDataset', () => {
  const spec = datasetSpec('agencies');
  const files = [
    { path: 'agencies.csv', media_type: 'text/csv', bytes: 10 },
    { path: 'agencies.json', media_type: 'application/json', bytes: 20 },
  ];

  it('gives the Dublin Core elements', () => {
    const dc = new Map(dublinCore(ctx, spec, ['text/csv', 'application/json']).map(([k, v]) => [k, v]));
    expect(dc.get('DC.title')).toBe('Cơ quan');
    expect(dc.get('DC.creator')).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
    expect(dc.get('DC.publisher')).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
    expect(dc.get('DC.language')).toBe('vi');
    expect(dc.get('DC.date')).toBe(RELEASE.date);
    expect(dc.get('DC.identifier')).toBe('https://x.gov.vn/cds/du-lieu/agencies/');
    expect(dc.get('DC.rights')).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(
      dublinCore(ctx, spec, ['text/csv', 'application/json'])
        .filter(([k]) => k === 'DC.format')
        .map(([, v]) => v),
    ).toEqual(['text/csv', 'application/json']);
  });

  it('describes the dataset for schema.org: columns as variables, downloads, coverage, catalogue', () => {
    const d = schemaOrgDataset(ctx, spec, files) as Record<string, any>;
    expect(d).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Cơ quan',
      url: 'https://x.gov.vn/cds/du-lieu/agencies/',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      inLanguage: 'vi',
      dateModified: RELEASE.date,
      temporalCoverage: '2022/2030',
      includedInDataCatalog: { '@type': 'DataCatalog', url: 'https://x.gov.vn/cds/du-lieu/' },
    });
    expect(d.variableMeasured.map((v: { name: string }) => v.name)).toEqual(spec.columns.map((c) => c.name));
    expect(d.distribution).toEqual([
      {
        '@type': 'DataDownload',
        name: 'agencies.csv',
        encodingFormat: 'text/csv',
        contentUrl: 'https://x.gov.vn/cds/data/agencies.csv',
        contentSize: '10 B',
      },
      {
        '@type': 'DataDownload',
        name: 'agencies.json',
        encodingFormat: 'application/json',
        contentUrl: 'https://x.gov.vn/cds/data/agencies.json',
        contentSize: '20 B',
      },
    ]);
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element, whatever the data holds, and stays the same JSON', () => {
    const value = { name: '</script><script>alert(1)</script> <!-- & \u2028' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
