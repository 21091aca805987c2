/**
 * The catalogue section of public/data/manifest.json (release, public URL, the zip and catalogue
 * files with sizes and hashes), loaded once for the /du-lieu/ pages, and the rows of any dataset by
 * its name. The content collections (src/content.config.ts) read only the manifest's `files`, so
 * this is the one other reader of public/data — the same file, written by the same data stage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogueManifest, type CatalogueManifest } from '../lib/view/catalogue-page.ts';
import type { SiteData } from './site.ts';
import type { Row } from '../lib/model/records.ts';

let cached: CatalogueManifest | undefined;

/** The catalogue facts recorded by `npm run build:data` (the build runs from the project root, like the collections). */
export function catalogueManifest(): CatalogueManifest {
  cached ??= parseCatalogueManifest(readFileSync(join(process.cwd(), 'public', 'data', 'manifest.json'), 'utf8'));
  return cached;
}

/** Which SiteData list holds each dataset's rows. */
const SOURCE: Record<string, keyof SiteData> = {
  plan_sections: 'sections',
  plan_blocks: 'blocks',
  tasks: 'tasks',
  groups: 'groups',
  agencies: 'agencies',
  task_agencies: 'taskAgencies',
  legal_documents: 'documents',
  task_legal_references: 'taskReferences',
  section_legal_references: 'sectionReferences',
  targets: 'targets',
  indicators: 'indicators',
  progress: 'progress',
  task_status: 'taskStatus',
  agency_successors: 'agencySuccessors',
};

const codePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A dataset's rows in the order of its CSV. */
export function datasetRows(site: SiteData, name: string): readonly Row[] {
  const key = SOURCE[name];
  if (!key) throw new Error(`no site data for dataset ${name}`);
  const rows = site[key] as unknown as Row[];
  // siteData sorts progress for display in the locale's order; the CSV is in code-point order.
  if (name === 'progress') {
    return [...rows].sort(
      (a, b) => codePoint(String(a.indicator_id), String(b.indicator_id)) || Number(a.year) - Number(b.year) || codePoint(String(a.basis), String(b.basis)),
    );
  }
  return rows;
}
