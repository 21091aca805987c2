import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { datasetSpec, type DatasetSpec } from '../../../src/lib/model/dictionary.ts';
import { agencyNamesColumn, cellValue, renderWorkbook, sheetColumns } from '../../../src/lib/publish/spreadsheet.ts';
import { AGENCY_TASKS_SPEC } from '../../../src/lib/publish/record-files.ts';

const tiny: DatasetSpec = {
  name: 'tiny',
  title: 'Thử',
  description: 'Bảng thử.',
  primaryKey: ['id'],
  columns: [
    { name: 'id', type: 'string', title: 'Mã', description: 'Mã.' },
    { name: 'n', type: 'number', title: 'Số', description: 'Số.', required: false },
    { name: 'day', type: 'date', title: 'Ngày', description: 'Ngày.', required: false },
    { name: 'lead_agency_ids', type: 'list', title: 'Mã cơ quan chủ trì', description: 'Mã.', required: false },
  ],
};
const names = new Map([['so-tttt', 'Sở Thông tin và Truyền thông']]);
const input = (date = '2025-12-31') => ({
  title: 'Thử',
  about: [['Tên', 'Thử']] as const,
  sheets: [{ spec: tiny, rows: [{ id: '=1+1', n: 79.2, day: '2025-12-31', lead_agency_ids: ['so-tttt', 'khac'] }] }],
  agencyNames: names,
  creator: 'UBND',
  date,
});

describe('sheetColumns', () => {
  it('adds a names column after each agency-id column, named and labelled from it', () => {
    expect(
      sheetColumns(datasetSpec('tasks'))
        .map((c) => c.key)
        .filter((k) => k.includes('agenc')),
    ).toEqual([
      'lead_agency_ids',
      'lead_agency_names',
      'cooperating_agency_ids',
      'cooperating_agency_names',
      'lead_agencies_text',
      'cooperating_agencies_text',
    ]);
    expect(agencyNamesColumn(datasetSpec('task_agencies').columns.find((c) => c.name === 'agency_id')!)).toMatchObject({
      name: 'agency_name',
      title: 'Tên cơ quan',
      type: 'string',
    });
    expect(sheetColumns(datasetSpec('agency_successors')).map((c) => c.key)).toContain('successor_agency_name');
  });

  it('adds none where the table already carries the name', () => {
    expect(sheetColumns(AGENCY_TASKS_SPEC).filter((c) => c.key === 'agency_name')).toHaveLength(1);
  });
});

describe('cellValue', () => {
  const [id, n, day, ids, idNames] = sheetColumns(tiny);
  it('types each value by the dictionary and joins lists with "; "', () => {
    const row = input().sheets[0]!.rows[0]!;
    expect(cellValue(id!, row, names, 'r')).toBe('=1+1');
    expect(cellValue(n!, row, names, 'r')).toBe(79.2);
    expect(cellValue(day!, row, names, 'r')).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect(cellValue(ids!, row, names, 'r')).toBe('so-tttt; khac');
    expect(cellValue(idNames!, row, names, 'r')).toBe('Sở Thông tin và Truyền thông; khac');
    expect(cellValue(ids!, { lead_agency_ids: [] }, names, 'r')).toBeNull();
  });

  it('refuses a value its type does not allow, and text longer than a cell holds, naming where', () => {
    expect(() => cellValue(n!, { n: '79.2' }, names, 'tiny row 3')).toThrow('tiny row 3: n is number, found "79.2"');
    expect(() => cellValue(day!, { day: '31/12/2025' }, names, 'r')).toThrow(/day is date/);
    expect(() => cellValue(id!, { id: 'x'.repeat(32_768) }, names, 'r')).toThrow(/32768 characters, more than a spreadsheet cell holds/);
  });
});

describe('renderWorkbook', () => {
  it('gives the same bytes for the same input, whatever the clock (zip times have a 2-second step), and other bytes for another release date', async () => {
    const a = await renderWorkbook(input());
    await new Promise((r) => setTimeout(r, 2100));
    const b = await renderWorkbook(input());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(await renderWorkbook(input('2027-01-02'))).equals(Buffer.from(a))).toBe(false);
  });

  it('writes a "=" value as a string cell, never a formula', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderWorkbook(input())) as unknown as ArrayBuffer);
    const cell = wb.getWorksheet('tiny')!.getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=1+1');
    expect(wb.getWorksheet('tiny')!.getCell('C2').numFmt).toBe('dd/mm/yyyy');
  });

  it("formats a column's cells by its type (the header row stays bold text without the format)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderWorkbook(input())) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('tiny')!;
    expect(sheet.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect(sheet.getCell('C1').numFmt).toBeUndefined();
    expect(sheet.getCell('C1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').numFmt).toBeUndefined();
  });

  it('refuses a sheet name Excel would refuse', async () => {
    await expect(renderWorkbook({ ...input(), sheets: [{ spec: { ...tiny, name: 'a/b' }, rows: [] }] })).rejects.toThrow(
      '"a/b" cannot be a sheet name',
    );
  });
});
