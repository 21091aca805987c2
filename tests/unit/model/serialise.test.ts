import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ColumnSpec, DatasetSpec } from '../../../src/lib/model/dictionary.ts';
import { toCsv, toExcelCsv, toJson } from '../../../src/lib/model/serialise.ts';

/** A column of the sample table: only its name, type and whether it may be empty matter to the writers. */
const column = (name: string, type: ColumnSpec['type'], optional = false): ColumnSpec => ({
  name,
  type,
  title: name,
  description: '',
  ...(optional ? { required: false } : {}),
});
const spec: DatasetSpec = {
  name: 'sample',
  title: 'Mẫu',
  description: 'Mẫu',
  primaryKey: ['id'],
  columns: [column('id', 'string'), column('text', 'string', true), column('ids', 'list', true), column('n', 'integer')],
};

// Real cells of the plan: a note that starts with "- ", a cell with a comma and quotes, NFD input.
const rows = [
  { n: 1, id: 'III.5.2', text: '- Nhiệm vụ tại Điểm a, Khoản 4, Mục IV Quyết định số 749/QĐ-TTg', ids: ['749-qd-ttg'] },
  { id: 'I.2.2', text: 'theo cơ chế thử nghiệm ( sandbox ), “Chương trình”', ids: [], n: 2 },
  { id: 'x', text: null, ids: ['a', 'b'], n: 3 },
  { id: 'y', text: '=HYPERLINK("http://x")\nhai dòng', ids: [], n: 4 },
  { id: 'z', text: 'Đồng Tháp'.normalize('NFD'), ids: [], n: 5 },
];

describe('toCsv', () => {
  const csv = toCsv(spec, rows);

  it('writes RFC 4180 with CRLF, a header in dictionary order and no BOM', () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('id,text,ids,n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('III.5.2,"- Nhiệm vụ tại Điểm a, Khoản 4, Mục IV Quyết định số 749/QĐ-TTg",749-qd-ttg,1');
  });

  it('round-trips through papaparse: lists joined by ";", null as empty, NFC text', () => {
    const back = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(back).toHaveLength(rows.length + 1);
    expect(back[3]).toEqual(['x', '', 'a;b', '3']);
    expect(back[4]![1]).toBe('=HYPERLINK("http://x")\nhai dòng');
    expect(back[5]![1]).toBe('Đồng Tháp'.normalize('NFC'));
    expect(back[5]![1]!.normalize('NFC')).toBe(back[5]![1]);
  });

  it('writes a header-only table for no rows, with one CRLF', () => {
    expect(toCsv(spec, [])).toBe('id,text,ids,n\r\n');
  });

  it('leaves formula-looking cells alone in the plain CSV', () => {
    expect(csv).toContain('"- Nhiệm vụ');
    expect(csv).not.toContain("'-");
  });
});

describe('toExcelCsv', () => {
  const csv = toExcelCsv(spec, rows);

  it('starts with a BOM', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('prefixes formula-trigger cells with an apostrophe, multi-line cells included', () => {
    const back = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(back[1]![1]).toBe("'- Nhiệm vụ tại Điểm a, Khoản 4, Mục IV Quyết định số 749/QĐ-TTg");
    expect(back[4]![1]).toBe('\'=HYPERLINK("http://x")\nhai dòng');
    expect(back[2]![1]).toBe('theo cơ chế thử nghiệm ( sandbox ), “Chương trình”');
  });

  it('guards each first character a spreadsheet reads as a formula: = + - @, a tab, a carriage return', () => {
    const hostile = ['=HYPERLINK("https://evil.example","x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx'];
    const harmless = ['1-1', 'a=b', ' -1', "'x"];
    const cells = [...hostile, ...harmless];
    const csv = toExcelCsv(
      spec,
      cells.map((text, n) => ({ id: `r${n}`, text, ids: [], n })),
    );
    const back = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(back.map((r) => r[1])).toEqual([...hostile.map((c) => `'${c}`), ...harmless]);
  });

  it('guards every element of a list that would start a formula, not only the first', () => {
    const listed = toExcelCsv(spec, [
      { id: 'l', text: null, ids: ['a', '=cmd|x', '@SUM(1)', 'b'], n: 1 },
      { id: 'm', text: null, ids: ['=first', '+second'], n: 2 },
    ]);
    const back = Papa.parse<string[]>(listed.slice(1), { skipEmptyLines: true }).data;
    expect(back[1]![2]).toBe("a;'=cmd|x;'@SUM(1);b");
    expect(back[2]![2]).toBe("'=first;'+second");
    // The plain CSV keeps the values as they are.
    expect(
      Papa.parse<string[]>(toCsv(spec, [{ id: 'l', text: null, ids: ['a', '=cmd'], n: 1 }]), { skipEmptyLines: true }).data[1]![2],
    ).toBe('a;=cmd');
  });
});

describe('toJson', () => {
  it('keeps types, orders keys as the dictionary and ends with a newline', () => {
    const json = toJson(spec, rows);
    const back = JSON.parse(json) as Record<string, unknown>[];
    expect(Object.keys(back[0]!)).toEqual(['id', 'text', 'ids', 'n']);
    expect(back[2]).toEqual({ id: 'x', text: null, ids: ['a', 'b'], n: 3 });
    expect(json.endsWith(']\n')).toBe(true);
    expect(toJson(spec, rows)).toBe(json);
  });
});
