/**
 * The reporting form's layout, shared by its writer and its reader so the two cannot drift: the
 * sheets, each column's header, width and note, which columns a body fills, the drop-down lists
 * (the Vietnamese labels of codes.ts), where the body id and the release are kept, and the caps on
 * what a filled form may hold. Pure data.
 */
import { BASIS, BASES, capitalise, QUALIFIER, QUALIFIERS, TASK_STATUS, TASK_STATUSES } from '../model/codes.ts';
import { MAX_CELL_CHARS } from '../model/values.ts';

export const TASK_SHEET = 'Nhiệm vụ';
export const INDICATOR_SHEET = 'Chỉ tiêu';
export const GUIDE_SHEET = 'Hướng dẫn';
/** The hidden sheet the drop-downs read their lists from (a list with commas cannot be written inline). */
export const LISTS_SHEET = 'Danh mục';

/** What a cell holds, for the reader's check and the writer's format. */
export type CellKind = 'text' | 'date' | 'url' | 'number' | 'integer' | 'status' | 'qualifier' | 'basis';

export interface FormColumn {
  /** The column's name in the data (task_status / progress), or the form's own name for a locked one. */
  key: string;
  header: string;
  /** The header cell's note: the data column and what to write. */
  note: string;
  width: number;
  /** A column the body fills (unlocked); the others are locked. */
  fill: boolean;
  kind: CellKind;
  /** Our cap on the text's length, below a cell's MAX_CELL_CHARS. */
  maxChars?: number;
}

/** Caps on a filled form's text: generous beside the longest curated texts (281 characters of summary, 348 of note). */
export const TEXT_CAPS = { summary: 2000, title: 500, url: 2000, note: 2000 } as const;

const note = (column: string, what: string) => `Cột dữ liệu: ${column}.\n${what}`;
const DATE_HINT = 'Ghi ngày dạng dd/mm/yyyy (ví dụ 20/11/2026) hoặc chọn kiểu ngày của bảng tính.';

export const TASK_COLUMNS: readonly FormColumn[] = [
  {
    key: 'task_id',
    header: 'Mã nhiệm vụ',
    note: note('task_id', 'Mã nhiệm vụ trong Phụ lục của Kế hoạch. Không sửa: mã cho biết dòng báo cáo về nhiệm vụ nào.'),
    width: 12,
    fill: false,
    kind: 'text',
  },
  {
    key: 'content',
    header: 'Nội dung nhiệm vụ',
    note: note('content (bảng tasks)', 'Nguyên văn Phụ lục. Không sửa.'),
    width: 60,
    fill: false,
    kind: 'text',
  },
  {
    key: 'timeframe',
    header: 'Thời gian thực hiện',
    note: note('timeframe_text', 'Như Phụ lục ghi. Không sửa.'),
    width: 16,
    fill: false,
    kind: 'text',
  },
  {
    key: 'published_status',
    header: 'Tình trạng đang công bố',
    note: note('status (bảng tasks)', 'Tình trạng trang web đang công bố khi lập biểu mẫu. Không sửa.'),
    width: 22,
    fill: false,
    kind: 'text',
  },
  {
    key: 'published_as_of',
    header: 'Ngày của tình trạng đang công bố',
    note: note('status_as_of', 'Ngày của nguồn mà tình trạng đang công bố dựa vào. Không sửa.'),
    width: 16,
    fill: false,
    kind: 'date',
  },
  {
    key: 'status',
    header: 'Tình trạng',
    note: note('status', 'Chọn trong danh sách. Mọi tình trạng trừ “Chưa có thông tin công khai” phải có nguồn (xem trang Hướng dẫn).'),
    width: 26,
    fill: true,
    kind: 'status',
  },
  {
    key: 'as_of',
    header: 'Tính đến ngày',
    note: note('as_of', `Ngày mà kết quả được báo cáo tính đến (từ 01/01/2022 đến hôm nay). ${DATE_HINT}`),
    width: 14,
    fill: true,
    kind: 'date',
  },
  {
    key: 'summary',
    header: 'Kết quả (tóm tắt)',
    note: note('summary', `Việc đã làm và kết quả, vài câu, bằng lời của cơ quan. Tối đa ${TEXT_CAPS.summary} ký tự.`),
    width: 50,
    fill: true,
    kind: 'text',
    maxChars: TEXT_CAPS.summary,
  },
  {
    key: 'source_title',
    header: 'Văn bản / trang nguồn',
    note: note(
      'source_title',
      `Tên văn bản có số và ngày (ví dụ “Báo cáo số 245/BC-SYT”) hoặc tiêu đề trang công khai. Tối đa ${TEXT_CAPS.title} ký tự.`,
    ),
    width: 40,
    fill: true,
    kind: 'text',
    maxChars: TEXT_CAPS.title,
  },
  {
    key: 'source_url',
    header: 'Đường dẫn nguồn',
    note: note('source_url', 'Địa chỉ trang công khai, bắt đầu bằng https://. Để trống nếu văn bản chưa đăng công khai.'),
    width: 36,
    fill: true,
    kind: 'url',
    maxChars: TEXT_CAPS.url,
  },
  {
    key: 'source_published',
    header: 'Ngày ban hành / đăng',
    note: note('source_published', `Ngày văn bản ban hành hoặc trang được đăng. ${DATE_HINT}`),
    width: 16,
    fill: true,
    kind: 'date',
  },
];

export const INDICATOR_COLUMNS: readonly FormColumn[] = [
  { key: 'indicator_id', header: 'Mã chỉ tiêu', note: note('indicator_id', 'Không sửa.'), width: 18, fill: false, kind: 'text' },
  { key: 'name', header: 'Chỉ tiêu', note: note('name (bảng indicators)', 'Không sửa.'), width: 50, fill: false, kind: 'text' },
  { key: 'unit', header: 'Đơn vị', note: note('unit', 'Đơn vị của giá trị. Không sửa.'), width: 18, fill: false, kind: 'text' },
  { key: 'year', header: 'Năm', note: note('year', 'Năm mà số liệu nói tới. Không sửa.'), width: 8, fill: false, kind: 'integer' },
  {
    key: 'published',
    header: 'Số liệu đang công bố',
    note: note('value (bảng progress)', 'Giá trị trang web đang công bố cho năm này, nếu có. Không sửa.'),
    width: 18,
    fill: false,
    kind: 'text',
  },
  {
    key: 'value',
    header: 'Giá trị',
    note: note(
      'value',
      'Một con số, dấu thập phân là dấu chấm hoặc phẩy (ví dụ 58,5). Phần trăm: từ 0 đến 100; có/không: 1 hoặc 0; thứ hạng: số nguyên.',
    ),
    width: 10,
    fill: true,
    kind: 'number',
  },
  {
    key: 'qualifier',
    header: 'Cách nguồn ghi con số',
    note: note('qualifier', 'Chọn trong danh sách: con số đúng như nguồn viết, hay “trên”, “dưới”, “khoảng”, “ước”.'),
    width: 30,
    fill: true,
    kind: 'qualifier',
  },
  {
    key: 'basis',
    header: 'Phạm vi số liệu',
    note: note('basis', 'Chọn trong danh sách: tỉnh cũ (địa giới 2022), tỉnh mới (từ 01/7/2025), hoặc bảng xếp hạng DTI.'),
    width: 30,
    fill: true,
    kind: 'basis',
  },
  {
    key: 'period_start',
    header: 'Từ ngày',
    note: note('period_start', `Đầu kỳ số liệu, nếu nguồn nêu. ${DATE_HINT}`),
    width: 14,
    fill: true,
    kind: 'date',
  },
  {
    key: 'period_end',
    header: 'Đến ngày',
    note: note('period_end', `Cuối kỳ số liệu, nếu nguồn nêu; không trước “Từ ngày”. ${DATE_HINT}`),
    width: 14,
    fill: true,
    kind: 'date',
  },
  {
    key: 'source_title',
    header: 'Văn bản / trang nguồn',
    note: note('source_title', `Tên văn bản hoặc tiêu đề trang công khai nêu con số. Tối đa ${TEXT_CAPS.title} ký tự.`),
    width: 36,
    fill: true,
    kind: 'text',
    maxChars: TEXT_CAPS.title,
  },
  {
    key: 'source_url',
    header: 'Đường dẫn nguồn',
    note: note('source_url', 'Địa chỉ trang công khai, bắt đầu bằng https:// (bắt buộc với số liệu).'),
    width: 36,
    fill: true,
    kind: 'url',
    maxChars: TEXT_CAPS.url,
  },
  {
    key: 'published_date',
    header: 'Ngày ban hành / đăng',
    note: note('published_date', `Ngày nguồn ban hành hoặc đăng. ${DATE_HINT}`),
    width: 16,
    fill: true,
    kind: 'date',
  },
  {
    key: 'note',
    header: 'Nguồn viết gì',
    note: note('note', `Câu của nguồn có con số (trích trong «»), và phạm vi nếu cần. Tối đa ${TEXT_CAPS.note} ký tự.`),
    width: 50,
    fill: true,
    kind: 'text',
    maxChars: TEXT_CAPS.note,
  },
];

/** A drop-down's list: each code with the label the form shows (capitalised, as in a table cell). */
export interface ChoiceList {
  kind: 'status' | 'qualifier' | 'basis';
  /** The column of LISTS_SHEET that holds it. */
  column: string;
  choices: readonly { code: string; label: string }[];
}

const choices = (codes: readonly string[], label: (c: string) => string) => codes.map((code) => ({ code, label: capitalise(label(code)) }));

export const CHOICE_LISTS: Readonly<Record<ChoiceList['kind'], ChoiceList>> = {
  status: { kind: 'status', column: 'A', choices: choices(TASK_STATUSES, (c) => TASK_STATUS[c as keyof typeof TASK_STATUS].label) },
  qualifier: { kind: 'qualifier', column: 'B', choices: choices(QUALIFIERS, (c) => QUALIFIER[c as keyof typeof QUALIFIER].label) },
  basis: { kind: 'basis', column: 'C', choices: choices(BASES, (c) => BASIS[c as keyof typeof BASIS].label) },
};

/** The validation formula of a list: its cells on the hidden lists sheet. */
export const listRange = (list: ChoiceList): string => `'${LISTS_SHEET}'!$${list.column}$2:$${list.column}$${list.choices.length + 1}`;

/** Where the guide sheet keeps the form's body id and release (locked cells; also in the document properties). */
export const META_CELLS = { bodyName: 'B2', bodyId: 'B3', release: 'B4', made: 'B5' } as const;

/** The caps the guard and the reader enforce (docs/cap-nhat-ket-qua.md states them). */
export const LIMITS = {
  /** A filled form is tens of kilobytes; 5 MB leaves room for any spreadsheet program's extras. */
  fileBytes: 5 * 1024 * 1024,
  /** Entries in the zip: a form has about twenty. */
  entries: 200,
  /** All entries inflated, counted while inflating (a header's size is not believed). */
  inflatedBytes: 50 * 1024 * 1024,
  /** Rows of a sheet, header included: a form has one row per task or indicator-year. */
  rows: 2000,
  /** One cell's text: Excel's own limit. */
  cellChars: MAX_CELL_CHARS,
} as const;
