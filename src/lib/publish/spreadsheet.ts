/**
 * Spreadsheet files (.xlsx), written with exceljs: typed cells (numbers as numbers, dates as dates,
 * true/false as booleans, text as text — so a value starting with "=" is text and needs no prefix),
 * Vietnamese column headers, a frozen header row with an autofilter, widths from the content, lists
 * joined with "; ", beside every column of agency ids a column of their full names, and beside every
 * column of codes a column of the codes' Vietnamese labels. Long text wraps, in rows tall enough for
 * it (LibreOffice does not size an .xlsx row to its wrapped text by itself). Every
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
import { capitalise, COLUMN_TYPE, labelsOf } from '../model/codes.ts';

const MAX_WIDTH = 60;
/** Points per line of wrapped text (Calibri 11, the workbook's font, and the sans-serif fonts that stand in for it). */
const LINE_HEIGHT = 15;
/**
 * Characters of running Vietnamese text per unit of column width (widths of "0"), a little under
 * what LibreOffice fits where Calibri is replaced by Noto Sans or DejaVu Sans, the wider stand-ins;
 * tests/data-stage/spreadsheets.test.ts holds it to LibreOffice's own line breaks under both.
 */
const CHARS_PER_WIDTH = 1.05;
/** The same for the bold header row, whose letters are wider. */
const BOLD_CHARS_PER_WIDTH = 0.85;

/** How many lines `text` wraps to in a column `width` wide: words moved whole to the next line, as a spreadsheet wraps. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? BOLD_CHARS_PER_WIDTH : CHARS_PER_WIDTH)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      // A word longer than a line breaks where the line ends.
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines++;
        used = length;
      }
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

/**
 * The height (points) a row needs for its wrapped cells, or undefined where one line does: set on the
 * row, because LibreOffice keeps an .xlsx row without a height at one line and cuts the text.
 */
export function rowHeight(
  values: readonly CellValue[],
  widths: readonly number[],
  wraps: readonly boolean[],
  bold = false,
): number | undefined {
  let lines = 1;
  values.forEach((v, i) => {
    if (wraps[i] && typeof v === 'string') lines = Math.max(lines, wrappedLines(v, widths[i]!, bold));
  });
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
}

export const ABOUT_SHEET = 'Giới thiệu';
/** The widths of the "Giới thiệu" sheet's two columns: what, and its (wrapped) text. */
const ABOUT_WIDTHS = [24, 100] as const;
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

/** A column as the spreadsheet has it: a dictionary column, the names beside agency ids, or the labels beside codes. */
interface SheetColumn {
  key: string;
  spec: ColumnSpec;
  /** For a names column: the id column it reads. */
  namesOf?: string;
  /** For a labels column: the column of codes it reads, and each code's label. */
  labelsOf?: { column: string; labels: Readonly<Record<string, string>> };
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

/** The label column added beside a column of codes: status → status_label, "Tình trạng" → "Tình trạng (bằng lời)". */
export function codeLabelsColumn(codeColumn: ColumnSpec): ColumnSpec {
  return {
    name: `${codeColumn.name}_label`,
    type: 'string',
    title: `${codeColumn.title} (bằng lời)`,
    description: `Mã trong cột "${codeColumn.title}" bằng lời (như trang web ghi). Chỉ có trong tệp Excel (.xlsx).`,
    required: codeColumn.required,
  };
}

/**
 * The spreadsheet's columns: the dictionary's, with a names column after each agency-id column and a
 * labels column after each column of codes.
 */
export function sheetColumns(spec: DatasetSpec): SheetColumn[] {
  const names = new Set(spec.columns.map((c) => c.name));
  return spec.columns.flatMap((c) => {
    const own: SheetColumn = { key: c.name, spec: c };
    // A table that already carries the names or labels (an agency's own task list, targets.comparator_label) needs no second copy.
    if (c.labels) {
      const extra = codeLabelsColumn(c);
      return names.has(extra.name) ? [own] : [own, { key: extra.name, spec: extra, labelsOf: { column: c.name, labels: c.labels } }];
    }
    if (!AGENCY_ID_COLUMNS.has(c.name)) return [own];
    const extra = agencyNamesColumn(c);
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
  const raw = row[column.namesOf ?? column.labelsOf?.column ?? column.key];
  if (raw === null || raw === undefined) return null;
  if (column.labelsOf !== undefined) {
    const label = column.labelsOf.labels[String(raw)];
    if (label === undefined) throw new Error(`${where}: ${column.labelsOf.column} holds ${JSON.stringify(raw)}, no code of its list`);
    return capitalise(label);
  }
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
  const widths: number[] = [];
  const wraps: boolean[] = [];
  headers.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    const longest = Math.max(h.length, ...body.map((r) => displayLength(r[i] ?? null)));
    col.width = Math.min(MAX_WIDTH, Math.max(8, longest + 2));
    widths.push(col.width);
    wraps.push(longest > MAX_WIDTH);
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
  const headerHeight = rowHeight(
    headers,
    widths,
    headers.map(() => true),
    true,
  );
  if (headerHeight !== undefined) header.height = headerHeight;
  body.forEach((r, i) => {
    const height = rowHeight(r, widths, wraps);
    if (height !== undefined) ws.getRow(i + 2).height = height;
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
    { header: 'Mục', key: 'label', width: ABOUT_WIDTHS[0] },
    { header: 'Nội dung', key: 'value', width: ABOUT_WIDTHS[1] },
  ];
  about.getRow(1).font = { bold: true };
  for (const [label, value] of input.about) about.addRow([label, value.normalize('NFC')]);
  about.getColumn(2).alignment = { vertical: 'top', wrapText: true };
  about.getColumn(1).alignment = { vertical: 'top' };
  about.eachRow((row, n) => {
    const height = n > 1 ? rowHeight([null, String(row.getCell(2).value)], ABOUT_WIDTHS, [false, true]) : undefined;
    if (height !== undefined) row.height = height;
  });

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
        c.spec.values ? c.spec.values.map((v) => (c.spec.labels ? `${v} = ${c.spec.labels[v]}` : v)).join('; ') : null,
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
