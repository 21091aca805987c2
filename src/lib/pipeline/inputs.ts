/** What the data stage reads: the seed document, the curated tables of content/, the plan period and the review date. */
import type { PlanPeriod } from './timeframe.ts';

export interface PipelineInput {
  seed: { file: string; text: string; sha256: string; bytes: number };
  agencies: { file: string; text: string };
  legalDocuments: { file: string; text: string };
  indicators: { file: string; text: string };
  progress: { file: string; text: string };
  taskStatus: { file: string; text: string };
  evaluations: { file: string; text: string };
  regionalRanks: { file: string; text: string };
  agencySuccessors: { file: string; text: string };
  bodies: { file: string; text: string };
  period: PlanPeriod & { note: string };
  /** The date of the last review (content/release.json): statuses and past-due flags are as of it. */
  reviewDate: string;
}
