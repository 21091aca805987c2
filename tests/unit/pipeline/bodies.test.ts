/**
 * Today's bodies (src/lib/pipeline/bodies.ts): the curated table, the resolution of each 2022 agency
 * to the bodies that hold its role now, the coordinator, and what each refuses. Rules are checked
 * on content/ as committed; what particular agencies resolve to, on the frozen successors
 * (helpers/snapshot.ts); the refusals on small made-up tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import type { AgencySuccessorRecord } from '../../../src/lib/model/records.ts';
import {
  BODY_TABLE_COLUMNS,
  coordinatorBody,
  parseBodyTable,
  PLAN_COORDINATOR_AGENCY,
  resolveAgencyBodies,
  type BodyEntry,
} from '../../../src/lib/pipeline/bodies.ts';
import type { Located } from '../../../src/lib/pipeline/curated-csv.ts';
import { readCuratedTables } from '../../../src/lib/pipeline/datasets.ts';
import { parseDocument } from '../../../src/lib/pipeline/stages/parse-document.ts';
import { realPipelineInput } from '../../helpers/pipeline-input.ts';
import { snapshotInput } from '../../helpers/snapshot.ts';
import { thrown } from '../../helpers/source-errors.ts';

const FILE = 'content/bodies.csv';
const FILES = { bodies: FILE, successors: 'content/agency_successors.csv' };
const read = (f: string) => readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8');
const committed = parseBodyTable(read(FILE), FILE);
const curatedOf = (input: ReturnType<typeof realPipelineInput>) =>
  readCuratedTables(
    input,
    parseDocument(input.seed).appendix.tasks.map((t) => t.id),
  );
const current = curatedOf(realPipelineInput());
const then = curatedOf(snapshotInput());

describe('the curated body table', () => {
  it('counts every provincial department and office among "các sở, ban, ngành tỉnh", and names only collectives as groups', () => {
    const collective = committed.find((b) => b.is_collective && b.kind === 'provincial_department' && b.id === 'cac-so-ban-nganh-tinh')!;
    const provincial = committed.filter((b) => !b.is_collective && (b.kind === 'provincial_department' || b.kind === 'provincial_office'));
    expect(provincial.length).toBeGreaterThan(0);
    for (const b of provincial) expect(b.member_of, b.id).toContain(collective.id);
    const collectives = new Set(committed.filter((b) => b.is_collective).map((b) => b.id));
    for (const b of committed) for (const m of b.member_of) expect(collectives.has(m), `${b.id} → ${m}`).toBe(true);
  });

  it('reuses the id of the 2022 agency a body continues, so "own" means the same body', () => {
    for (const [agency, ids] of current.bodiesOf) {
      const agencyName = current.agencies.find((a) => a.id === agency)!.name;
      for (const id of ids) {
        const body = committed.find((b) => b.id === id)!;
        // A body named as its 2022 agency was, plus the province, is that agency continued.
        if (body.name.startsWith(`${agencyName} tỉnh`)) expect(id, agency).toBe(agency);
      }
    }
  });

  it('is the set of bodies the agencies resolve to: none left over, none missing', () => {
    const reached = new Set([...current.bodiesOf.values()].flat());
    expect(new Set(committed.map((b) => b.id))).toEqual(reached);
  });
});

describe('resolving 2022 agencies to today’s bodies', () => {
  it('follows Sở TT&TT through Sở KH&CN (01/3/2025) to the merged province’s Sở KH&CN (02/7/2025): the coordinator', () => {
    const chain = then.successors.filter((r) => r.agency_id === PLAN_COORDINATOR_AGENCY);
    const via = chain.find((r) => r.successor_agency_id !== null)!;
    expect(then.bodiesOf.get(PLAN_COORDINATOR_AGENCY)).toEqual(then.bodiesOf.get(via.successor_agency_id!));
    expect(then.coordinator).toBe(then.bodiesOf.get(PLAN_COORDINATOR_AGENCY)![0]);
  });

  it('gives an abolished or not-determined agency no body, and every other agency at least one', () => {
    for (const [agency, ids] of current.bodiesOf) {
      const rows = current.successors.filter((r) => r.agency_id === agency);
      const latest = rows.filter(
        (r) =>
          r.effective_date ===
          rows
            .map((x) => x.effective_date)
            .sort()
            .at(-1),
      );
      const ends = latest.every((r) => r.relation === 'abolished' || r.relation === 'not_determined');
      expect(ids.length === 0, agency).toBe(ends);
    }
  });
});

// ---- made-up tables --------------------------------------------------------------------------

const HEADER = BODY_TABLE_COLUMNS.join(',');
const table = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;
const GROUP = 'nhom,Các sở,,provincial_department,true,,';
const DEPT = 'so-a,Sở A,,provincial_department,false,nhom,';

describe('broken body tables', () => {
  test.each([
    ['an unknown kind', [GROUP, 'so-a,Sở A,,department,false,nhom,'], 3, /^kind: one of provincial_department/],
    ['an id that is no slug', [GROUP, 'Sở A,Sở A,,provincial_department,false,nhom,'], 3, /^id: ASCII kebab-case/],
    ['a flag that is not true or false', [GROUP, 'so-a,Sở A,,provincial_department,yes,nhom,'], 3, /^is_collective: true or false/],
    ['an id given twice', [GROUP, DEPT, 'so-a,Sở B,,provincial_department,false,nhom,'], 4, /^a unique id \(already used on line 3\)/],
    [
      'a name given twice',
      [GROUP, DEPT, 'so-b,Sở A,,provincial_department,false,nhom,'],
      4,
      /^name: a name no other body has \(already on line 3\)/,
    ],
    ['a member_of naming no body', [GROUP, 'so-a,Sở A,,provincial_department,false,nhom-x,'], 3, /^member_of: ids of content\/bodies\.csv/],
    [
      'a member_of naming a body that is no collective',
      [GROUP, DEPT, 'so-b,Sở B,,provincial_department,false,so-a,'],
      4,
      /^member_of: collective bodies \(so-a on line 3 has is_collective false\)/,
    ],
    [
      'a collective member of itself',
      ['nhom,Các sở,,provincial_department,true,nhom,'],
      2,
      /^member_of: collectives other than the body itself/,
    ],
    ['an empty name', [GROUP, 'so-a,,,provincial_department,false,nhom,'], 3, /^name: the body’s full name/],
  ])('rejects %s, naming its line', (_what, rows, line, expected) => {
    const e = thrown(() => parseBodyTable(table(...rows), FILE));
    expect([e.file, e.line]).toEqual([FILE, line]);
    expect(e.expected).toMatch(expected);
  });

  it('reads a member_of that names a collective further down', () => {
    expect(parseBodyTable(table(DEPT, GROUP), FILE).map((b) => [b.id, b.member_of])).toEqual([
      ['so-a', ['nhom']],
      ['nhom', []],
    ]);
  });
});

let line = 1;
const row = (over: Partial<AgencySuccessorRecord>): Located<AgencySuccessorRecord> => ({
  agency_id: 'a',
  successor_name: 'X',
  successor_agency_id: null,
  relation: 'merged_into',
  effective_date: '2025-07-02',
  legal_document_ids: ['202-2025-qh15'],
  scope: null,
  note: 'n',
  source_url: null,
  body_id: null,
  ...over,
  line: ++line,
});
const body = (id: string, over: Partial<BodyEntry> = {}): BodyEntry => ({
  id,
  name: id,
  short_name: '',
  kind: 'provincial_department',
  is_collective: false,
  member_of: [],
  note: '',
  line: 2,
  ...over,
});

describe('the resolution, on made-up tables', () => {
  it('follows successor_agency_id to the end of the chain, and gives an abolished agency nothing', () => {
    const rows = [
      row({ agency_id: 'a', successor_agency_id: 'b', effective_date: '2025-03-01' }),
      row({ agency_id: 'b', body_id: 'y' }),
      row({ agency_id: 'c', successor_name: null, relation: 'abolished' }),
    ];
    expect(resolveAgencyBodies(rows, [body('y')], FILES)).toEqual(
      new Map([
        ['a', ['y']],
        ['b', ['y']],
        ['c', []],
      ]),
    );
  });

  it('keeps a collective no agency resolves to when other bodies are its members', () => {
    const bodies = [body('y', { member_of: ['g'] }), body('g', { is_collective: true })];
    expect(resolveAgencyBodies([row({ body_id: 'y' })], bodies, FILES).get('a')).toEqual(['y']);
  });

  test.each([
    ['an unknown body id', [row({ body_id: 'z' })], [body('y')], 'successors', /^body_id: an id of content\/bodies\.csv/, 'z'],
    [
      'a body id on a row a later row replaced',
      [row({ effective_date: '2025-03-01', body_id: 'y' }), row({ body_id: 'y' })],
      [body('y')],
      'successors',
      /^body_id: nothing \(a later row of a says who holds the role today/,
      'y',
    ],
    [
      'a latest row that names no body',
      [row({ relation: 'unchanged', effective_date: null, successor_name: null })],
      [body('y')],
      'successors',
      /^body_id: the id of the body of content\/bodies\.csv that holds this role today \(the agency's latest row, relation unchanged\)/,
      '',
    ],
    [
      'a chain that returns to an agency',
      [row({ agency_id: 'a', successor_agency_id: 'b' }), row({ agency_id: 'b', successor_agency_id: 'a' })],
      [],
      'successors',
      /^successor_agency_id: a chain that ends at a body/,
      /^(a → b → a|b → a → b)$/,
    ],
    [
      'a body no agency resolves to',
      [row({ body_id: 'y' })],
      [body('y'), body('w')],
      'bodies',
      /^a body that holds some agency's role today/,
      'w',
    ],
  ])('rejects %s', (_what, rows, bodies, file, expected, found) => {
    const e = thrown(() => resolveAgencyBodies(rows, bodies, FILES));
    expect(e.file).toBe(FILES[file as keyof typeof FILES]);
    expect(e.expected).toMatch(expected);
    expect(e.found).toMatch(found);
    // The line of the row to fix.
    const lines = file === 'successors' ? rows.map((r) => r.line) : bodies.map((b) => b.line);
    expect(lines).toContain(e.line);
  });

  it('names the coordinator: one body, not a collective; refuses none, two or a collective', () => {
    const coordinatorRow = row({ agency_id: PLAN_COORDINATOR_AGENCY, body_id: 'k' });
    const ok = resolveAgencyBodies([coordinatorRow], [body('k')], FILES);
    expect(coordinatorBody(ok, [body('k')], [coordinatorRow], FILES)).toBe('k');
    for (const [ids, bodies] of [
      [[], [body('k')]],
      [
        ['k', 'l'],
        [body('k'), body('l')],
      ],
      [['k'], [body('k', { is_collective: true })]],
    ] as const) {
      const e = thrown(() => coordinatorBody(new Map([[PLAN_COORDINATOR_AGENCY, [...ids]]]), bodies, [coordinatorRow], FILES));
      expect([e.file, e.line]).toEqual([FILES.successors, coordinatorRow.line]);
      expect(e.expected).toMatch(/^one body, not a collective, holding the role of the plan's coordinator so-tttt/);
    }
  });
});
