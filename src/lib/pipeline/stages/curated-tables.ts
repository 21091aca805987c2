/** Stage 2 of the data stage: the curated tables of content/, parsed and checked against each other. */
import type { AgencySuccessorRecord, EvaluationRecord, ProgressRecord, RegionalRankRecord, TaskStatusRecord } from '../../model/records.ts';
import { parseEvaluationTable } from '../evaluations.ts';
import { buildAgencyIndex, parseAgencyTable, type AgencyIndex } from '../agencies.ts';
import { coordinatorBody, parseBodyTable, resolveAgencyBodies, type BodyEntry } from '../bodies.ts';
import type { Located } from '../curated-csv.ts';
import { parseIndicatorTable, type IndicatorEntry } from '../indicators.ts';
import type { PipelineInput } from '../inputs.ts';
import { parseLegalTable } from '../legal.ts';
import { compareEvidence } from '../../model/evidence.ts';
import { parseProgressTable } from '../progress.ts';
import { regionalLeadProgress } from '../regional-lead.ts';
import { parseRegionalRankTable } from '../regional-ranks.ts';
import { reporters as reportersOf } from '../reporters.ts';
import { parseSuccessorTable } from '../successors.ts';
import { parseTaskStatusTable } from '../task-status.ts';
import type { AgencyEntry, LegalDocumentEntry } from '../types.ts';
import { compare } from './row-helpers.ts';

/** The curated tables of content/, parsed and checked against each other. */
export interface CuratedTables {
  agencies: AgencyEntry[];
  agencyIndex: AgencyIndex;
  legalDocuments: LegalDocumentEntry[];
  taskStatus: Located<TaskStatusRecord>[];
  successors: Located<AgencySuccessorRecord>[];
  /** Today's bodies (content/bodies.csv). */
  bodies: BodyEntry[];
  /** Each 2022 agency → the bodies that hold its role today (none: abolished or not determined). */
  bodiesOf: ReadonlyMap<string, readonly string[]>;
  /** The body that holds the plan coordinator's role today. */
  coordinator: string;
  indicators: IndicatorEntry[];
  /** The published values: content/progress.csv's rows and those derived from the regional ranks (`derivedProgress`). */
  progress: Located<ProgressRecord>[];
  /** The values of dti-mekong-lead, derived from `regionalRanks` (each located at the row it comes from). */
  derivedProgress: Located<ProgressRecord>[];
  evaluations: Located<EvaluationRecord>[];
  /** The DTI ranks of the thirteen Mekong Delta provinces (content/regional_ranks.csv), with their positions in the region. */
  regionalRanks: Located<RegionalRankRecord>[];
}

/** Stage 2: read the curated tables (agencies, legal documents, findings, successors, today's bodies, indicators, values). */
export function readCuratedTables(input: PipelineInput, taskIds: readonly string[]): CuratedTables {
  const span = { planStart: `${input.period.start_year}-01-01`, reviewDate: input.reviewDate };
  const agencies = parseAgencyTable(input.agencies.text, input.agencies.file);
  const legalDocuments = parseLegalTable(input.legalDocuments.text, input.legalDocuments.file, input.reviewDate);
  const bodies = parseBodyTable(input.bodies.text, input.bodies.file);
  // Who may be named as the body whose own report a finding or a value is.
  const reporters = reportersOf(bodies, input.bodies.file);
  // What is publicly known of each task: the curated findings; each task carries its latest one.
  const taskStatus = parseTaskStatusTable(input.taskStatus.text, input.taskStatus.file, taskIds, span, reporters);
  // Who holds each agency's role today: a separate, curated layer over the plan's 2022 names.
  const successors = parseSuccessorTable(
    input.agencySuccessors.text,
    input.agencySuccessors.file,
    { file: input.agencies.file, rows: agencies },
    legalDocuments.map((d) => d.id),
    span,
  ).sort(
    (a, b) =>
      compare(a.agency_id, b.agency_id) ||
      compare(a.effective_date ?? '', b.effective_date ?? '') ||
      compare(a.successor_name ?? '', b.successor_name ?? ''),
  );
  // Today's bodies and the chain from each 2022 agency to them.
  const bodyFiles = { bodies: input.bodies.file, successors: input.agencySuccessors.file };
  const bodiesOf = resolveAgencyBodies(successors, bodies, bodyFiles);
  const coordinator = coordinatorBody(bodiesOf, bodies, successors, bodyFiles);
  const indicators = parseIndicatorTable(input.indicators.text, input.indicators.file);
  const curatedProgress = parseProgressTable(
    input.progress.text,
    input.progress.file,
    new Map(indicators.map((i) => [i.id, i.unit])),
    input.reviewDate,
    reporters,
  );
  // The regional target's values come from the thirteen provinces' ranks, never typed in by hand.
  const regionalRanks = parseRegionalRankTable(input.regionalRanks.text, input.regionalRanks.file, input.reviewDate);
  const derivedProgress = regionalLeadProgress(regionalRanks, curatedProgress, {
    ranks: input.regionalRanks.file,
    progress: input.progress.file,
  });
  const progress = [...curatedProgress, ...derivedProgress].sort(
    (a, b) => compare(a.indicator_id, b.indicator_id) || a.year - b.year || compare(a.basis, b.basis) || compareEvidence(a, b),
  );
  // The province's own verdicts on its targets: published beside, never mixed with, the evidence.
  const evaluations = parseEvaluationTable(input.evaluations.text, input.evaluations.file, input.reviewDate);
  return {
    agencies,
    agencyIndex: buildAgencyIndex(agencies),
    legalDocuments,
    taskStatus,
    successors,
    bodies,
    bodiesOf,
    coordinator,
    indicators,
    progress,
    derivedProgress,
    evaluations,
    regionalRanks,
  };
}
