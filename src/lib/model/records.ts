/**
 * TypeScript shapes of the published rows. The pipeline builds rows of these types (checked by tsc)
 * and validates them against the strict schemas from dictionary.ts (checked at every build), so the
 * types, the dictionary and the files agree. A coded column's type is its code list's (codes.ts).
 */
import type {
  VERDICTS,
  COMPARATORS,
  AGENCY_KINDS,
  BASES,
  LEGAL_CONTEXTS,
  SUCCESSOR_RELATIONS,
  URL_KINDS,
  VALIDITY_CODES,
  BLOCK_KINDS,
  BODY_VIAS,
  CITATION_PLACES,
  DIRECTIONS,
  PILLARS,
  QUALIFIERS,
  ROLES,
  STATUSES,
  TARGET_RESULTS,
  TARGET_UNITS,
  TASK_STATUSES,
  TIMEFRAME_KINDS,
  SOURCE_KINDS,
  EVALUATION_SUBJECTS,
  MEKONG_PROVINCES,
  REGIONAL_BASES,
} from './codes.ts';

/** A published row before it is typed: column name → value. */
export type Row = Record<string, unknown>;

export type Comparator = (typeof COMPARATORS)[number];
export type TargetUnit = (typeof TARGET_UNITS)[number];
export type Pillar = (typeof PILLARS)[number];

export type TargetRecord = {
  /** Stable ASCII id: "II.2.b.1" = section + bullet order; "II.1.rank-2025", "II.1.region-lead-2030". */
  id: string;
  /** The indicator (content/indicators.csv) the target measures; null until linkIndicators. */
  indicator_id: string | null;
  pillar: Pillar;
  target_year: number;
  /** The bullet (or, in II.1, the clause) verbatim as in plan_blocks, without its trailing ';' or '.'. */
  statement: string;
  comparator: Comparator;
  /** The comparator in Vietnamese (COMPARATOR's label). */
  comparator_label: string;
  /** The number the statement sets; null for a boolean target. */
  value: number | null;
  unit: TargetUnit;
  /** What is counted or required, in the plan's words (the statement after its number). */
  subject: string;
  section_id: string;
  source_line: number;
};

export type Qualifier = (typeof QUALIFIERS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Basis = (typeof BASES)[number];

export type ProgressRecord = {
  indicator_id: string;
  year: number;
  value: number;
  qualifier: Qualifier; // "trên 58%" is at_least 58, never exactly 58
  period_start: string | null; // ISO dates when the value covers a stated period or part of a year
  period_end: string | null;
  derivation: string | null; // how the value was computed from the source, when it was
  basis: Basis;
  source_title: string;
  source_url: string;
  published_date: string | null; // ISO yyyy-mm-dd when the source shows it
  note: string; // what the source says (the figure's words in «») and how the row reads it
  source_kind: SourceKind; // whose word the value is (codes.ts SOURCE_KIND)
  reported_by: string | null; // the body whose own report it is (a form's row, or a curated row from that body's report)
};

export type TaskStatus = (typeof TASK_STATUSES)[number];

/** One finding about a task (a row of content/task_status.csv, as published in `task_status`). */
export type TaskStatusRecord = {
  task_id: string;
  as_of: string; // the date the evidence refers to
  status: TaskStatus;
  summary: string; // our words; a quoted phrase of the source in «»
  source_title: string | null;
  source_url: string | null;
  source_published: string | null;
  checked: string; // when a curator last looked
  source_kind: SourceKind; // whose word the finding is (codes.ts SOURCE_KIND)
  reported_by: string | null; // the body whose own report it is (a form's row, or a curated row from that body's report)
};

export type SuccessorRelation = (typeof SUCCESSOR_RELATIONS)[number];

/** One row of the table, as published in `agency_successors`. */
export type AgencySuccessorRecord = {
  agency_id: string;
  successor_name: string | null; // null when abolished or not determined
  successor_agency_id: string | null; // when the successor is itself an agency of the plan
  relation: SuccessorRelation;
  effective_date: string | null; // null only for unchanged and not_determined
  legal_document_ids: string[];
  scope: string | null; // which functions, for split_between
  note: string;
  source_url: string | null; // a news or official page for facts no legal text states
  body_id: string | null; // on a latest row: the body of content/bodies.csv that holds the role today
};

export type IndicatorStatus = (typeof STATUSES)[number];

export type Direction = (typeof DIRECTIONS)[number];

export type SectionRecord = {
  id: string;
  parent_id: string | null;
  level: number;
  number: string | null;
  title: string | null;
  text: string | null;
  order: number;
  source_line_start: number;
  source_line_end: number;
  pillar: Pillar | null;
};

export type BlockRecord = {
  section_id: string;
  order: number;
  kind: (typeof BLOCK_KINDS)[number];
  text: string;
  source_line_start: number;
  source_line_end: number;
};

export type TaskRecord = {
  id: string;
  slug: string;
  group_id: string;
  group_title: string;
  subgroup_id: string | null;
  subgroup_title: string | null;
  number: string;
  content: string;
  lead_agency_ids: string[];
  cooperating_agency_ids: string[];
  lead_agencies_text: string;
  cooperating_agencies_text: string | null;
  timeframe_text: string;
  timeframe_kind: (typeof TIMEFRAME_KINDS)[number];
  start_year: number;
  end_year: number;
  note_text: string | null;
  legal_document_ids: string[];
  source_line: number;
  due_date: string;
  status: (typeof TASK_STATUSES)[number];
  status_as_of: string;
  past_due: boolean;
  quarter: number | null;
  /** Today's bodies that lead the task, own or inherited (bodies.csv ids; collectives included). */
  lead_body_ids: string[];
  /** The bodies whose reporting form lists the task (the form assignment, task_bodies.on_form). */
  report_body_ids: string[];
  /** Whose word the status is: the kind of its finding and the body that reported it; null when none. */
  status_source_kind: SourceKind | null;
  status_reported_by: string | null;
  /** The finding's year when it is dated more than a year before the review date ("theo nguồn năm 2023"). */
  status_evidence_year: number | null;
  /** The same, from independent evidence only (documents and public pages; no self-report). */
  independent_status: (typeof TASK_STATUSES)[number];
  independent_status_as_of: string;
  independent_status_evidence_year: number | null;
};

export type GroupRecord = {
  id: string;
  parent_id: string | null;
  level: number;
  number: string;
  title: string;
  task_count: number;
  source_line: number;
  slug: string;
  pillar: Pillar | null;
};

export type AgencyRecord = {
  id: string;
  name: string;
  short_name: string | null;
  aliases: string[];
  kind: (typeof AGENCY_KINDS)[number];
  is_collective: boolean;
  lead_task_count: number;
  cooperating_task_count: number;
  plan_section_ids: string[];
  successor_relation: (typeof SUCCESSOR_RELATIONS)[number];
  successor_names: string[];
  successor_since: string | null;
};

export type TaskAgencyRecord = {
  task_id: string;
  agency_id: string;
  role: (typeof ROLES)[number];
  order: number;
};

/** A body that holds a 2022 agency's role today (content/bodies.csv, as published in `bodies`). */
export type BodyRecord = {
  id: string;
  name: string;
  short_name: string | null;
  kind: (typeof AGENCY_KINDS)[number];
  is_collective: boolean;
  /** The collective bodies it is one of ("các sở, ban, ngành tỉnh"). */
  member_of: string[];
  /** The 2022 agencies whose role it now holds. */
  agency_ids: string[];
  /** It holds the role of the plan's coordinator (so-tttt) today. */
  is_coordinator: boolean;
  /** Tasks it leads today, own + inherited. */
  lead_task_count: number;
  /** Tasks it co-runs today, own + inherited, not counted in lead_task_count. */
  cooperating_task_count: number;
  /** Tasks led or co-run by a collective it is a member of, not counted above. */
  shared_task_count: number;
  /** Rows on its reporting form; 0 = no form. */
  form_task_count: number;
  /** "bieu-mau/<id>.xlsx" relative to the data folder (reportFormFile), null when it has no form. */
  report_form: string | null;
  /** How it was formed; for a collective, who its members are or why none are listed (content/bodies.csv). */
  note: string | null;
};

/** One task, today's body, role and 2022 agency it comes through (`task_bodies`). */
export type TaskBodyRecord = {
  task_id: string;
  body_id: string;
  role: (typeof ROLES)[number];
  via: (typeof BODY_VIAS)[number];
  /** The plan's 2022 agency this row comes through. */
  agency_id: string;
  /** The task is on this body's reporting form (tasks.report_body_ids). */
  on_form: boolean;
};

export type LegalDocumentRecord = {
  id: string;
  number: string | null;
  type: string;
  issuer: string | null;
  issued_date: string | null;
  title: string | null;
  cited_by_task_count: number;
  cited_by_section_count: number;
  context: (typeof LEGAL_CONTEXTS)[number];
  url: string | null;
  url_kind: (typeof URL_KINDS)[number] | null;
  cited_by_successor_count: number;
  validity: (typeof VALIDITY_CODES)[number] | null;
  validity_note: string | null;
  validity_source_url: string | null;
};

export type TaskReferenceRecord = {
  task_id: string;
  legal_document_id: string;
  clause: string | null;
  cited_in: (typeof CITATION_PLACES)[number];
  citation_text: string;
};

export type SectionReferenceRecord = {
  section_id: string;
  legal_document_id: string;
  clause: string | null;
  citation_text: string;
  source_line: number;
};

export type IndicatorRecord = {
  id: string;
  name: string;
  pillar: (typeof PILLARS)[number];
  unit: (typeof TARGET_UNITS)[number];
  direction: (typeof DIRECTIONS)[number];
  target_basis: (typeof BASES)[number];
  target_2025_id: string | null;
  target_2030_id: string | null;
  task_ids: string[];
  latest_year: number | null;
  latest_value: number | null;
  latest_qualifier: (typeof QUALIFIERS)[number] | null;
  status: (typeof STATUSES)[number];
  result_2025: (typeof TARGET_RESULTS)[number] | null;
  note: string;
  judged_target_id: string;
  latest_verdict: (typeof VERDICTS)[number] | null;
  expected_value: number | null;
  target_year_passed_without_value: boolean;
  /** Whose word the latest value is; null when there is none. */
  latest_source_kind: SourceKind | null;
  latest_reported_by: string | null;
};

/** One of the province's own evaluations of its targets (content/evaluations.csv, published as `evaluations`). */
export type EvaluationRecord = {
  id: string;
  subject: (typeof EVALUATION_SUBJECTS)[number];
  title: string; // our words: what was evaluated and when
  evaluated_by: string; // who made the evaluation, as the source names it
  period_start: string | null;
  period_end: string | null;
  target_count: number | null; // every count null where the source does not say it
  exceeded_count: number | null;
  met_count: number | null;
  met_or_exceeded_count: number | null; // when the source gives "đạt và vượt" as one number
  not_met_count: number | null;
  source_title: string;
  source_url: string;
  source_published: string | null;
  note: string; // the source's words carrying the figures, in «», and how the row reads them
};

/**
 * One Mekong Delta province's DTI rank in one year (content/regional_ranks.csv, published as
 * `regional_ranks`): the national rank as its source prints it, and the province's position among the
 * thirteen, worked out from the national ranks when all thirteen are known for that year.
 */
export type RegionalRankRecord = {
  year: number; // the year evaluated (DTI 2022 was announced in 2023)
  basis: (typeof REGIONAL_BASES)[number];
  province_id: (typeof MEKONG_PROVINCES)[number];
  province: string; // the name as the source writes it ("TP. Cần Thơ")
  rank: number;
  region_rank: number | null; // a rank within the region, only when this row's source prints one
  region_position: number | null; // derived: 1 + the provinces of the region ranked above it that year
  source_title: string;
  source_url: string;
  source_published: string | null;
  source_kind: SourceKind;
  note: string;
};

/**
 * Each dataset's row type by its name in the dictionary (DATASETS): the site's collections bear
 * these names, and siteData() types its rows through this map.
 */
export interface DatasetRecords {
  plan_sections: SectionRecord;
  plan_blocks: BlockRecord;
  tasks: TaskRecord;
  task_status: TaskStatusRecord;
  groups: GroupRecord;
  agencies: AgencyRecord;
  agency_successors: AgencySuccessorRecord;
  task_agencies: TaskAgencyRecord;
  bodies: BodyRecord;
  task_bodies: TaskBodyRecord;
  legal_documents: LegalDocumentRecord;
  task_legal_references: TaskReferenceRecord;
  section_legal_references: SectionReferenceRecord;
  targets: TargetRecord;
  indicators: IndicatorRecord;
  progress: ProgressRecord;
  evaluations: EvaluationRecord;
  regional_ranks: RegionalRankRecord;
}
