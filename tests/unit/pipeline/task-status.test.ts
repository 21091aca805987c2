import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import {
  compareTaskIds,
  dueDate,
  latestTaskStatus,
  parseTaskStatusTable,
  TASK_STATUS_TABLE_COLUMNS,
} from '../../../src/lib/pipeline/task-status.ts';
import { thrown } from '../../helpers/source-errors.ts';
import type { TaskStatusRecord } from '../../../src/lib/model/records.ts';
import type { Located } from '../../../src/lib/pipeline/curated-csv.ts';
import { compareEvidence } from '../../../src/lib/model/evidence.ts';
import { REVIEW_DATE } from '../../helpers/content-release.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';
import { reporters } from '../../../src/lib/pipeline/reporters.ts';
import { SOURCE_KINDS } from '../../../src/lib/model/codes.ts';
import { namesDocumentNumber } from '../../../src/lib/model/document-number.ts';

const FILE = 'content/task_status.csv';
const taskIds = reviewedTable('tasks').map((t) => t.id);
const csv = readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8');
const REPORTERS = reporters(reviewedTable('bodies'), 'content/bodies.csv');
const rows = parseTaskStatusTable(csv, FILE, taskIds, { planStart: '2022-01-01', reviewDate: REVIEW_DATE }, REPORTERS);

/** The review date of the made-up tables below (the committed table is read with content/release.json's). */
const REVIEW = '2025-12-31';
const SPAN = { planStart: '2022-01-01', reviewDate: REVIEW };
const HEADER = TASK_STATUS_TABLE_COLUMNS.join(',');
// task_id,as_of,status,summary,source_title,source_url,source_published,checked,source_kind,reported_by
const GOOD = `III.12.1,2022-07-18,done,Đề án đã ban hành «773/QĐ-UBND-HC».,Quyết định 773,https://thuvienphapluat.vn/x,2022-07-18,${REVIEW},official_document,`;
const one = (row: string) => `${HEADER}\n${row}\n`;
const parse = (text: string) => parseTaskStatusTable(text, FILE, taskIds, SPAN, REPORTERS);
const cells = (over: Partial<Record<(typeof TASK_STATUS_TABLE_COLUMNS)[number], string>>) => {
  const c = GOOD.split(',');
  TASK_STATUS_TABLE_COLUMNS.forEach((name, i) => {
    if (over[name] !== undefined) c[i] = over[name]!;
  });
  return c.join(',');
};

describe('the curated task status table', () => {
  it('parses every row: known tasks, a source for every status but no_information, dates not after the review', () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(taskIds).toContain(r.task_id);
      // A public https page, or an issued document named by its number and dated.
      if (r.status !== 'no_information' && r.source_url === null)
        expect([namesDocumentNumber(r.source_title ?? ''), r.source_published]).toEqual([true, expect.any(String)]);
      if (r.source_url !== null) expect(r.source_url).toMatch(/^https:\/\//);
      expect(r.as_of <= r.checked && r.checked <= REVIEW_DATE).toBe(true);
      expect(SOURCE_KINDS).toContain(r.source_kind);
      if (r.reported_by !== null) expect([r.source_kind, REPORTERS.ids.has(r.reported_by)]).toEqual(['official_report', true]);
    }
  });

  it('keeps quotations short: at most a few words between « and »', () => {
    for (const r of rows) {
      for (const [, quoted] of r.summary.matchAll(/«([^»]*)»/g)) expect(quoted!.split(/\s+/).length).toBeLessThanOrEqual(12);
    }
  });

  it('is in appendix order, then by date, then by precedence', () => {
    const keys = rows.map((r) => `${r.task_id} ${r.as_of} ${r.reported_by ?? ''}`);
    const sorted = [...rows]
      .sort((a, b) => compareTaskIds(a.task_id, b.task_id) || a.as_of.localeCompare(b.as_of) || compareEvidence(a, b))
      .map((r) => `${r.task_id} ${r.as_of} ${r.reported_by ?? ''}`);
    expect(keys).toEqual(sorted);
  });
});

describe('broken task status tables', () => {
  it('accepts a good row, and a no_information row without a source', () => {
    const none = `I.2.6,${REVIEW},no_information,Đã tìm trên báo tỉnh và cổng tỉnh; không thấy nguồn.,,,,${REVIEW},public_record,`;
    expect(parse(`${HEADER}\n${GOOD}\n${none}\n`)).toEqual<Located<TaskStatusRecord>[]>([
      {
        task_id: 'I.2.6',
        as_of: REVIEW,
        status: 'no_information',
        summary: 'Đã tìm trên báo tỉnh và cổng tỉnh; không thấy nguồn.',
        source_title: null,
        source_url: null,
        source_published: null,
        checked: REVIEW,
        source_kind: 'public_record',
        reported_by: null,
        line: 3,
      },
      {
        task_id: 'III.12.1',
        as_of: '2022-07-18',
        status: 'done',
        summary: 'Đề án đã ban hành «773/QĐ-UBND-HC».',
        source_title: 'Quyết định 773',
        source_url: 'https://thuvienphapluat.vn/x',
        source_published: '2022-07-18',
        checked: REVIEW,
        source_kind: 'official_document',
        reported_by: null,
        line: 2,
      },
    ]);
  });

  it('accepts an issued document without a link: its number in the title and its date (issue #25)', () => {
    const [r] = parse(one(cells({ source_title: 'Báo cáo số 245/BC-SYT', source_url: '' })));
    expect(r).toMatchObject({ source_title: 'Báo cáo số 245/BC-SYT', source_url: null, source_published: '2022-07-18' });
  });

  it('accepts a summary of exactly 32,767 characters, and refuses a table with no rows', () => {
    expect(parse(one(cells({ summary: 'x'.repeat(32_767) })))[0]!.summary).toHaveLength(32_767);
    expect(thrown(() => parse(`${HEADER}\n`)).message).toMatch(/^content\/task_status\.csv:2: expected at least one row below the header/);
  });

  test.each([
    ['an unknown task id', cells({ task_id: 'III.10.4' }), /^task_id: a task id of the appendix/],
    ['an unknown status', cells({ status: 'completed' }), /^status: one of no_information, in_progress, done, delayed, dropped/],
    ['a status with a source but no URL', cells({ source_url: '' }), /^source_url: a source URL \(status done must rest on a source\)/],
    [
      "an issued document's number with no URL and no date",
      cells({ source_title: 'Báo cáo số 245/BC-SYT', source_url: '', source_published: '' }),
      /^source_url: a source URL \(status done must rest on a source\), or an issued document's number in source_title and its date in source_published/,
    ],
    [
      'a dated source with no URL whose title names no document number',
      cells({ source_title: 'Báo cáo của Sở Y tế', source_url: '' }),
      /^source_url: a source URL \(status done must rest on a source\), or an issued document's number/,
    ],
    ['an http source', cells({ source_url: 'http://thuvienphapluat.vn/x' }), /^source_url: an https URL/],
    ['a source without a title', cells({ source_title: ' ' }), /^source_title:/],
    ['as_of that is not a date', cells({ as_of: '18/7/2022' }), /^as_of: a date yyyy-mm-dd/],
    [
      'as_of in the future of the review',
      cells({ as_of: '2026-01-01', checked: '2026-01-01' }),
      new RegExp(`^as_of: a date on or before the review date ${REVIEW}`),
    ],
    ['checked in the future of the review', cells({ checked: '2026-01-01' }), /^checked: a date on or before the review date/],
    [
      'checked before the evidence it checks',
      cells({ checked: '2022-01-01' }),
      /^checked: a check on or after the evidence's date 2022-07-18/,
    ],
    ['an empty summary', cells({ summary: '' }), /^summary:/],
    ['source_published that is not a date', cells({ source_published: 'hôm qua' }), /^source_published:/],
    [
      'a finding before the plan period',
      cells({ as_of: '2021-12-31' }),
      /^as_of: a date on or after 2022-01-01, the start of the plan period/,
    ],
    ['a finding dated 0000', cells({ as_of: '0000-07-18' }), /^as_of: a date on or after 2022-01-01/],
    ['a check dated 9999', cells({ checked: '9999-12-01' }), /^checked: a date on or before the review date/],
    [
      'a source published before the plan period',
      cells({ source_published: '2021-06-30' }),
      /^source_published: a date on or after 2022-01-01/,
    ],
    [
      'a summary longer than a spreadsheet cell',
      cells({ summary: 'x'.repeat(32_768) }),
      /^summary: at most 32767 characters \(a spreadsheet cell's limit\)/,
    ],
    [
      'a source kind outside the list',
      cells({ source_kind: 'press' }),
      /^source_kind: one of official_report, official_document, public_record/,
    ],
    ['no source kind', cells({ source_kind: '' }), /^source_kind: one of official_report/],
    [
      'a reporting body that is not known',
      cells({ source_kind: 'official_report', reported_by: 'so-y-tee' }),
      /^reported_by: a body id of content\/bodies\.csv, or nothing/,
    ],
    [
      "a body's report filed as a document",
      cells({ reported_by: 'so-y-te' }),
      /^source_kind: official_report \(the row is so-y-te's own report\)/,
    ],
  ])('rejects %s, naming line 2', (_what, row, expected) => {
    const e = thrown(() => parse(one(row)));
    expect([e.file, e.line]).toEqual([FILE, 2]);
    expect(e.expected).toMatch(expected);
  });

  it('rejects a second finding for the same task and date, on its own line', () => {
    const e = thrown(() => parse(`${HEADER}\n${GOOD}\n${GOOD.replace('done', 'in_progress')}\n`));
    expect(e.line).toBe(3);
    expect(e.expected).toBe('one finding per task, date and reporting body (already on line 2)');
  });

  it("keeps a body's own report beside an independent finding of the same date, and refuses its second one", () => {
    const report = cells({ source_kind: 'official_report', reported_by: 'so-y-te', status: 'in_progress' });
    const both = parse(`${HEADER}\n${report}\n${GOOD}\n`);
    expect(both.map((r) => [r.source_kind, r.reported_by])).toEqual([
      ['official_document', null],
      ['official_report', 'so-y-te'],
    ]);
    const e = thrown(() => parse(`${HEADER}\n${report}\n${GOOD}\n${report.replace('in_progress', 'done')}\n`));
    expect([e.line, e.found]).toEqual([4, 'III.12.1 2022-07-18 so-y-te']);
  });
});

describe('due dates and the latest status', () => {
  it('ends a quarter on its last day and other time frames on 31 December', () => {
    expect(dueDate({ kind: 'quarter', end_year: 2022, quarter: 1 })).toBe('2022-03-31');
    expect(dueDate({ kind: 'quarter', end_year: 2024, quarter: 2 })).toBe('2024-06-30');
    expect(dueDate({ kind: 'year_range', end_year: 2025, quarter: null })).toBe('2025-12-31');
    expect(dueDate({ kind: 'annual', end_year: 2030, quarter: null })).toBe('2030-12-31');
  });

  const finding = (as_of: string, status: TaskStatusRecord['status']): TaskStatusRecord => ({
    task_id: 'I.2.6',
    as_of,
    status,
    summary: 's',
    source_title: 't',
    source_url: 'https://x.vn/',
    source_published: null,
    checked: REVIEW,
    source_kind: 'public_record',
    reported_by: null,
  });
  const report = (as_of: string, status: TaskStatusRecord['status'], body = 'so-y-te'): TaskStatusRecord => ({
    ...finding(as_of, status),
    source_kind: 'official_report',
    reported_by: body,
  });
  const none = {
    status_source_kind: null,
    status_reported_by: null,
    status_evidence_year: null,
    independent_status: 'no_information',
    independent_status_as_of: REVIEW,
    independent_status_evidence_year: null,
  } as const;

  it('publishes a task with no finding as no_information at the review date, never guessed from its time frame', () => {
    expect(latestTaskStatus([], '2022-03-31', REVIEW)).toEqual({ status: 'no_information', status_as_of: REVIEW, past_due: true, ...none });
    expect(latestTaskStatus([], '2030-12-31', REVIEW)).toEqual({
      status: 'no_information',
      status_as_of: REVIEW,
      past_due: false,
      ...none,
    });
  });

  it('takes the newest finding whatever the order of rows', () => {
    const r = latestTaskStatus([finding('2024-03-18', 'done'), finding('2022-05-21', 'in_progress')], '2025-12-31', REVIEW);
    expect(r).toMatchObject({ status: 'done', status_as_of: '2024-03-18', past_due: false, independent_status: 'done' });
  });

  it("keeps a body's own claim apart: the latest of all findings, and the latest of the independent ones", () => {
    const r = latestTaskStatus([finding('2023-06-30', 'in_progress'), report('2025-11-20', 'done')], '2025-12-31', REVIEW);
    expect(r).toMatchObject({
      status: 'done',
      status_source_kind: 'official_report',
      status_reported_by: 'so-y-te',
      independent_status: 'in_progress',
      independent_status_as_of: '2023-06-30',
    });
    const onlyReports = latestTaskStatus([report('2025-11-20', 'done')], '2025-12-31', REVIEW);
    expect([onlyReports.independent_status, onlyReports.independent_status_as_of]).toEqual(['no_information', REVIEW]);
  });

  it('lets independent evidence win a tie of dates, whatever the order of rows, and a document before a page', () => {
    const page = finding('2025-11-20', 'in_progress');
    const doc = { ...finding('2025-11-20', 'done'), source_kind: 'official_document' as const };
    for (const rows of [
      [report('2025-11-20', 'done'), page],
      [page, report('2025-11-20', 'done')],
    ])
      expect(latestTaskStatus(rows, '2025-12-31', REVIEW)).toMatchObject({ status: 'in_progress', status_source_kind: 'public_record' });
    expect(latestTaskStatus([page, doc], '2025-12-31', REVIEW).status).toBe('done');
    // Two bodies' reports of one date: the first body id wins, so the choice never depends on row order.
    const two = [report('2025-11-20', 'done', 'so-y-te'), report('2025-11-20', 'in_progress', 'so-gddt')];
    expect(latestTaskStatus(two, '2025-12-31', REVIEW).status_reported_by).toBe('so-gddt');
    expect(latestTaskStatus([...two].reverse(), '2025-12-31', REVIEW).status_reported_by).toBe('so-gddt');
  });

  it('says the year of evidence dated more than a year before the review, for each reading', () => {
    // REVIEW is 2025-12-31: a finding of 2024-12-30 is more than a year old, one of 2024-12-31 is not.
    expect(latestTaskStatus([finding('2024-12-30', 'in_progress')], '2025-12-31', REVIEW).status_evidence_year).toBe(2024);
    expect(latestTaskStatus([finding('2024-12-31', 'in_progress')], '2025-12-31', REVIEW).status_evidence_year).toBeNull();
    const r = latestTaskStatus([finding('2023-06-30', 'in_progress'), report('2025-11-20', 'done')], '2025-12-31', REVIEW);
    expect([r.status_evidence_year, r.independent_status_evidence_year]).toEqual([null, 2023]);
    expect(latestTaskStatus([finding('2023-06-30', 'no_information')], '2025-12-31', REVIEW).status_evidence_year).toBeNull();
  });

  it('flags past due only when the time frame ended before the review and the task is not reported done', () => {
    expect(latestTaskStatus([finding('2023-09-30', 'in_progress')], '2023-12-31', REVIEW).past_due).toBe(true);
    expect(latestTaskStatus([finding('2023-09-30', 'done')], '2023-12-31', REVIEW).past_due).toBe(false);
    expect(latestTaskStatus([finding('2023-09-30', 'in_progress')], REVIEW, REVIEW).past_due).toBe(false);
  });

  it('orders task ids as the appendix does', () => {
    expect(['IV.1', 'I.4.10', 'III.13', 'I.4.6', 'II.9', 'III.10.2'].sort(compareTaskIds)).toEqual([
      'I.4.6',
      'I.4.10',
      'II.9',
      'III.10.2',
      'III.13',
      'IV.1',
    ]);
  });
});
