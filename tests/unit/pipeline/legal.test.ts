import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SourceError } from '../../../src/lib/model/errors.ts';
import { classifyNote, findCitations, parseLegalTable } from '../../../src/lib/pipeline/legal.ts';
import { cellText, squash, stripEmphasis } from '../../../src/lib/pipeline/text.ts';
import type { Citation } from '../../../src/lib/pipeline/types.ts';
import { asciiSlug } from '../../../src/lib/model/paths.ts';
import { REVIEW_DATE } from '../../helpers/content-release.ts';

const SEED = 'seeds/ke-hoach-04-NQ-TU-dong-thap.txt';
const TABLE = 'content/legal_documents.csv';
const seedLines = readFileSync(SEED, 'utf8').split('\n');
const table = parseLegalTable(readFileSync(TABLE, 'utf8'), TABLE, REVIEW_DATE);
const at = (line: number) => ({ file: SEED, line });

/** Task rows of the appendix: 6 tab-separated cells, not a header row, not a bold group row. */
const taskRows = seedLines
  .map((text, i) => ({ line: i + 1, cells: text.split('\t').map(cellText) }))
  .filter(({ line, cells }) => line >= 317 && cells.length === 6 && cells[0] !== 'Stt' && !/^<b>/.test(seedLines[line - 1]!));

const count = (citations: Citation[]) =>
  citations.reduce<Record<string, number>>((n, c) => ({ ...n, [c.legal_document_id]: (n[c.legal_document_id] ?? 0) + 1 }), {});

// Every distinct notes cell of the appendix: [note, [document id, clause][], parts that cite nothing].
const NOTES: [string, [string, string][], string[]][] = [
  ['Điểm a, Khoản 1, Mục IV Quyết định 749/QĐ-TTg', [['749-qd-ttg', 'Điểm a, Khoản 1, Mục IV']], []],
  ['Điểm b, Khoản 1, Mục IV Quyết định 749/QĐ-TTg', [['749-qd-ttg', 'Điểm b, Khoản 1, Mục IV']], []],
  ['Điểm c, Khoản 1, Mục IV Quyết định 749/QĐ-TTg', [['749-qd-ttg', 'Điểm c, Khoản 1, Mục IV']], []],
  ['Tiêu chí tại Bộ chỉ số Chuyển đổi số cấp tỉnh', [['bo-chi-so-cds-cap-tinh', '']], []],
  ['Giao thêm nhiệm vụ cho Tổng đài 1022', [], ['Giao thêm nhiệm vụ cho Tổng đài 1022']],
  ['Điểm a, Khoản 2, Mục IV Quyết định 749/QĐ-TTg', [['749-qd-ttg', 'Điểm a, Khoản 2, Mục IV']], []],
  ['Nhiệm vụ tại Điểm a, Khoản 2, Mục IV Quyết định 749/QĐ-TTg', [['749-qd-ttg', 'Điểm a, Khoản 2, Mục IV']], []],
  ['- Nhiệm vụ tại Điểm a, Khoản 4, Mục IV Quyết định số 749/QĐ-TTg', [['749-qd-ttg', 'Điểm a, Khoản 4, Mục IV']], []],
  [
    'Chiến lược phát triển Chính phủ số giai đoạn 2021-2025, định hướng đến 2030; Điểm e Khoản 5 Mục IV Quyết định số 749/QĐ-TTg',
    [
      ['942-qd-ttg', ''],
      ['749-qd-ttg', 'Điểm e Khoản 5 Mục IV'],
    ],
    [],
  ],
  ['Chỉ thị 14/CT-TTg', [['14-ct-ttg', '']], []],
  [
    'Nghị định 85/2016/NĐ-CP và Chỉ thị số 14/CT-TTg',
    [
      ['85-2016-nd-cp', ''],
      ['14-ct-ttg', ''],
    ],
    [],
  ],
  ['Chỉ thị 41-CT/TW của Ban Bí thư', [['41-ct-tw', '']], []],
  [
    'Khoản 6 Mục V Quyết định số 749/QĐ-TTg; Chiến lược phát triển Chính phủ số giai đoạn 2021- 2025, định hướng đến năm 2030',
    [
      ['749-qd-ttg', 'Khoản 6 Mục V'],
      ['942-qd-ttg', ''],
    ],
    [],
  ],
  ['Khoản 7 Mục V Quyết định số 749/QĐ-TTg', [['749-qd-ttg', 'Khoản 7 Mục V']], []],
  [
    'Khoản 7 Mục V Quyết định số 749/QĐ-TTg; Kế hoạch 147/KH-UBND ngày 23/06/2020',
    [
      ['749-qd-ttg', 'Khoản 7 Mục V'],
      ['147-kh-ubnd', ''],
    ],
    [],
  ],
  ['Khoản 5 Mục V Quyết định số 749/QĐ-TTg', [['749-qd-ttg', 'Khoản 5 Mục V']], []],
  [
    'Nghị định số 45/2020/NĐ-CP; Khoản 6 Mục V Quyết định 749/QĐ-TTg; Chiến lược phát triển Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030',
    [
      ['45-2020-nd-cp', ''],
      ['749-qd-ttg', 'Khoản 6 Mục V'],
      ['942-qd-ttg', ''],
    ],
    [],
  ],
  ['Khoản 4 Mục V Quyết định số 749/QĐ-TTg', [['749-qd-ttg', 'Khoản 4 Mục V']], []],
  ['Nhiệm vụ tại Khoản 4 Mục VI Quyết định số 749/QĐ-TTg', [['749-qd-ttg', 'Khoản 4 Mục VI']], []],
  ['Tiêu chí Bộ chỉ số Chuyển đổi số cấp tỉnh', [['bo-chi-so-cds-cap-tinh', '']], []],
  ['Nhiệm vụ tại Khoản 7 Mục VII Quyết định số 749/QĐ-TTg', [['749-qd-ttg', 'Khoản 7 Mục VII']], []],
];

describe('classifyNote on the real notes cells', () => {
  test('the cases are exactly the distinct non-empty notes of the seed', () => {
    const distinct = [...new Set(taskRows.map((r) => r.cells[5]!).filter((n) => n !== ''))];
    expect(NOTES.map(([note]) => note)).toEqual(distinct);
  });

  test.each(NOTES)('%s', (note, expected, other) => {
    const result = classifyNote(note, table, at(1));
    expect(result.citations.map((c) => [c.legal_document_id, c.clause])).toEqual(expected);
    expect(result.other).toEqual(other);
  });

  test('every non-empty notes cell yields a citation or an "other" part', () => {
    for (const { line, cells } of taskRows.filter((r) => r.cells[5] !== '')) {
      const { citations, other } = classifyNote(cells[5]!, table, at(line));
      expect(citations.length + other.length, `${SEED}:${line}`).toBeGreaterThan(0);
    }
  });

  test('a citation keeps its text as written, clause included', () => {
    const { citations } = classifyNote('Nhiệm vụ tại Điểm a, Khoản 2, Mục IV Quyết định 749/QĐ-TTg', table, at(1));
    expect(citations).toEqual([
      { legal_document_id: '749-qd-ttg', clause: 'Điểm a, Khoản 2, Mục IV', text: 'Điểm a, Khoản 2, Mục IV Quyết định 749/QĐ-TTg' },
    ]);
    expect(classifyNote('Kế hoạch 147/KH-UBND ngày 23/06/2020', table, at(1)).citations[0]!.text).toBe('Kế hoạch 147/KH-UBND');
  });
});

describe('findCitations in the seed', () => {
  test('body paragraphs (lines 7–297) cite 04-NQ/TU, 749, 942, 1813 and 810', () => {
    const citations = seedLines.slice(6, 297).flatMap((text, i) => findCitations(text, table, at(i + 7)));
    expect(count(citations)).toEqual({ '04-nq-tu': 6, '749-qd-ttg': 1, '942-qd-ttg': 2, '1813-qd-ttg': 1, '810-qd-nhnn': 1 });
  });

  test('the body cites Quyết định 942 "tại phụ lục"', () => {
    expect(findCitations(seedLines[154]!, table, at(155))).toEqual([
      { legal_document_id: '942-qd-ttg', clause: 'phụ lục', text: 'phụ lục Quyết định số 942/QĐ-TTg' },
    ]);
  });

  test('task contents cite 2117 and 999', () => {
    const citations = taskRows.flatMap(({ line, cells }) => findCitations(cells[1]!, table, at(line)));
    expect(count(citations)).toEqual({ '2117-qd-ttg': 1, '999-qd-ttg': 2 });
  });

  test('numbers, versions and years that are not documents are not citations', () => {
    const text =
      'Tổng đài 1022, 2021 - 2025, 2021-2025, phiên bản 1.0, công nghệ 4.0, IPv6, 5G, Quý I/2022, ngày 23/06/2020, Kế hoạch số /KH-UBND';
    expect(findCitations(text, table, at(1))).toEqual([]);
  });

  test('an unknown document number throws a SourceError naming file:line', () => {
    const where = at(376);
    const run = () => classifyNote('Quyết định 123/QĐ-TTg', table, where);
    expect(run).toThrow(SourceError);
    expect(run).toThrow(`${SEED}:376: expected a legal document listed in content/legal_documents.csv, found "123/QĐ-TTg"`);
    expect(() => findCitations('theo Nghị định số 13/2023/NĐ-CP', table, where)).toThrow(`${SEED}:376`);
  });
});

describe('the curated table is faithful to the seed', () => {
  const seedText = squash(stripEmphasis(seedLines.join('\n')));

  test('a numbered row’s id is the slug of its number', () => {
    for (const d of table.filter((d) => d.number !== '')) expect(d.id).toBe(asciiSlug(d.number));
  });

  // The documents of the 2025 reorganisation are not in the plan: they are the basis of content/agency_successors.csv.
  const planDocs = table.filter((d) => d.context === 'plan');

  test('every title and issuer appears in the seed', () => {
    for (const d of planDocs) {
      if (d.title !== '') expect(seedText, d.id).toContain(d.title);
      if (d.issuer !== '') expect(seedText, d.id).toContain(d.issuer);
    }
  });

  test('every date is written right after its number in the seed', () => {
    for (const d of planDocs.filter((d) => d.issued_date !== '')) {
      const number = d.number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const written = [...seedText.matchAll(new RegExp(`${number} ngày (\\d{1,2})(?:/| tháng )(\\d{1,2})(?:/| năm )(\\d{4})`, 'g'))];
      const dates = written.map(([, dd, mm, yyyy]) => `${yyyy}-${mm!.padStart(2, '0')}-${dd!.padStart(2, '0')}`);
      expect(dates, d.id).toContain(d.issued_date);
    }
  });

  test('every row is cited at least once in the seed', () => {
    const cited = new Set(
      [
        ...seedLines.slice(0, 316).flatMap((text, i) => findCitations(text, table, at(i + 1))),
        ...taskRows.flatMap(({ line, cells }) => [
          ...findCitations(cells[1]!, table, at(line)),
          ...classifyNote(cells[5]!, table, at(line)).citations,
        ]),
      ].map((c) => c.legal_document_id),
    );
    expect(planDocs.map((d) => d.id).filter((id) => !cited.has(id))).toEqual([]);
    // …and no document of the reorganisation, or of the rules the site follows, is: they are listed for other reasons.
    expect(table.filter((d) => d.context !== 'plan' && cited.has(d.id)).map((d) => d.id)).toEqual([]);
  });

  test('links go to https pages, each with its kind; a document the plan does not cite has a number, issuer and date', () => {
    for (const d of table) {
      if (d.url) expect([d.url.startsWith('https://'), ['official', 'legal_database'].includes(d.url_kind)], d.id).toEqual([true, true]);
      else expect(d.url_kind, d.id).toBe('');
    }
    for (const d of table.filter((x) => x.context !== 'plan')) expect([d.number, d.issuer, d.issued_date].every(Boolean), d.id).toBe(true);
  });
});

describe('parseLegalTable', () => {
  const HEADER = 'id,number,type,issuer,issued_date,title,aliases,note,context,url,url_kind,validity,validity_note,validity_source_url';
  const ROW = '749-qd-ttg,749/QĐ-TTg,Quyết định,Thủ tướng Chính phủ,2020-06-03,,,,plan,,,,,';
  /** The review date of the made-up tables. */
  const REVIEW = '2025-12-31';
  const parse = (lines: string[]) => () => parseLegalTable([HEADER, ...lines].join('\n'), 'legal.csv', REVIEW);

  test('accepts a document of the founding day, and one of the review date', () => {
    expect(parse([ROW.replace('2020-06-03', '1945-09-02'), `942-qd-ttg,942/QĐ-TTg,Quyết định,,${REVIEW},,,,plan,,,,,`])()).toHaveLength(2);
  });

  test('reads aliases as a list', () => {
    const [d] = parseLegalTable(`${HEADER}\nx,,Bộ chỉ số,,,,"A, b| C ",n,plan,,,,,\n`, 'legal.csv', REVIEW);
    expect(d).toEqual({
      id: 'x',
      number: '',
      type: 'Bộ chỉ số',
      issuer: '',
      issued_date: '',
      title: '',
      aliases: ['A, b', 'C'],
      note: 'n',
      context: 'plan',
      url: '',
      url_kind: '',
      validity: '',
      validity_note: '',
      validity_source_url: '',
      line: 2,
    });
  });

  test.each([
    ['a bad date', [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,2021-02-30,,,,plan,,,,,'], 'legal.csv:3: expected issued_date'],
    [
      'a date before the state (1945-09-02)',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,1945-09-01,,,,plan,,,,,'],
      'legal.csv:3: expected issued_date: a date from 1945-09-02 (the founding of the state) or nothing',
    ],
    [
      'a date of 0000',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,0000-01-01,,,,plan,,,,,'],
      'legal.csv:3: expected issued_date: a date from 1945-09-02',
    ],
    [
      'a date after the review',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,2026-01-01,,,,plan,,,,,'],
      `legal.csv:3: expected issued_date: a date on or before the review date ${REVIEW}`,
    ],
    [
      'a javascript: link',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,plan,javascript:alert(1),official,,,'],
      'legal.csv:3: expected url: an https URL or nothing',
    ],
    ['a missing field', [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định'], 'legal.csv:3: expected a row of 14 fields'],
    ['a duplicate id', [ROW, '749-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,plan,,,,,'], 'legal.csv:3: expected an id not already used on line 2'],
    [
      'a duplicate number',
      [ROW, '942-qd-ttg,749/QĐ-TTg,Quyết định,,,,,,plan,,,,,'],
      'legal.csv:3: expected a number or alias not already used',
    ],
    [
      'an alias used twice',
      ['a,,Bộ chỉ số,,,,X|Y,,plan,,,,,', 'b,,Bộ chỉ số,,,,Y,,plan,,,,,'],
      'legal.csv:3: expected a number or alias not already used',
    ],
    ['a bad id', ['749/qd,749/QĐ-TTg,Quyết định,,,,,,plan,,,,,'], 'legal.csv:2: expected id'],
    ['an empty type', [ROW, '', '942-qd-ttg,942/QĐ-TTg,,,,,,,plan,,,,,'], 'legal.csv:4: expected type'],
    [
      'a bad row after a quoted line break',
      ['a,,Bộ chỉ số,,,,,"two\nlines",plan,,,,,', 'b,,,,,,,,plan,,,,,'],
      'legal.csv:4: expected type',
    ],
    [
      'an unknown context',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,cited,,,,,'],
      'legal.csv:3: expected context: one of plan, reorganisation, publication',
    ],
    [
      'a link that is not https',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,plan,http://x.vn/a,official,,,'],
      'legal.csv:3: expected url: an https URL or nothing',
    ],
    [
      'a link without its kind',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,plan,https://x.vn/a,,,,'],
      'legal.csv:3: expected url_kind: one of official, legal_database for the link',
    ],
    [
      'a validity outside the codes',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,plan,,,valid,n,https://x.vn/a'],
      'legal.csv:3: expected validity: one of in_force, partly_repealed, repealed or nothing',
    ],
    [
      'a validity without its source',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,plan,,,in_force,Có hiệu lực,'],
      'legal.csv:3: expected validity_source_url: a note and an https source for the validity',
    ],
    [
      'a validity source that is not https',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,plan,,,in_force,n,http://x.vn/a'],
      'legal.csv:3: expected validity_source_url: an https URL or nothing',
    ],
    [
      'a validity note without a validity',
      [ROW, '942-qd-ttg,942/QĐ-TTg,Quyết định,,,,,,plan,,,,Có hiệu lực,https://x.vn/a'],
      'legal.csv:3: expected validity: one of in_force, partly_repealed, repealed when a validity note or source is given',
    ],
    [
      'a reorganisation document without a date',
      [ROW, '45-2025-nd-cp,45/2025/NĐ-CP,Nghị định,Chính phủ,,,,,reorganisation,,,,,'],
      'legal.csv:3: expected number: a number, issuer and date for a document of the reorganisation',
    ],
    [
      'a rule of publishing without its issuer',
      [ROW, '20-2023-qh15,20/2023/QH15,Luật,,2023-06-22,Luật Giao dịch điện tử,,,publication,,,,,'],
      'legal.csv:3: expected number: a number, issuer and date for a document of the publication',
    ],
  ])('%s throws with the CSV line', (_name, lines, message) => {
    expect(parse(lines)).toThrow(SourceError);
    expect(parse(lines)).toThrow(message);
  });

  test('a wrong header throws on line 1', () => {
    expect(() => parseLegalTable('id,number\n', 'legal.csv', REVIEW)).toThrow('legal.csv:1: expected the header');
  });
});
