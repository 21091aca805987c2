/**
 * data/data.json: the catalogue in the Project Open Data Metadata Schema v1.1 shape (the data.json
 * that data.gov and many CKAN harvesters read). US-federal fields with no meaning here are left
 * out — bureauCode, programCode, primaryITInvestmentUII, systemOfRecords — and contactPoint has no
 * hasEmail because the plan publishes no address (docs/catalogue.md).
 */
import { DATASETS } from '../../model/dictionary.ts';
import { SOURCE_FILE } from '../../pipeline/datasets.ts';
import {
  CATALOGUE_FILES,
  LICENSE,
  citation,
  dataFileUrl,
  datasetDistributions,
  datasetKeywords,
  datasetPageUrl,
  KEYWORDS,
  type CatalogueInput,
} from '../../model/publication.ts';
import type { ZipFacts } from './dcat.ts';
import { WORKBOOK_DESCRIPTION, XLSX_MEDIA_TYPE } from '../../model/file-names.ts';
import { absolute } from '../../model/release.ts';
import { paths } from '../../model/paths.ts';

type Json = Record<string, unknown>;

const FORMAT_LABEL = { csv: 'CSV', 'excel-csv': 'CSV (Excel)', json: 'JSON', xlsx: 'XLSX' } as const;

/** The POD catalogue object. */
export function podCatalog(input: CatalogueInput, whole: { zip: ZipFacts; workbook?: ZipFacts }): Json {
  const { release, siteUrl, plan } = input;
  const base = (title: string, description: string, identifier: string, keywords: string[], landingPage: string): Json => ({
    '@type': 'dcat:Dataset',
    title,
    description,
    keyword: keywords,
    modified: release.date,
    issued: release.date,
    publisher: { '@type': 'org:Organization', name: release.publisher.name },
    contactPoint: {
      '@type': 'vcard:Contact',
      fn: release.publisher.name,
      ...(release.publisher.email ? { hasEmail: `mailto:${release.publisher.email}` } : {}),
    },
    identifier,
    accessLevel: 'public',
    license: LICENSE.url,
    spatial: 'Tỉnh Đồng Tháp, Việt Nam (địa giới hành chính năm 2022)',
    temporal: `${plan.period.start_year}-01-01/${plan.period.end_year}-12-31`,
    accrualPeriodicity: 'irregular',
    language: ['vi'],
    landingPage,
    describedBy: dataFileUrl(siteUrl, CATALOGUE_FILES.datapackage),
    describedByType: 'application/json',
    references: [dataFileUrl(siteUrl, SOURCE_FILE)],
  });
  const home = absolute(siteUrl, paths.data());
  return {
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: [
      {
        ...base(
          'Toàn bộ dữ liệu mở của Kế hoạch chuyển đổi số tỉnh Đồng Tháp',
          `Tất cả bộ dữ liệu trong một tệp ZIP. Khi sử dụng, xin ghi: ${citation(input)}`,
          `${home}#toan-bo`,
          [...KEYWORDS],
          home,
        ),
        distribution: [
          {
            '@type': 'dcat:Distribution',
            title: whole.zip.path,
            description: 'Mọi tệp dữ liệu, datapackage.json, source.txt và README.vi.md.',
            downloadURL: dataFileUrl(siteUrl, whole.zip.path),
            mediaType: 'application/zip',
            format: 'ZIP',
          },
          ...(whole.workbook
            ? [
                {
                  '@type': 'dcat:Distribution',
                  title: whole.workbook.path,
                  description: WORKBOOK_DESCRIPTION,
                  downloadURL: dataFileUrl(siteUrl, whole.workbook.path),
                  mediaType: XLSX_MEDIA_TYPE,
                  format: 'XLSX',
                },
              ]
            : []),
        ],
      },
      ...DATASETS.map((spec) => {
        const page = datasetPageUrl(siteUrl, spec.name);
        return {
          ...base(spec.title, `${spec.description} Khi sử dụng, xin ghi: ${citation(input, spec)}`, page, datasetKeywords(spec.name), page),
          distribution: datasetDistributions(input.files, spec.name).map(({ format, file }) => ({
            '@type': 'dcat:Distribution',
            title: `${FORMAT_LABEL[format]}: ${file.path}`,
            downloadURL: dataFileUrl(siteUrl, file.path),
            mediaType: file.media_type,
            format: FORMAT_LABEL[format],
          })),
        };
      }),
    ],
  };
}

/** data.json as published. */
export function renderPod(input: CatalogueInput, whole: { zip: ZipFacts; workbook?: ZipFacts }): string {
  return `${JSON.stringify(podCatalog(input, whole), null, 2)}\n`;
}
