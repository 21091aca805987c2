/**
 * The catalogue as built and published in dist/: the Data Package validates against the official
 * profile and every CSV against its own schema; the DCAT catalogue conforms to the DCAT-AP 3 shapes
 * (and the gate fails on a broken copy); every URL a catalogue gives is a file in dist/ with the
 * stated size and hash; the zip holds what it claims; the dataset pages carry the dictionary, the
 * preview, schema.org and Dublin Core. Offline throughout. (Two data builds giving the same bytes, and a
 * bad release stopping one: tests/data-stage/catalogue-builds.test.ts.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { checkPackage, type PackageLike } from '../helpers/table-check.ts';
import { previewRows } from '../../src/lib/view/catalogue-pages.ts';
import { readZip } from '../helpers/unzip.ts';
import { DATASETS } from '../../src/lib/model/dictionary.ts';
import { dataPackageErrors, shaclValidate } from '../helpers/catalogue-validators.ts';
import { BASE, DIST, DIST_BASE } from '../helpers/built-site.ts';
import type { Row } from '../../src/lib/model/records.ts';

type Json = Record<string, any>;

// CATALOG_TEST_DIST lets a helper check its own build without touching the shared dist/.
const dist = process.env.CATALOG_TEST_DIST ?? DIST;
const data = join(dist, 'data');
const bytes = (path: string) => readFileSync(join(data, path));
const json = (path: string) => JSON.parse(bytes(path).toString('utf8')) as Json;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const manifest = json('manifest.json');
const siteUrl = manifest.site_url as string;

/** A public URL under SITE_URL → the file in dist/ that will be served for it. */
function distFile(url: string): string {
  expect(url.startsWith(siteUrl), url).toBe(true);
  const path = decodeURIComponent(url.slice(siteUrl.length).replace(/#.*$/, ''));
  return join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

describe('datapackage.json in dist/data', () => {
  it('validates against the Data Package 2.0 JSON Schema: 0 errors', () => {
    expect(dataPackageErrors(json('datapackage.json'))).toEqual([]);
  });

  it('every CSV satisfies its own Table Schema (types, required, unique, enum, pattern, keys, links), with the stated size and hash', () => {
    expect(checkPackage(json('datapackage.json') as PackageLike, (p) => bytes(p))).toEqual([]);
  });
});

describe('catalog.jsonld in dist/data', () => {
  it('conforms to the DCAT-AP 3.0 SHACL shapes: 0 violations', async () => {
    const report = await shaclValidate(json('catalog.jsonld'));
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('fails the gate once a distribution loses its accessURL', async () => {
    const broken = json('catalog.jsonld');
    delete broken['dcat:dataset'][5]['dcat:distribution'][1]['dcat:accessURL'];
    const report = await shaclValidate(broken);
    expect(report.conforms).toBe(false);
    expect(report.results.map((r) => r.path)).toEqual(['http://www.w3.org/ns/dcat#accessURL']);
  });
});

describe('every URL in the catalogues is a published file with the stated size and hash', () => {
  it('DCAT distributions and landing pages', () => {
    let checked = 0;
    for (const d of json('catalog.jsonld')['dcat:dataset'] as Json[]) {
      expect(existsSync(distFile(d['dcat:landingPage']['@id'])), d['dcat:landingPage']['@id']).toBe(true);
      for (const x of d['dcat:distribution'] as Json[]) {
        for (const key of ['dcat:accessURL', 'dcat:downloadURL']) {
          const file = readFileSync(distFile(x[key]['@id']));
          expect(file.length, x[key]['@id']).toBe(Number(x['dcat:byteSize']));
          expect(sha(file), x[key]['@id']).toBe(x['spdx:checksum']['spdx:checksumValue']);
          checked++;
        }
      }
    }
    // accessURL and downloadURL of: zip, datapackage and workbook; CSV, Excel CSV, JSON and XLSX per dataset.
    expect(checked).toBe(2 * (3 + 4 * DATASETS.length));
  });

  it('Project Open Data and CKAN downloads, and the manifest’s catalogue entries', () => {
    for (const d of json('data.json').dataset as Json[]) {
      expect(existsSync(distFile(d.landingPage))).toBe(true);
      expect(existsSync(distFile(d.describedBy))).toBe(true);
      for (const x of d.distribution as Json[]) expect(existsSync(distFile(x.downloadURL)), x.downloadURL).toBe(true);
    }
    for (const spec of DATASETS) {
      for (const r of json(`${spec.name}.ckan.json`).result.resources as Json[]) {
        const file = readFileSync(distFile(r.url));
        expect(file.length).toBe(r.size);
        expect(`sha256:${sha(file)}`).toBe(r.hash);
      }
    }
    for (const c of manifest.catalogue as Json[]) {
      expect(bytes(c.path).length, c.path).toBe(c.bytes);
      expect(sha(bytes(c.path)), c.path).toBe(c.sha256);
    }
  });
});

describe('all-data.zip', () => {
  it('holds exactly the files the manifest lists for it, each identical to the published file', () => {
    const entry = (manifest.catalogue as Json[]).find((c) => c.format === 'zip')!;
    const zip = readZip(bytes('all-data.zip'));
    const root = `dong-thap-chuyen-doi-so-${manifest.release.version}/`;
    expect([...zip.keys()]).toEqual((entry.contents as Json[]).map((c) => c.path));
    for (const c of entry.contents as Json[]) {
      const content = zip.get(c.path)!;
      expect(content.length, c.path).toBe(c.bytes);
      expect(sha(content), c.path).toBe(c.sha256);
      const name = c.path.slice(root.length);
      // The zip's own files: its README, its checksum list, and the data part of the manifest
      // (the published manifest.json also lists the zip, so it cannot be inside it).
      if (!['README.vi.md', 'SHA256SUMS', 'manifest.json'].includes(name))
        expect(Buffer.from(content).equals(bytes(name)), name).toBe(true);
    }
    const inner = JSON.parse(Buffer.from(zip.get(`${root}manifest.json`)!).toString('utf8')) as Json;
    expect(inner.files).toEqual(manifest.files);
    const names = [...zip.keys()].map((k) => k.slice(root.length));
    const expected = [
      ...(manifest.files as Json[]).map((f) => f.path),
      'datapackage.json',
      'README.vi.md',
      'manifest.json',
      'SHA256SUMS',
    ].sort();
    expect(names).toEqual(expected);
  });
});

// --- the pages -----------------------------------------------------------------------------------

interface El {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  value?: string;
}
const walk = (n: El, out: El[] = []): El[] => {
  out.push(n);
  for (const c of n.childNodes ?? []) walk(c, out);
  return out;
};
const attr = (n: El, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const text = (n: El): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(text).join(''));
const page = (dir: string, path: string) => walk(parse(readFileSync(join(dir, path, 'index.html'), 'utf8')) as unknown as El);
const slug = (name: string) => name.replace(/_/g, '-');

describe('/du-lieu/', () => {
  it('shows the zip with its size and SHA-256 first, and links the catalogues and every dataset page', () => {
    const html = readFileSync(join(dist, 'du-lieu', 'index.html'), 'utf8');
    const zip = (manifest.catalogue as Json[]).find((c) => c.format === 'zip')!;
    expect(html).toContain(zip.sha256);
    expect(html.indexOf('all-data.zip')).toBeLessThan(html.indexOf('id="bo-du-lieu"'));
    const hrefs = page(dist, 'du-lieu')
      .filter((n) => n.nodeName === 'a')
      .map((n) => attr(n, 'href'));
    for (const f of ['datapackage.json', 'catalog.jsonld', 'data.json', 'all-data.zip']) expect(hrefs).toContain(`/data/${f}`);
    for (const spec of DATASETS) expect(hrefs).toContain(`/du-lieu/${slug(spec.name)}/`);
  });
});

describe('/du-lieu/<dataset>/', () => {
  it.each(DATASETS.map((d) => [d.name, d] as const))(
    '%s: dictionary, preview of the CSV, downloads, citation, code, schema.org and Dublin Core',
    (name, spec) => {
      const nodes = page(dist, `du-lieu/${slug(name)}`);
      // The dictionary: one row per column.
      const dictionary = nodes.find((n) => n.nodeName === 'table' && (attr(n, 'class') ?? '').includes('cat-dictionary'))!;
      const dictRows = walk(dictionary)
        .filter((n) => n.nodeName === 'tr')
        .slice(1);
      expect(dictRows.map((r) => text(walk(r).find((c) => c.nodeName === 'th')!))).toEqual(spec.columns.map((c) => c.name));
      // The preview: the first rows of the published CSV.
      const preview = nodes.find((n) => n.nodeName === 'table' && attr(n, 'class') === 'cat-preview')!;
      const shown = walk(preview)
        .filter((n) => n.nodeName === 'tr')
        .slice(1)
        .map((r) =>
          walk(r)
            .filter((c) => c.nodeName === 'td')
            .map(text),
        );
      const csv = Papa.parse<Row>(bytes(`${name}.csv`).toString('utf8'), { header: true, skipEmptyLines: true }).data;
      expect(shown).toEqual(previewRows(spec, csv, 10, 100));
      // Downloads and the machine descriptions.
      const hrefs = nodes.filter((n) => n.nodeName === 'a').map((n) => attr(n, 'href'));
      for (const f of [`${name}.csv`, `${name}.excel.csv`, `${name}.json`, `${name}.ckan.json`]) expect(hrefs).toContain(`/data/${f}`);
      const body = text(nodes[0]!);
      expect(body).toContain(
        `dữ liệu: Chuyển đổi số Đồng Tháp, bộ dữ liệu “${spec.title}” (${name}), phiên bản ${manifest.release.version}`,
      );
      expect(body).toContain(`curl -O ${siteUrl}data/${name}.csv`);
      // schema.org, parsed as a browser would read it, pointing at real files.
      const scripts = nodes.filter((n) => n.nodeName === 'script' && attr(n, 'type') === 'application/ld+json');
      expect(scripts).toHaveLength(1);
      const raw = text(scripts[0]!);
      expect(raw).not.toMatch(/<\/script/i);
      const ld = JSON.parse(raw) as Json;
      expect(ld).toMatchObject({ '@type': 'Dataset', name: spec.title, url: `${siteUrl}du-lieu/${slug(name)}/`, inLanguage: 'vi' });
      for (const d of ld.distribution as Json[]) expect(existsSync(distFile(d.contentUrl)), d.contentUrl).toBe(true);
      expect(ld.variableMeasured).toHaveLength(spec.columns.length);
      // Dublin Core in the head.
      const dc = new Map(
        nodes
          .filter((n) => n.nodeName === 'meta' && attr(n, 'name')?.startsWith('DC.'))
          .map((n) => [attr(n, 'name')!, attr(n, 'content')!]),
      );
      for (const k of ['DC.title', 'DC.creator', 'DC.publisher', 'DC.language', 'DC.date', 'DC.rights', 'DC.identifier', 'DC.format'])
        expect(dc.get(k), k).toBeTruthy();
      expect(dc.get('DC.identifier')).toBe(`${siteUrl}du-lieu/${slug(name)}/`);
    },
  );

  it('links downloads under the portal base path', () => {
    // The base build is made by the global setup: a missing one fails here rather than passing unseen.
    expect(existsSync(join(DIST_BASE, 'du-lieu', 'tasks', 'index.html'))).toBe(true);
    const hrefs = page(DIST_BASE, 'du-lieu/tasks')
      .filter((n) => n.nodeName === 'a')
      .map((n) => attr(n, 'href') ?? '');
    expect(hrefs).toContain(`${BASE}data/tasks.csv`);
    expect(hrefs).toContain(`${BASE}du-lieu/`);
  });
});
