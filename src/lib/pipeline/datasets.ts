/**
 * From the parsed document and the curated tables to the published datasets. Pure: text in, rows out.
 * Every decision about the data is made here once; pages and downloads only read the result.
 */
import { parseAppendix, type ParsedAppendix } from './appendix.ts';
import { buildAgencyIndex, parseAgencyTable, splitAgencyCell, type AgencyIndex } from './agencies.ts';
import { DATASET_LINKS } from '../model/links.ts';
import { DATASETS, datasetSpec, rowSchema, type DatasetSpec } from '../model/dictionary.ts';
import { SourceError, type SourceWarning } from '../model/errors.ts';
import {
  currentTarget,
  indicatorStatus,
  linkIndicators,
  parseIndicatorTable,
  targetResult,
  toIndicatorTableRow,
  verdict,
  type IndicatorEntry,
} from './indicators.ts';
import { classifyNote, findCitations, parseLegalTable } from './legal.ts';
import { assertBodyAccounted, parseBody } from './outline.ts';
import { pillarAtEnd } from './pillars.ts';
import { parseProgressTable } from './progress.ts';
import { withoutLine, type Located } from './curated-csv.ts';
import { MAX_CELL_CHARS } from '../model/values.ts';
import { parseTargets } from './targets.ts';
import { dueDate, latestTaskStatus, parseTaskStatusTable } from './task-status.ts';
import { currentSuccessors, parseSuccessorTable } from './successors.ts';
import { parseTimeframe, type PlanPeriod } from './timeframe.ts';
import type {
  AgencyRecord,
  AgencySuccessorRecord,
  BlockRecord,
  GroupRecord,
  IndicatorRecord,
  LegalDocumentRecord,
  Pillar,
  ProgressRecord,
  Row,
  SectionRecord,
  SectionReferenceRecord,
  TargetRecord,
  TaskAgencyRecord,
  TaskRecord,
  TaskReferenceRecord,
  TaskStatusRecord,
} from '../model/records.ts';
import type { AgencyEntry, LegalDocumentEntry, ParsedBody, PlanSection } from './types.ts';
import { planSchema, type PlanRecord } from '../model/plan.ts';
import type { AppendixAccounting } from '../model/manifest.ts';
import { slugOf } from '../model/paths.ts';

/** The name of the source document's copy in the published data folder. */
export const SOURCE_FILE = 'source.txt';

export interface PipelineInput {
  seed: { file: string; text: string; sha256: string; bytes: number };
  agencies: { file: string; text: string };
  legalDocuments: { file: string; text: string };
  indicators: { file: string; text: string };
  progress: { file: string; text: string };
  taskStatus: { file: string; text: string };
  agencySuccessors: { file: string; text: string };
  period: PlanPeriod & { note: string };
  /** The date of the last review (content/release.json): statuses and past-due flags are as of it. */
  reviewDate: string;
}

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
 * of named stages, each a function with its own tests (tests/unit/pipeline-stages.test.ts).
 */
export function buildDatasets(input: PipelineInput): PipelineOutput {
  const document = parseDocument(input.seed);
  const curated = readCuratedTables(
    input,
    document.appendix.tasks.map((t) => t.id),
  );
  const resolved = resolveTasks(document, curated, input);
  const sectionRefs = resolveSectionCitations(document, curated, input.seed.file);
  const groups = groupRows(document, resolved.tasks);
  const agencies = agencyRows(curated, resolved.taskAgencies, input.agencies.file);
  const legal = legalDocumentRows(curated, resolved.taskRefs, sectionRefs, input);
  const measured = judgeIndicators(document, curated, resolved.tasks, input);

  const tables = new Map<string, readonly Row[]>([
    ['plan_sections', measured.sections],
    ['plan_blocks', measured.blocks],
    ['tasks', resolved.tasks],
    ['task_status', curated.taskStatus.map(withoutLine)],
    ['groups', groups],
    ['agencies', agencies.rows],
    ['agency_successors', curated.successors.map(withoutLine)],
    ['task_agencies', resolved.taskAgencies],
    ['legal_documents', legal.rows],
    ['task_legal_references', resolved.taskRefs],
    ['section_legal_references', sectionRefs],
    ['targets', measured.targets],
    ['indicators', measured.indicators],
    ['progress', curated.progress.map(withoutLine)],
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

/** The plan as read: its body (outline, blocks, metadata) and its appendix, every line accounted for. */
export interface ParsedDocument {
  body: ParsedBody;
  appendix: ParsedAppendix;
}

/**
 * Stage 1: parse the document; stops at the first body line that reaches no output, and at a
 * paragraph longer than a spreadsheet cell (at its first line: stage 5 would name its section's).
 */
export function parseDocument(seed: PipelineInput['seed']): ParsedDocument {
  const lines = seed.text.split('\n');
  const body = parseBody(lines, seed.file);
  assertBodyAccounted(lines, body, seed.file);
  for (const b of body.blocks) {
    if (b.text.length > MAX_CELL_CHARS) {
      throw new SourceError(
        seed.file,
        b.source_line_start,
        `a paragraph of at most ${MAX_CELL_CHARS} characters (a spreadsheet cell's limit)`,
        `${b.text.length} characters`,
      );
    }
  }
  return { body, appendix: parseAppendix(lines, body.appendix_start_line, seed.file) };
}

/** The curated tables of content/, parsed and checked against each other. */
export interface CuratedTables {
  agencies: AgencyEntry[];
  agencyIndex: AgencyIndex;
  legalDocuments: LegalDocumentEntry[];
  taskStatus: Located<TaskStatusRecord>[];
  successors: Located<AgencySuccessorRecord>[];
  indicators: IndicatorEntry[];
  progress: Located<ProgressRecord>[];
}

/** Stage 2: read the curated tables (agencies, legal documents, findings, successors, indicators, values). */
export function readCuratedTables(input: PipelineInput, taskIds: readonly string[]): CuratedTables {
  const span = { planStart: `${input.period.start_year}-01-01`, reviewDate: input.reviewDate };
  const agencies = parseAgencyTable(input.agencies.text, input.agencies.file);
  const legalDocuments = parseLegalTable(input.legalDocuments.text, input.legalDocuments.file, input.reviewDate);
  // What is publicly known of each task: the curated findings; each task carries its latest one.
  const taskStatus = parseTaskStatusTable(input.taskStatus.text, input.taskStatus.file, taskIds, span);
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
  const indicators = parseIndicatorTable(input.indicators.text, input.indicators.file);
  const progress = parseProgressTable(
    input.progress.text,
    input.progress.file,
    new Map(indicators.map((i) => [i.id, i.unit])),
    input.reviewDate,
  ).sort((a, b) => compare(a.indicator_id, b.indicator_id) || a.year - b.year || compare(a.basis, b.basis));
  return { agencies, agencyIndex: buildAgencyIndex(agencies), legalDocuments, taskStatus, successors, indicators, progress };
}

/** The tasks with their agencies, time frames, citations and status resolved. */
export interface ResolvedTasks {
  tasks: TaskRecord[];
  taskAgencies: TaskAgencyRecord[];
  taskRefs: TaskReferenceRecord[];
  warnings: SourceWarning[];
}

/** Stage 3: resolve each appendix row's agencies, time frame, legal citations and latest finding. */
export function resolveTasks({ appendix }: ParsedDocument, curated: CuratedTables, input: PipelineInput): ResolvedTasks {
  const file = input.seed.file;
  const groupTitle = new Map(appendix.groups.map((g) => [g.id, g.title]));
  const subgroupTitle = new Map(appendix.subgroups.map((g) => [g.id, g.title]));
  const out: ResolvedTasks = { tasks: [], taskAgencies: [], taskRefs: [], warnings: [] };
  for (const t of appendix.tasks) {
    const where = { file, line: t.source_line };
    const lead = splitAgencyCell(t.lead_agencies_text, curated.agencyIndex, { ...where, column: 'Cơ quan chủ trì' });
    const cooperating = splitAgencyCell(t.cooperating_agencies_text, curated.agencyIndex, { ...where, column: 'Cơ quan phối hợp' });
    const overlap = lead.find((id) => cooperating.includes(id));
    if (overlap) out.warnings.push({ ...where, message: `${t.id}: ${overlap} is both lead and cooperating` });
    const timeframe = parseTimeframe(t.timeframe_text, input.period, where);
    const note = classifyNote(t.note_text, curated.legalDocuments, where);
    const refs = uniqueBy(
      [
        ...findCitations(t.content, curated.legalDocuments, where).map((c) => ({ c, cited_in: 'content' as const })),
        ...note.citations.map((c) => ({ c, cited_in: 'notes' as const })),
      ],
      ({ c, cited_in }) => `${c.legal_document_id}|${c.clause}|${cited_in}`,
    );
    const due = dueDate(timeframe);
    out.tasks.push({
      id: t.id,
      slug: slugOf(t.id),
      group_id: t.group_id,
      group_title: groupTitle.get(t.group_id)!,
      subgroup_id: t.subgroup_id,
      subgroup_title: t.subgroup_id ? subgroupTitle.get(t.subgroup_id)! : null,
      number: t.number,
      content: t.content,
      lead_agency_ids: lead,
      cooperating_agency_ids: cooperating,
      lead_agencies_text: t.lead_agencies_text,
      cooperating_agencies_text: orNull(t.cooperating_agencies_text),
      timeframe_text: t.timeframe_text,
      timeframe_kind: timeframe.kind,
      start_year: timeframe.start_year,
      end_year: timeframe.end_year,
      note_text: orNull(t.note_text),
      legal_document_ids: unique(refs.map((r) => r.c.legal_document_id)),
      source_line: t.source_line,
      due_date: due,
      ...latestTaskStatus(
        curated.taskStatus.filter((f) => f.task_id === t.id),
        due,
        input.reviewDate,
      ),
      quarter: timeframe.quarter,
    });
    lead.forEach((agency_id, i) => out.taskAgencies.push({ task_id: t.id, agency_id, role: 'lead', order: i + 1 }));
    cooperating.forEach((agency_id, i) => out.taskAgencies.push({ task_id: t.id, agency_id, role: 'cooperating', order: i + 1 }));
    for (const { c, cited_in } of refs) {
      out.taskRefs.push({
        task_id: t.id,
        legal_document_id: c.legal_document_id,
        clause: orNull(c.clause),
        cited_in,
        citation_text: c.text,
      });
    }
  }
  return out;
}

/** Stage 3 (body): the legal documents each paragraph and bullet of the body cites. */
export function resolveSectionCitations({ body }: ParsedDocument, curated: CuratedTables, file: string): SectionReferenceRecord[] {
  const refs: SectionReferenceRecord[] = [];
  for (const b of body.blocks) {
    const found = findCitations(b.text, curated.legalDocuments, { file, line: b.source_line_start });
    for (const c of uniqueBy(found, (x) => `${x.legal_document_id}|${x.clause}`)) {
      refs.push({
        section_id: b.section_id,
        legal_document_id: c.legal_document_id,
        clause: orNull(c.clause),
        citation_text: c.text,
        source_line: b.source_line_start,
      });
    }
  }
  return refs;
}

/** Stage 3 (groups): the appendix's groups and sub-groups with their task counts, path slugs and pillars. */
export function groupRows({ appendix }: ParsedDocument, tasks: readonly TaskRecord[]): GroupRecord[] {
  return appendix.groups.flatMap((g) => {
    // A group "… phát triển Kinh tế số" is that pillar's; its sub-groups (sectors) are too.
    const pillar = pillarAtEnd(g.title);
    return [
      groupRow(g.id, null, 1, g.id, g.title, tasks.filter((t) => t.group_id === g.id).length, g.source_line, pillar),
      ...appendix.subgroups
        .filter((s) => s.group_id === g.id)
        .map((s) => groupRow(s.id, g.id, 2, s.number, s.title, tasks.filter((t) => t.subgroup_id === s.id).length, s.source_line, pillar)),
    ];
  });
}

/** Stage 3 (agencies): each body with its task counts and who holds its role now. */
export function agencyRows(
  curated: CuratedTables,
  taskAgencies: readonly TaskAgencyRecord[],
  file: string,
): { rows: AgencyRecord[]; warnings: SourceWarning[] } {
  const warnings: SourceWarning[] = [];
  const rows = [...curated.agencies]
    .sort((a, b) => compare(a.id, b.id))
    .map((a): AgencyRecord => {
      const own = curated.successors.filter((r) => r.agency_id === a.id);
      const current = currentSuccessors(own);
      const changes = own.filter((r) => r.relation !== 'unchanged' && r.effective_date !== null).map((r) => r.effective_date!);
      const lead = distinctTasks(taskAgencies, a.id, 'lead');
      const cooperating = distinctTasks(taskAgencies, a.id, 'cooperating');
      if (lead + cooperating === 0 && a.plan_section_ids.length === 0) {
        warnings.push({ file, line: a.line, message: `agency ${a.id} is named nowhere in the plan` });
      }
      return {
        id: a.id,
        name: a.name,
        short_name: orNull(a.short_name),
        aliases: a.aliases,
        kind: a.kind,
        is_collective: a.is_collective,
        lead_task_count: lead,
        cooperating_task_count: cooperating,
        plan_section_ids: a.plan_section_ids,
        successor_relation: current[0]!.relation,
        successor_names: unique(current.flatMap((r) => (r.successor_name && r.relation !== 'unchanged' ? [r.successor_name] : []))),
        successor_since: changes.length ? changes.sort()[0]! : null,
      };
    });
  return { rows, warnings };
}

/** Stage 3 (legal documents): each document with how often it is cited, warning about unused ones. */
export function legalDocumentRows(
  curated: CuratedTables,
  taskRefs: readonly TaskReferenceRecord[],
  sectionRefs: readonly SectionReferenceRecord[],
  input: Pick<PipelineInput, 'legalDocuments' | 'agencySuccessors'>,
): { rows: LegalDocumentRecord[]; warnings: SourceWarning[] } {
  const rows = [...curated.legalDocuments]
    .sort((a, b) => compare(a.id, b.id))
    .map((d): LegalDocumentRecord => ({
      id: d.id,
      number: orNull(d.number),
      type: d.type,
      issuer: orNull(d.issuer),
      issued_date: orNull(d.issued_date),
      title: orNull(d.title),
      cited_by_task_count: new Set(taskRefs.filter((r) => r.legal_document_id === d.id).map((r) => r.task_id)).size,
      cited_by_section_count: new Set(sectionRefs.filter((r) => r.legal_document_id === d.id).map((r) => r.section_id)).size,
      context: d.context,
      url: orNull(d.url),
      url_kind: d.url_kind === '' ? null : d.url_kind,
      cited_by_successor_count: curated.successors.filter((r) => r.legal_document_ids.includes(d.id)).length,
      validity: d.validity === '' ? null : d.validity,
      validity_note: orNull(d.validity_note),
      validity_source_url: orNull(d.validity_source_url),
    }));
  const warnings: SourceWarning[] = [];
  const file = input.legalDocuments.file;
  const lineOf = new Map(curated.legalDocuments.map((d) => [d.id, d.line]));
  for (const d of rows) {
    const line = lineOf.get(d.id)!;
    if (d.context === 'reorganisation') {
      if (d.cited_by_successor_count === 0) {
        warnings.push({
          file,
          line,
          message: `legal document ${d.id} of the reorganisation is the basis of no row of ${input.agencySuccessors.file}`,
        });
      }
    } else if (d.cited_by_task_count === 0 && d.cited_by_section_count === 0) {
      warnings.push({ file, line, message: `legal document ${d.id} is cited nowhere in the plan` });
    }
  }
  return { rows, warnings };
}

/** The outline and its blocks as published, the targets linked into indicators, and each indicator judged. */
export interface JudgedIndicators {
  sections: SectionRecord[];
  blocks: BlockRecord[];
  targets: TargetRecord[];
  indicators: IndicatorRecord[];
}

/**
 * Stage 4: link the indicators. Targets (chỉ tiêu) come from section II of the body; the curated
 * table joins them into indicators; each indicator is judged against its current target with the
 * published values on the targets' basis (a rank among 34 is not one among 63).
 */
export function judgeIndicators(
  { body }: ParsedDocument,
  curated: CuratedTables,
  tasks: readonly TaskRecord[],
  input: PipelineInput,
): JudgedIndicators {
  const sections = body.sections.map(sectionRow);
  const blocks = body.blocks.map((b): BlockRecord => ({ ...b }));
  const targets = linkIndicators(
    parseTargets(blocks, sections, input.seed.file),
    curated.indicators,
    input.indicators.file,
    tasks.map((t) => t.id),
  );
  const indicators = curated.indicators.map((entry): IndicatorRecord => {
    const ind = toIndicatorTableRow(entry);
    const comparable = curated.progress.filter((p) => p.indicator_id === ind.id && p.basis === ind.target_basis);
    const observations = comparable.map((p) => ({ year: p.year, value: p.value, qualifier: p.qualifier }));
    const latest = comparable.at(-1) ?? null;
    const own = targets.filter((t) => t.indicator_id === ind.id);
    const target = currentTarget(own, latest?.year ?? null)!;
    const judged = indicatorStatus({ target, direction: ind.direction, observations, reviewDate: input.reviewDate });
    const target2025 = own.find((t) => t.target_year === 2025);
    return {
      id: ind.id,
      name: ind.name,
      pillar: ind.pillar,
      unit: ind.unit,
      direction: ind.direction,
      target_basis: ind.target_basis,
      target_2025_id: ind.target_2025_id,
      target_2030_id: ind.target_2030_id,
      task_ids: ind.task_ids,
      latest_year: latest?.year ?? null,
      latest_value: latest?.value ?? null,
      latest_qualifier: latest?.qualifier ?? null,
      status: judged.status,
      result_2025: target2025 ? targetResult(target2025, observations) : null,
      note: ind.note,
      judged_target_id: target.id,
      latest_verdict: latest ? verdict(latest, target) : null,
      expected_value: judged.expected === null ? null : Math.round(judged.expected * 10) / 10,
      target_year_passed_without_value: judged.targetYearPassedWithoutValue,
    };
  });
  return { sections, blocks, targets, indicators };
}

/** Where a published row was read: its curated file and line, or the seed and its line. */
export interface RowOrigin {
  file: string;
  line: number;
}
export type RowLocator = (table: string, row: Row) => RowOrigin;

/** The curated tables, each with the file it is read from. */
const CURATED_FILES = {
  agencies: 'agencies',
  agency_successors: 'agencySuccessors',
  legal_documents: 'legalDocuments',
  indicators: 'indicators',
  progress: 'progress',
  task_status: 'taskStatus',
} as const satisfies Record<string, keyof PipelineInput>;

/**
 * Where each published row was read, for the checks of stage 5: a row of a curated table is found
 * by its dataset key among the rows read (each carries its CSV line), so a problem found only when
 * the whole dataset is checked still names the line of the curated file a person must fix; a row
 * made from the seed names its source line.
 */
export function rowLocator(input: PipelineInput, curated: CuratedTables): RowLocator {
  const read: Record<keyof typeof CURATED_FILES, readonly { line: number }[]> = {
    agencies: curated.agencies,
    agency_successors: curated.successors,
    legal_documents: curated.legalDocuments,
    indicators: curated.indicators,
    progress: curated.progress,
    task_status: curated.taskStatus,
  };
  const lines = new Map(
    Object.entries(read).map(([table, rows]) => {
      const spec = datasetSpec(table);
      return [table, new Map(rows.map((r) => [rowKey(spec, r as unknown as Row), r.line]))];
    }),
  );
  return (table, row) => {
    const curatedFile = CURATED_FILES[table as keyof typeof CURATED_FILES];
    if (curatedFile !== undefined) {
      return { file: input[curatedFile].file, line: lines.get(table)!.get(rowKey(datasetSpec(table), row)) ?? 1 };
    }
    const line =
      typeof row.source_line === 'number' ? row.source_line : typeof row.source_line_start === 'number' ? row.source_line_start : 1;
    return { file: input.seed.file, line };
  };
}

/**
 * Stage 5: every row against its dataset's schema, unique keys, cells a spreadsheet can hold, and
 * every link to an existing id; an error names where the row was read (`locate`).
 */
export function validateTables(tables: ReadonlyMap<string, readonly Row[]>, locate: RowLocator): void {
  const agencyNames = new Map((tables.get('agencies') ?? []).map((a) => [String(a.id), String(a.name)]));
  for (const spec of DATASETS) validateTable(spec, tables.get(spec.name) ?? [], locate, agencyNames);
  checkForeignKeys(tables, locate);
}

/** Columns of agency ids: beside each, the workbook writes the agencies' names, joined with "; ". */
const AGENCY_ID_COLUMNS = new Set(DATASET_LINKS.filter((l) => l.target === 'agencies').map((l) => l.column));

function groupRow(
  id: string,
  parent: string | null,
  level: number,
  number: string,
  title: string,
  count: number,
  line: number,
  pillar: Pillar | null,
): GroupRecord {
  return { id, parent_id: parent, level, number, title, task_count: count, source_line: line, slug: slugOf(id), pillar };
}

function sectionRow(s: PlanSection): SectionRecord {
  // Only the sub-sections named by a pillar (II.2.a, III.5.b …) carry it; "1. Mục tiêu chung" does not.
  const pillar = s.level === 3 ? pillarAtEnd(s.title) : null;
  return { ...s, number: orNull(s.number), title: orNull(s.title), text: orNull(s.text), pillar };
}

/** The outline as nested sections, each with its own blocks and its children. */
function sectionTree(sections: readonly PlanSection[], blocks: readonly BlockRecord[]): unknown[] {
  const node = (s: PlanSection): Row => ({
    ...sectionRow(s),
    blocks: blocks
      .filter((b) => b.section_id === s.id)
      .map((b) => ({
        order: b.order,
        kind: b.kind,
        text: b.text,
        source_line_start: b.source_line_start,
        source_line_end: b.source_line_end,
      })),
    children: sections.filter((c) => c.parent_id === s.id).map(node),
  });
  return sections.filter((s) => s.parent_id === null).map(node);
}

/** Stage 6 (plan.json): the document's metadata, where its appendix skips numbers, and the row counts. */
function planDocument({ body, appendix }: ParsedDocument, input: PipelineInput, tables: ReadonlyMap<string, readonly Row[]>): PlanRecord {
  const meta = body.meta;
  const accounting = appendix.accounting;
  const count = (name: string) => tables.get(name)?.length ?? 0;
  // Parsed by its published schema, so plan.json cannot drift from its type.
  return planSchema.parse({
    title: meta.title,
    subtitle: meta.subtitle,
    issuer: meta.issuer,
    implements: meta.implements,
    signer: meta.signer,
    recipients: meta.recipients,
    appendix: {
      title: meta.appendix_title,
      subtitle: meta.appendix_subtitle,
      first_line: accounting.first_line,
      numbering_gaps: appendix.gaps,
    },
    period: input.period,
    source: {
      file: input.seed.file,
      sha256: input.seed.sha256,
      bytes: input.seed.bytes,
      line_count: meta.source_line_count,
      published_as: SOURCE_FILE,
    },
    counts: {
      sections: count('plan_sections'),
      blocks: count('plan_blocks'),
      tasks: count('tasks'),
      groups: count('groups'),
      agencies: count('agencies'),
      legal_documents: count('legal_documents'),
      targets: count('targets'),
      indicators: count('indicators'),
      progress: count('progress'),
      task_status: count('task_status'),
    },
  });
}

function validateTable(spec: DatasetSpec, rows: readonly Row[], locate: RowLocator, agencyNames: ReadonlyMap<string, string>): void {
  const schema = rowSchema(spec);
  const seen = new Set<string>();
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const { file, line } = locate(spec.name, row);
      throw new SourceError(
        file,
        line,
        `${spec.name}.${issue.path.join('.')} to be valid (${issue.message})`,
        JSON.stringify(row[String(issue.path[0])]),
      );
    }
    const long = longCell(spec, row, agencyNames);
    if (long) {
      const { file, line } = locate(spec.name, row);
      throw new SourceError(
        file,
        line,
        `${spec.name}.${long.column}: at most ${MAX_CELL_CHARS} characters (a spreadsheet cell's limit)`,
        `${long.length} characters`,
      );
    }
    const key = rowKey(spec, row);
    if (seen.has(key)) {
      const { file, line } = locate(spec.name, row);
      throw new SourceError(file, line, `a unique ${spec.primaryKey.join(', ')} in ${spec.name}`, key);
    }
    seen.add(key);
  }
}

/** A row's dataset key, as the unique check and the locator compare it. */
function rowKey(spec: DatasetSpec, row: Row): string {
  return spec.primaryKey.map((k) => String(row[k])).join('|');
}

/**
 * The first cell longer than a spreadsheet cell holds, as the workbook writes it (a list joined with
 * "; ", agency ids also as their names): a paragraph of the seed, a curated text, or a list of many.
 */
function longCell(spec: DatasetSpec, row: Row, agencyNames: ReadonlyMap<string, string>): { column: string; length: number } | undefined {
  const joined = (v: unknown[]) => v.join('; ').length;
  for (const c of spec.columns) {
    const v = row[c.name];
    const length = typeof v === 'string' ? v.length : Array.isArray(v) ? joined(v) : 0;
    if (length > MAX_CELL_CHARS) return { column: c.name, length };
    if (AGENCY_ID_COLUMNS.has(c.name) && v !== null && v !== undefined) {
      const names = (Array.isArray(v) ? v : [v]).map((id) => agencyNames.get(String(id)) ?? String(id));
      if (joined(names) > MAX_CELL_CHARS) return { column: `${c.name} (as names in the .xlsx)`, length: joined(names) };
    }
  }
  return undefined;
}

/** Every id a row points at exists; a failure here is a bug in the pipeline more often than in the input. */
function checkForeignKeys(tables: ReadonlyMap<string, readonly Row[]>, locate: RowLocator): void {
  const ids = new Map<string, Set<string>>();
  const idsOf = (name: string) => {
    if (!ids.has(name)) ids.set(name, new Set((tables.get(name) ?? []).map((r) => r.id as string)));
    return ids.get(name)!;
  };
  for (const { table, column, target } of DATASET_LINKS) {
    for (const row of tables.get(table) ?? []) {
      const value = row[column];
      for (const v of Array.isArray(value) ? value : value === null ? [] : [value]) {
        if (!idsOf(target).has(v as string)) {
          const { file, line } = locate(table, row);
          throw new SourceError(file, line, `${table}.${column} to name an existing ${target} id`, String(v));
        }
      }
    }
  }
}

function distinctTasks(rows: readonly TaskAgencyRecord[], agencyId: string, role: string): number {
  return new Set(rows.filter((r) => r.agency_id === agencyId && r.role === role).map((r) => r.task_id)).size;
}

function orNull(s: string): string | null {
  return s === '' ? null : s;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/** Code-point order: the same in every locale, so output does not depend on the machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
