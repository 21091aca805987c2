/**
 * The catalogue section of public/data/manifest.json (release, public URL, the zip and catalogue
 * files with sizes and hashes), loaded once for the /du-lieu/ pages. The content collections (src/content.config.ts) read only the manifest's `files`, so
 * this is the one other reader of public/data — the same file, written by the same data stage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest, type Manifest } from '../lib/model/manifest.ts';

let cached: Manifest | undefined;

/** The catalogue facts recorded by `npm run build:data` (the build runs from the project root, like the collections). */
export function catalogueManifest(): Manifest {
  cached ??= parseManifest(readFileSync(join(process.cwd(), 'public', 'data', 'manifest.json'), 'utf8'));
  return cached;
}
