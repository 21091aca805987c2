/** The province's own evaluations (src/lib/pipeline/evaluations.ts): the curated table, and each bad input refused at its line. */
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { EVALUATION_SUBJECTS } from '../../../src/lib/model/codes.ts';
import { EVALUATION_TABLE_COLUMNS, parseEvaluationTable } from '../../../src/lib/pipeline/evaluations.ts';
import { REVIEW_DATE } from '../../helpers/content-release.ts';
import { thrown } from '../../helpers/source-errors.ts';

const FILE = 'content/evaluations.csv';
const rows = parseEvaluationTable(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8'), FILE, REVIEW_DATE);

/** The review date of the made-up rows below. */
const REVIEW = '2025-12-31';
const HEADER = EVALUATION_TABLE_COLUMNS.join(',');
// id,subject,title,evaluated_by,period_start,period_end,target_count,exceeded_count,met_count,met_or_exceeded_count,not_met_count,source_title,source_url,source_published,note
const GOOD =
  'kh-1-nam-2022,yearly_plan,Năm 2022,UBND tỉnh,2022-01-01,2022-12-31,15,6,7,13,,Kế hoạch 99,https://lawnet.vn/x,2023-03-16,«13/15»';
const cells = (over: Partial<Record<(typeof EVALUATION_TABLE_COLUMNS)[number], string>>) => {
  const c = GOOD.split(',');
  EVALUATION_TABLE_COLUMNS.forEach((name, i) => {
    if (over[name] !== undefined) c[i] = over[name]!;
  });
  return c.join(',');
};
const parse = (row: string) => parseEvaluationTable(`${HEADER}\n${row}\n`, FILE, REVIEW);

describe('the curated evaluations', () => {
  it('parses every row: a known subject, an https source, a count the source gives, its words in the note', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(EVALUATION_SUBJECTS).toContain(r.subject);
      expect(r.source_url).toMatch(/^https:\/\//);
      expect([r.target_count, r.exceeded_count, r.met_count, r.met_or_exceeded_count, r.not_met_count].some((n) => n !== null)).toBe(true);
      expect(r.note).toMatch(/«[^»]+»/);
    }
  });

  it('never fills in a sum the source does not print: "đạt và vượt" is set only where the note quotes it', () => {
    for (const r of rows) if (r.met_or_exceeded_count !== null) expect(r.note).toMatch(/đạt và vượt/);
  });
});

describe('broken evaluations', () => {
  it('reads a good row, empty counts as null', () => {
    expect(parse(GOOD)[0]).toMatchObject({
      target_count: 15,
      exceeded_count: 6,
      met_count: 7,
      met_or_exceeded_count: 13,
      not_met_count: null,
      line: 2,
    });
  });

  test.each([
    ['an unknown subject', cells({ subject: 'nghi_quyet' }), /^subject: one of resolution_targets, plan, yearly_plan/],
    ['a count written as a fraction', cells({ met_or_exceeded_count: '13/15' }), /^met_or_exceeded_count: a whole number/],
    [
      'a part larger than the whole',
      cells({ exceeded_count: '16', met_or_exceeded_count: '', met_count: '' }),
      /^exceeded_count: at most target_count 15/,
    ],
    [
      'exceeded and met that do not add up to "đạt và vượt"',
      cells({ met_or_exceeded_count: '12' }),
      /^met_or_exceeded_count: exceeded_count \+ met_count = 13/,
    ],
    [
      'more counted than evaluated',
      cells({ not_met_count: '3' }),
      /^not_met_count: met, exceeded and not met together at most target_count 15/,
    ],
    [
      'no count at all',
      cells({ target_count: '', exceeded_count: '', met_count: '', met_or_exceeded_count: '' }),
      /^target_count: at least one count/,
    ],
    ['a period with one end', cells({ period_end: '' }), /^period_end: both period_start and period_end, or neither/],
    ['a period that ends before it starts', cells({ period_end: '2021-12-31' }), /^period_end: a date on or after period_start 2022-01-01/],
    [
      'a source published after the review',
      cells({ source_published: '2026-01-01' }),
      /^source_published: a date yyyy-mm-dd on or before the review date 2025-12-31/,
    ],
    ['an http source', cells({ source_url: 'http://lawnet.vn/x' }), /^source_url: an https URL/],
    ['an id that is not a slug', cells({ id: 'KH 99' }), /^id: a lower-case ASCII slug/],
    ['a note left empty', cells({ note: ' ' }), /^note:/],
  ])('rejects %s, naming line 2', (_what, row, expected) => {
    const e = thrown(() => parse(row));
    expect([e.file, e.line]).toEqual([FILE, 2]);
    expect(e.expected).toMatch(expected);
  });

  it('rejects a second row with the same id, on its own line', () => {
    const e = thrown(() => parseEvaluationTable(`${HEADER}\n${GOOD}\n${GOOD}\n`, FILE, REVIEW));
    expect([e.line, e.expected]).toEqual([3, 'one row per id (already on line 2)']);
  });
});
