/**
 * The catalogue files, built after the data files so every size and hash is of the final bytes:
 * datapackage.json, the zip of everything (with a generated README.vi.md), catalog.jsonld (DCAT-AP),
 * data.json (Project Open Data) and one CKAN package file per dataset. Pure: files in, files out.
 */
import { sha256 } from '../../model/hash.ts';
import { DATASETS } from '../../model/dictionary.ts';
import { CATALOGUE_FILES, ckanFile, type CatalogueInput } from '../../model/publication.ts';
import { ckanCollectionPackage, renderCkan } from './ckan.ts';
import { renderDataPackage } from './datapackage.ts';
import { renderDcat } from './dcat.ts';
import { renderPod } from './pod.ts';
import { readmeVi } from './readme.ts';
import { buildZip } from './zip.ts';
import { WORKBOOK_FILE, XLSX_MEDIA_TYPE } from '../../model/file-names.ts';
import type { CatalogueEntry } from '../../model/manifest.ts';

const size = (c: string | Uint8Array) => (typeof c === 'string' ? Buffer.byteLength(c, 'utf8') : c.length);

/** The folder the zip unpacks into: the package name and the data version. */
export const zipRoot = (version: string): string => `dong-thap-chuyen-doi-so-${version}`;

/**
 * Builds the catalogue files. `data` holds the published data files by path (the contents behind
 * input.files), which go into the zip unchanged.
 */
export function renderCatalogue(
  input: CatalogueInput,
  data: ReadonlyMap<string, string | Uint8Array>,
  workbook?: Uint8Array,
): { files: Map<string, string | Uint8Array>; entries: CatalogueEntry[] } {
  const files = new Map<string, string | Uint8Array>();
  const entries: CatalogueEntry[] = [];
  const add = (
    path: string,
    format: CatalogueEntry['format'],
    media_type: string,
    content: string | Uint8Array,
    extra: Partial<CatalogueEntry> = {},
  ) => {
    files.set(path, content);
    const entry: CatalogueEntry = { path, format, media_type, bytes: size(content), sha256: sha256(content), ...extra };
    entries.push(entry);
    return entry;
  };

  const datapackage = add(CATALOGUE_FILES.datapackage, 'datapackage', 'application/json', renderDataPackage(input));

  const contents = [
    ...input.files.map((f) => {
      const content = data.get(f.path);
      if (content === undefined) throw new Error(`data file ${f.path} is in the manifest but was not rendered`);
      return { path: f.path, content };
    }),
    { path: CATALOGUE_FILES.datapackage, content: files.get(CATALOGUE_FILES.datapackage)! },
    { path: CATALOGUE_FILES.readme, content: readmeVi(input) },
    // The data files' sizes, hashes and rows (the site's manifest also lists the zip itself, so cannot be inside it).
    {
      path: 'manifest.json',
      content: `${JSON.stringify({ release: { version: input.release.version, date: input.release.date }, files: input.files }, null, 2)}\n`,
    },
  ];
  // `sha256sum -c SHA256SUMS` in the unpacked folder checks every other file.
  const sums = [...contents]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((e) => `${sha256(e.content)}  ${e.path}\n`)
    .join('');
  const zipped = [...contents, { path: 'SHA256SUMS', content: sums }];
  const root = zipRoot(input.release.version);
  const zip = add(CATALOGUE_FILES.zip, 'zip', 'application/zip', buildZip(zipped, input.release.date, root), {
    contents: zipped
      .map((e) => ({ path: `${root}/${e.path}`, bytes: size(e.content), sha256: sha256(e.content) }))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
  });

  // The workbook of every dataset is its own download (the zip already holds each dataset's .xlsx).
  const whole = { zip, datapackage, ...(workbook ? { workbook: add(WORKBOOK_FILE, 'workbook', XLSX_MEDIA_TYPE, workbook) } : {}) };
  add(CATALOGUE_FILES.dcat, 'dcat', 'application/ld+json', renderDcat(input, whole));
  add(CATALOGUE_FILES.pod, 'pod', 'application/json', renderPod(input, whole));
  for (const spec of DATASETS) add(ckanFile(spec.name), 'ckan', 'application/json', renderCkan(input, spec), { dataset: spec.name });
  add(ckanFile('all'), 'ckan', 'application/json', `${JSON.stringify(ckanCollectionPackage(input, whole), null, 2)}\n`);
  return { files, entries };
}
