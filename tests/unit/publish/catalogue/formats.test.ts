/** data.json (Project Open Data 1.1), the CKAN package files and the README inside the zip. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ckanName, ckanTag } from '../../../../src/lib/publish/catalogue/ckan.ts';
import { markdownText, readmeVi } from '../../../../src/lib/publish/catalogue/readme.ts';
import { DATASETS } from '../../../../src/lib/model/dictionary.ts';
import { readZip } from '../../../helpers/unzip.ts';
import { fileBytes, fileText, publishedFiles, TEST_SITE_URL, type PublishedFiles } from '../../../helpers/published-files.ts';
import { scratch } from '../../../helpers/cli.ts';
import { RELEASE } from '../../../helpers/content-release.ts';
import type { ManifestEntry } from '../../../../src/lib/model/manifest.ts';

type Json = Record<string, any>;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const SITE = TEST_SITE_URL;
let files: PublishedFiles['files'];
let output: PublishedFiles['output'];
let manifestFiles: ManifestEntry[];

beforeAll(async () => {
  ({ files, output } = await publishedFiles());
  manifestFiles = (JSON.parse(fileText(files, 'manifest.json')) as { files: ManifestEntry[] }).files;
});

describe('data.json (Project Open Data v1.1)', () => {
  let pod: Json;
  beforeAll(() => {
    pod = JSON.parse(fileText(files, 'data.json')) as Json;
  });

  it('declares the schema it follows', () => {
    expect(pod.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    expect(pod.describedBy).toBe('https://project-open-data.cio.gov/v1.1/schema/catalog.json');
  });

  it('gives every dataset the POD fields that apply outside the US federal government', () => {
    expect(pod.dataset).toHaveLength(DATASETS.length + 1);
    for (const d of pod.dataset as Json[]) {
      for (const k of [
        'title',
        'description',
        'keyword',
        'modified',
        'publisher',
        'contactPoint',
        'identifier',
        'accessLevel',
        'license',
        'spatial',
        'temporal',
        'distribution',
      ]) {
        expect(d[k], `${d.title}: ${k}`).toBeDefined();
      }
      expect(d).toMatchObject({
        accessLevel: 'public',
        modified: RELEASE.date,
        temporal: '2022-01-01/2030-12-31',
        license: 'https://creativecommons.org/licenses/by/4.0/',
      });
      expect(d.contactPoint).toEqual({ '@type': 'vcard:Contact', fn: 'Ủy ban nhân dân tỉnh Đồng Tháp' });
      // US-only fields are left out (docs/catalogue.md).
      for (const k of ['bureauCode', 'programCode', 'primaryITInvestmentUII', 'systemOfRecords']) expect(d[k]).toBeUndefined();
      for (const x of d.distribution as Json[]) {
        expect(x.downloadURL.startsWith(`${SITE}data/`)).toBe(true);
        expect(x.mediaType).toMatch(
          /^(text\/csv|application\/json|application\/zip|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)$/,
        );
        expect(x.format).toBeTruthy();
        expect(x.title).toBeTruthy();
      }
    }
    expect(pod.dataset[3].distribution.map((x: Json) => x.downloadURL)).toEqual([
      `${SITE}data/tasks.csv`,
      `${SITE}data/tasks.excel.csv`,
      `${SITE}data/tasks.json`,
      `${SITE}data/tasks.xlsx`,
    ]);
  });
});

describe('<dataset>.ckan.json', () => {
  it('is a package_show response per dataset, with the files, sizes and hashes', () => {
    for (const spec of DATASETS) {
      const p = JSON.parse(fileText(files, `${spec.name}.ckan.json`)) as Json;
      expect(p.success).toBe(true);
      expect(p.result).toMatchObject({
        id: ckanName(spec.name),
        name: ckanName(spec.name),
        title: spec.title,
        license_id: 'cc-by',
        license_url: 'https://creativecommons.org/licenses/by/4.0/',
        version: RELEASE.version,
        url: `${SITE}du-lieu/${spec.name.replace(/_/g, '-')}/`,
        owner_org: 'uy-ban-nhan-dan-tinh-dong-thap',
        organization: { name: 'uy-ban-nhan-dan-tinh-dong-thap', title: 'Ủy ban nhân dân tỉnh Đồng Tháp' },
        maintainer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
      });
      expect(p.result.name).toMatch(/^[a-z0-9_-]{2,100}$/);
      expect((p.result.resources as Json[]).map((r) => r.url)).toEqual(
        ['csv', 'excel.csv', 'json', 'xlsx'].map((ext) => `${SITE}data/${spec.name}.${ext}`),
      );
      for (const r of p.result.resources as Json[]) {
        const f = manifestFiles.find((x) => `${SITE}data/${x.path}` === r.url)!;
        expect(r).toMatchObject({ size: f.bytes, hash: `sha256:${f.sha256}`, mimetype: f.media_type });
      }
      for (const t of p.result.tags as Json[]) expect(t.name).toMatch(/^[\p{L}\p{N} _.-]+$/u);
      expect(p.result.notes).toContain('Khi sử dụng, xin ghi: Nguồn: Ủy ban nhân dân tỉnh Đồng Tháp');
    }
  });

  it('describes the whole collection in all.ckan.json: the zip, datapackage.json and the workbook', () => {
    const p = JSON.parse(fileText(files, 'all.ckan.json')) as Json;
    expect(p.result).toMatchObject({
      id: 'dong-thap-chuyen-doi-so-all',
      license_id: 'cc-by',
      owner_org: 'uy-ban-nhan-dan-tinh-dong-thap',
      url: `${SITE}du-lieu/`,
    });
    expect((p.result.resources as Json[]).map((r) => [r.url, r.format])).toEqual([
      [`${SITE}data/all-data.zip`, 'ZIP'],
      [`${SITE}data/datapackage.json`, 'JSON'],
      [`${SITE}data/all-data.xlsx`, 'XLSX'],
    ]);
    expect((p.result.resources as Json[])[0]!.hash).toBe(`sha256:${sha(fileBytes(files, 'all-data.zip'))}`);
  });

  it('makes keywords valid CKAN tags', () => {
    expect(ckanTag('Nghị quyết 04-NQ/TU')).toBe('Nghị quyết 04-NQ-TU');
    expect(ckanTag('chuyển đổi số')).toBe('chuyển đổi số');
  });
});

describe('manifest.json and SHA256SUMS in the zip', () => {
  it('lists every data file with its size, hash and rows, and a checksum line for every other entry', () => {
    const zip = readZip(fileBytes(files, 'all-data.zip'));
    const root = `dong-thap-chuyen-doi-so-${RELEASE.version}/`;
    const inner = JSON.parse(new TextDecoder().decode(zip.get(`${root}manifest.json`))) as { files: ManifestEntry[]; release: Json };
    expect(inner.files).toEqual(manifestFiles);
    expect(inner.release).toEqual({ version: RELEASE.version, date: RELEASE.date });
    const sums = new TextDecoder()
      .decode(zip.get(`${root}SHA256SUMS`))
      .trimEnd()
      .split('\n');
    const others = [...zip.keys()]
      .filter((k) => k !== `${root}SHA256SUMS`)
      .map((k) => k.slice(root.length))
      .sort();
    expect(sums.map((l) => l.split('  ')[1])).toEqual(others);
    for (const l of sums) {
      const [hash, name] = l.split('  ');
      expect(sha(zip.get(`${root}${name}`)!), name).toBe(hash);
    }
  });

  it('is accepted by sha256sum -c in the unpacked folder', () => {
    const dir = scratch('dt-zip-');
    const zip = readZip(fileBytes(files, 'all-data.zip'));
    for (const [path, bytes] of zip) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const r = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], {
      cwd: join(dir, `dong-thap-chuyen-doi-so-${RELEASE.version}`),
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .every((l) => l.endsWith(': OK')),
    ).toBe(true);
  });
});

describe('README.vi.md in the zip', () => {
  it('says in Vietnamese what each dataset and column is, with the licence and the citation', () => {
    const zip = readZip(fileBytes(files, 'all-data.zip'));
    const readme = new TextDecoder().decode(zip.get(`dong-thap-chuyen-doi-so-${RELEASE.version}/README.vi.md`));
    expect(readme).toContain('Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)');
    expect(readme).toContain('> Nguồn: Ủy ban nhân dân tỉnh Đồng Tháp, Kế hoạch thực hiện Nghị quyết 04-NQ/TU về chuyển đổi số (2022)');
    expect(readme).toContain(`phiên bản ${RELEASE.version}`);
    for (const spec of DATASETS) {
      expect(readme).toContain(`### \`${spec.name}\` — ${spec.title}`);
      for (const c of spec.columns) expect(readme).toContain(`| \`${c.name}\` | ${c.title.replace(/\|/g, '\\|')} |`);
    }
    expect(readme).toContain(`${SITE}data/catalog.jsonld`);
    expect(readme).toContain('để trống số và ngày');
  });
});

/**
 * Markdown to HTML as GitHub renders it (CommonMark with its tables, strikethrough, autolinks), letting
 * raw HTML and any link protocol through, so that markup the text made would show in the result.
 */
const render = (md: string) =>
  micromark(md, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('markdownText (editors’ text in the README)', () => {
  it('renders as the text itself, whatever markup it holds', () => {
    const lines = [
      '<img src=x onerror=alert(1)> [x](javascript:alert(1)) # heading',
      '# heading',
      '- item',
      '+ item',
      '* item',
      '2025. item',
      '3) item',
      '> quote',
      '===',
      '---',
      '| a | b |',
      '|---|---|',
      '~~~',
      '```js',
      '`code` *em* _em_ **bold** ~~del~~ $x$ &amp; &#60;b> <b>b</b> ![i](/i.png) [^1] \\',
      '<script>alert(1)</script>',
      'https://example.com ±2,5 % (.xlsx) 04-NQ/TU: "Kèm theo"',
    ];
    const html = render(markdownText(lines.join('\n')));
    // Only a bare address becomes a link, as GitHub makes it one: to the address the text shows.
    expect(html).toBe(
      `<p>${escapeHtml(lines.join('\n'))}</p>`.replace('https://example.com', '<a href="https://example.com">https://example.com</a>'),
    );
  });

  it('drops the leading spaces that would make a code block, and keeps paragraphs', () => {
    expect(render(markdownText('    indented\n\n  second paragraph'))).toBe('<p>indented</p>\n<p>second paragraph</p>');
  });

  it('shows every committed note as its own text when the README is rendered', () => {
    const release = RELEASE;
    const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const note of [release.notes, release.plan.note, ...release.history.map((h) => h.notes)]) {
      expect(render(markdownText(note))).toBe(`<p>${html(note)}</p>`);
    }
  });
});

describe('README.vi.md with a hostile release note', () => {
  it('shows the note as text, no image, link or heading', () => {
    const release = RELEASE;
    const note = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) # heading';
    const manifest = JSON.parse(fileText(files, 'manifest.json')) as { files: ManifestEntry[] };
    const readme = readmeVi({
      release: { ...release, notes: note },
      siteUrl: SITE,
      plan: output.plan,
      files: manifest.files,
      tables: output.tables,
    });
    const html = render(readme);
    expect(html).toContain(`<p>${escapeHtml(note)}</p>`);
    expect(html).not.toMatch(/<img|javascript:alert\(1\)"|<h1>heading/);
  });
});
