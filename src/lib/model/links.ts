/**
 * How the datasets point at each other: every column holding another dataset's id. One list for
 * both uses: src/lib/pipeline/datasets.ts verifies these links before anything is written, and the
 * datapackage declares them as foreign keys. Each link points at the target's `id` column.
 */
export interface DatasetLink {
  table: string;
  column: string;
  target: string;
}

/**
 * The dataset a `reported_by` names: the plan's agencies until today's bodies are published, then
 * `bodies` (switched with src/lib/pipeline/reporters.ts, which reads the same table from content/).
 */
export const REPORTER_DATASET = 'agencies';

export const DATASET_LINKS: readonly DatasetLink[] = [
  ['tasks', 'group_id', 'groups'],
  ['tasks', 'subgroup_id', 'groups'],
  ['tasks', 'lead_agency_ids', 'agencies'],
  ['tasks', 'cooperating_agency_ids', 'agencies'],
  ['tasks', 'legal_document_ids', 'legal_documents'],
  ['task_agencies', 'task_id', 'tasks'],
  ['task_agencies', 'agency_id', 'agencies'],
  ['task_legal_references', 'task_id', 'tasks'],
  ['task_legal_references', 'legal_document_id', 'legal_documents'],
  ['section_legal_references', 'section_id', 'plan_sections'],
  ['section_legal_references', 'legal_document_id', 'legal_documents'],
  ['plan_blocks', 'section_id', 'plan_sections'],
  ['plan_sections', 'parent_id', 'plan_sections'],
  ['groups', 'parent_id', 'groups'],
  ['agencies', 'plan_section_ids', 'plan_sections'],
  ['targets', 'indicator_id', 'indicators'],
  ['targets', 'section_id', 'plan_sections'],
  ['indicators', 'target_2025_id', 'targets'],
  ['indicators', 'target_2030_id', 'targets'],
  ['indicators', 'task_ids', 'tasks'],
  ['indicators', 'judged_target_id', 'targets'],
  ['progress', 'indicator_id', 'indicators'],
  ['task_status', 'task_id', 'tasks'],
  ['task_status', 'reported_by', REPORTER_DATASET],
  ['progress', 'reported_by', REPORTER_DATASET],
  ['tasks', 'status_reported_by', REPORTER_DATASET],
  ['indicators', 'latest_reported_by', REPORTER_DATASET],
  ['agency_successors', 'agency_id', 'agencies'],
  ['agency_successors', 'successor_agency_id', 'agencies'],
  ['agency_successors', 'legal_document_ids', 'legal_documents'],
].map(([table, column, target]) => ({ table: table!, column: column!, target: target! }));

/** The links leaving one dataset, in the list's order. */
export const linksFrom = (table: string): DatasetLink[] => DATASET_LINKS.filter((l) => l.table === table);
