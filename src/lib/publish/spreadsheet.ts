/**
 * Spreadsheet files (.xlsx), written with exceljs: typed cells (numbers as numbers, dates as dates,
 * true/false as booleans, text as text — so a value starting with "=" is text and needs no prefix),
 * Vietnamese column headers, a frozen header row with an autofilter, widths from the content, lists
 * joined with "; ", and beside every column of agency ids a column of their full names. Every
 * workbook opens with a "Giới thiệu" sheet (title, source, licence, citation, version, date) and
 * ends with a "Từ điển" sheet (key ↔ Vietnamese label ↔ type ↔ description). Byte-identical on
 * every build: fixed document properties and zip timestamps from the release date. No I/O.
 */
import ExcelJS from 'exceljs';
import { DATASET_LINKS } from '../model/links.ts';
import { restampZip } from './catalogue/zip.ts';
import type { ColumnSpec, DatasetSpec } from '../model/dictionary.ts';
import type { Row } from '../model/records.ts';
import { MAX_CELL_CHARS } from '../model/values.ts';
import { COLUMN_TYPE, labelsOf } from '../model/codes.ts';

const MAX_WIDTH = 60;

export const ABOUT_SHEET = 'Giới thiệu';
export const DICTIONARY_SHEET = 'Từ điển';

/** Vietnamese names of column types, as the "Từ điển" sheet shows them (cells are typed, not text). */
export const XLSX_TYPE_LABEL: Record<ColumnSpec['type'], string> = labelsOf(COLUMN_TYPE, (t) => t.workbook);

export interface SheetInput {
  spec: DatasetSpec;
  rows: readonly Row[];
}

export interface WorkbookInput {
  title: string;
  /** Rows of the "Giới thiệu" sheet: label, value. */
  about: readonly (readonly [string, string])[];
  sheets: readonly SheetInput[];
  /** agency id → full name, for the name columns beside agency ids. */
  agencyNames: ReadonlyMap<string, string>;
  creator: string;
  /** The release date (YYYY-MM-DD): the document's created/modified date and every zip timestamp. */
  date: string;
}

/** Columns that hold agency ids (from the datasets' links), by column name. */
const AGENCY_ID_COLUMNS = new Set(DATASET_LINKS.filter((l) => l.target === 'agencies').map((l) => l.column));

/** A column as the spreadsheet has it: a dictionary column, or the names beside agency ids. */
interface SheetColumn {
  key: string;
  spec: ColumnSpec;
  /** For a names column: the id column it reads. */
  namesOf?: string;
}

/** The name column added beside an agency-id column: lead_agency_ids → lead_agency_names, "Mã …" → "Tên …". */
export function agencyNamesColumn(idColumn: ColumnSpec): ColumnSpec {
  const list = idColumn.type === 'list';
  return {
    name: idColumn.name.replace(/_ids?$/, list ? '_names' : '_name'),
    type: list ? 'list' : 'string',
    title: idColumn.title.replace(/^Mã /, 'Tên '),
    description: `Tên đầy đủ (như năm 2022) của ${list ? 'các cơ quan' : 'cơ quan'} trong cột "${idColumn.title}"${list ? ', nối bằng "; "' : ''}. Chỉ có trong tệp Excel (.xlsx).`,
    required: idColumn.required,
  };
}

/** The spreadsheet's columns: the dictionary's, with a names column after each agency-id column. */
export function sheetColumns(spec: DatasetSpec): SheetColumn[] {
  const names = new Set(spec.columns.map((c) => c.name));
  return spec.columns.flatMap((c) => {
    const own: SheetColumn = { key: c.name, spec: c };
    if (!AGENCY_ID_COLUMNS.has(c.name)) return [own];
    const extra = agencyNamesColumn(c);
    // A table that already carries the name (an agency's own task list) needs no second copy.
    return names.has(extra.name) ? [own] : [own, { key: extra.name, spec: extra, namesOf: c.name }];
  });
}

type CellValue = string | number | boolean | Date | null;

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function typeMismatch(column: SheetColumn, raw: unknown, where: string): never {
  throw new Error(`${where}: ${column.key} is ${column.spec.type}, found ${JSON.stringify(raw)}`);
}

/** One value as a typed cell. Throws on a value the dictionary's type does not allow (a build bug). */
export function cellValue(column: SheetColumn, row: Row, agencyNames: ReadonlyMap<string, string>, where: string): CellValue {
  const raw = row[column.namesOf ?? column.key];
  if (raw === null || raw === undefined) return null;
  if (column.namesOf !== undefined) {
    const ids = Array.isArray(raw) ? raw.map(String) : [String(raw)];
    return ids.length === 0 ? null : ids.map((id) => agencyNames.get(id) ?? id).join('; ');
  }
  switch (column.spec.type) {
    case 'integer':
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : typeMismatch(column, raw, where);
    case 'boolean':
      return typeof raw === 'boolean' ? raw : typeMismatch(column, raw, where);
    case 'date':
      return typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? utcDate(raw) : typeMismatch(column, raw, where);
    case 'list': {
      if (!Array.isArray(raw)) return typeMismatch(column, raw, where);
      return raw.length === 0 ? null : raw.map((v) => String(v).normalize('NFC')).join('; ');
    }
    case 'string': {
      const s = String(raw).normalize('NFC');
      if (s.length > MAX_CELL_CHARS)
        throw new Error(`${where}: ${column.key} has ${s.length} characters, more than a spreadsheet cell holds (${MAX_CELL_CHARS})`);
      return s;
    }
  }
}

const displayLength = (v: CellValue): number => (v === null ? 0 : v instanceof Date ? 10 : String(v).length);

function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  body: readonly CellValue[][],
  formats: readonly (string | undefined)[],
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.addRow([...headers]);
  for (const r of body) ws.addRow(r);
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  headers.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    const longest = Math.max(h.length, ...body.map((r) => displayLength(r[i] ?? null)));
    col.width = Math.min(MAX_WIDTH, Math.max(8, longest + 2));
    // One style object for the column's cells, set after the rows: exceljs gives a cell a copy of its
    // column's style and renders each distinct object's XML to find its id, but it remembers an
    // object it has seen. Long text wraps inside its column instead of running across the sheet.
    const style: Partial<ExcelJS.Style> = {
      ...(formats[i] ? { numFmt: formats[i] } : {}),
      ...(longest > MAX_WIDTH ? { alignment: { vertical: 'top', wrapText: true } } : {}),
    };
    col.style = style;
    col.eachCell((cell, row) => {
      if (row > 1) cell.style = style;
    });
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + body.length, column: headers.length } };
}

/** Sheet names: at most 31 characters and none of : \ / ? * [ ] (Excel's rules). */
function sheetName(name: string): string {
  if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new Error(`"${name}" cannot be a sheet name`);
  return name;
}

/** The workbook's bytes. */
export async function renderWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${input.date}T00:00:00Z`);
  wb.creator = input.creator;
  wb.lastModifiedBy = input.creator;
  wb.created = when;
  wb.modified = when;
  wb.title = input.title;

  const about = wb.addWorksheet(ABOUT_SHEET);
  about.columns = [
    { header: 'Mục', key: 'label', width: 24 },
    { header: 'Nội dung', key: 'value', width: 100 },
  ];
  about.getRow(1).font = { bold: true };
  for (const [label, value] of input.about) about.addRow([label, value.normalize('NFC')]);
  about.getColumn(2).alignment = { vertical: 'top', wrapText: true };
  about.getColumn(1).alignment = { vertical: 'top' };

  const dictionary: CellValue[][] = [];
  for (const { spec, rows } of input.sheets) {
    const columns = sheetColumns(spec);
    const body = rows.map((row, i) => columns.map((c) => cellValue(c, row, input.agencyNames, `${spec.name} row ${i + 1}`)));
    const formats = columns.map((c) => (c.spec.type === 'date' ? 'dd/mm/yyyy' : c.spec.type === 'integer' ? '0' : undefined));
    addTableSheet(
      wb,
      sheetName(spec.name),
      columns.map((c) => c.spec.title),
      body,
      formats,
    );
    for (const c of columns) {
      dictionary.push([
        spec.name,
        c.key,
        c.spec.title,
        XLSX_TYPE_LABEL[c.spec.type],
        c.spec.description,
        c.spec.values ? c.spec.values.join('; ') : null,
      ]);
    }
  }
  addTableSheet(
    wb,
    DICTIONARY_SHEET,
    ['Bảng', 'Khóa cột (như trong CSV, JSON)', 'Tên cột', 'Kiểu', 'Mô tả', 'Giá trị cho phép'],
    dictionary,
    [],
  );

  // Stored, not deflated: restampZip compresses every entry once, at a fixed level (deflating twice took most of the data stage at scale).
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<typeof wb.xlsx.writeBuffer>[0]);
  return restampZip(new Uint8Array(buffer as ArrayBuffer), input.date);
}
