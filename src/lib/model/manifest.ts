/**
 * manifest.json, the index of the published data folder: each data file with its size, hash and row
 * count, the release, the changelog, the catalogue files, the appendix's row accounting and the
 * build's warnings. One schema: the publisher's types come from it, the site parses the file with it,
 * and a test holds the published file to it.
 */
import { z } from 'zod';
import { FILE_FORMATS } from './codes.ts';
import { pastRelease, releaseFields } from './release.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in hex');

/** A data file: a dataset in one format, plan.json or the source text. */
export const manifestEntrySchema = z
  .object({
    path: z.string(),
    dataset: z.string(),
    format: z.enum(FILE_FORMATS),
    media_type: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256,
    rows: z.number().int().nonnegative(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** A catalogue file (Data Package, DCAT, data.json, a CKAN package, the zip, the workbook). */
export const catalogueEntrySchema = z
  .object({
    path: z.string(),
    format: z.enum(['datapackage', 'dcat', 'pod', 'ckan', 'zip', 'workbook']),
    media_type: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256,
    /** For a CKAN file: the dataset it describes. */
    dataset: z.string().optional(),
    /** For the zip: every entry with its size and hash. */
    contents: z.array(z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256 }).strict()).optional(),
  })
  .strict();
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** Every line of the appendix, counted once: rows read = tasks + group rows + sub-group rows + repeated headers + blank lines. */
export const appendixAccountingSchema = z
  .object({
    first_line: z.number().int().positive(),
    last_line: z.number().int().positive(),
    rows_read: z.number().int().nonnegative(),
    task_rows: z.number().int().nonnegative(),
    group_rows: z.number().int().nonnegative(),
    subgroup_rows: z.number().int().nonnegative(),
    header_rows: z.number().int().nonnegative(),
    blank_rows: z.number().int().nonnegative(),
  })
  .strict();
export type AppendixAccounting = z.infer<typeof appendixAccountingSchema>;

export const manifestSchema = z
  .object({
    files: z.array(manifestEntrySchema),
    release: releaseFields.omit({ history: true }),
    releases: z.array(pastRelease),
    site_url: z.string().url(),
    catalogue: z.array(catalogueEntrySchema),
    appendix_accounting: appendixAccountingSchema.extend({ balanced: z.literal(true) }),
    warnings: z.array(z.string()),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

/** Parses manifest.json; `file` names it in the error (run `npm run build:data` when it is missing or stale). */
export function parseManifest(text: string, file = 'public/data/manifest.json'): Manifest {
  const result = manifestSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file} is not a manifest of this build (run \`npm run build:data\`): ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
