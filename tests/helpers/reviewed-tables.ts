/**
 * The reviewed copies of the datasets (reviewed-data/, committed): the same JSON the data stage
 * publishes as public/data/<name>.json, so unit tests read the real data with no build. Each call
 * parses afresh: test files share modules in the unit project (vitest.config.ts), and one file's
 * edit of a row must not reach another's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AgencyRecord,
  AgencySuccessorRecord,
  BodyRecord,
  EvaluationRecord,
  BlockRecord,
  GroupRecord,
  IndicatorRecord,
  LegalDocumentRecord,
  ProgressRecord,
  SectionRecord,
  SectionReferenceRecord,
  TargetRecord,
  TaskAgencyRecord,
  TaskBodyRecord,
  TaskRecord,
  TaskReferenceRecord,
  TaskStatusRecord,
} from '../../src/lib/model/records.ts';
import { planSchema, type PlanRecord } from '../../src/lib/model/plan.ts';
import { indicatorView, type IndicatorView } from '../../src/lib/model/record-queries.ts';
import { ROOT } from './seed.ts';

export const REVIEWED = join(ROOT, 'reviewed-data');

/** Each reviewed dataset's row type (plan_sections is a tree in its JSON: reviewedSections() flattens it). */
export interface ReviewedTables {
  agencies: AgencyRecord;
  agency_successors: AgencySuccessorRecord;
  bodies: BodyRecord;
  evaluations: EvaluationRecord;
  groups: GroupRecord;
  indicators: IndicatorRecord;
  legal_documents: LegalDocumentRecord;
  plan_blocks: BlockRecord;
  progress: ProgressRecord;
  section_legal_references: SectionReferenceRecord;
  targets: TargetRecord;
  task_agencies: TaskAgencyRecord;
  task_bodies: TaskBodyRecord;
  task_legal_references: TaskReferenceRecord;
  task_status: TaskStatusRecord;
  tasks: TaskRecord;
}

/** A reviewed file as committed: `tasks.csv`, `plan.json`, … */
export function reviewedText(file: string): string {
  return readFileSync(join(REVIEWED, file), 'utf8');
}

/** A dataset's rows, as `<name>.json` holds them. */
export function reviewedTable<N extends keyof ReviewedTables>(name: N): ReviewedTables[N][] {
  return JSON.parse(reviewedText(`${name}.json`)) as ReviewedTables[N][];
}

type SectionNode = SectionRecord & { children: SectionNode[]; blocks: unknown[] };

/** The outline's sections in document order, without the tree's children and blocks (as the site's collection reads them). */
export function reviewedSections(): SectionRecord[] {
  const flatten = (nodes: SectionNode[]): SectionRecord[] =>
    nodes.flatMap(({ children, blocks: _b, ...row }) => [row, ...flatten(children)]);
  return flatten(JSON.parse(reviewedText('plan_sections.json')) as SectionNode[]);
}

/** plan.json, held to its schema. */
export function reviewedPlan(): PlanRecord {
  return planSchema.parse(JSON.parse(reviewedText('plan.json')));
}

/** Reads one dataset's rows: reviewedTable here, snapshotTable (helpers/snapshot.ts) for the frozen outcomes. */
export type TableReader = <N extends keyof ReviewedTables>(name: N) => ReviewedTables[N][];

/** The datasets the view tests read, under the names the pages give them, with the lookups by id the pages build. */
export function siteTables(table: TableReader) {
  const agencies = table('agencies');
  const documents = table('legal_documents');
  const targets = table('targets');
  const indicators = table('indicators');
  const progress = table('progress');
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const indicatorViews: IndicatorView[] = indicators.map((i) => indicatorView(i, targetById, progress));
  return {
    tasks: table('tasks'),
    groups: table('groups'),
    agencies,
    taskAgencies: table('task_agencies'),
    documents,
    taskRefs: table('task_legal_references'),
    sectionRefs: table('section_legal_references'),
    blocks: table('plan_blocks'),
    targets,
    indicators,
    progress,
    agencyById: new Map(agencies.map((a) => [a.id, a])),
    documentById: new Map(documents.map((d) => [d.id, d])),
    targetById,
    indicatorViews,
  };
}

/** The reviewed datasets as the view tests read them: siteTables() plus the flattened outline and plan.json. */
export function reviewedSite() {
  return { ...siteTables(reviewedTable), sections: reviewedSections(), plan: reviewedPlan() };
}
