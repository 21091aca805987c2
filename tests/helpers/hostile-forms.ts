/**
 * Hostile and mistaken filled forms (issue #25, item 3), each built in the test from a real form:
 * bytes that are not a workbook, an encrypted or legacy file, a file too big, too many parts, a zip
 * bomb whose headers lie about its size, and filled rows breaking each rule. Each is refused with
 * exactly `error`. The unit test runs them through the importer in memory
 * (tests/unit/reports/hostile-forms.test.ts); the corpus (tests/data-stage/report-import-corpus.test.ts)
 * through the importer on a copy of content/, which must stay byte for byte as it was.
 */
import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import type ExcelJS from 'exceljs';
import {
  CHOICE_LISTS,
  INDICATOR_COLUMNS,
  INDICATOR_SHEET,
  LIMITS,
  TASK_COLUMNS,
  TASK_SHEET,
  TEXT_CAPS,
} from '../../src/lib/reports/form-layout.ts';
import { filledForm, type TestForms } from './report-forms.ts';

export interface HostileForm {
  name: string;
  /** The name the file is imported under. */
  file: string;
  /** The file's bytes, built from the real forms; `today` is the importer's date. */
  bytes: (t: TestForms, today: string) => Promise<Uint8Array>;
  /** The whole message, or a pattern where a part depends on the data. */
  error: string | RegExp;
}

/** A body with more than one task on its form, and the coordinator (whose form has the indicators). */
export const BODY = 'so-cong-thuong';

const col = (key: string, columns = TASK_COLUMNS) => {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return i + 1;
};
const header = (key: string, columns = TASK_COLUMNS) => columns[col(key, columns) - 1]!.header;
const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A task row filled right: done, dated today, with a public source. */
export function fillTask(ws: ExcelJS.Worksheet, row: number, today: string, over: Partial<Record<string, ExcelJS.CellValue>> = {}): void {
  const values: Record<string, ExcelJS.CellValue> = {
    status: 'Đã hoàn thành',
    as_of: vn(today),
    summary: 'Sở đã ban hành kế hoạch và triển khai xong hệ thống.',
    source_title: 'Báo cáo kết quả chuyển đổi số năm nay',
    source_url: 'https://example.gov.vn/bao-cao',
    source_published: vn(today),
    ...over,
  };
  for (const [key, value] of Object.entries(values)) ws.getRow(row).getCell(col(key)).value = value ?? null;
}

/** An indicator row filled right for a percent indicator. */
export function fillIndicator(ws: ExcelJS.Worksheet, row: number, over: Partial<Record<string, ExcelJS.CellValue>> = {}): void {
  const values: Record<string, ExcelJS.CellValue> = {
    value: 64.5,
    qualifier: CHOICE_LISTS.qualifier.choices[0]!.label,
    basis: CHOICE_LISTS.basis.choices[1]!.label,
    source_title: 'Báo cáo kết quả chuyển đổi số',
    source_url: 'https://example.gov.vn/chi-tieu',
    note: 'Báo cáo ghi «đạt 64,5%».',
    ...over,
  };
  for (const [key, value] of Object.entries(values)) ws.getRow(row).getCell(col(key, INDICATOR_COLUMNS)).value = value ?? null;
}

/** The row of the first percent indicator's first year on the coordinator's form. */
export function percentIndicatorRow(t: TestForms): { row: number; id: string } {
  const form = t.forms.find((f) => f.body.is_coordinator)!;
  const i = form.indicators.findIndex((x) => x.unit === 'percent');
  return { row: 2 + i * t.formContext.years.length, id: form.indicators[i]!.id };
}

const coordinatorId = (t: TestForms) => t.forms.find((f) => f.body.is_coordinator)!.body.id;

/** A filled task row of BODY's first task, with `over` replacing some cells. */
const taskCase = (
  name: string,
  over: (t: TestForms, today: string) => Partial<Record<string, ExcelJS.CellValue>>,
  error: (t: TestForms, today: string) => string | RegExp,
) => ({
  name,
  over,
  error,
});

const TASK_CASES = [
  taskCase(
    'a formula in a filled cell',
    () => ({ summary: { formula: 'CONCAT("a","b")', result: 'ab' } as ExcelJS.CellFormulaValue }),
    () => `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('summary')}: expected a typed value (formulas are not read); found a formula`,
  ),
  // Excel writes a character XML cannot hold as an escape, and shows the character.
  taskCase(
    'a control character (as Excel writes it)',
    () => ({ summary: 'Đã xong_x0007_.' }),
    () =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('summary')}: expected text without control, direction or invisible characters; found U+0007 (control character) at character 8`,
  ),
  taskCase(
    'a right-to-left override',
    () => ({ source_title: 'Báo cáo \u202Eabc' }),
    () =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('source_title')}: expected text without control, direction or invisible characters; found U+202E (RIGHT-TO-LEFT OVERRIDE) at character 9`,
  ),
  taskCase(
    'a summary over its cap',
    () => ({ summary: 'a'.repeat(TEXT_CAPS.summary + 1) }),
    () =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('summary')}: expected at most ${TEXT_CAPS.summary} characters; found ${TEXT_CAPS.summary + 1} characters`,
  ),
  taskCase(
    'a cell longer than a cell may be',
    () => ({ status: 'x'.repeat(LIMITS.cellChars + 1) }),
    () =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('status')}: expected at most ${LIMITS.cellChars} characters (a cell's limit); found ${LIMITS.cellChars + 1} characters`,
  ),
  taskCase(
    'a changed task id (not a task at all)',
    () => ({ task_id: 'I.99.1' }),
    () => `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('task_id')}: expected a task id of the form of ${BODY}, found "I.99.1"`,
  ),
  taskCase(
    "another task id of the same form (the text beside it is another task's)",
    (t) => ({ task_id: t.form(BODY).tasks[1]!.id }),
    (t) =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('task_id')}: expected the id of the task whose text is in "${header('content')}" (the id or the text was changed), found "${t.form(BODY).tasks[1]!.id}"`,
  ),
  taskCase(
    "a task of another body's form",
    (t) => ({ task_id: t.form(coordinatorId(t)).tasks[0]!.id }),
    (t) =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('task_id')}: expected a task id of the form of ${BODY} (${t.form(coordinatorId(t)).tasks[0]!.id} is another body's task), found "${t.form(coordinatorId(t)).tasks[0]!.id}"`,
  ),
  taskCase(
    'a status outside the list',
    () => ({ status: 'xong' }),
    () =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('status')}: expected one of ${CHOICE_LISTS.status.choices.map((c) => `"${c.label}"`).join(', ')}, found "xong"`,
  ),
  taskCase(
    'a status without a source',
    () => ({ source_title: null, source_url: null }),
    () =>
      new RegExp(
        `^${BODY}\\.xlsx › ${TASK_SHEET} › dòng 2 › ${header('source_title')}: expected the source of the status "Đã hoàn thành": `,
      ),
  ),
  taskCase(
    'a document without its number (and no link)',
    () => ({ source_title: 'Báo cáo của Sở', source_url: null }),
    () =>
      new RegExp(
        `^${BODY}\\.xlsx › ${TASK_SHEET} › dòng 2 › ${header('source_url')}: expected an https:// address of the source, or \\(for a document not published online\\) its number`,
      ),
  ),
  taskCase(
    'an as_of that is no date',
    () => ({ as_of: '31/02/2026' }),
    () => `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('as_of')}: expected a date dd/mm/yyyy, found "31/02/2026"`,
  ),
  taskCase(
    'an as_of before 2022',
    () => ({ as_of: '15/06/2021' }),
    (_t, today) =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('as_of')}: expected a date from 01/01/2022 to ${vn(today)}, found "15/06/2021"`,
  ),
  taskCase(
    'an as_of after today',
    (_t, today) => ({ as_of: vn(nextDay(today)) }),
    (_t, today) =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('as_of')}: expected a date from 01/01/2022 to ${vn(today)}, found "${vn(nextDay(today))}"`,
  ),
  taskCase(
    'an http link',
    () => ({ source_url: 'http://example.gov.vn/bao-cao' }),
    () =>
      `${BODY}.xlsx › ${TASK_SHEET} › dòng 2 › ${header('source_url')}: expected an https:// address of a public page, found "http://example.gov.vn/bao-cao"`,
  ),
];

const indicatorCase = (
  name: string,
  over: Partial<Record<string, ExcelJS.CellValue>>,
  column: string,
  expected: string,
  found?: string,
) => ({ name, over, column, expected, found });

const INDICATOR_CASES = [
  indicatorCase('a percent over 100', { value: 140 }, 'value', 'a percent from 0 to 100', '140'),
  indicatorCase(
    'a qualifier outside its list',
    { qualifier: 'gần đúng' },
    'qualifier',
    `one of ${CHOICE_LISTS.qualifier.choices.map((c) => `"${c.label}"`).join(', ')}`,
    'gần đúng',
  ),
  indicatorCase(
    'a basis outside its list',
    { basis: 'cả nước' },
    'basis',
    `one of ${CHOICE_LISTS.basis.choices.map((c) => `"${c.label}"`).join(', ')}`,
    'cả nước',
  ),
  indicatorCase(
    'a rank basis for a percent',
    { basis: 'dti_63' },
    'basis',
    'province_2022 or province_2025 (the DTI bases are for ranks)',
    'dti_63',
  ),
  indicatorCase(
    'a period that ends before it starts',
    { period_start: '30/06/2025', period_end: '01/03/2025' },
    'period_end',
    'a date on or after period_start 2025-06-30',
    '2025-03-01',
  ),
  indicatorCase(
    'a value without an https source',
    { source_url: 'http://example.gov.vn/chi-tieu' },
    'source_url',
    'an https:// address of the public source that states the value',
    'http://example.gov.vn/chi-tieu',
  ),
];

/** Cases whose message is computed from the data, resolved for a set of forms. */
export function hostileForms(t: TestForms, today: string): HostileForm[] {
  const tasks = TASK_CASES.map((c) => ({
    name: c.name,
    file: `${BODY}.xlsx`,
    bytes: (tf: TestForms, day: string) =>
      filledForm(tf, BODY, (wb) => {
        const ws = wb.getWorksheet(TASK_SHEET)!;
        fillTask(ws, 2, day, c.over(tf, day));
      }),
    error: c.error(t, today),
  }));
  const coordinator = coordinatorId(t);
  const indicators = INDICATOR_CASES.map((c) => ({
    name: `indicators: ${c.name}`,
    file: `${coordinator}.xlsx`,
    bytes: (tf: TestForms) =>
      filledForm(tf, coordinator, (wb) => {
        fillIndicator(wb.getWorksheet(INDICATOR_SHEET)!, percentIndicatorRow(tf).row, c.over);
      }),
    error: `${coordinator}.xlsx › ${INDICATOR_SHEET} › dòng ${percentIndicatorRow(t).row} › ${header(c.column, INDICATOR_COLUMNS)}: expected ${c.expected}${c.found === undefined ? '' : `, found "${c.found}"`}`,
  }));
  return [...BYTE_CASES, ...tasks, ...indicators];
}

/** A zip of `n` small parts. */
const manyParts = (n: number) =>
  zipSync(Object.fromEntries(Array.from({ length: n }, (_, i) => [`xl/worksheets/sheet${i}.xml`, new Uint8Array([60, 97, 47, 62])])));

/**
 * A zip bomb: one part of 64 MB of zeros (deflated to about 64 kB) whose local and central headers
 * both say it unpacks to 1 kB.
 */
function lyingBomb(): Uint8Array {
  const huge = deflateRawSync(new Uint8Array(LIMITS.inflatedBytes + 16 * 1024 * 1024));
  // Rebuild by hand: local header, data, central directory, end record; sizes written as 1024.
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, huge.length, true);
  lv.setUint32(22, 1024, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, huge.length, true);
  cv.setUint32(24, 1024, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, 0, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + huge.length, true);
  const out = new Uint8Array(local.length + huge.length + central.length + end.length);
  out.set(local, 0);
  out.set(huge, local.length);
  out.set(central, local.length + huge.length);
  out.set(end, local.length + huge.length + central.length);
  return out;
}

/** A real form with its first part's "encrypted" flag set in the central directory. */
async function encryptedPart(t: TestForms): Promise<Uint8Array> {
  const bytes = await filledForm(t, BODY, () => undefined);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      const cd = v.getUint32(i + 16, true);
      v.setUint16(cd + 8, v.getUint16(cd + 8, true) | 1, true);
      break;
    }
  }
  return bytes;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const BYTE_CASES: HostileForm[] = [
  {
    file: `${BODY}.xlsx`,
    name: 'bytes that are not a workbook (a CSV renamed .xlsx)',
    bytes: async () => new TextEncoder().encode('task_id,status\nI.1.1,done\n'),
    error: `${BODY}.xlsx: expected an .xlsx workbook (a zip archive); found bytes of another kind of file`,
  },
  {
    file: `${BODY}.xlsx`,
    name: 'an OLE compound file (an encrypted workbook or a legacy .xls)',
    bytes: async () => new Uint8Array([...CFB, ...new Uint8Array(504)]),
    error: `${BODY}.xlsx: expected an .xlsx workbook without a password; found an OLE compound file: a workbook saved with a password, or in the old .xls format (save it as .xlsx, without a password)`,
  },
  {
    file: `${BODY}.xlsx`,
    name: 'a file over the size cap',
    bytes: async () => {
      const b = new Uint8Array(LIMITS.fileBytes + 1);
      b.set([0x50, 0x4b, 0x03, 0x04]);
      return b;
    },
    error: `${BODY}.xlsx: expected a file of at most ${LIMITS.fileBytes} bytes; found ${LIMITS.fileBytes + 1} bytes`,
  },
  {
    file: `${BODY}.xlsx`,
    name: 'more parts than the cap',
    bytes: async () => manyParts(LIMITS.entries + 1),
    error: `${BODY}.xlsx: expected at most ${LIMITS.entries} parts in the workbook; found ${LIMITS.entries + 1} parts`,
  },
  {
    file: `${BODY}.xlsx`,
    name: 'a zip bomb whose headers understate its size',
    bytes: async () => lyingBomb(),
    error: `${BODY}.xlsx: expected a workbook that unpacks to at most ${LIMITS.inflatedBytes} bytes; found more (a zip bomb?)`,
  },
  {
    file: `${BODY}.xlsx`,
    name: 'a part marked encrypted',
    bytes: encryptedPart,
    error: /^so-cong-thuong\.xlsx: expected a workbook without a password; found the encrypted part /,
  },
  {
    file: `${BODY}.xlsx`,
    name: 'a zip cut short',
    bytes: async (t) => (await filledForm(t, BODY, () => undefined)).subarray(0, 3000),
    error: `${BODY}.xlsx: expected a complete zip archive (an .xlsx workbook); found no end of its central directory (a cut or damaged file)`,
  },
];
