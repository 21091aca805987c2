/**
 * A small Table Schema checker: does each CSV of a data package satisfy its own schema? Header,
 * dialect (CRLF, no BOM), size and hash, types, required, unique, enum, pattern, primary key and
 * foreign keys (also the package's list foreign keys). Pure: the caller supplies the file bytes.
 * Only the parts of the standard this package uses are implemented; anything else is reported.
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';

interface Field {
  name: string;
  type: string;
  delimiter?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: (string | number)[]; pattern?: string };
}
interface ForeignKey {
  fields: string[] | string;
  reference: { resource?: string; fields: string[] | string };
}
interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string[] | string;
  uniqueKeys?: string[][];
  foreignKeys?: ForeignKey[];
  'x-listForeignKeys'?: ForeignKey[];
}
interface Resource {
  name: string;
  path: string;
  type?: string;
  bytes?: number;
  hash?: string;
  dialect?: { header?: boolean; delimiter?: string; lineTerminator?: string; quoteChar?: string };
  schema?: Schema;
}
export interface PackageLike {
  resources: Resource[];
}

const asList = (x: string[] | string | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

const TYPE_CHECK: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^[+-]?\d+$/.test(v),
  number: (v) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v) || ['NaN', 'INF', '-INF'].includes(v),
  // Table Schema's default true/false values (the data package narrows them to true/false).
  boolean: (v) => ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(v),
  date: (v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  },
};

interface Parsed {
  header: string[];
  rows: string[][];
}

/**
 * Checks every table resource of a package against its schema. `read` returns a resource's bytes by
 * its path. Returns readable problems ("tasks.csv:12: id: …"); an empty list means every table conforms.
 */
export function checkPackage(pkg: PackageLike, read: (path: string) => Uint8Array): string[] {
  const problems: string[] = [];
  const tables = new Map<string, { resource: Resource; parsed: Parsed }>();
  for (const resource of pkg.resources) {
    let bytes: Uint8Array;
    try {
      bytes = read(resource.path);
    } catch (e) {
      problems.push(`${resource.path}: cannot be read (${(e as Error).message})`);
      continue;
    }
    if (resource.bytes !== undefined && resource.bytes !== bytes.length) {
      problems.push(`${resource.path}: ${bytes.length} bytes, the package says ${resource.bytes}`);
    }
    if (resource.hash !== undefined) {
      const [algo, hex] = resource.hash.includes(':') ? resource.hash.split(':', 2) : ['md5', resource.hash];
      const got = createHash(algo!.toLowerCase()).update(bytes).digest('hex');
      if (got !== hex!.toLowerCase()) problems.push(`${resource.path}: ${algo} ${got}, the package says ${hex}`);
    }
    if (resource.type !== 'table' || !resource.schema) continue;
    const parsed = parseCsv(resource, bytes, problems);
    if (!parsed) continue;
    tables.set(resource.name, { resource, parsed });
    checkTable(resource, parsed, problems);
  }
  for (const { resource, parsed } of tables.values()) checkForeignKeys(resource, parsed, tables, problems);
  return problems;
}

function parseCsv(resource: Resource, bytes: Uint8Array, problems: string[]): Parsed | null {
  const where = resource.path;
  const dialect = { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', ...resource.dialect };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    problems.push(`${where}: starts with a byte-order mark (the dialect is plain UTF-8)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push(`${where}: is not valid UTF-8`);
    return null;
  }
  const result = Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    newline: dialect.lineTerminator as '\r\n',
    quoteChar: dialect.quoteChar,
    skipEmptyLines: false,
  });
  for (const e of result.errors) problems.push(`${where}:${(e.row ?? 0) + 1}: ${e.message}`);
  const records = result.data;
  // The file ends with a line terminator, which papaparse reads as one last empty record.
  if (records.length > 0 && records.at(-1)!.length === 1 && records.at(-1)![0] === '') records.pop();
  else problems.push(`${where}: does not end with ${JSON.stringify(dialect.lineTerminator)}`);
  // A stray LF or CR outside quotes would be a different line terminator.
  const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
  if (/(?<!\r)\n|\r(?!\n)/.test(outsideQuotes))
    problems.push(`${where}: has line ends other than ${JSON.stringify(dialect.lineTerminator)}`);
  if (!dialect.header || records.length === 0) {
    problems.push(`${where}: has no header row`);
    return null;
  }
  return { header: records[0]!, rows: records.slice(1) };
}

function checkTable(resource: Resource, { header, rows }: Parsed, problems: string[]): void {
  const schema = resource.schema!;
  const where = resource.path;
  const names = schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(',')) {
    problems.push(`${where}:1: header ${JSON.stringify(header)}, the schema's fields are ${JSON.stringify(names)}`);
    return;
  }
  const missing = new Set(schema.missingValues ?? ['']);
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== names.length) problems.push(`${where}:${line}: ${cells.length} cells, expected ${names.length}`);
  });
  schema.fields.forEach((field, col) => {
    const check = TYPE_CHECK[field.type];
    if (!check) {
      problems.push(`${where}: field ${field.name}: type ${field.type} is not supported by this checker`);
      return;
    }
    const c = field.constraints ?? {};
    const pattern = c.pattern !== undefined ? new RegExp(`^(?:${c.pattern})$`, 'u') : null;
    const seen = new Map<string, number>();
    rows.forEach((cells, i) => {
      const line = i + 2;
      const v = cells[col] ?? '';
      if (missing.has(v)) {
        if (c.required) problems.push(`${where}:${line}: ${field.name} is required but empty`);
        return;
      }
      if (!check(v)) problems.push(`${where}:${line}: ${field.name} ${JSON.stringify(v)} is not a valid ${field.type}`);
      if (c.enum && !c.enum.map(String).includes(v))
        problems.push(`${where}:${line}: ${field.name} ${JSON.stringify(v)} is not one of ${c.enum.join(', ')}`);
      if (pattern && !pattern.test(v)) problems.push(`${where}:${line}: ${field.name} ${JSON.stringify(v)} does not match ${c.pattern}`);
      if (c.unique) {
        if (seen.has(v)) problems.push(`${where}:${line}: ${field.name} ${JSON.stringify(v)} repeats line ${seen.get(v)} (unique)`);
        else seen.set(v, line);
      }
    });
  });
  const keys = [
    ...(schema.primaryKey !== undefined ? [{ fields: asList(schema.primaryKey), primary: true }] : []),
    ...(schema.uniqueKeys ?? []).map((fields) => ({ fields, primary: false })),
  ];
  for (const { fields, primary } of keys) {
    const label = `${primary ? 'primary' : 'unique'} key (${fields.join(', ')})`;
    const cols = fields.map((k) => names.indexOf(k));
    if (cols.includes(-1)) {
      problems.push(`${where}: ${label} names a missing field`);
      continue;
    }
    const seen = new Map<string, number>();
    rows.forEach((cells, i) => {
      const values = cols.map((c) => cells[c] ?? '');
      // Primary key fields are implicitly required. In a unique key a missing value counts as a value
      // (stricter than SQL's "NULLs are distinct"), so two rows differing only by nothing still clash.
      if (primary)
        values.forEach((v, j) => missing.has(v) && problems.push(`${where}:${i + 2}: ${fields[j]} is in the primary key but empty`));
      const k = JSON.stringify(values);
      if (seen.has(k)) problems.push(`${where}:${i + 2}: ${label} = ${values.join(' | ')} repeats line ${seen.get(k)}`);
      else seen.set(k, i + 2);
    });
  }
}

function checkForeignKeys(
  resource: Resource,
  parsed: Parsed,
  tables: Map<string, { resource: Resource; parsed: Parsed }>,
  problems: string[],
): void {
  const schema = resource.schema!;
  const missing = new Set(schema.missingValues ?? ['']);
  const keys = [
    ...(schema.foreignKeys ?? []).map((fk) => ({ fk, list: false })),
    ...(schema['x-listForeignKeys'] ?? []).map((fk) => ({ fk, list: true })),
  ];
  for (const { fk, list } of keys) {
    const fields = asList(fk.fields);
    const refFields = asList(fk.reference.fields);
    const target = fk.reference.resource === undefined || fk.reference.resource === '' ? resource.name : fk.reference.resource;
    const ref = tables.get(target);
    if (!ref) {
      problems.push(`${resource.path}: foreign key ${fields.join(', ')} refers to unknown resource ${target}`);
      continue;
    }
    const refCols = refFields.map((f) => ref.parsed.header.indexOf(f));
    const cols = fields.map((f) => parsed.header.indexOf(f));
    if (refCols.includes(-1) || cols.includes(-1) || cols.length !== refCols.length) {
      problems.push(`${resource.path}: foreign key ${fields.join(', ')} → ${target}(${refFields.join(', ')}) names a missing field`);
      continue;
    }
    const known = new Set(ref.parsed.rows.map((r) => JSON.stringify(refCols.map((c) => r[c] ?? ''))));
    const delimiter = list ? (schema.fields.find((f) => f.name === fields[0])?.delimiter ?? ';') : null;
    parsed.rows.forEach((cells, i) => {
      const values = cols.map((c) => cells[c] ?? '');
      // A key with every field missing points nowhere (allowed); otherwise it must exist.
      if (values.every((v) => missing.has(v))) return;
      const candidates = delimiter !== null ? values[0]!.split(delimiter).map((v) => [v]) : [values];
      for (const c of candidates) {
        if (!known.has(JSON.stringify(c))) {
          problems.push(
            `${resource.path}:${i + 2}: ${fields.join(', ')} ${JSON.stringify(c.join(' | '))} is not a ${target}.${refFields.join(', ')}`,
          );
        }
      }
    });
  }
}
