import { beforeAll, describe, expect, it } from 'vitest';
import {
  DATAPACKAGE_PROFILE,
  dataPackage,
  tableField,
  tableSchema,
  tableSchemaPattern,
} from '../../../../src/lib/publish/catalogue/datapackage.ts';
import { DATASET_LINKS } from '../../../../src/lib/model/links.ts';
import type { CatalogueInput } from '../../../../src/lib/model/publication.ts';
import { DATASETS, datasetSpec } from '../../../../src/lib/model/dictionary.ts';
import { dataPackageErrors } from '../../../helpers/catalogue-validators.ts';
import { fileText, publishedFiles, TEST_SITE_URL } from '../../../helpers/published-files.ts';
import { RELEASE } from '../../../helpers/content-release.ts';
import { vnDate } from '../../../../src/lib/model/publication.ts';
import type { ManifestEntry } from '../../../../src/lib/model/manifest.ts';

type Json = Record<string, any>;

let input: CatalogueInput;
let published: Json;

beforeAll(async () => {
  const { output, files } = await publishedFiles();
  const manifest = JSON.parse(fileText(files, 'manifest.json')) as { files: ManifestEntry[] };
  input = {
    release: RELEASE,
    siteUrl: TEST_SITE_URL,
    plan: output.plan,
    files: manifest.files,
    tables: output.tables,
  };
  published = JSON.parse(fileText(files, 'datapackage.json')) as Json;
});

describe('datapackage.json', () => {
  it('is what dataPackage() builds from the published files', () => {
    expect(published).toEqual(dataPackage(input));
  });

  it('validates against the official Data Package 2.0 profile', () => {
    expect(published.$schema).toBe(DATAPACKAGE_PROFILE);
    expect(dataPackageErrors(published)).toEqual([]);
  });

  it('describes the package: version and date of the release, licence, citation, source with its checksum', () => {
    expect(published).toMatchObject({
      name: 'dong-thap-chuyen-doi-so',
      version: RELEASE.version,
      created: `${RELEASE.date}T00:00:00+07:00`,
      homepage: `${TEST_SITE_URL}du-lieu/`,
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    expect(published.citation).toMatch(
      /^Nguồn: Ủy ban nhân dân tỉnh Đồng Tháp, Kế hoạch thực hiện Nghị quyết 04-NQ\/TU về chuyển đổi số \(2022\); /,
    );
    expect(published.citation).toContain(`phiên bản ${RELEASE.version} (${vnDate(RELEASE.date)})`);
    expect(published.description).toContain(published.citation);
    // The plan's number and day are blank in the source: said, not invented.
    expect(published.description).toContain('để trống số và ngày');
    expect(published.sources[0]).toMatchObject({ path: 'source.txt', hash: `sha256:${input.plan.source.sha256}` });
  });

  it('has one table resource per dataset, with the CSV file’s size and hash and the CSV dialect', () => {
    const tables = published.resources.filter((r: Json) => r.type === 'table');
    expect(tables.map((r: Json) => r.name)).toEqual(DATASETS.map((d) => d.name));
    for (const r of tables) {
      const f = input.files.find((x) => x.path === `${r.name}.csv`)!;
      expect(r).toMatchObject({
        path: f.path,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: f.bytes,
        hash: `sha256:${f.sha256}`,
      });
      expect(r.dialect).toEqual({ header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true });
    }
    expect(published.resources.map((r: Json) => r.path)).toContain('plan.json');
  });
});

describe('tableSchema', () => {
  it('takes every column from the dictionary: type, Vietnamese title, description, constraints, an example', () => {
    const schema = tableSchema(datasetSpec('tasks'), input);
    const fields = schema.fields as Json[];
    expect(fields.map((f) => f.name)).toEqual(datasetSpec('tasks').columns.map((c) => c.name));
    expect(fields.find((f) => f.name === 'id')).toMatchObject({
      type: 'string',
      title: 'Mã nhiệm vụ',
      example: 'I.1.1',
      constraints: { required: true, unique: true, pattern: '[A-Za-z0-9]+([.-][A-Za-z0-9]+)*' },
    });
    expect(fields.find((f) => f.name === 'timeframe_kind')!.constraints.enum).toEqual(['annual', 'year', 'year_range', 'quarter']);
    expect(fields.find((f) => f.name === 'start_year')).toMatchObject({ type: 'integer', example: '2022' });
    expect(fields.find((f) => f.name === 'note_text')!.constraints).toBeUndefined();
    expect(schema.missingValues).toEqual(['']);
    expect(schema.primaryKey).toEqual(['id']);
  });

  it('types dates as date and numbers as number', () => {
    const docs = tableSchema(datasetSpec('legal_documents'), input).fields as Json[];
    expect(docs.find((f) => f.name === 'issued_date')!.type).toBe('date');
    const targets = tableSchema(datasetSpec('targets'), input).fields as Json[];
    expect(targets.find((f) => f.name === 'value')!.type).toBe('number');
  });

  it('publishes list columns as ";"-joined strings, keeping delimiter and itemType', () => {
    const f = (tableSchema(datasetSpec('tasks'), input).fields as Json[]).find((x) => x.name === 'lead_agency_ids')!;
    expect(f).toMatchObject({
      type: 'string',
      delimiter: ';',
      itemType: 'string',
      constraints: { required: true, pattern: '[^;]+(;[^;]+)*' },
    });
  });

  it('would use the v2 list type, but the published 2.0 profile rejects it (so the default is string)', () => {
    const asList = dataPackage(input, { listFieldType: 'list' });
    const errors = dataPackageErrors(asList);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.instancePath.includes('/schema/fields/') && e.keyword === 'oneOf')).toBe(true);
    // Nothing else differs: the string variant is valid.
    expect(dataPackageErrors(dataPackage(input))).toEqual([]);
  });

  it('mirrors every link between datasets as a foreign key (list columns in x-listForeignKeys)', () => {
    const got: string[] = [];
    for (const spec of DATASETS) {
      const s = tableSchema(spec, input) as { foreignKeys?: Json[]; 'x-listForeignKeys'?: Json[] };
      for (const fk of [...(s.foreignKeys ?? []), ...(s['x-listForeignKeys'] ?? [])]) {
        got.push(`${spec.name}.${fk.fields[0]}->${fk.reference.resource ?? spec.name}.${fk.reference.fields[0]}`);
      }
    }
    expect(got.sort()).toEqual(DATASET_LINKS.map((l) => `${l.table}.${l.column}->${l.target}.id`).sort());
    const tasks = tableSchema(datasetSpec('tasks'), input) as Json;
    expect(tasks.foreignKeys).toEqual([
      { fields: ['group_id'], reference: { resource: 'groups', fields: ['id'] } },
      { fields: ['subgroup_id'], reference: { resource: 'groups', fields: ['id'] } },
      { fields: ['status_reported_by'], reference: { resource: 'bodies', fields: ['id'] } },
    ]);
    // A self-reference names no resource.
    expect((tableSchema(datasetSpec('plan_sections'), input) as Json).foreignKeys).toEqual([
      { fields: ['parent_id'], reference: { fields: ['id'] } },
    ]);
  });

  it('publishes a key with an optional column as a unique key (primary key fields may not be missing)', () => {
    const refs = tableSchema(datasetSpec('task_legal_references'), input) as Json;
    expect(refs.primaryKey).toBeUndefined();
    expect(refs.uniqueKeys).toEqual([['task_id', 'legal_document_id', 'clause', 'cited_in']]);
    expect((tableSchema(datasetSpec('section_legal_references'), input) as Json).uniqueKeys).toBeDefined();
    // A curated value or finding has no reporting body: the key's reported_by is empty on those rows.
    expect((tableSchema(datasetSpec('progress'), input) as Json).uniqueKeys).toEqual([['indicator_id', 'year', 'basis', 'reported_by']]);
    expect((tableSchema(datasetSpec('task_status'), input) as Json).uniqueKeys).toEqual([['task_id', 'as_of', 'reported_by']]);
    expect((tableSchema(datasetSpec('tasks'), input) as Json).primaryKey).toEqual(['id']);
  });
});

describe('tableSchemaPattern', () => {
  it('turns JavaScript patterns into whole-value Table Schema patterns', () => {
    expect(tableSchemaPattern('^[a-z0-9]+(-[a-z0-9]+)*$')).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(tableSchemaPattern('^https://')).toBe('https://.*');
    expect(tableSchemaPattern('^(preamble|closing|[IVX]+(\\.[0-9a-z]+)*)$')).toBe('(preamble|closing|[IVX]+(\\.[0-9a-z]+)*)');
    expect(tableSchemaPattern('^a|b$')).toBe('(a|b)');
    expect(tableSchemaPattern('x')).toBe('.*x.*');
  });

  it('keeps what each dictionary pattern accepts', () => {
    for (const c of DATASETS.flatMap((d) => d.columns).filter((x) => x.pattern)) {
      const js = new RegExp(c.pattern!);
      const ts = new RegExp(`^(?:${tableSchemaPattern(c.pattern!)})$`);
      for (const sample of ['I.4.6', 'so-tttt', 'III.5.a', 'preamble', 'https://dti.gov.vn/x', 'http://x', 'a b', '']) {
        expect(ts.test(sample), `${c.name}: ${sample}`).toBe(js.test(sample));
      }
    }
  });

  it('leaves a field without constraints or example bare', () => {
    expect(tableField({ name: 'x', type: 'string', title: 'X', description: 'd', required: false }, null)).toEqual({
      name: 'x',
      type: 'string',
      title: 'X',
      description: 'd',
    });
  });
});
