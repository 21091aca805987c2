/**
 * data/datapackage.json: a Frictionless Data Package (v2) describing every CSV with its Table Schema,
 * generated from the data dictionary (src/lib/model/dictionary.ts) — the one source of column types,
 * labels and constraints — with the sizes and hashes of the files as published.
 */
import { DATASETS, type ColumnSpec, type DatasetSpec } from '../../model/dictionary.ts';
import { SOURCE_FILE } from '../../pipeline/datasets.ts';
import {
  LICENSE,
  SITE_NAME,
  citation,
  datasetFiles,
  fileByPath,
  firstExample,
  planName,
  KEYWORDS,
  type CatalogueInput,
} from '../../model/publication.ts';
import { linksFrom } from '../../model/links.ts';
import { absolute } from '../../model/release.ts';
import { paths } from '../../model/paths.ts';

export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The items of a list column are joined with this in CSV. */
export const LIST_DELIMITER = ';';

export interface DataPackageOptions {
  /**
   * How list columns are typed. Table Schema 2.0 defines a `list` field type (delimiter, itemType),
   * but the published 2.0 JSON Schema profile (datapackage.org/profiles/2.0/, commit 6a201af8) has no
   * branch for it, so a `list` field fails validation against the profile. Default `string`: the
   * CSV cell is a string; `delimiter` and `itemType` are kept on the field so moving to `list` once
   * the profile accepts it is this one option.
   */
  listFieldType?: 'string' | 'list';
}

type Json = Record<string, unknown>;

/**
 * A dictionary pattern (a JavaScript regular expression, matched anywhere unless anchored) as a
 * Table Schema pattern, which must match the whole value and has no anchors (XML Schema style):
 * "^[a-z]+$" → "[a-z]+", "^https://" → "https://.*". Top-level alternation is wrapped first.
 */
export function tableSchemaPattern(js: string): string {
  const start = js.startsWith('^');
  const end = js.endsWith('$') && !js.endsWith('\\$');
  let core = js.slice(start ? 1 : 0, end ? -1 : undefined);
  if (/(^|[^\\])\|/.test(core.replace(/\[[^\]]*\]|\((?:[^()]|\([^()]*\))*\)/g, ''))) core = `(${core})`;
  return `${start ? '' : '.*'}${core}${end ? '' : '.*'}`;
}

/** The Frictionless field for one dictionary column. */
export function tableField(c: ColumnSpec, example: string | null, opts: DataPackageOptions = {}): Json {
  const constraints: Json = {};
  if (c.required !== false) constraints.required = true;
  if (c.unique) constraints.unique = true;
  if (c.values) constraints.enum = [...c.values];
  if (c.pattern) constraints.pattern = tableSchemaPattern(c.pattern);
  const field: Json = { name: c.name, type: c.type, title: c.title, description: c.description };
  if (c.type === 'list') {
    field.type = opts.listFieldType ?? 'string';
    field.delimiter = LIST_DELIMITER;
    field.itemType = 'string';
    // As a string, the cell is items joined by ";" with none empty.
    if (field.type === 'string') constraints.pattern = `[^${LIST_DELIMITER}]+(${LIST_DELIMITER}[^${LIST_DELIMITER}]+)*`;
  }
  if (c.type === 'boolean') {
    // The CSV writes JSON's words: only these two count.
    field.trueValues = ['true'];
    field.falseValues = ['false'];
  }
  if (example !== null) field.example = example;
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/** The Table Schema of one dataset: fields, missing values, primary key and the links to other datasets. */
export function tableSchema(spec: DatasetSpec, input: Pick<CatalogueInput, 'tables'>, opts: DataPackageOptions = {}): Json {
  const rows = input.tables.get(spec.name) ?? [];
  const listType = opts.listFieldType ?? 'string';
  const isList = (column: string) => spec.columns.find((c) => c.name === column)?.type === 'list';
  const links = linksFrom(spec.name);
  const reference = (target: string) => (target === spec.name ? { fields: ['id'] } : { resource: target, fields: ['id'] });
  // A list column cannot be a standard foreign key: its cell holds several ids. Those links are kept
  // in a custom property, which tools that do not know it ignore.
  const scalar = listType === 'list' ? links : links.filter((l) => !isList(l.column));
  const listLinks = listType === 'list' ? [] : links.filter((l) => isList(l.column));
  const schema: Json = {
    fields: spec.columns.map((c) => tableField(c, firstExample(rows, c.name), opts)),
    missingValues: [''],
  };
  // A primary key's fields may not be missing (Table Schema); where the dictionary's key includes an
  // optional column (a reference's clause), the key is published as a unique key instead.
  const optionalInKey = spec.primaryKey.some((k) => spec.columns.find((c) => c.name === k)?.required === false);
  if (optionalInKey) schema.uniqueKeys = [[...spec.primaryKey]];
  else schema.primaryKey = [...spec.primaryKey];
  if (scalar.length > 0) schema.foreignKeys = scalar.map((l) => ({ fields: [l.column], reference: reference(l.target) }));
  if (listLinks.length > 0) {
    schema['x-listForeignKeys'] = listLinks.map((l) => ({ fields: [l.column], reference: reference(l.target) }));
  }
  return schema;
}

/** The whole package descriptor. */
export function dataPackage(input: CatalogueInput, opts: DataPackageOptions = {}): Json {
  const { release, siteUrl, plan, files } = input;
  const home = absolute(siteUrl, paths.data());
  const cite = citation(input);
  const source = fileByPath(files, SOURCE_FILE);
  const planFile = fileByPath(files, 'plan.json');
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: 'dong-thap-chuyen-doi-so',
    id: home,
    title: `${SITE_NAME}: dữ liệu mở của ${planName(plan, release)}`,
    description:
      `Toàn văn Kế hoạch của ${plan.issuer} thực hiện Nghị quyết ${plan.implements.number} về chuyển đổi số và ` +
      `Phụ lục các nhiệm vụ trọng tâm, dưới dạng ${DATASETS.length} bảng dữ liệu có quan hệ với nhau: đề mục, đoạn văn, nhiệm vụ, ` +
      `nhóm, cơ quan, phân công, văn bản được viện dẫn, chỉ tiêu, chỉ số và kết quả công bố. Mỗi bảng còn có bản CSV cho Excel ` +
      `và JSON cùng thư mục. ${release.plan.note} Khi sử dụng, xin ghi: ${cite}`,
    homepage: home,
    version: release.version,
    // RFC 3339: the release day, in Vietnam's time zone.
    created: `${release.date}T00:00:00+07:00`,
    keywords: [...KEYWORDS],
    licenses: [{ name: LICENSE.id, path: LICENSE.url, title: LICENSE.title }],
    citation: cite,
    contributors: [
      { title: release.publisher.name, path: release.publisher.homepage, roles: ['publisher'] },
      { title: SITE_NAME, path: siteUrl, roles: ['creator'] },
    ],
    sources: [
      {
        title: `${plan.issuer}, ${planName(plan, release)}: tệp nguồn — bản chữ của Kế hoạch và Phụ lục chuyển từ tệp PDF, nguyên văn`,
        path: source.path,
        // Not a Data Package property: the checksum of the document every row was read from.
        hash: `sha256:${plan.source.sha256}`,
      },
    ],
    resources: [
      ...DATASETS.map((spec) => tableResource(spec, input, opts)),
      {
        name: 'plan',
        path: planFile.path,
        title: 'Thông tin chung của Kế hoạch',
        description:
          'Tên, cơ quan ban hành, nghị quyết được thực hiện, người ký, nơi nhận, thời kỳ thực hiện, mã SHA-256 của tệp nguồn và số bản ghi của mỗi bảng (JSON).',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: planFile.bytes,
        hash: `sha256:${planFile.sha256}`,
      },
      {
        name: 'source',
        path: source.path,
        title: 'Tệp nguồn: bản chữ của Kế hoạch',
        description:
          'Văn bản Kế hoạch và Phụ lục như đã đọc (UTF-8, xuống dòng LF); cột source_line của các bảng là số dòng trong tệp này.',
        format: 'txt',
        mediatype: 'text/plain',
        encoding: 'utf-8',
        bytes: source.bytes,
        hash: `sha256:${source.sha256}`,
      },
    ],
  };
}

function tableResource(spec: DatasetSpec, input: CatalogueInput, opts: DataPackageOptions): Json {
  const f = datasetFiles(input.files, spec.name);
  return {
    name: spec.name,
    path: f.csv.path,
    type: 'table',
    title: spec.title,
    description: `${spec.description} ${f.csv.rows} bản ghi. Cùng dữ liệu ở dạng CSV cho Excel (${f['excel-csv'].path}) và JSON (${f.json.path}).`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: f.csv.bytes,
    hash: `sha256:${f.csv.sha256}`,
    dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
    schema: tableSchema(spec, input, opts),
  };
}

/** The descriptor as published: two-space JSON with a final newline (stable bytes). */
export function renderDataPackage(input: CatalogueInput, opts: DataPackageOptions = {}): string {
  return `${JSON.stringify(dataPackage(input, opts), null, 2)}\n`;
}
