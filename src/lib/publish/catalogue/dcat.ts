/**
 * data/catalog.jsonld: the catalogue in DCAT-AP 3.0 as JSON-LD, for portals that harvest DCAT
 * (data.europa.eu style harvesters, CKAN with ckanext-dcat, the national portal data.gov.vn).
 * The @context is inline — no remote context, so a reader needs no network to expand it. Every node
 * a DCAT-AP shape constrains by class carries its rdf:type, since SHACL checks types in the data.
 */
import { DATASETS, type DatasetSpec } from '../../model/dictionary.ts';
import {
  CATALOGUE_FILES,
  LICENSE,
  SITE_NAME,
  citation,
  dataFileUrl,
  datasetDistributions,
  datasetFiles,
  datasetKeywords,
  datasetPageUrl,
  planName,
  KEYWORDS,
  type CatalogueInput,
} from '../../model/publication.ts';
import { absolute } from '../../model/release.ts';
import { WORKBOOK_DESCRIPTION, XLSX_DESCRIPTION, XLSX_MEDIA_TYPE } from '../../model/file-names.ts';
import type { ManifestEntry } from '../../model/manifest.ts';
import { paths } from '../../model/paths.ts';

type Json = Record<string, unknown>;

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  spdx: 'http://spdx.org/rdf/terms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  // Plain strings are Vietnamese unless a term says otherwise.
  '@language': 'vi',
  'dct:identifier': { '@language': null },
  'dcat:version': { '@language': null },
  'foaf:name': { '@language': null },
  'vcard:fn': { '@language': null },
  'dct:issued': { '@type': 'xsd:date' },
  'dct:modified': { '@type': 'xsd:date' },
  'dcat:startDate': { '@type': 'xsd:date' },
  'dcat:endDate': { '@type': 'xsd:date' },
  'dcat:byteSize': { '@type': 'xsd:nonNegativeInteger' },
  'spdx:checksumValue': { '@type': 'xsd:hexBinary' },
  'dcat:dataset': { '@type': '@id' },
  'dcat:distribution': { '@type': '@id' },
  'dcat:accessURL': { '@type': '@id' },
  'dcat:downloadURL': { '@type': '@id' },
  'dcat:landingPage': { '@type': '@id' },
  'dcat:mediaType': { '@type': '@id' },
  'dcat:packageFormat': { '@type': '@id' },
  'dct:format': { '@type': '@id' },
  'dct:license': { '@type': '@id' },
  'dct:language': { '@type': '@id' },
  'dct:accessRights': { '@type': '@id' },
  'dct:conformsTo': { '@type': '@id' },
  'dcat:theme': { '@type': '@id' },
  'foaf:homepage': { '@type': '@id' },
  'vcard:hasURL': { '@type': '@id' },
  'spdx:algorithm': { '@type': '@id' },
} as const;

const IANA = 'http://www.iana.org/assignments/media-types/';
const EU = 'http://publications.europa.eu/resource/authority/';
const VIETNAMESE = `${EU}language/VIE`;
const PUBLIC_ACCESS = `${EU}access-right/PUBLIC`;
const THEME_GOVERNMENT = `${EU}data-theme/GOVE`;
const RFC4180 = 'https://www.rfc-editor.org/rfc/rfc4180';
const DATA_PACKAGE_STANDARD = 'https://datapackage.org/standard/data-package/';

/** The format facts per published file format: IANA media type, EU file type, a Vietnamese title. */
const FORMAT: Record<
  'csv' | 'excel-csv' | 'json' | 'xlsx' | 'zip',
  { media: string; fileType: string; title: string; conformsTo?: string }
> = {
  csv: { media: 'text/csv', fileType: 'CSV', title: 'CSV (UTF-8, RFC 4180)', conformsTo: RFC4180 },
  'excel-csv': {
    media: 'text/csv',
    fileType: 'CSV',
    title: 'CSV cho Excel (UTF-8 có BOM, ô công thức được vô hiệu hóa)',
    conformsTo: RFC4180,
  },
  json: { media: 'application/json', fileType: 'JSON', title: 'JSON' },
  xlsx: { media: XLSX_MEDIA_TYPE, fileType: 'XLSX', title: 'Bảng tính Excel (.xlsx)' },
  zip: { media: 'application/zip', fileType: 'ZIP', title: 'Tệp nén ZIP' },
};

/** A typed reference: DCAT-AP's shapes check the class of each linked node, so each says what it is. */
const typed = (id: string, type: string, extra: Json = {}): Json => ({ '@id': id, '@type': type, ...extra });

function publisher(input: CatalogueInput): Json {
  const p = input.release.publisher;
  // The agent gets its own IRI in this catalogue: its homepage is a document, not the agent.
  return typed(`${dataFileUrl(input.siteUrl, CATALOGUE_FILES.dcat)}#publisher`, 'foaf:Agent', {
    'foaf:name': p.name,
    'foaf:homepage': typed(p.homepage, 'foaf:Document'),
  });
}

function contactPoint(input: CatalogueInput): Json {
  // The publisher's e-mail and phone when content/release.json has them; the site's about page always.
  const p = input.release.publisher;
  return {
    '@type': 'vcard:Kind',
    'vcard:fn': p.name,
    'vcard:hasURL': absolute(input.siteUrl, 'gioi-thieu/'),
    ...(p.email ? { 'vcard:hasEmail': `mailto:${p.email}` } : {}),
    ...(p.phone ? { 'vcard:hasTelephone': `tel:${p.phone.replace(/\s+/g, '')}` } : {}),
  };
}

function common(input: CatalogueInput): Json {
  const { release, plan } = input;
  return {
    'dct:publisher': publisher(input),
    'dcat:contactPoint': contactPoint(input),
    'dct:language': typed(VIETNAMESE, 'dct:LinguisticSystem'),
    'dct:spatial': {
      '@type': 'dct:Location',
      // The plan's province as it was in 2022: Đồng Tháp before it merged with Tiền Giang (1 July 2025).
      'skos:prefLabel': 'Tỉnh Đồng Tháp (địa giới hành chính năm 2022)',
    },
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': `${plan.period.start_year}-01-01`,
      'dcat:endDate': `${plan.period.end_year}-12-31`,
    },
    'dct:issued': release.date,
    'dct:modified': release.date,
    'dcat:version': release.version,
    'dct:accessRights': typed(PUBLIC_ACCESS, 'dct:RightsStatement'),
    'dcat:theme': typed(THEME_GOVERNMENT, 'skos:Concept', { 'skos:prefLabel': 'Chính phủ và khu vực công' }),
  };
}

function distribution(
  input: CatalogueInput,
  id: string,
  file: ManifestEntry | { path: string; bytes: number; sha256: string },
  format: keyof typeof FORMAT,
  description: string,
): Json {
  const f = FORMAT[format];
  const url = dataFileUrl(input.siteUrl, file.path);
  const d: Json = {
    '@id': id,
    '@type': 'dcat:Distribution',
    'dct:title': `${f.title}: ${file.path}`,
    'dct:description': description,
    'dcat:accessURL': typed(url, 'rdfs:Resource'),
    'dcat:downloadURL': typed(url, 'rdfs:Resource'),
    'dcat:mediaType': typed(`${IANA}${f.media}`, 'dct:MediaType'),
    'dct:format': typed(`${EU}file-type/${f.fileType}`, 'dct:MediaTypeOrExtent'),
    'dct:license': typed(LICENSE.url, 'dct:LicenseDocument'),
    'dcat:byteSize': String(file.bytes),
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': typed('http://spdx.org/rdf/terms#checksumAlgorithm_sha256', 'spdx:ChecksumAlgorithm'),
      'spdx:checksumValue': file.sha256,
    },
    'dct:issued': input.release.date,
    'dct:modified': input.release.date,
  };
  if (f.conformsTo) d['dct:conformsTo'] = typed(f.conformsTo, 'dct:Standard');
  if (format === 'zip') d['dcat:packageFormat'] = typed(`${IANA}application/zip`, 'dct:MediaType');
  return d;
}

/** How each of a dataset's files is described, from the dataset's title. */
const DISTRIBUTION_DESCRIPTION: Record<'csv' | 'excel-csv' | 'json' | 'xlsx', (title: string) => string> = {
  csv: (title) => `Bộ dữ liệu ${title} dạng CSV: UTF-8 không BOM, CRLF, có dòng tiêu đề; cột danh sách nối bằng dấu ;.`,
  'excel-csv': (title) =>
    `Bộ dữ liệu ${title} dạng CSV để mở bằng Excel, Google Sheets: có BOM; ô bắt đầu bằng = + - @ được thêm dấu ' phía trước.`,
  json: (title) => `Bộ dữ liệu ${title} dạng JSON: mảng đối tượng, cùng tên cột với CSV.`,
  xlsx: XLSX_DESCRIPTION,
};

function dataset(input: CatalogueInput, spec: DatasetSpec): Json {
  const page = datasetPageUrl(input.siteUrl, spec.name);
  const rows = datasetFiles(input.files, spec.name).csv.rows;
  return {
    '@id': `${page}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:title': spec.title,
    'dct:description': `${spec.description} ${rows} bản ghi, ${spec.columns.length} cột; ý nghĩa từng cột ở trang của bộ dữ liệu. Khi sử dụng, xin ghi: ${citation(input, spec)}`,
    'dct:identifier': page,
    'dcat:keyword': datasetKeywords(spec.name),
    'dcat:landingPage': typed(page, 'foaf:Document'),
    ...common(input),
    'dcat:distribution': datasetDistributions(input.files, spec.name).map(({ format, file }) =>
      distribution(input, `${page}#${format}`, file, format, DISTRIBUTION_DESCRIPTION[format](spec.title)),
    ),
  };
}

export interface ZipFacts {
  path: string;
  bytes: number;
  sha256: string;
}

/** The catalogue as a JSON-LD object; `zip` and `datapackage` describe the whole-collection downloads. */
export function dcatCatalog(input: CatalogueInput, whole: { zip: ZipFacts; datapackage: ZipFacts; workbook?: ZipFacts }): Json {
  const { release, siteUrl, plan } = input;
  const home = absolute(siteUrl, paths.data());
  const all = {
    '@id': `${home}#toan-bo`,
    '@type': 'dcat:Dataset',
    'dct:title': 'Toàn bộ dữ liệu mở của Kế hoạch chuyển đổi số tỉnh Đồng Tháp',
    'dct:description':
      `Tất cả ${DATASETS.length} bộ dữ liệu (CSV, CSV cho Excel, JSON, Excel .xlsx), tệp nguồn (bản chữ của Kế hoạch), mô tả Frictionless Data Package và hướng dẫn tiếng Việt, ` +
      `trong một tệp nén; riêng tệp mô tả Data Package; và một bảng tính Excel chứa mọi bộ dữ liệu. Khi sử dụng, xin ghi: ${citation(input)}`,
    'dct:identifier': `${home}#toan-bo`,
    'dcat:keyword': [...KEYWORDS],
    'dcat:landingPage': typed(home, 'foaf:Document'),
    ...common(input),
    'dcat:distribution': [
      distribution(
        input,
        `${home}#zip`,
        whole.zip,
        'zip',
        'Mọi tệp dữ liệu, datapackage.json, source.txt và README.vi.md trong một tệp ZIP.',
      ),
      {
        ...distribution(
          input,
          `${home}#datapackage`,
          whole.datapackage,
          'json',
          'Mô tả Frictionless Data Package 2.0: các bảng, kiểu cột, khóa chính, khóa ngoại, dung lượng và mã SHA-256 của từng tệp CSV.',
        ),
        'dct:conformsTo': typed(DATA_PACKAGE_STANDARD, 'dct:Standard'),
      },
      ...(whole.workbook ? [distribution(input, `${home}#xlsx`, whole.workbook, 'xlsx', WORKBOOK_DESCRIPTION)] : []),
    ],
  };
  return {
    '@context': DCAT_CONTEXT,
    '@id': `${dataFileUrl(siteUrl, CATALOGUE_FILES.dcat)}#catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': `${SITE_NAME}: danh mục dữ liệu mở`,
    'dct:description':
      `Dữ liệu mở của ${planName(plan, release)} do ${plan.issuer} ban hành: toàn văn Kế hoạch, các nhiệm vụ trọng tâm, cơ quan ` +
      `thực hiện, văn bản được viện dẫn, chỉ tiêu và chỉ số. ${release.plan.note}`,
    'dct:publisher': publisher(input),
    'foaf:homepage': typed(home, 'foaf:Document'),
    'dct:language': typed(VIETNAMESE, 'dct:LinguisticSystem'),
    'dct:license': typed(LICENSE.url, 'dct:LicenseDocument'),
    'dct:issued': release.date,
    'dct:modified': release.date,
    'dct:spatial': common(input)['dct:spatial'],
    'dcat:dataset': [all, ...DATASETS.map((spec) => dataset(input, spec))],
  };
}

/** The catalogue as published: two-space JSON with a final newline. */
export function renderDcat(input: CatalogueInput, whole: { zip: ZipFacts; datapackage: ZipFacts; workbook?: ZipFacts }): string {
  return `${JSON.stringify(dcatCatalog(input, whole), null, 2)}\n`;
}
