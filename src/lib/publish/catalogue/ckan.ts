/**
 * data/<dataset>.ckan.json: each dataset as a CKAN API 3 `package_show` response, for portals built
 * on CKAN that import a package description (a static file: there is no API behind it).
 */
import type { DatasetSpec } from '../../model/dictionary.ts';
import {
  KEYWORDS,
  LICENSE,
  SITE_NAME,
  citation,
  dataFileUrl,
  datasetDistributions,
  datasetKeywords,
  datasetPageUrl,
  type CatalogueInput,
} from '../../model/publication.ts';
import { absolute } from '../../model/release.ts';
import { WORKBOOK_DESCRIPTION } from '../../model/file-names.ts';
import type { CatalogueEntry } from '../../model/manifest.ts';
import { asciiSlug, datasetSlug, paths } from '../../model/paths.ts';
import { FORMAT_LABEL as FORMAT_LABEL_VI } from '../../model/labels.ts';

type Json = Record<string, unknown>;

const FORMAT_LABEL = { csv: 'CSV', 'excel-csv': 'CSV', json: 'JSON', xlsx: 'XLSX' } as const;

/** CKAN tag names allow letters, digits, spaces, "-", "_" and "." only. */
export const ckanTag = (keyword: string): string => keyword.replace(/[^\p{L}\p{N} _.-]/gu, '-');

/** CKAN package names: lower-case ASCII, digits, "-" and "_", 2–100 characters. */
export const ckanName = (name: string): string => `dong-thap-chuyen-doi-so-${datasetSlug(name)}`;

/** CKAN's own licence id for CC BY 4.0 (CKAN's default licence list knows "cc-by", not the SPDX id). */
export const CKAN_LICENSE_ID = 'cc-by';

/** The CKAN organisation of the publisher: a stable ASCII name from the publisher's name. */
export function ckanOrganization(publisherName: string): { name: string; title: string } {
  return { name: asciiSlug(publisherName), title: publisherName };
}

/** One published file as a CKAN resource: its address, type, size and hash, with its name and description. */
function ckanResource(
  input: CatalogueInput,
  file: Pick<CatalogueEntry, 'path' | 'media_type' | 'bytes' | 'sha256'>,
  position: number,
  words: { name: string; description: string; format: string },
): Json {
  return {
    name: words.name,
    description: words.description,
    url: dataFileUrl(input.siteUrl, file.path),
    format: words.format,
    mimetype: file.media_type,
    size: file.bytes,
    hash: `sha256:${file.sha256}`,
    position,
    last_modified: `${input.release.date}T00:00:00`,
  };
}

/** The fields every package shares: id, licence, owner, maintainer, dates. */
function packageCommon(input: CatalogueInput, name: string): Json {
  const { release, plan } = input;
  const org = ckanOrganization(release.publisher.name);
  return {
    // A stable id: the package name (CKAN accepts any unique string; a UUID would change nothing here).
    id: name,
    name,
    version: release.version,
    type: 'dataset',
    state: 'active',
    private: false,
    author: plan.issuer,
    maintainer: release.publisher.name,
    ...(release.publisher.email ? { maintainer_email: release.publisher.email } : {}),
    organization: { name: org.name, title: org.title, type: 'organization', is_organization: true },
    owner_org: org.name,
    license_id: CKAN_LICENSE_ID,
    license_title: LICENSE.title,
    license_url: LICENSE.url,
    metadata_created: `${release.date}T00:00:00`,
    metadata_modified: `${release.date}T00:00:00`,
  };
}

/** The package_show response for one dataset. */
export function ckanPackage(input: CatalogueInput, spec: DatasetSpec): Json {
  const { release, siteUrl, plan } = input;
  const tags = datasetKeywords(spec.name).map(ckanTag);
  const resources = datasetDistributions(input.files, spec.name).map(({ format, file }, position) =>
    ckanResource(input, file, position, {
      name: `${FORMAT_LABEL_VI[format]}: ${file.path}`,
      description: `${spec.title}, ${file.rows} bản ghi.`,
      format: FORMAT_LABEL[format],
    }),
  );
  return {
    help: 'https://docs.ckan.org/en/latest/api/index.html#ckan.logic.action.get.package_show',
    success: true,
    result: {
      ...packageCommon(input, ckanName(spec.name)),
      title: spec.title,
      notes: `${spec.description}\n\nKhi sử dụng, xin ghi: ${citation(input, spec)}`,
      url: datasetPageUrl(siteUrl, spec.name),
      num_tags: tags.length,
      tags: tags.map((name) => ({ name, display_name: name })),
      num_resources: resources.length,
      resources,
      extras: [
        { key: 'citation', value: citation(input, spec) },
        { key: 'language', value: 'vi' },
        { key: 'publisher_name', value: release.publisher.name },
        ...(release.publisher.email ? [{ key: 'contact_email', value: release.publisher.email }] : []),
        { key: 'source', value: dataFileUrl(siteUrl, plan.source.published_as) },
        { key: 'spatial_text', value: 'Tỉnh Đồng Tháp (địa giới hành chính năm 2022)' },
        { key: 'temporal_start', value: `${plan.period.start_year}-01-01` },
        { key: 'temporal_end', value: `${plan.period.end_year}-12-31` },
      ],
    },
  };
}

/** The package of the whole collection: the zip of every file and the Data Package description. */
export function ckanCollectionPackage(
  input: CatalogueInput,
  whole: { zip: CatalogueEntry; datapackage: CatalogueEntry; workbook?: CatalogueEntry },
): Json {
  const { release, siteUrl } = input;
  const tags = KEYWORDS.map(ckanTag);
  const resources = [
    {
      entry: whole.zip,
      name: 'Toàn bộ dữ liệu (ZIP)',
      format: 'ZIP',
      description:
        'Mọi bộ dữ liệu (CSV, CSV cho Excel, JSON, Excel .xlsx), tệp nguồn (bản chữ của Kế hoạch), datapackage.json, manifest.json, SHA256SUMS và README tiếng Việt.',
    },
    {
      entry: whole.datapackage,
      name: 'Data Package (datapackage.json)',
      format: 'JSON',
      description: 'Mô tả Frictionless Data Package 2.0 của toàn bộ dữ liệu.',
    },
    ...(whole.workbook
      ? [{ entry: whole.workbook, name: 'Toàn bộ dữ liệu (bảng tính Excel)', format: 'XLSX', description: WORKBOOK_DESCRIPTION }]
      : []),
  ].map(({ entry, ...words }, position) => ckanResource(input, entry, position, words));
  return {
    help: 'https://docs.ckan.org/en/latest/api/index.html#ckan.logic.action.get.package_show',
    success: true,
    result: {
      ...packageCommon(input, ckanName('all')),
      title: `${SITE_NAME}: toàn bộ dữ liệu`,
      notes: `Toàn bộ dữ liệu mở về Kế hoạch chuyển đổi số tỉnh Đồng Tháp.\n\nKhi sử dụng, xin ghi: ${citation(input)}`,
      url: absolute(siteUrl, paths.data()),
      num_tags: tags.length,
      tags: tags.map((name) => ({ name, display_name: name })),
      num_resources: resources.length,
      resources,
      extras: [
        { key: 'citation', value: citation(input) },
        { key: 'language', value: 'vi' },
        { key: 'publisher_name', value: release.publisher.name },
      ],
    },
  };
}

/** One dataset's file as published. */
export function renderCkan(input: CatalogueInput, spec: DatasetSpec): string {
  return `${JSON.stringify(ckanPackage(input, spec), null, 2)}\n`;
}
