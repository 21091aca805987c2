/**
 * data/<dataset>.ckan.json: each dataset as a CKAN API 3 `package_show` response, for portals built
 * on CKAN that import a package description (a static file: there is no API behind it).
 */
import type { DatasetSpec } from '../dictionary.ts';
import { LICENSE, citation, dataFileUrl, datasetFiles, datasetKeywords, datasetPageUrl, type CatalogueInput } from './common.ts';

type Json = Record<string, unknown>;

const FORMAT_LABEL = { csv: 'CSV', 'excel-csv': 'CSV', json: 'JSON' } as const;
const RESOURCE_NAME = { csv: 'CSV', 'excel-csv': 'CSV cho Excel', json: 'JSON' } as const;

/** CKAN tag names allow letters, digits, spaces, "-", "_" and "." only. */
export const ckanTag = (keyword: string): string => keyword.replace(/[^\p{L}\p{N} _.-]/gu, '-');

/** CKAN package names: lower-case ASCII, digits, "-" and "_", 2–100 characters. */
export const ckanName = (name: string): string => `dong-thap-chuyen-doi-so-${name.replace(/_/g, '-')}`;

/** The package_show response for one dataset. */
export function ckanPackage(input: CatalogueInput, spec: DatasetSpec): Json {
  const { release, siteUrl, plan } = input;
  const files = datasetFiles(input.files, spec.name);
  const tags = datasetKeywords(spec.name).map(ckanTag);
  const resources = (['csv', 'excel-csv', 'json'] as const).map((format, position) => ({
    name: `${RESOURCE_NAME[format]}: ${files[format].path}`,
    description: `${spec.title}, ${files[format].rows} bản ghi.`,
    url: dataFileUrl(siteUrl, files[format].path),
    format: FORMAT_LABEL[format],
    mimetype: files[format].media_type,
    size: files[format].bytes,
    hash: `sha256:${files[format].sha256}`,
    position,
    last_modified: `${release.date}T00:00:00`,
  }));
  return {
    help: 'https://docs.ckan.org/en/latest/api/index.html#ckan.logic.action.get.package_show',
    success: true,
    result: {
      name: ckanName(spec.name),
      title: spec.title,
      notes: `${spec.description}\n\nKhi sử dụng, xin ghi: ${citation(input, spec)}`,
      url: datasetPageUrl(siteUrl, spec.name),
      version: release.version,
      type: 'dataset',
      state: 'active',
      private: false,
      author: plan.issuer,
      maintainer: release.publisher.name,
      ...(release.publisher.email ? { maintainer_email: release.publisher.email } : {}),
      license_id: LICENSE.id,
      license_title: LICENSE.title,
      license_url: LICENSE.url,
      metadata_created: `${release.date}T00:00:00`,
      metadata_modified: `${release.date}T00:00:00`,
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

/** One dataset's file as published. */
export function renderCkan(input: CatalogueInput, spec: DatasetSpec): string {
  return `${JSON.stringify(ckanPackage(input, spec), null, 2)}\n`;
}
