/**
 * The data dictionary: every published dataset in publication order, each with its columns, their
 * types, Vietnamese labels and constraints. One source for the row schemas (validation before
 * writing), the CSV column order, docs/data-dictionary.md, the Table Schemas and the dataset pages.
 *
 * Where things are: the columns of each dataset, by group, in columns/ (plan-, task-, agency-,
 * body-, legal-, indicator-, evaluation- and regional-rank-columns.ts); the codes a column allows and their words in codes.ts;
 * what turns a dataset's columns into a row schema in dataset-schema.ts.
 */
import { COLUMN_TYPE, labelsOf } from './codes.ts';
import type { ColumnType, DatasetSpec } from './dataset-schema.ts';
import { agencies, agencySuccessors, taskAgencies } from './columns/agency-columns.ts';
import { bodies, taskBodies } from './columns/body-columns.ts';
import { indicators, progress, targets } from './columns/indicator-columns.ts';
import { legalDocuments, sectionLegalReferences, taskLegalReferences } from './columns/legal-columns.ts';
import { planBlocks, planSections } from './columns/plan-columns.ts';
import { groups, tasks, taskStatus } from './columns/task-columns.ts';
import { evaluations } from './columns/evaluation-columns.ts';
import { regionalRanks } from './columns/regional-rank-columns.ts';

export { rowSchema, type ColumnSpec, type ColumnType, type DatasetSpec } from './dataset-schema.ts';
/** The columns' allowed values, from codes.ts (where their words are). */
export {
  AGENCY_KINDS,
  BASES,
  BLOCK_KINDS,
  BODY_VIAS,
  CITATION_PLACES,
  COMPARATORS,
  DIRECTIONS,
  LEGAL_CONTEXTS,
  PILLARS,
  QUALIFIERS,
  ROLES,
  STATUSES,
  SUCCESSOR_RELATIONS,
  TARGET_RESULTS,
  TARGET_UNITS,
  TASK_STATUSES,
  TIMEFRAME_KINDS,
  URL_KINDS,
  VALIDITY_CODES,
  VERDICTS,
} from './codes.ts';

/**
 * A column's type in words, one wording for every place a reader meets it: the dataset pages, the
 * zip's README.vi.md and docs/data-dictionary.md (which adds the type's code). The workbooks have
 * their own (COLUMN_TYPE's `workbook`): there dates are real dates and lists are joined with "; ".
 */
export const COLUMN_TYPE_LABEL: Record<ColumnType, string> = labelsOf(COLUMN_TYPE);

/** Every dataset, in the order they are published, listed and documented. */
export const DATASETS: readonly DatasetSpec[] = [
  planSections,
  planBlocks,
  tasks,
  taskStatus,
  groups,
  agencies,
  agencySuccessors,
  taskAgencies,
  bodies,
  taskBodies,
  legalDocuments,
  taskLegalReferences,
  sectionLegalReferences,
  targets,
  indicators,
  progress,
  regionalRanks,
  evaluations,
];

/** Looks a dataset up by name; throws for an unknown name (a programming error). */
export function datasetSpec(name: string): DatasetSpec {
  const spec = DATASETS.find((d) => d.name === name);
  if (!spec) throw new Error(`unknown dataset ${name}`);
  return spec;
}
