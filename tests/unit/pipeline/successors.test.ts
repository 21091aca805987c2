import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { parseAgencyTable } from '../../../src/lib/pipeline/agencies.ts';
import { successorPhrase } from '../../../src/lib/view/agency-pages.ts';
import { parseLegalTable } from '../../../src/lib/pipeline/legal.ts';
import { currentSuccessors, parseSuccessorTable, SUCCESSOR_TABLE_COLUMNS } from '../../../src/lib/pipeline/successors.ts';
import { thrown } from '../../helpers/source-errors.ts';
import type { AgencySuccessorRecord } from '../../../src/lib/model/records.ts';
import { REVIEW_DATE } from '../../helpers/content-release.ts';
import { SNAPSHOT_REVIEW_DATE, snapshotText } from '../../helpers/snapshot.ts';

const FILE = 'content/agency_successors.csv';
const read = (f: string) => readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8');
const agencies = parseAgencyTable(read('content/agencies.csv'), 'content/agencies.csv');
const agencyIds = agencies.map((a) => a.id);
const parseWith = (text: string, documentsCsv: string, reviewDate: string) =>
  parseSuccessorTable(
    text,
    FILE,
    { file: 'content/agencies.csv', rows: agencies },
    parseLegalTable(documentsCsv, 'content/legal_documents.csv', reviewDate).map((d) => d.id),
    { planStart: '2022-01-01', reviewDate },
  );
/** The committed table, for what every row must be. */
const current = parseWith(read(FILE), read('content/legal_documents.csv'), REVIEW_DATE);
/** The table of the frozen outcomes (helpers/snapshot.ts), for what particular rows say. */
const rows = parseWith(snapshotText('agency_successors.csv'), snapshotText('legal_documents.csv'), SNAPSHOT_REVIEW_DATE);
const of = (id: string) => rows.filter((r) => r.agency_id === id);
/** The review date of the made-up tables below. */
const REVIEW = '2025-12-31';
const parse = (text: string) => parseWith(text, read('content/legal_documents.csv'), REVIEW);

describe('the curated successor table', () => {
  it('has at least one row for every agency of the plan, each resting on known documents', () => {
    for (const id of agencyIds) expect(current.filter((r) => r.agency_id === id).length, id).toBeGreaterThan(0);
    const docs = new Set(parseLegalTable(read('content/legal_documents.csv'), 'content/legal_documents.csv', REVIEW_DATE).map((d) => d.id));
    for (const r of current) for (const id of r.legal_document_ids) expect(docs.has(id), id).toBe(true);
  });

  it('dates every change and cites its basis; bodies outside the state are unchanged', () => {
    for (const r of current.filter((x) => !['unchanged', 'not_determined'].includes(x.relation))) {
      expect(r.effective_date, r.agency_id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.legal_document_ids.length, r.agency_id).toBeGreaterThan(0);
    }
    for (const id of ['cac-doanh-nghiep', 'cac-ngan-hang-to-chuc-tai-chinh', 'don-vi-tu-van'])
      expect(of(id).map((r) => r.relation)).toEqual(['unchanged']);
  });

  it('moves Sở Thông tin và Truyền thông into Sở Khoa học và Công nghệ on 01/3/2025, then into the merged province', () => {
    expect(of('so-tttt').map((r) => [r.relation, r.successor_name, r.successor_agency_id, r.effective_date, r.legal_document_ids])).toEqual(
      [
        ['merged_into', 'Sở Khoa học và Công nghệ', 'so-khcn', '2025-03-01', ['45-2025-nd-cp', '55-2025-nd-cp']],
        ['merged_into', 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp (sau hợp nhất)', null, '2025-07-02', ['202-2025-qh15']],
      ],
    );
    // The provincial decision was not found: the row says it follows the national rule.
    expect(of('so-tttt')[0]!.note).toMatch(/quy định chung.*chưa tìm thấy/);
  });

  it('ends the district committees on 01/7/2025 under the 2025 Law on Local Government, saying where their area went', () => {
    for (const id of ['ubnd-huyen-cao-lanh', 'ubnd-thanh-pho-cao-lanh', 'ubnd-huyen-thanh-pho']) {
      expect(of(id).map((r) => [r.relation, r.effective_date, r.successor_name])).toEqual([['abolished', '2025-07-01', null]]);
      expect(of(id)[0]!.legal_document_ids).toContain('72-2025-qh15');
      expect(of(id)[0]!.note).toMatch(/Nghị quyết 1663\/NQ-UBTVQH15/);
    }
  });

  it('maps every department Nghị định 45/2025/NĐ-CP left out to its successor by the decree\'s general rule, never to "abolished"', () => {
    const byDecree = current.filter((x) => x.legal_document_ids.includes('45-2025-nd-cp') && x.effective_date === '2025-03-01');
    expect(byDecree.length).toBeGreaterThan(0);
    for (const r of byDecree) {
      expect(r.relation, r.agency_id).toBe('merged_into');
      expect(r.successor_name, r.agency_id).not.toBeNull();
      expect(r.note, r.agency_id).toMatch(/quy định chung của Nghị định 45\/2025\/NĐ-CP/);
    }
  });

  it('never names a successor it could not find', () => {
    for (const r of current.filter((x) => x.relation === 'not_determined' || x.relation === 'abolished'))
      expect(r.successor_name, r.agency_id).toBeNull();
    expect(of('so-gtvt').map((r) => r.relation)).toEqual(['abolished']);
  });
});

describe('broken successor tables', () => {
  const HEADER = SUCCESSOR_TABLE_COLUMNS.join(',');
  const all = agencyIds.map((id) => `${id},,,unchanged,,,,x,,`).join('\n');
  const withRow = (row: string) => `${HEADER}\n${row}\n${all}\n`;

  test.each([
    [
      'an unknown agency',
      'so-tt,Sở KH&CN,,merged_into,2025-03-01,45-2025-nd-cp,,x,,',
      /^agency_id: an agency id of content\/agencies\.csv/,
    ],
    [
      'a relation outside the codes',
      'so-tttt,Sở KH&CN,,merged,2025-03-01,45-2025-nd-cp,,x,,',
      /^relation: one of unchanged, renamed, merged_into, split_between, abolished, not_determined/,
    ],
    [
      'a change without an effective date',
      'so-tttt,Sở KH&CN,,merged_into,,45-2025-nd-cp,,x,,',
      /^effective_date: a date yyyy-mm-dd \(relation merged_into takes effect on a day\)/,
    ],
    [
      'a document not in legal_documents',
      'so-tttt,Sở KH&CN,,merged_into,2025-03-01,45-2025-nd,,x,,',
      /^legal_document_ids: ids of content\/legal_documents\.csv separated by "\|" \(unknown: 45-2025-nd\)/,
    ],
    [
      'an abolished row without a note',
      'so-gtvt,,,abolished,2025-03-01,45-2025-nd-cp,,,,',
      /^note: where the functions went, or what was searched \(relation abolished\)/,
    ],
    ['a merger without a successor name', 'so-tttt,,,merged_into,2025-03-01,45-2025-nd-cp,,x,,', /^successor_name: the successor's name/],
    ['a split without its scope', 'so-tttt,Sở KH&CN,,split_between,2025-03-01,45-2025-nd-cp,,x,,', /^scope: which functions/],
    [
      'an http news source',
      'so-tttt,Sở KH&CN,,merged_into,2025-03-01,45-2025-nd-cp,,x,http://x.vn/a,',
      /^source_url: an https URL or nothing/,
    ],
    [
      'a change dated before the plan period (the plan would name a body that was gone)',
      'so-tttt,Sở KH&CN,,merged_into,2021-12-31,45-2025-nd-cp,,x,,',
      new RegExp(`^effective_date: a date from 2022-01-01 \\(the plan period's start\\) to the review date ${REVIEW}`),
    ],
    [
      'a change dated after the review',
      'so-tttt,Sở KH&CN,,merged_into,2026-01-01,45-2025-nd-cp,,x,,',
      /^effective_date: a date from 2022-01-01/,
    ],
    ['a change in year 9999', 'so-tttt,Sở KH&CN,,merged_into,9999-03-01,45-2025-nd-cp,,x,,', /^effective_date: a date from 2022-01-01/],
    [
      'a body on an abolished row (no body holds the role)',
      'so-gtvt,,,abolished,2025-03-01,45-2025-nd-cp,,x,,so-xay-dung',
      /^body_id: nothing \(relation abolished: no body holds the role\)/,
    ],
    [
      'a body on a row whose chain goes on to another agency',
      'so-tttt,Sở KH&CN,so-khcn,merged_into,2025-03-01,45-2025-nd-cp,,x,,so-khcn',
      /^body_id: nothing \(the row goes on to so-khcn, whose rows name today's body\)/,
    ],
    [
      'a body id that is no slug',
      'so-tttt,Sở KH&CN,,merged_into,2025-03-01,45-2025-nd-cp,,x,,Sở KH&CN',
      /^body_id: an id of content\/bodies\.csv/,
    ],
    [
      'a successor name with ";" (it would split in agencies.successor_names)',
      'so-tttt,Sở A; Sở B,,merged_into,2025-03-01,45-2025-nd-cp,,x,,',
      /^successor_name: a name without ";"/,
    ],
  ])('rejects %s, naming line 2', (_what, row, expected) => {
    const e = thrown(() => parse(withRow(row)));
    expect([e.file, e.line]).toEqual([FILE, 2]);
    expect(e.expected).toMatch(expected);
  });

  it('rejects a table that leaves an agency out', () => {
    const e = thrown(() =>
      parse(
        `${HEADER}\n${agencyIds
          .slice(1)
          .map((id) => `${id},,,unchanged,,,,x,,`)
          .join('\n')}\n`,
      ),
    );
    // No row to name: the agency's own row in content/agencies.csv is named.
    expect([e.file, e.line]).toEqual(['content/agencies.csv', agencies[0]!.line]);
    expect(e.expected).toBe('a row for this agency in content/agency_successors.csv (every agency of the plan has one)');
    expect(e.found).toBe(agencyIds[0]);
  });

  it('rejects a row given twice, naming the second', () => {
    const row = 'so-tttt,Sở KH&CN,,merged_into,2025-03-01,45-2025-nd-cp,,x,,';
    const e = thrown(() => parse(`${HEADER}\n${row}\n${row}\n${all}\n`));
    expect([e.file, e.line]).toEqual([FILE, 3]);
    expect(e.expected).toBe('one row per agency, relation, date and successor (already on line 2)');
  });

  it("carries each row's line", () => {
    expect(parse(withRow('so-tttt,Sở KH&CN,,merged_into,2025-03-01,45-2025-nd-cp,,x,,'))[0]).toMatchObject({
      agency_id: 'so-tttt',
      line: 2,
    });
  });
});

describe('who holds the role now', () => {
  const row = (over: Partial<AgencySuccessorRecord>): AgencySuccessorRecord => ({
    agency_id: 'a',
    successor_name: 'X',
    successor_agency_id: null,
    relation: 'merged_into',
    effective_date: '2025-03-01',
    legal_document_ids: ['45-2025-nd-cp'],
    scope: null,
    note: 'n',
    source_url: null,
    body_id: null,
    ...over,
  });

  it('takes the latest dated rows, or the undated ones when none is dated', () => {
    expect(currentSuccessors([row({}), row({ successor_name: 'Y', effective_date: '2025-07-02' })]).map((r) => r.successor_name)).toEqual([
      'Y',
    ]);
    expect(currentSuccessors([row({ relation: 'unchanged', effective_date: null, successor_name: null })]).map((r) => r.relation)).toEqual([
      'unchanged',
    ]);
  });

  it('says it in a few words beside the 2022 name', () => {
    const base = { kind: 'provincial_department' as const, successor_names: ['Sở Khoa học và Công nghệ'], successor_since: '2025-03-01' };
    expect(successorPhrase({ ...base, successor_relation: 'merged_into' })).toBe('nay: Sở Khoa học và Công nghệ, thay đổi từ 01/3/2025');
    // Under the agency list's "Hiện nay" column the "nay:" is not repeated.
    expect(successorPhrase({ ...base, successor_relation: 'merged_into' }, { nay: false })).toBe(
      'Sở Khoa học và Công nghệ, thay đổi từ 01/3/2025',
    );
    expect(
      successorPhrase({
        ...base,
        kind: 'district_committee',
        successor_relation: 'abolished',
        successor_names: [],
        successor_since: '2025-07-01',
      }),
    ).toBe('cấp huyện đã chấm dứt hoạt động từ 01/7/2025');
    expect(successorPhrase({ ...base, successor_relation: 'unchanged' })).toBeNull();
    expect(successorPhrase({ ...base, successor_relation: 'not_determined' })).toBeNull();
  });
});
