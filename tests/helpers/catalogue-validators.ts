/**
 * Validators for the catalogue files, all offline: the official Data Package 2.0 JSON Schemas (ajv,
 * draft-07) and the DCAT-AP 3.0 SHACL shapes (rdf-validate-shacl over n3), both read from
 * ../shared/schemas beside the project. (The files they check: published-files.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { ROOT } from './seed.ts';

/** The shared official schemas (CI has ../shared beside the clone). */
export const SCHEMAS = join(ROOT, '..', 'shared', 'schemas');
const PROFILE_BASE = 'https://datapackage.org/profiles/2.0/';

let profile: ReturnType<Ajv['getSchema']> | undefined;

/** Validates a descriptor against the Data Package 2.0 profile; returns ajv's errors (empty when valid). */
export function dataPackageErrors(descriptor: unknown): ErrorObject[] {
  if (!profile) {
    // The profiles have no $id: each is registered under the URL it is published at, so nothing is fetched.
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    for (const name of ['datapackage', 'dataresource', 'tableschema', 'tabledialect']) {
      ajv.addSchema(
        JSON.parse(readFileSync(join(SCHEMAS, 'datapackage-2.0', `${name}.json`), 'utf8')) as object,
        `${PROFILE_BASE}${name}.json`,
      );
    }
    profile = ajv.getSchema(`${PROFILE_BASE}datapackage.json`);
  }
  return profile!(descriptor) ? [] : [...(profile!.errors ?? [])];
}

let shapes: Store | undefined;

export interface ShaclResult {
  conforms: boolean;
  quads: number;
  results: { message: string; path: string | undefined; focusNode: string | undefined; constraint: string | undefined }[];
}

/** JSON-LD → RDF (no network: any remote context fails) → SHACL validation against DCAT-AP 3.0. */
export async function shaclValidate(doc: unknown): Promise<ShaclResult> {
  shapes ??= new Store(new Parser().parse(readFileSync(join(SCHEMAS, 'dcat-ap-3.0.0', 'dcat-ap-SHACL.ttl'), 'utf8')));
  const documentLoader = async (url: string) => {
    throw new Error(`no network in tests: ${url}`);
  };
  const nquads = (await jsonld.toRDF(doc as object, { format: 'application/n-quads', documentLoader } as never)) as unknown as string;
  const data = new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
  const report = await new SHACLValidator(shapes).validate(data);
  return {
    conforms: report.conforms,
    quads: data.size,
    results: report.results.map((r) => ({
      message: r.message.map(String).join(' '),
      path: r.path?.value,
      focusNode: r.focusNode?.value,
      constraint: r.sourceConstraintComponent?.value,
    })),
  };
}
