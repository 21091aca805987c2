/**
 * The outcomes at one past review, frozen (tests/fixtures/snapshot/): the curated tables an editor
 * adds to every year (progress, task statuses, successors and the documents they cite) as they
 * were, with the review date of then. Tests that assert what a published value, a status or a
 * successor makes the pipeline and the pages say run on this snapshot, so the yearly update changes
 * none of their expectations; the current content is guarded by the reviewed-data diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatasets, type PipelineInput, type PipelineOutput } from '../../src/lib/pipeline/datasets.ts';
import { siteTables, type ReviewedTables } from './reviewed-tables.ts';
import { pipelineInput } from './pipeline-input.ts';
import { ROOT } from './seed.ts';

export const SNAPSHOT = join(ROOT, 'tests', 'fixtures', 'snapshot');

const manifest = JSON.parse(readFileSync(join(SNAPSHOT, 'review.json'), 'utf8')) as { review_date: string; files: string[] };

/** The review date the snapshot's tables were bounded by. */
export const SNAPSHOT_REVIEW_DATE = manifest.review_date;

/** A curated file of the snapshot (`progress.csv`, …). */
export function snapshotText(name: string): string {
  if (!manifest.files.includes(name)) throw new Error(`${name} is not in the snapshot (tests/fixtures/snapshot/review.json)`);
  return readFileSync(join(SNAPSHOT, name), 'utf8');
}

/** The pipeline's input: the snapshot's tables, the rest of content/ as committed (tables no yearly update touches). */
export function snapshotInput(): PipelineInput {
  return pipelineInput(
    (name) => (manifest.files.includes(name) && existsSync(join(SNAPSHOT, name)) ? join(SNAPSHOT, name) : join(ROOT, 'content', name)),
    SNAPSHOT_REVIEW_DATE,
  );
}

let output: PipelineOutput | undefined;

/** The datasets built from the snapshot, once per worker (the unit project shares modules between files). */
function snapshotOutput(): PipelineOutput {
  output ??= buildDatasets(snapshotInput());
  return output;
}

/** A dataset built from the snapshot, as its JSON would hold it (a fresh copy: callers may edit it). */
export function snapshotTable<N extends keyof ReviewedTables>(name: N): ReviewedTables[N][] {
  const rows = snapshotOutput().tables.get(name);
  if (!rows) throw new Error(`no dataset ${name}`);
  return structuredClone(rows) as unknown as ReviewedTables[N][];
}

/** The snapshot's datasets as the view tests read them (siteTables in helpers/reviewed-tables.ts). */
export function snapshotSite(): ReturnType<typeof siteTables> {
  return siteTables(snapshotTable);
}
