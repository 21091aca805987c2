/**
 * From the parsed document and the curated tables to the published datasets. Pure: text in, rows out.
 * Every decision about the data is made here once; pages and downloads only read the result.
 *
 * The stages, in order, each in its own module under stages/ with its own tests
 * (tests/unit/pipeline/datasets.test.ts): 1 parse-document, 2 curated-tables, 3 resolve-tasks,
 * today-bodies and counted-rows, 4 judge-indicators, 5 validate-tables, 6 plan-document.
 */
import type { SourceWarning } from '../model/errors.ts';
import type { AppendixAccounting } from '../model/manifest.ts';
import type { PlanRecord } from '../model/plan.ts';
import type { Row } from '../model/records.ts';
import { withoutLine } from './curated-csv.ts';
import type { PipelineInput } from './inputs.ts';
import { agencyRows, groupRows, legalDocumentRows } from './stages/counted-rows.ts';
import { readCuratedTables } from './stages/curated-tables.ts';
import { judgeIndicators } from './stages/judge-indicators.ts';
import { parseDocument } from './stages/parse-document.ts';
import { planDocument, sectionTree } from './stages/plan-document.ts';
import { resolveSectionCitations, resolveTasks } from './stages/resolve-tasks.ts';
import { todayBodies } from './stages/today-bodies.ts';
import { rowLocator, validateTables } from './stages/validate-tables.ts';

export type { PipelineInput } from './inputs.ts';
export { parseDocument, type ParsedDocument } from './stages/parse-document.ts';
export { readCuratedTables, type CuratedTables } from './stages/curated-tables.ts';
export { resolveSectionCitations, resolveTasks, type PlanTask, type ResolvedTasks } from './stages/resolve-tasks.ts';
export { todayBodies, type TodayBodies } from './stages/today-bodies.ts';
export { agencyRows, groupRows, legalDocumentRows } from './stages/counted-rows.ts';
export { judgeIndicators, type JudgedIndicators } from './stages/judge-indicators.ts';
export { rowLocator, validateTables, type RowLocator, type RowOrigin } from './stages/validate-tables.ts';
export { SOURCE_FILE } from './stages/plan-document.ts';

export interface PipelineOutput {
  /** Flat rows per dataset name, in publication order. */
  tables: Map<string, readonly Row[]>;
  /** The plan_sections outline as a tree (the JSON form of that dataset). */
  sectionTree: unknown[];
  plan: PlanRecord;
  /** The source document as read (UTF-8, LF, NFC), published beside the data as SOURCE_FILE. */
  sourceText: string;
  accounting: AppendixAccounting;
  warnings: SourceWarning[];
}

/**
 * Builds every dataset from the inputs; throws a SourceError on the first bad input. A short sequence
 * of named stages, each a function with its own tests.
 */
export function buildDatasets(input: PipelineInput): PipelineOutput {
  const document = parseDocument(input.seed);
  const curated = readCuratedTables(
    input,
    document.appendix.tasks.map((t) => t.id),
  );
  const resolved = resolveTasks(document, curated, input);
  const sectionRefs = resolveSectionCitations(document, curated, input.seed.file);
  const today = todayBodies(curated, resolved.tasks, resolved.taskAgencies);
  const groups = groupRows(document, today.tasks);
  const agencies = agencyRows(curated, resolved.taskAgencies, input.agencies.file);
  const legal = legalDocumentRows(curated, resolved.taskRefs, sectionRefs, input);
  const measured = judgeIndicators(document, curated, today.tasks, input);

  const tables = new Map<string, readonly Row[]>([
    ['plan_sections', measured.sections],
    ['plan_blocks', measured.blocks],
    ['tasks', today.tasks],
    ['task_status', curated.taskStatus.map(withoutLine)],
    ['groups', groups],
    ['agencies', agencies.rows],
    ['agency_successors', curated.successors.map(withoutLine)],
    ['task_agencies', resolved.taskAgencies],
    ['bodies', today.bodies],
    ['task_bodies', today.taskBodies],
    ['legal_documents', legal.rows],
    ['task_legal_references', resolved.taskRefs],
    ['section_legal_references', sectionRefs],
    ['targets', measured.targets],
    ['indicators', measured.indicators],
    ['progress', curated.progress.map(withoutLine)],
    ['evaluations', curated.evaluations.map(withoutLine)],
    ['regional_ranks', curated.regionalRanks.map(withoutLine)],
  ]);
  validateTables(tables, rowLocator(input, curated));

  return {
    tables,
    sectionTree: sectionTree(document.body.sections, document.body.blocks),
    plan: planDocument(document, input, tables),
    sourceText: input.seed.text,
    accounting: document.appendix.accounting,
    warnings: [...document.body.warnings, ...document.appendix.warnings, ...resolved.warnings, ...agencies.warnings, ...legal.warnings],
  };
}
