import { beforeAll, describe, expect, it } from 'vitest';
import { DCAT_CONTEXT } from '../../../../src/lib/publish/catalogue/dcat.ts';
import { DATASETS } from '../../../../src/lib/model/dictionary.ts';
import { shaclValidate } from '../../../helpers/catalogue-validators.ts';
import { fileText, publishedFiles, TEST_SITE_URL } from '../../../helpers/published-files.ts';
import { RELEASE } from '../../../helpers/content-release.ts';

type Json = Record<string, any>;
const SITE = TEST_SITE_URL;
let catalog: Json;

beforeAll(async () => {
  catalog = JSON.parse(fileText((await publishedFiles()).files, 'catalog.jsonld')) as Json;
});

const datasets = () => catalog['dcat:dataset'] as Json[];
const SH = 'http://www.w3.org/ns/shacl#';

describe('catalog.jsonld', () => {
  it('has an inline context and no remote one', () => {
    expect(catalog['@context']).toEqual(DCAT_CONTEXT);
    expect(JSON.stringify(catalog['@context'])).not.toMatch(/"https?:\/\/[^"]*\.jsonld?"/);
  });

  it('conforms to the DCAT-AP 3.0 SHACL shapes: 0 violations', async () => {
    const report = await shaclValidate(catalog);
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(report.quads).toBeGreaterThan(1000);
  });

  it('lists the whole collection and every dataset, each with its files, licence, checksum and size', () => {
    expect(datasets().map((d) => d['dct:identifier'])).toEqual([
      `${SITE}du-lieu/#toan-bo`,
      ...DATASETS.map((d) => `${SITE}du-lieu/${d.name.replace(/_/g, '-')}/`),
    ]);
    const tasks = datasets().find((d) => d['dct:title'] === 'Nhiệm vụ trọng tâm')!;
    expect(tasks).toMatchObject({
      'dct:issued': RELEASE.date,
      'dct:modified': RELEASE.date,
      'dcat:version': RELEASE.version,
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/VIE' },
      'dct:temporal': { 'dcat:startDate': '2022-01-01', 'dcat:endDate': '2030-12-31' },
      'dcat:contactPoint': { '@type': 'vcard:Kind', 'vcard:fn': 'Ủy ban nhân dân tỉnh Đồng Tháp', 'vcard:hasURL': `${SITE}gioi-thieu/` },
    });
    expect(tasks['dct:description']).toContain(`phiên bản ${RELEASE.version}`);
    const csv = (tasks['dcat:distribution'] as Json[])[0]!;
    expect(csv).toMatchObject({
      'dcat:accessURL': { '@id': `${SITE}data/tasks.csv` },
      'dcat:downloadURL': { '@id': `${SITE}data/tasks.csv` },
      'dcat:mediaType': { '@id': 'http://www.iana.org/assignments/media-types/text/csv' },
      'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
      'dct:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
      'spdx:checksum': { 'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' } },
    });
    expect(csv['dcat:byteSize']).toMatch(/^\d+$/);
    expect(csv['spdx:checksum']['spdx:checksumValue']).toMatch(/^[0-9a-f]{64}$/);
    for (const d of datasets().slice(1))
      expect((d['dcat:distribution'] as Json[]).map((x) => x['dct:format']['@id'].split('/').at(-1))).toEqual([
        'CSV',
        'CSV',
        'JSON',
        'XLSX',
      ]);
    expect((datasets()[0]!['dcat:distribution'] as Json[]).map((x) => x['dcat:downloadURL']['@id'])).toEqual([
      `${SITE}data/all-data.zip`,
      `${SITE}data/datapackage.json`,
      `${SITE}data/all-data.xlsx`,
    ]);
  });

  it('invents no e-mail address and no place identifier', () => {
    const text = JSON.stringify(catalog);
    expect(text).not.toMatch(/hasEmail|mailto:|@[a-z0-9-]+\.(vn|com)/i);
    expect(datasets()[1]!['dct:spatial']).toEqual({
      '@type': 'dct:Location',
      'skos:prefLabel': 'Tỉnh Đồng Tháp (địa giới hành chính năm 2022)',
    });
  });
});

describe('the SHACL gate fails on broken copies', () => {
  const violations = async (edit: (c: Json) => void) => {
    const copy = structuredClone(catalog);
    edit(copy);
    const report = await shaclValidate(copy);
    expect(report.conforms).toBe(false);
    return report.results;
  };

  it('a distribution without accessURL', async () => {
    const results = await violations((c) => delete c['dcat:dataset'][1]['dcat:distribution'][0]['dcat:accessURL']);
    expect(results).toEqual([
      expect.objectContaining({
        path: 'http://www.w3.org/ns/dcat#accessURL',
        constraint: `${SH}MinCountConstraintComponent`,
        focusNode: `${SITE}du-lieu/plan-sections/#csv`,
      }),
    ]);
  });

  it('a dataset without description', async () => {
    const results = await violations((c) => delete c['dcat:dataset'][3]['dct:description']);
    expect(results).toEqual([
      expect.objectContaining({ path: 'http://purl.org/dc/terms/description', constraint: `${SH}MinCountConstraintComponent` }),
    ]);
  });

  it('a byte size that is not a non-negative integer, and an untyped licence', async () => {
    const results = await violations((c) => {
      const d = c['dcat:dataset'][2]['dcat:distribution'][0];
      d['dcat:byteSize'] = { '@value': '12.5', '@type': 'xsd:decimal' };
      d['dct:license'] = { '@id': 'https://creativecommons.org/licenses/by/4.0/' };
      for (const x of c['dcat:dataset'] as Json[])
        for (const y of x['dcat:distribution'] as Json[]) y['dct:license'] = { '@id': y['dct:license']['@id'] };
      delete c['dct:license'];
    });
    const constraints = new Set(results.map((r) => `${r.path?.split(/[#/]/).at(-1)} ${r.constraint?.split('#')[1]}`));
    expect(constraints).toEqual(new Set(['byteSize DatatypeConstraintComponent', 'license ClassConstraintComponent']));
  });

  it('a catalogue without publisher', async () => {
    const results = await violations((c) => delete c['dct:publisher']);
    expect(results.map((r) => r.path)).toEqual(['http://purl.org/dc/terms/publisher']);
  });
});
