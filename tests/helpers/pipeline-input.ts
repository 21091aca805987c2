/** The pipeline's input read from the committed seed and content/, as the data stage reads it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineInput } from '../../src/lib/pipeline/datasets.ts';
import { sha256 } from '../../src/lib/model/hash.ts';
import { decodeSource } from '../../src/lib/pipeline/source.ts';
import { REVIEW_DATE } from './content-release.ts';
import { ROOT, SEED_FILE, SEED_PATH } from './seed.ts';

/** Where each curated file is read from (named content/<name> in messages whatever the folder). */
export type ContentPath = (name: string) => string;

const CONTENT: ContentPath = (name) => join(ROOT, 'content', name);

/** The pipeline's input from the seed and the curated files at `path`, bounded by `reviewDate`. */
export function pipelineInput(path: ContentPath, reviewDate: string): PipelineInput {
  const content = (name: string) => ({
    file: `content/${name}`,
    text: decodeSource(readFileSync(path(name)), `content/${name}`).text,
  });
  const bytes = readFileSync(SEED_PATH);
  return {
    seed: { file: SEED_FILE, text: decodeSource(bytes, SEED_FILE).text, sha256: sha256(bytes), bytes: bytes.length },
    agencies: content('agencies.csv'),
    legalDocuments: content('legal_documents.csv'),
    indicators: content('indicators.csv'),
    progress: content('progress.csv'),
    taskStatus: content('task_status.csv'),
    evaluations: content('evaluations.csv'),
    regionalRanks: content('regional_ranks.csv'),
    agencySuccessors: content('agency_successors.csv'),
    bodies: content('bodies.csv'),
    period: JSON.parse(content('plan_period.json').text) as PipelineInput['period'],
    reviewDate,
  };
}

/** The real input: content/ as committed, and the review date of content/release.json. */
export function realPipelineInput(reviewDate = REVIEW_DATE): PipelineInput {
  return pipelineInput(CONTENT, reviewDate);
}
