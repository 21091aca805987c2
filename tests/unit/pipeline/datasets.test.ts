/**
 * The pipeline's named stages (src/lib/pipeline/datasets.ts), each on the real seed and curated
 * tables: what it reads, what it decides, and what it refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as stages from '../../../src/lib/pipeline/datasets.ts';
import { currentTarget } from '../../../src/lib/pipeline/indicators.ts';
import { parseProgressTable } from '../../../src/lib/pipeline/progress.ts';
import { reporters } from '../../../src/lib/pipeline/reporters.ts';
import type { Row } from '../../../src/lib/model/records.ts';
import { thrown } from '../../helpers/source-errors.ts';
import { realPipelineInput } from '../../helpers/pipeline-input.ts';
import { ROOT } from '../../helpers/seed.ts';
import { snapshotInput } from '../../helpers/snapshot.ts';

const input = realPipelineInput();
const document = stages.parseDocument(input.seed);
const curated = stages.readCuratedTables(
  input,
  document.appendix.tasks.map((t) => t.id),
);
const resolved = stages.resolveTasks(document, curated, input);
const sectionRefs = stages.resolveSectionCitations(document, curated, input.seed.file);
/** The indicators judged on the frozen outcomes (helpers/snapshot.ts): what a value makes of a status stays put. */
const judged = (() => {
  const then = snapshotInput();
  const tables = stages.readCuratedTables(
    then,
    document.appendix.tasks.map((t) => t.id),
  );
  return stages.judgeIndicators(document, tables, stages.resolveTasks(document, tables, then).tasks, then);
})();

describe('parseDocument', () => {
  it('reads the body and the appendix, every appendix line counted once, and records the numbering gap', () => {
    expect(document.body.sections).toHaveLength(39);
    expect(document.appendix.tasks).toHaveLength(90);
    const a = document.appendix.accounting;
    expect(a.rows_read).toBe(a.task_rows + a.group_rows + a.subgroup_rows + a.header_rows + a.blank_rows);
    expect(document.appendix.gaps).toEqual([{ id: 'III.10.4', source_line: 432 }]);
  });

  it('stops at an appendix row with a missing cell, naming its line', () => {
    const line = document.appendix.tasks[5]!.source_line;
    const lines = input.seed.text.split('\n');
    lines[line - 1] = lines[line - 1]!.split('\t').slice(0, -1).join('\t');
    expect(thrown(() => stages.parseDocument({ ...input.seed, text: lines.join('\n') })).message).toMatch(
      new RegExp(`^seeds/ke-hoach-04-NQ-TU-dong-thap\\.txt:${line}: expected \\d+ tab-separated cells`),
    );
  });
});

describe('readCuratedTables', () => {
  it('reads every curated table, successors by agency then date, values by indicator, year and basis (code-point order)', () => {
    expect(curated.agencies).toHaveLength(35);
    const ids = curated.successors.map((s) => s.agency_id);
    expect(ids).toEqual([...ids].sort());
    const keys = curated.progress.map((p) => `${p.indicator_id}|${String(p.year).padStart(4, '0')}|${p.basis}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('refuses a finding about a task the appendix does not have', () => {
    const bad = { ...input, taskStatus: { ...input.taskStatus, text: input.taskStatus.text.replace(/\nI\.1\.3,/, '\nI.1.99,') } };
    expect(
      thrown(() =>
        stages.readCuratedTables(
          bad,
          document.appendix.tasks.map((t) => t.id),
        ),
      ).message,
    ).toMatch(/^content\/task_status\.csv:\d+: .*I\.1\.99/);
  });
});

describe('resolveTasks', () => {
  it('resolves agencies, time frames (with the quarter) and citations of all 90 tasks', () => {
    expect(resolved.tasks).toHaveLength(90);
    expect(resolved.taskAgencies).toHaveLength(245);
    expect(resolved.tasks.filter((t) => t.quarter !== null).map((t) => [t.id, t.timeframe_text, t.quarter])).toEqual([
      ['I.2.6', 'Quý I/2022', 1],
    ]);
    expect(resolved.tasks.every((t) => t.slug === t.id.toLowerCase().replaceAll('.', '-'))).toBe(true);
  });

  it('stops at an agency the curated table does not know, naming line and column', () => {
    const bad = resolved.tasks[0]!;
    const text = input.seed.text
      .split('\n')
      .map((l, i) => (i + 1 === bad.source_line ? l.replace(bad.lead_agencies_text, 'Sở Không Có') : l))
      .join('\n');
    const doc = stages.parseDocument({ ...input.seed, text });
    expect(thrown(() => stages.resolveTasks(doc, curated, input)).message).toMatch(new RegExp(`:${bad.source_line}: .*Cơ quan chủ trì`));
  });
});

describe('resolveSectionCitations, groupRows, agencyRows, legalDocumentRows', () => {
  it('finds the body citations', () => {
    expect(sectionRefs).toHaveLength(11);
    expect(new Set(sectionRefs.map((r) => r.legal_document_id))).toContain('749-qd-ttg');
  });

  it("gives each group its slug and pillar; sub-groups take their group's pillar", () => {
    const groups = stages.groupRows(document, resolved.tasks);
    const by = new Map(groups.map((g) => [g.id, g]));
    expect(groups.map((g) => g.slug)).toContain('iii-10');
    expect(['I', 'I.4', 'II', 'III', 'III.9', 'IV', 'IV.5'].map((id) => by.get(id)!.pillar)).toEqual([
      null,
      null,
      'digital_government',
      'digital_economy',
      'digital_economy',
      'digital_society',
      'digital_society',
    ]);
    for (const g of groups.filter((x) => x.level === 1))
      expect(g.task_count).toBe(resolved.tasks.filter((t) => t.group_id === g.id).length);
  });

  it("counts each agency's tasks by role from the task-agency rows", () => {
    const { rows } = stages.agencyRows(curated, resolved.taskAgencies, input.agencies.file);
    const tttt = rows.find((a) => a.id === 'so-tttt')!;
    expect(tttt.lead_task_count).toBe(
      new Set(resolved.taskAgencies.filter((r) => r.agency_id === 'so-tttt' && r.role === 'lead').map((r) => r.task_id)).size,
    );
    expect(tttt.lead_task_count).toBeGreaterThan(10);
  });

  it('counts citations per document and warns about a document the plan never cites', () => {
    const { rows, warnings } = stages.legalDocumentRows(curated, resolved.taskRefs, sectionRefs, input);
    expect(rows.find((d) => d.id === '749-qd-ttg')!.cited_by_section_count).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
    const unused = stages.legalDocumentRows(curated, [], [], input);
    const line749 = curated.legalDocuments.find((d) => d.id === '749-qd-ttg')!.line;
    expect(unused.warnings).toContainEqual({
      file: input.legalDocuments.file,
      line: line749,
      message: 'legal document 749-qd-ttg is cited nowhere in the plan',
    });
  });

  it("warns about an agency the plan never names, at the agency's line", () => {
    const { warnings } = stages.agencyRows(curated, [], input.agencies.file);
    const gtvt = curated.agencies.find((a) => a.id === 'so-gtvt')!;
    expect(gtvt.plan_section_ids).toEqual([]);
    expect(warnings).toContainEqual({ file: input.agencies.file, line: gtvt.line, message: 'agency so-gtvt is named nowhere in the plan' });
  });
});

describe('judgeIndicators', () => {
  it('marks the pillar sections and judges each indicator against its current target', () => {
    expect(judged.sections.filter((s) => s.pillar !== null).map((s) => s.id)).toEqual([
      'II.2.a',
      'II.2.b',
      'II.2.c',
      'II.3.a',
      'II.3.b',
      'II.3.c',
      'III.5.a',
      'III.5.b',
      'III.5.c',
    ]);
    for (const ind of judged.indicators) {
      const own = judged.targets.filter((t) => t.indicator_id === ind.id);
      expect(ind.judged_target_id, ind.id).toBe(currentTarget(own, ind.latest_year)!.id);
      expect(ind.latest_verdict === null, ind.id).toBe(ind.latest_value === null);
    }
    expect(judged.indicators.find((i) => i.id === 'sme-tmdt')).toMatchObject({
      status: 'achieved',
      latest_verdict: 'met',
      expected_value: null,
    });
    expect(judged.indicators.find((i) => i.id === 'dti-rank')).toMatchObject({
      latest_verdict: 'failed',
      target_year_passed_without_value: true,
    });
  });

  it('publishes the straight-line expected value, rounded to one decimal, when a trend is judged', () => {
    // Before 2025 and with two values on the targets' basis, du-lieu-mo is judged on its trend.
    const header = input.progress.text.split('\n')[0]!;
    const row = (year: number, value: number) =>
      `du-lieu-mo,${year},${value},exact,,,,province_2022,Nguồn,https://example.gov.vn/${year},,«${value}%»,public_record,`;
    const progress = { ...input.progress, text: [header, row(2021, 30), row(2023, 70)].join('\n') + '\n' };
    const early = { ...input, progress, reviewDate: '2024-01-01' };
    const c = {
      ...curated,
      progress: parseProgressTable(
        progress.text,
        progress.file,
        new Map(curated.indicators.map((x) => [x.id, x.unit])),
        early.reviewDate,
        reporters(curated.bodies, input.bodies.file),
      ),
    };
    const ind = stages.judgeIndicators(document, c, resolved.tasks, early).indicators.find((i) => i.id === 'du-lieu-mo')!;
    expect(ind).toMatchObject({
      status: 'on_track',
      latest_verdict: 'failed',
      expected_value: 65,
      target_year_passed_without_value: false,
    });
  });
});

describe('validateTables and buildDatasets', () => {
  it('refuses a link to an id that does not exist', () => {
    const output = stages.buildDatasets(input);
    const tables = new Map(output.tables);
    tables.set(
      'indicators',
      output.tables.get('indicators')!.map((r, i): Row => (i === 0 ? { ...r, judged_target_id: 'II.9.z.9' } : r)),
    );
    expect(thrown(() => stages.validateTables(tables, stages.rowLocator(input, curated))).message).toMatch(
      /^content\/indicators\.csv:2: expected indicators\.judged_target_id to name an existing targets id/,
    );
  });

  it('names the curated file and line of a row found bad only when its dataset is checked, the seed line of a row made from the seed', () => {
    const locate = stages.rowLocator(input, curated);
    const lineOf = (file: string, prefix: string) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith(prefix)) + 1;
    const output = stages.buildDatasets(input);
    const first = (name: string, pick: (r: Row) => boolean) => output.tables.get(name)!.find(pick)!;
    expect(
      locate(
        'agency_successors',
        first('agency_successors', (r) => r.agency_id === 'so-gtvt'),
      ),
    ).toEqual({
      file: 'content/agency_successors.csv',
      line: lineOf('content/agency_successors.csv', 'so-gtvt,'),
    });
    expect(
      locate(
        'agencies',
        first('agencies', (r) => r.id === 'so-tttt'),
      ),
    ).toEqual({
      file: 'content/agencies.csv',
      line: lineOf('content/agencies.csv', 'so-tttt,'),
    });
    expect(
      locate(
        'progress',
        first('progress', (r) => r.indicator_id === 'sme-tmdt'),
      ),
    ).toEqual({
      file: 'content/progress.csv',
      line: lineOf('content/progress.csv', 'sme-tmdt,'),
    });
    expect(
      locate(
        'tasks',
        first('tasks', (r) => r.id === 'I.4.6'),
      ),
    ).toEqual({ file: input.seed.file, line: first('tasks', (r) => r.id === 'I.4.6').source_line });
  });

  it('refuses a duplicate row at the line of its curated file, not the seed', () => {
    const output = stages.buildDatasets(input);
    const tables = new Map(output.tables);
    const rows = output.tables.get('agency_successors')!;
    const gtvt = rows.find((r) => r.agency_id === 'so-gtvt')!;
    tables.set('agency_successors', [...rows, { ...gtvt }]);
    expect(thrown(() => stages.validateTables(tables, stages.rowLocator(input, curated))).message).toMatch(
      /^content\/agency_successors\.csv:\d+: expected a unique agency_id, relation, effective_date, successor_name in agency_successors/,
    );
  });

  it('refuses a cell longer than a spreadsheet cell: a paragraph of the seed at its line, a list as the workbook joins it', () => {
    const output = stages.buildDatasets(input);
    const blocks = output.tables.get('plan_blocks')!;
    const tables = new Map(output.tables);
    tables.set(
      'plan_blocks',
      blocks.map((b, i): Row => (i === 3 ? { ...b, text: 'x'.repeat(32_768) } : b)),
    );
    expect(thrown(() => stages.validateTables(tables, stages.rowLocator(input, curated))).message).toBe(
      `${input.seed.file}:${blocks[3]!.source_line_start}: expected plan_blocks.text: at most 32767 characters (a spreadsheet cell's limit), found "32768 characters"`,
    );
    const agencies = output.tables.get('agencies')!;
    const many = new Map(output.tables);
    // 5,000 aliases of 5 letters: 29,999 characters with ";", 34,998 joined with "; ".
    many.set(
      'agencies',
      agencies.map((a, i): Row => (i === 0 ? { ...a, aliases: Array.from({ length: 5000 }, () => 'alias') } : a)),
    );
    expect(thrown(() => stages.validateTables(many, stages.rowLocator(input, curated))).message).toMatch(
      /^content\/agencies\.csv:2: expected agencies\.aliases: at most 32767 characters .*found "34998 characters"/,
    );
    // Two names of 20,000 characters each fit their own cells, not the names column beside a task's agency ids.
    const tasks = output.tables.get('tasks')!;
    const task = tasks.find((t) => (t.cooperating_agency_ids as string[]).length >= 2)!;
    const [a, b] = task.cooperating_agency_ids as string[];
    const long = new Map(output.tables);
    long.set(
      'agencies',
      agencies.map((x): Row => (x.id === a || x.id === b ? { ...x, name: 'x'.repeat(20_000) } : x)),
    );
    const both = (ids: unknown) => [a, b].every((id) => (ids as string[]).includes(id!));
    const first = tasks.find((t) => both(t.lead_agency_ids) || both(t.cooperating_agency_ids))!;
    expect(thrown(() => stages.validateTables(long, stages.rowLocator(input, curated))).message).toMatch(
      new RegExp(
        `^${input.seed.file}:${first.source_line}: expected tasks\\.(lead|cooperating)_agency_ids \\(as names in the \\.xlsx\\): at most 32767 characters .*found "40002 characters"`,
      ),
    );
  });

  it('builds what the data stage published (reviewed-data/ holds the reviewed copy)', () => {
    const output = stages.buildDatasets(input);
    const published = JSON.parse(readFileSync(join(ROOT, 'reviewed-data', 'plan.json'), 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(output.plan))).toEqual(published);
    expect(output.tables.get('tasks')).toHaveLength(90);
  });
});
