/**
 * A body's reporting form as .xlsx bytes, written with exceljs like the published workbooks and
 * packed the same way (publish/catalogue/zip.ts restampZip: every entry dated the release day, one
 * compression level), so the same data give the same bytes on every build. Sheets: "Hướng dẫn" (the
 * rules and the Part V deadlines, the body id and release in locked cells), "Nhiệm vụ" (one locked
 * row per task, six columns to fill), "Chỉ tiêu" on the coordinator's form, and the hidden lists the
 * drop-downs read. Every sheet is protected without a password: it guards slips, not secrets. No I/O.
 */
import ExcelJS from 'exceljs';
import { capitalise, definitionOf, TARGET_UNIT, TASK_STATUS } from '../model/codes.ts';
import type { BodyRecord, IndicatorRecord, ProgressRecord, TaskRecord } from '../model/records.ts';
import { restampZip } from '../publish/catalogue/zip.ts';
import type { FormPlan } from './form-assignment.ts';
import {
  CHOICE_LISTS,
  GUIDE_SHEET,
  INDICATOR_COLUMNS,
  INDICATOR_SHEET,
  LIMITS,
  LISTS_SHEET,
  listRange,
  META_CELLS,
  TASK_COLUMNS,
  TASK_SHEET,
  type FormColumn,
} from './form-layout.ts';

export interface FormContext {
  release: { version: string; date: string };
  /** The publisher, as the workbooks' creator. */
  creator: string;
  /** The body that compiles the reports today (the plan's Sở TT&TT's successor). */
  coordinator: Pick<BodyRecord, 'id' | 'name'>;
  /** The years the "Chỉ tiêu" sheet asks for, one row per indicator and year. */
  years: readonly number[];
  /** The published values, shown beside each indicator-year. */
  progress: readonly ProgressRecord[];
}

/** The plan's Part V deadlines (V.1 and V.2 of the plan: the departments by 20 November, the coordinator by 15 December). */
export const DEADLINES = { bodies: '20/11', coordinator: '15/12' } as const;

/** The sheet protection: no password; selecting and resizing allowed, editing only the unlocked cells. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
};

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** The rules a body reads before filling the form, in Vietnamese. */
export function guideRows(form: FormPlan, ctx: FormContext): [string, string][] {
  const statuses = CHOICE_LISTS.status.choices.map((c) => `“${c.label}”`).join(', ');
  const rows: [string, string][] = [
    [
      'Hạn gửi',
      `Theo mục V của Kế hoạch, các sở, ban, ngành tỉnh và địa phương báo cáo kết quả thực hiện vào ngày ${DEADLINES.bodies} hằng năm, gửi ${ctx.coordinator.name} (nay đảm nhận vai trò của Sở Thông tin và Truyền thông trong Kế hoạch) tổng hợp; ${ctx.coordinator.name} tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày ${DEADLINES.coordinator}.`,
    ],
    [
      'Điền gì',
      `Trang “${TASK_SHEET}”: mỗi dòng một nhiệm vụ giao cho cơ quan báo cáo. Chỉ điền các cột nền trắng, từ “${TASK_COLUMNS[5]!.header}” đến “${TASK_COLUMNS[10]!.header}”; để trống dòng không có gì mới. Không sửa các cột nền xám, không thêm, xóa, đổi chỗ cột hay đổi tên trang. Mỗi ô tiêu đề có ghi chú: tên cột trong dữ liệu và cách ghi.`,
    ],
    [
      'Tình trạng',
      `Chọn trong danh sách: ${statuses}. Ghi “đã hoàn thành” khi sản phẩm của nhiệm vụ đã xong (văn bản đã ban hành, hệ thống đã đưa vào vận hành); nhiệm vụ “hàng năm” ghi “đang thực hiện”.`,
    ],
    [
      'Nguồn',
      `Mọi tình trạng trừ “${CHOICE_LISTS.status.choices[0]!.label}” phải có nguồn: một văn bản đã ban hành, ghi số và ngày (ví dụ “Báo cáo số 245/BC-SYT” ở cột “${TASK_COLUMNS[8]!.header}” và ngày ở cột “${TASK_COLUMNS[10]!.header}”), hoặc một trang công khai có địa chỉ bắt đầu bằng https://.`,
    ],
    ['Ngày', 'Ghi dd/mm/yyyy (ví dụ 20/11/2026) hoặc chọn kiểu ngày của bảng tính. “Tính đến ngày” từ 01/01/2022 đến ngày gửi.'],
  ];
  if (form.indicators.length > 0) {
    rows.push([
      'Chỉ tiêu',
      `Trang “${INDICATOR_SHEET}”: mỗi dòng một chỉ tiêu và một năm. Ghi giá trị, cách nguồn ghi con số (“trên”, “khoảng”, “ước” …), phạm vi (tỉnh trong địa giới 2022 hay tỉnh mới từ 01/7/2025), kỳ số liệu nếu có, và nguồn công khai (https://) nêu con số cùng câu của nguồn. Phần trăm từ 0 đến 100; có/không ghi 1 hoặc 0; thứ hạng là số nguyên.`,
    ]);
  }
  rows.push(
    ['Công thức', 'Ô có công thức không được đọc (kể cả kết quả đã tính): hãy ghi giá trị.'],
    [
      'Khóa trang',
      'Các trang được khóa không có mật khẩu: khóa chỉ để tránh sửa nhầm các cột có sẵn, không để giữ bí mật. Không cần mở khóa để điền.',
    ],
    [
      'Gửi lại',
      `Lưu dạng .xlsx (Excel hoặc LibreOffice), không đặt mật khẩu, giữ nguyên các trang, gửi lại tệp (tối đa ${LIMITS.fileBytes / 1024 / 1024} MB). Mỗi ô tối đa ${LIMITS.cellChars} ký tự; không dùng ký tự điều khiển hay ký tự ẩn.`,
    ],
    [
      'Sau khi nhận',
      'Biên tập viên nhập tệp bằng công cụ kiểm tra: ô nào sai được báo lại theo tên trang, số dòng và tên cột, và không dòng nào được nhập cho đến khi cả tệp đúng. Kết quả được công bố là báo cáo của cơ quan (“Theo báo cáo của …”), không gộp với nguồn độc lập.',
    ],
  );
  return rows;
}

function addGuide(wb: ExcelJS.Workbook, form: FormPlan, ctx: FormContext): void {
  const ws = wb.addWorksheet(GUIDE_SHEET);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 100;
  ws.getCell('A1').value = 'Biểu mẫu báo cáo kết quả thực hiện Kế hoạch chuyển đổi số tỉnh Đồng Tháp';
  ws.getCell('A1').font = { bold: true, size: 13 };
  const meta: [string, string, string][] = [
    [META_CELLS.bodyName, 'Cơ quan', form.body.name],
    [META_CELLS.bodyId, 'Mã cơ quan', form.body.id],
    [META_CELLS.release, 'Phiên bản dữ liệu', ctx.release.version],
    [META_CELLS.made, 'Ngày lập biểu mẫu', vnDate(ctx.release.date)],
  ];
  for (const [address, label, value] of meta) {
    ws.getCell(`A${address.slice(1)}`).value = label;
    ws.getCell(address).value = value;
  }
  const first = 7;
  guideRows(form, ctx).forEach(([label, text], i) => {
    const row = ws.getRow(first + i);
    row.getCell(1).value = label;
    row.getCell(2).value = text;
  });
  const wrap: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true } };
  ws.getColumn(2).style = wrap;
  ws.getColumn(2).eachCell((cell) => {
    cell.style = wrap;
  });
  ws.getColumn(1).eachCell((cell, row) => {
    if (row > 1) cell.font = { bold: true };
  });
}

/** A table sheet: header with notes, locked rows, fill columns unlocked with their drop-downs. */
function addTable(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly FormColumn[],
  rows: readonly (string | number | Date | null)[][],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header));
  for (const r of rows) ws.addRow(r);
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.note = c.note;
    cell.style = { font: { bold: true }, alignment: { vertical: 'top', wrapText: true }, fill: HEADER_FILL };
  });
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    // One style object per column (exceljs renders each distinct object once): locked and grey, or open and white.
    const style: Partial<ExcelJS.Style> = {
      alignment: { vertical: 'top', wrapText: true },
      ...(c.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : {}),
      ...(c.fill ? { protection: { locked: false } } : { fill: LOCKED_FILL, protection: { locked: true } }),
    };
    const list = c.kind === 'status' || c.kind === 'qualifier' || c.kind === 'basis' ? CHOICE_LISTS[c.kind] : undefined;
    const validation: ExcelJS.DataValidation | undefined = list
      ? {
          type: 'list',
          allowBlank: true,
          formulae: [listRange(list)],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: c.header,
          error: 'Chọn một giá trị trong danh sách.',
        }
      : undefined;
    for (let r = 2; r <= rows.length + 1; r++) {
      const cell = ws.getRow(r).getCell(i + 1);
      cell.style = style;
      if (validation) cell.dataValidation = validation;
    }
  });
  return ws;
}

const taskRow = (t: TaskRecord): (string | Date | null)[] => [
  t.id,
  t.content,
  t.timeframe_text,
  capitalise(TASK_STATUS[t.status].label),
  utcDate(t.status_as_of),
  ...TASK_COLUMNS.filter((c) => c.fill).map(() => null),
];

function indicatorRows(indicators: readonly IndicatorRecord[], ctx: FormContext): (string | number | null)[][] {
  return indicators.flatMap((ind) =>
    ctx.years.map((year) => {
      const known = ctx.progress.filter((p) => p.indicator_id === ind.id && p.year === year).map((p) => String(p.value).replace('.', ','));
      return [
        ind.id,
        ind.name,
        definitionOf(TARGET_UNIT[ind.unit]),
        year,
        known.length > 0 ? known.join('; ') : null,
        ...INDICATOR_COLUMNS.filter((c) => c.fill).map(() => null),
      ];
    }),
  );
}

function addLists(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  for (const list of Object.values(CHOICE_LISTS)) {
    const col = ws.getColumn(list.column);
    col.width = 60;
    ws.getCell(`${list.column}1`).value = { status: 'Tình trạng', qualifier: 'Cách nguồn ghi con số', basis: 'Phạm vi số liệu' }[list.kind];
    list.choices.forEach((c, i) => {
      ws.getCell(`${list.column}${i + 2}`).value = c.label;
    });
  }
}

/** The form's bytes. */
export async function renderForm(form: FormPlan, ctx: FormContext): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${ctx.release.date}T00:00:00Z`);
  wb.creator = ctx.creator;
  wb.lastModifiedBy = ctx.creator;
  wb.created = when;
  wb.modified = when;
  wb.title = `Biểu mẫu báo cáo: ${form.body.name}`;
  // The body and release also in the document properties (the locked cells are what the importer trusts first).
  wb.subject = form.body.id;
  wb.keywords = `bieu-mau-bao-cao; ${form.body.id}; ${ctx.release.version}`;
  wb.description = `Biểu mẫu báo cáo kết quả thực hiện Kế hoạch chuyển đổi số, làm cho phiên bản dữ liệu ${ctx.release.version}.`;

  addGuide(wb, form, ctx);
  addTable(wb, TASK_SHEET, TASK_COLUMNS, form.tasks.map(taskRow));
  if (form.indicators.length > 0) addTable(wb, INDICATOR_SHEET, INDICATOR_COLUMNS, indicatorRows(form.indicators, ctx));
  addLists(wb);
  for (const ws of wb.worksheets) await ws.protect('', PROTECTION);

  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<typeof wb.xlsx.writeBuffer>[0]);
  return restampZip(new Uint8Array(buffer as ArrayBuffer), ctx.release.date);
}

/** Every form by its file name in the data folder: the body's report_form ("bieu-mau/<id>.xlsx"). */
export async function renderForms(forms: readonly FormPlan[], ctx: FormContext): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const form of forms) out.set(form.file, await renderForm(form, ctx));
  return out;
}
