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

/** The dataset a `reported_by` names: today's bodies (src/lib/pipeline/reporters.ts checks the ids). */
export const REPORTER_DATASET = 'bodies';

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
  ['agency_successors', 'body_id', 'bodies'],
  ['tasks', 'lead_body_ids', 'bodies'],
  ['tasks', 'report_body_ids', 'bodies'],
  ['bodies', 'member_of', 'bodies'],
  ['bodies', 'agency_ids', 'agencies'],
  ['task_bodies', 'task_id', 'tasks'],
  ['task_bodies', 'body_id', 'bodies'],
  ['task_bodies', 'agency_id', 'agencies'],
].map(([table, column, target]) => ({ table: table!, column: column!, target: target! }));

/** The links leaving one dataset, in the list's order. */
export const linksFrom = (table: string): DatasetLink[] => DATASET_LINKS.filter((l) => l.table === table);
