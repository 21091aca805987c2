/**
 * The data dictionary: every published dataset, its columns, their types and Vietnamese labels.
 * One source for the row schemas (validation before writing), the CSV column order, the README's
 * dictionary and, later, the Frictionless Table Schemas.
 */
import { z } from 'zod';

export type ColumnType = 'string' | 'integer' | 'number' | 'list' | 'date' | 'boolean';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  title: string; // Vietnamese label
  description: string; // Vietnamese description
  /**
   * Default true. False: the value may be missing — null in JSON, an empty cell in CSV (for a list:
   * an empty array in JSON). A present string is never "", so "" and null cannot both mean "none".
   */
  required?: boolean;
  values?: readonly string[]; // allowed values (enum)
  pattern?: string; // regular expression the value matches
  unique?: boolean;
}

export interface DatasetSpec {
  name: string;
  title: string;
  description: string;
  primaryKey: string[];
  columns: ColumnSpec[];
}

export const ID_PATTERN = '^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$';
const SECTION_ID = '^(preamble|closing|[IVX]+(\\.[0-9a-z]+)*)$';

export const TIMEFRAME_KINDS = ['annual', 'year', 'year_range', 'quarter'] as const;
/** What kind of body an agency is; drives grouping on the site. */
export const AGENCY_KINDS = [
  'provincial_department', // Sở …
  'provincial_office', // Văn phòng UBND tỉnh, Ban quản lý …
  'party_body', // Tỉnh ủy and its offices
  'central_branch', // a central body's provincial branch (Công an Tỉnh, Bảo hiểm Xã hội Tỉnh)
  'central_body', // ministries and central agencies
  'district_committee', // a district/city People's Committee (or all of them: is_collective)
  'political_system', // Party, State, Front and socio-political organisations together (hệ thống chính trị)
  'mass_organisations', // Mặt trận Tổ quốc and socio-political organisations
  'media', // press and broadcasters
  'enterprises',
  'other',
] as const;
export const ROLES = ['lead', 'cooperating'] as const;
export const BLOCK_KINDS = ['paragraph', 'bullet'] as const;
export const CITED_IN = ['content', 'notes'] as const;
export const PILLARS = ['digital_government', 'digital_economy', 'digital_society', 'overall'] as const;
/** How a value is compared with a target, as words a spreadsheet cannot mistake for a formula. */
export const COMPARATORS = ['gt', 'gte', 'eq', 'lte', 'lt'] as const;
/** The comparators in Vietnamese (published beside the code as targets.comparator_label). */
export const COMPARATOR_LABELS: Record<(typeof COMPARATORS)[number], string> = {
  gt: 'lớn hơn',
  gte: 'lớn hơn hoặc bằng',
  eq: 'bằng',
  lte: 'nhỏ hơn hoặc bằng',
  lt: 'nhỏ hơn',
};
export const TARGET_UNITS = ['percent', 'percent_per_year', 'rank', 'boolean'] as const;
export const DIRECTIONS = ['increase', 'decrease'] as const;
export const STATUSES = ['achieved', 'not_achieved', 'on_track', 'off_track', 'insufficient_data', 'no_data'] as const;
/** How a published value relates to the true one: as written, a lower or upper bound, rounded, estimated. */
export const QUALIFIERS = ['exact', 'at_least', 'at_most', 'approximately', 'estimate'] as const;
/** What is publicly known of a task's implementation (content/task_status.csv). */
export const TASK_STATUSES = ['no_information', 'in_progress', 'done', 'delayed', 'dropped'] as const;
/** Whether a target of the plan was met, as far as the published values show. */
export const TARGET_RESULTS = ['met', 'not_met', 'unknown'] as const;
/** How the latest comparable value stands against the target it is judged by (indicators.latest_verdict). */
export const VERDICTS = ['met', 'failed', 'undetermined'] as const;
/** How a 2022 agency relates to who holds its role today (content/agency_successors.csv). */
export const SUCCESSOR_RELATIONS = ['unchanged', 'renamed', 'merged_into', 'split_between', 'abolished', 'not_determined'] as const;
export const LEGAL_CONTEXTS = ['plan', 'reorganisation'] as const;
export const URL_KINDS = ['official', 'legal_database'] as const;
/**
 * A column's type in words, one wording for every place a reader meets it: the dataset pages, the
 * zip's README.vi.md and docs/data-dictionary.md (which adds the type's code). The workbooks have
 * their own (src/lib/publish/spreadsheet.ts): there dates are real dates and lists are joined with "; ".
 */
export const COLUMN_TYPE_LABEL: Record<ColumnType, string> = {
  string: 'văn bản',
  integer: 'số nguyên',
  number: 'số (có thể có phần thập phân)',
  list: 'danh sách (nối bằng ;)',
  date: 'ngày (YYYY-MM-DD)',
  boolean: 'đúng/sai (true/false)',
};

/** Whether a document is in force, as a cited source says; a document with no such source has none. */
export const VALIDITY_CODES = ['in_force', 'partly_repealed', 'repealed'] as const;
/**
 * What a value is measured against: the measure as the plan defines it for the province in its 2022
 * boundary or for the merged province (from 01/7/2025), or, for DTI ranks, the set of provinces ranked
 * (63 up to DTI 2023; 34 after the 2025 mergers). Values on different bases are not compared.
 */
export const BASES = ['province_2022', 'province_2025', 'dti_63', 'dti_34'] as const;

const sourceLine: ColumnSpec = {
  name: 'source_line',
  type: 'integer',
  title: 'Dòng trong tệp nguồn',
  description: 'Số thứ tự dòng (bắt đầu từ 1) trong tệp nguồn source.txt (bản chữ của Kế hoạch, thư mục seeds/).',
};

export const DATASETS: readonly DatasetSpec[] = [
  {
    name: 'plan_sections',
    title: 'Các phần của Kế hoạch',
    description:
      'Toàn văn phần nội dung Kế hoạch theo đề mục (I, I.1, II.2.a, III.6.4 …), mỗi dòng một đề mục, kèm nội dung riêng của đề mục đó.',
    primaryKey: ['id'],
    columns: [
      {
        name: 'id',
        type: 'string',
        title: 'Mã đề mục',
        description: 'Đường dẫn đánh số của đề mục, ví dụ III.5.a; "preamble" là phần mở đầu, "closing" là đoạn kết.',
        pattern: SECTION_ID,
        unique: true,
      },
      {
        name: 'parent_id',
        type: 'string',
        title: 'Mã đề mục cha',
        description: 'Mã của đề mục chứa đề mục này; để trống với đề mục cấp 1.',
        required: false,
        pattern: SECTION_ID,
      },
      { name: 'level', type: 'integer', title: 'Cấp', description: '1 = I…V; 2 = 1., 2. …; 3 = a), b) … hoặc 6.4.' },
      {
        name: 'number',
        type: 'string',
        title: 'Số hiệu',
        description: 'Số hiệu đề mục như trong văn bản (III, 2, a, 6.4); trống với phần mở đầu và đoạn kết.',
        required: false,
      },
      { name: 'title', type: 'string', title: 'Tiêu đề', description: 'Tiêu đề đề mục như trong văn bản.', required: false },
      {
        name: 'text',
        type: 'string',
        title: 'Nội dung',
        description: 'Các đoạn và gạch đầu dòng của riêng đề mục này, mỗi đoạn một dòng (không gồm đề mục con).',
        required: false,
      },
      { name: 'order', type: 'integer', title: 'Thứ tự', description: 'Thứ tự của đề mục trong văn bản, bắt đầu từ 1.' },
      { name: 'source_line_start', type: 'integer', title: 'Dòng bắt đầu', description: 'Dòng đầu tiên của đề mục trong tệp nguồn.' },
      {
        name: 'source_line_end',
        type: 'integer',
        title: 'Dòng kết thúc',
        description: 'Dòng cuối cùng của đề mục (kể cả đề mục con) trong tệp nguồn.',
      },
      {
        name: 'pillar',
        type: 'string',
        title: 'Trụ cột',
        description:
          'Trụ cột mà đề mục bàn đến, khi tiêu đề kết thúc bằng tên một trụ cột (II.2.a "Chính quyền số", III.5.b "Phát triển kinh tế số"); trống với các đề mục khác. Như targets.pillar.',
        required: false,
        values: PILLARS,
      },
    ],
  },
  {
    name: 'plan_blocks',
    title: 'Các đoạn văn của Kế hoạch',
    description: 'Từng đoạn văn và gạch đầu dòng của phần nội dung Kế hoạch, đã nối các đoạn bị ngắt do sang trang.',
    primaryKey: ['section_id', 'order'],
    columns: [
      {
        name: 'section_id',
        type: 'string',
        title: 'Mã đề mục',
        description: 'Đề mục chứa đoạn văn (khóa ngoại tới plan_sections.id).',
        pattern: SECTION_ID,
      },
      { name: 'order', type: 'integer', title: 'Thứ tự trong đề mục', description: 'Thứ tự của đoạn trong đề mục, bắt đầu từ 1.' },
      {
        name: 'kind',
        type: 'string',
        title: 'Loại',
        description: '"paragraph" = đoạn văn; "bullet" = gạch đầu dòng.',
        values: BLOCK_KINDS,
      },
      { name: 'text', type: 'string', title: 'Nội dung', description: 'Nội dung đoạn văn như trong văn bản (đã bỏ ký hiệu định dạng).' },
      { name: 'source_line_start', type: 'integer', title: 'Dòng bắt đầu', description: 'Dòng đầu tiên của đoạn trong tệp nguồn.' },
      {
        name: 'source_line_end',
        type: 'integer',
        title: 'Dòng kết thúc',
        description: 'Dòng cuối cùng của đoạn (khác dòng bắt đầu khi đoạn bị ngắt trang).',
      },
    ],
  },
  {
    name: 'tasks',
    title: 'Nhiệm vụ trọng tâm',
    description:
      'Danh mục các nhiệm vụ trọng tâm (Phụ lục), mỗi dòng một nhiệm vụ với cơ quan chủ trì, phối hợp, thời gian thực hiện và ghi chú.',
    primaryKey: ['id'],
    columns: [
      {
        name: 'id',
        type: 'string',
        title: 'Mã nhiệm vụ',
        description: 'Đường dẫn đánh số trong Phụ lục: nhóm.nhóm con.số (I.4.6) hoặc nhóm.số (II.9). Ổn định giữa các lần xuất bản.',
        pattern: ID_PATTERN,
        unique: true,
      },
      {
        name: 'slug',
        type: 'string',
        title: 'Đường dẫn trang',
        description: 'Mã nhiệm vụ dạng chữ thường dùng trong địa chỉ trang (i-4-6).',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        unique: true,
      },
      { name: 'group_id', type: 'string', title: 'Mã nhóm', description: 'Nhóm nhiệm vụ (I–IV), khóa ngoại tới groups.id.' },
      { name: 'group_title', type: 'string', title: 'Tên nhóm', description: 'Tên nhóm nhiệm vụ như trong Phụ lục.' },
      {
        name: 'subgroup_id',
        type: 'string',
        title: 'Mã nhóm con',
        description: 'Nhóm con (ví dụ I.4); trống khi nhiệm vụ thuộc trực tiếp nhóm.',
        required: false,
      },
      {
        name: 'subgroup_title',
        type: 'string',
        title: 'Tên nhóm con',
        description: 'Tên nhóm con như trong Phụ lục; trống khi không có.',
        required: false,
      },
      { name: 'number', type: 'string', title: 'Số thứ tự', description: 'Số thứ tự như ghi trong cột "Stt" của Phụ lục (4.6, 9, 13).' },
      {
        name: 'content',
        type: 'string',
        title: 'Nội dung nhiệm vụ',
        description: 'Nội dung nhiệm vụ như trong Phụ lục (đã bỏ thẻ định dạng).',
      },
      {
        name: 'lead_agency_ids',
        type: 'list',
        title: 'Mã cơ quan chủ trì',
        description: 'Các mã cơ quan chủ trì, cách nhau bởi dấu chấm phẩy (khóa ngoại tới agencies.id).',
      },
      {
        name: 'cooperating_agency_ids',
        type: 'list',
        title: 'Mã cơ quan phối hợp',
        description: 'Các mã cơ quan phối hợp, cách nhau bởi dấu chấm phẩy; có thể trống.',
        required: false,
      },
      {
        name: 'lead_agencies_text',
        type: 'string',
        title: 'Cơ quan chủ trì (nguyên văn)',
        description: 'Ô "Cơ quan chủ trì" như trong Phụ lục.',
      },
      {
        name: 'cooperating_agencies_text',
        type: 'string',
        title: 'Cơ quan phối hợp (nguyên văn)',
        description: 'Ô "Cơ quan phối hợp" như trong Phụ lục; có thể trống.',
        required: false,
      },
      {
        name: 'timeframe_text',
        type: 'string',
        title: 'Thời gian thực hiện (nguyên văn)',
        description: 'Ô "Thời gian thực hiện" như trong Phụ lục.',
      },
      {
        name: 'timeframe_kind',
        type: 'string',
        title: 'Loại thời gian',
        description: '"annual" = hàng năm; "year" = một năm; "year_range" = giai đoạn; "quarter" = một quý.',
        values: TIMEFRAME_KINDS,
      },
      {
        name: 'start_year',
        type: 'integer',
        title: 'Năm bắt đầu',
        description: 'Năm bắt đầu thực hiện; với nhiệm vụ hàng năm là năm đầu của thời kỳ Kế hoạch (xem content/plan_period.json).',
      },
      {
        name: 'end_year',
        type: 'integer',
        title: 'Năm kết thúc',
        description: 'Năm kết thúc; với nhiệm vụ hàng năm là năm cuối của thời kỳ Kế hoạch.',
      },
      {
        name: 'note_text',
        type: 'string',
        title: 'Ghi chú (nguyên văn)',
        description: 'Ô "Ghi chú" như trong Phụ lục; có thể trống.',
        required: false,
      },
      {
        name: 'legal_document_ids',
        type: 'list',
        title: 'Mã văn bản được viện dẫn',
        description: 'Các văn bản pháp lý được nêu trong nội dung hoặc ghi chú của nhiệm vụ (khóa ngoại tới legal_documents.id).',
        required: false,
      },
      sourceLine,
      {
        name: 'due_date',
        type: 'date',
        title: 'Hạn theo Kế hoạch',
        description: 'Ngày cuối của thời gian thực hiện: ngày cuối quý với "Quý I/2022", ngày 31/12 của năm kết thúc với các loại khác.',
      },
      {
        name: 'status',
        type: 'string',
        title: 'Tình trạng thực hiện',
        description:
          'Tình trạng mới nhất theo nguồn công khai (xem bộ dữ liệu task_status): "no_information" = chưa có thông tin công khai; "in_progress" = đang thực hiện; "done" = đã hoàn thành; "delayed" = chậm so với kế hoạch; "dropped" = không thực hiện.',
        values: TASK_STATUSES,
      },
      {
        name: 'status_as_of',
        type: 'date',
        title: 'Tình trạng tính đến ngày',
        description:
          'Ngày mà nguồn của tình trạng mới nhất phản ánh; với "no_information" là ngày rà soát gần nhất (content/release.json).',
      },
      {
        name: 'past_due',
        type: 'boolean',
        title: 'Đã quá thời hạn trong Kế hoạch',
        description:
          'true khi hạn theo Kế hoạch đã qua trước ngày rà soát và chưa có nguồn cho biết nhiệm vụ đã hoàn thành. Đây là sự kiện về lịch, không khẳng định nhiệm vụ chưa được làm.',
      },
      {
        name: 'quarter',
        type: 'integer',
        title: 'Quý',
        description: 'Quý (1–4) khi thời gian thực hiện là một quý ("Quý I/2022" là 1); trống với các loại thời gian khác.',
        required: false,
      },
    ],
  },
  {
    name: 'task_status',
    title: 'Tình trạng thực hiện nhiệm vụ',
    description:
      'Lịch sử các phát hiện về việc thực hiện từng nhiệm vụ, mỗi dòng một phát hiện có nguồn công khai (một phát hiện mới là một dòng mới, dòng cũ không bị sửa). Nhiệm vụ không có dòng nào là chưa có thông tin công khai.',
    primaryKey: ['task_id', 'as_of'],
    columns: [
      { name: 'task_id', type: 'string', title: 'Mã nhiệm vụ', description: 'Khóa ngoại tới tasks.id.' },
      {
        name: 'as_of',
        type: 'date',
        title: 'Tính đến ngày',
        description: 'Ngày mà thông tin của nguồn phản ánh (ví dụ ngày chốt số liệu của báo cáo).',
      },
      {
        name: 'status',
        type: 'string',
        title: 'Tình trạng',
        description: 'Như tasks.status. Mọi tình trạng trừ "no_information" đều dựa trên một nguồn; không suy ra từ việc thiếu thông tin.',
        values: TASK_STATUSES,
      },
      {
        name: 'summary',
        type: 'string',
        title: 'Tóm tắt',
        description: 'Nguồn cho biết gì về nhiệm vụ, viết bằng lời của nhóm biên soạn; cụm từ trích nguyên văn đặt trong «».',
      },
      {
        name: 'source_title',
        type: 'string',
        title: 'Tên nguồn',
        description: 'Tiêu đề trang hoặc văn bản nguồn; trống khi chưa có nguồn.',
        required: false,
      },
      {
        name: 'source_url',
        type: 'string',
        title: 'Đường dẫn nguồn',
        description: 'Địa chỉ https của nguồn; bắt buộc với mọi tình trạng trừ "no_information".',
        required: false,
        pattern: '^https://',
      },
      {
        name: 'source_published',
        type: 'date',
        title: 'Ngày nguồn đăng',
        description: 'Ngày nguồn đăng (YYYY-MM-DD) nếu nguồn ghi.',
        required: false,
      },
      { name: 'checked', type: 'date', title: 'Ngày kiểm tra', description: 'Ngày người biên soạn kiểm tra nguồn lần gần nhất.' },
    ],
  },
  {
    name: 'groups',
    title: 'Nhóm và nhóm con nhiệm vụ',
    description: 'Bốn nhóm nhiệm vụ của Phụ lục và các nhóm con, với số nhiệm vụ của mỗi nhóm.',
    primaryKey: ['id'],
    columns: [
      {
        name: 'id',
        type: 'string',
        title: 'Mã nhóm',
        description: 'I…IV cho nhóm; nhóm.số (I.4) cho nhóm con.',
        pattern: ID_PATTERN,
        unique: true,
      },
      {
        name: 'parent_id',
        type: 'string',
        title: 'Mã nhóm cha',
        description: 'Nhóm chứa nhóm con; trống với nhóm cấp 1.',
        required: false,
      },
      { name: 'level', type: 'integer', title: 'Cấp', description: '1 = nhóm; 2 = nhóm con.' },
      { name: 'number', type: 'string', title: 'Số hiệu', description: 'Số hiệu như trong Phụ lục (II, 4).' },
      { name: 'title', type: 'string', title: 'Tên nhóm', description: 'Tên nhóm như trong Phụ lục.' },
      {
        name: 'task_count',
        type: 'integer',
        title: 'Số nhiệm vụ',
        description: 'Số nhiệm vụ thuộc nhóm (với nhóm cấp 1: kể cả các nhóm con).',
      },
      sourceLine,
      {
        name: 'slug',
        type: 'string',
        title: 'Mã trong đường dẫn',
        description: 'Mã nhóm viết thường, dấu chấm thành gạch nối (I.4 → i-4): trang của nhóm là /nhiem-vu/nhom/<slug>/.',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        unique: true,
      },
      {
        name: 'pillar',
        type: 'string',
        title: 'Trụ cột',
        description:
          'Trụ cột của nhóm: nhóm cấp 1 có tên kết thúc bằng "phát triển <trụ cột>" và các nhóm con của nó; trống với nhóm tạo nền móng (I) và nhóm con của nó. Như targets.pillar.',
        required: false,
        values: PILLARS,
      },
    ],
  },
  {
    name: 'agencies',
    title: 'Cơ quan',
    description:
      'Các cơ quan, đơn vị được giao chủ trì hoặc phối hợp thực hiện nhiệm vụ, với tên đầy đủ, tên viết tắt và cách ghi khác trong Kế hoạch.',
    primaryKey: ['id'],
    columns: [
      {
        name: 'id',
        type: 'string',
        title: 'Mã cơ quan',
        description: 'Mã ổn định của cơ quan.',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        unique: true,
      },
      {
        name: 'name',
        type: 'string',
        title: 'Tên cơ quan',
        description: 'Tên đầy đủ theo cách gọi năm 2022 (thời điểm ban hành Kế hoạch).',
      },
      {
        name: 'short_name',
        type: 'string',
        title: 'Tên viết tắt',
        description: 'Tên viết tắt thường dùng; có thể trống.',
        required: false,
      },
      {
        name: 'aliases',
        type: 'list',
        title: 'Cách ghi trong Kế hoạch',
        description: 'Các cách ghi tên cơ quan này trong Kế hoạch, cách nhau bởi dấu chấm phẩy.',
      },
      {
        name: 'kind',
        type: 'string',
        title: 'Loại cơ quan',
        description:
          '"provincial_department" = sở, ngành tỉnh; "provincial_office" = văn phòng, ban của tỉnh; "party_body" = cơ quan Đảng; "central_branch" = cơ quan ngành dọc Trung ương tại tỉnh; "central_body" = cơ quan Trung ương; "district_committee" = UBND huyện, thành phố; "political_system" = các cơ quan Đảng, Nhà nước, Mặt trận, đoàn thể nói chung; "mass_organisations" = Mặt trận và đoàn thể; "media" = báo chí, truyền thông; "enterprises" = doanh nghiệp, tổ chức tài chính; "other" = khác. Với một mục chỉ một nhóm cơ quan (is_collective): loại của các cơ quan trong nhóm.',
        values: AGENCY_KINDS,
      },
      {
        name: 'is_collective',
        type: 'boolean',
        title: 'Là một nhóm cơ quan',
        description:
          'true khi mục này chỉ một nhóm cơ quan mà Kế hoạch không kể tên từng cơ quan ("Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "Các doanh nghiệp"); false khi là một cơ quan. Khi đếm cơ quan, nên tách các mục này riêng.',
      },
      {
        name: 'lead_task_count',
        type: 'integer',
        title: 'Số nhiệm vụ chủ trì',
        description: 'Số nhiệm vụ trong Phụ lục mà cơ quan chủ trì.',
      },
      {
        name: 'cooperating_task_count',
        type: 'integer',
        title: 'Số nhiệm vụ phối hợp',
        description: 'Số nhiệm vụ trong Phụ lục mà cơ quan phối hợp.',
      },
      {
        name: 'plan_section_ids',
        type: 'list',
        title: 'Đề mục giao trách nhiệm',
        description: 'Các đề mục của phần V (Tổ chức thực hiện) giao trách nhiệm cho cơ quan.',
        required: false,
      },
      {
        name: 'successor_relation',
        type: 'string',
        title: 'Hiện nay',
        description:
          'Quan hệ với cơ quan đang giữ vai trò này (dòng mới nhất của agency_successors): "unchanged" = không đổi; "renamed" = đổi tên; "merged_into" = hợp nhất vào; "split_between" = chia cho nhiều cơ quan; "abolished" = chấm dứt hoạt động; "not_determined" = chưa xác định được.',
        values: SUCCESSOR_RELATIONS,
      },
      {
        name: 'successor_names',
        type: 'list',
        title: 'Cơ quan hiện nay',
        description: 'Tên cơ quan đang giữ vai trò này, theo agency_successors; trống khi không đổi, đã chấm dứt hoặc chưa xác định.',
        required: false,
      },
      {
        name: 'successor_since',
        type: 'date',
        title: 'Thay đổi từ ngày',
        description: 'Ngày có hiệu lực sớm nhất của một thay đổi (sáp nhập, đổi tên, chấm dứt); trống khi không đổi hoặc chưa xác định.',
        required: false,
      },
    ],
  },
  {
    name: 'agency_successors',
    title: 'Cơ quan kế nhiệm sau sắp xếp năm 2025',
    description:
      'Mỗi dòng một thay đổi của một cơ quan có tên trong Kế hoạch (năm 2022): cơ quan nào nay giữ vai trò đó, từ ngày nào, theo văn bản nào. Kế hoạch vẫn được công bố với tên cơ quan năm 2022.',
    primaryKey: ['agency_id', 'relation', 'effective_date', 'successor_name'],
    columns: [
      {
        name: 'agency_id',
        type: 'string',
        title: 'Mã cơ quan',
        description: 'Cơ quan có tên trong Kế hoạch (khóa ngoại tới agencies.id).',
      },
      {
        name: 'successor_name',
        type: 'string',
        title: 'Cơ quan kế nhiệm',
        description: 'Tên cơ quan nay giữ vai trò; trống khi chấm dứt hoạt động không có một cơ quan kế nhiệm, hoặc chưa xác định.',
        required: false,
      },
      {
        name: 'successor_agency_id',
        type: 'string',
        title: 'Mã cơ quan kế nhiệm',
        description: 'Khi cơ quan kế nhiệm cũng có tên trong Kế hoạch (khóa ngoại tới agencies.id).',
        required: false,
      },
      { name: 'relation', type: 'string', title: 'Quan hệ', description: 'Như agencies.successor_relation.', values: SUCCESSOR_RELATIONS },
      {
        name: 'effective_date',
        type: 'date',
        title: 'Ngày hiệu lực',
        description: 'Ngày thay đổi có hiệu lực; trống với "unchanged" và "not_determined".',
        required: false,
      },
      {
        name: 'legal_document_ids',
        type: 'list',
        title: 'Căn cứ',
        description: 'Các văn bản làm căn cứ (khóa ngoại tới legal_documents.id).',
        required: false,
      },
      {
        name: 'scope',
        type: 'string',
        title: 'Phạm vi',
        description: 'Những chức năng mà cơ quan kế nhiệm này nhận, khi chia cho nhiều cơ quan.',
        required: false,
      },
      { name: 'note', type: 'string', title: 'Ghi chú', description: 'Giải thích, và điều chưa tìm thấy (ví dụ quyết định của tỉnh).' },
      {
        name: 'source_url',
        type: 'string',
        title: 'Nguồn tin',
        description: 'Trang tin hoặc trang chính thức cho những điều mà văn bản căn cứ chưa cho thấy.',
        required: false,
        pattern: '^https://',
      },
    ],
  },
  {
    name: 'task_agencies',
    title: 'Phân công cơ quan theo nhiệm vụ',
    description: 'Mỗi dòng một cặp nhiệm vụ – cơ quan với vai trò chủ trì hoặc phối hợp.',
    primaryKey: ['task_id', 'agency_id', 'role'],
    columns: [
      { name: 'task_id', type: 'string', title: 'Mã nhiệm vụ', description: 'Khóa ngoại tới tasks.id.' },
      { name: 'agency_id', type: 'string', title: 'Mã cơ quan', description: 'Khóa ngoại tới agencies.id.' },
      { name: 'role', type: 'string', title: 'Vai trò', description: '"lead" = chủ trì; "cooperating" = phối hợp.', values: ROLES },
      { name: 'order', type: 'integer', title: 'Thứ tự', description: 'Thứ tự của cơ quan trong ô của Phụ lục, bắt đầu từ 1.' },
    ],
  },
  {
    name: 'legal_documents',
    title: 'Văn bản được viện dẫn',
    description:
      'Các văn bản (quyết định, nghị định, chỉ thị, nghị quyết, kế hoạch …) được Kế hoạch viện dẫn, ở phần nội dung và ở Phụ lục.',
    primaryKey: ['id'],
    columns: [
      {
        name: 'id',
        type: 'string',
        title: 'Mã văn bản',
        description: 'Mã ổn định, tạo từ số hiệu văn bản (749-qd-ttg).',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        unique: true,
      },
      {
        name: 'number',
        type: 'string',
        title: 'Số hiệu',
        description: 'Số, ký hiệu văn bản (749/QĐ-TTg); trống khi Kế hoạch không ghi số.',
        required: false,
      },
      { name: 'type', type: 'string', title: 'Loại văn bản', description: 'Quyết định, Nghị định, Chỉ thị, Nghị quyết, Kế hoạch …' },
      {
        name: 'issuer',
        type: 'string',
        title: 'Cơ quan ban hành',
        description:
          'Cơ quan, người ban hành khi văn bản Kế hoạch nêu (hoặc suy ra từ ký hiệu, xem ghi chú trong content/legal_documents.csv).',
        required: false,
      },
      {
        name: 'issued_date',
        type: 'date',
        title: 'Ngày ban hành',
        description: 'Ngày ban hành (YYYY-MM-DD) khi Kế hoạch nêu; có thể trống.',
        required: false,
      },
      {
        name: 'title',
        type: 'string',
        title: 'Trích yếu',
        description: 'Trích yếu nội dung khi Kế hoạch nêu; có thể trống.',
        required: false,
      },
      {
        name: 'cited_by_task_count',
        type: 'integer',
        title: 'Số nhiệm vụ viện dẫn',
        description: 'Số nhiệm vụ trong Phụ lục viện dẫn văn bản.',
      },
      {
        name: 'cited_by_section_count',
        type: 'integer',
        title: 'Số đề mục viện dẫn',
        description: 'Số đề mục của phần nội dung viện dẫn văn bản.',
      },
      {
        name: 'context',
        type: 'string',
        title: 'Vì sao có trong danh mục',
        description:
          '"plan" = Kế hoạch viện dẫn; "reorganisation" = căn cứ của việc sắp xếp cơ quan năm 2025 (agency_successors), Kế hoạch không viện dẫn.',
        values: LEGAL_CONTEXTS,
      },
      {
        name: 'url',
        type: 'string',
        title: 'Đường dẫn văn bản',
        description: 'Địa chỉ https của bản văn hoặc trang chính thức nói về văn bản; trống khi chưa tìm thấy.',
        required: false,
        pattern: '^https://',
      },
      {
        name: 'url_kind',
        type: 'string',
        title: 'Loại đường dẫn',
        description: '"official" = trang của cơ quan nhà nước; "legal_database" = cơ sở dữ liệu văn bản pháp luật.',
        required: false,
        values: URL_KINDS,
      },
      {
        name: 'cited_by_successor_count',
        type: 'integer',
        title: 'Số dòng kế nhiệm viện dẫn',
        description: 'Số dòng của agency_successors dựa trên văn bản.',
      },
      {
        name: 'validity',
        type: 'string',
        title: 'Hiệu lực',
        description:
          '"in_force" = còn hiệu lực; "partly_repealed" = bị bãi bỏ một phần; "repealed" = hết hiệu lực; trống khi chưa tìm thấy nguồn nói về hiệu lực.',
        required: false,
        values: VALIDITY_CODES,
      },
      {
        name: 'validity_note',
        type: 'string',
        title: 'Ghi chú hiệu lực',
        description: 'Từ ngày nào, do văn bản nào, phần nào (lời của nhóm biên soạn theo nguồn); trống khi không rõ hiệu lực.',
        required: false,
      },
      {
        name: 'validity_source_url',
        type: 'string',
        title: 'Nguồn về hiệu lực',
        description: 'Địa chỉ https của nguồn cho biết hiệu lực; có khi và chỉ khi có hiệu lực.',
        required: false,
        pattern: '^https://',
      },
    ],
  },
  {
    name: 'task_legal_references',
    title: 'Viện dẫn văn bản theo nhiệm vụ',
    description: 'Mỗi dòng một lần nhiệm vụ viện dẫn văn bản, kèm điều khoản được nêu.',
    primaryKey: ['task_id', 'legal_document_id', 'clause', 'cited_in'],
    columns: [
      { name: 'task_id', type: 'string', title: 'Mã nhiệm vụ', description: 'Khóa ngoại tới tasks.id.' },
      { name: 'legal_document_id', type: 'string', title: 'Mã văn bản', description: 'Khóa ngoại tới legal_documents.id.' },
      {
        name: 'clause',
        type: 'string',
        title: 'Điều khoản',
        description: 'Phần văn bản được viện dẫn (Điểm a, Khoản 1, Mục IV); trống khi viện dẫn cả văn bản.',
        required: false,
      },
      {
        name: 'cited_in',
        type: 'string',
        title: 'Viện dẫn tại',
        description: '"notes" = cột Ghi chú; "content" = cột Nội dung nhiệm vụ.',
        values: CITED_IN,
      },
      { name: 'citation_text', type: 'string', title: 'Lời trích dẫn (nguyên văn)', description: 'Phần trích dẫn như trong Phụ lục.' },
    ],
  },
  {
    name: 'section_legal_references',
    title: 'Viện dẫn văn bản trong phần nội dung',
    description: 'Mỗi dòng một lần một đề mục của Kế hoạch viện dẫn văn bản.',
    primaryKey: ['section_id', 'legal_document_id', 'source_line', 'clause'],
    columns: [
      { name: 'section_id', type: 'string', title: 'Mã đề mục', description: 'Khóa ngoại tới plan_sections.id.', pattern: SECTION_ID },
      { name: 'legal_document_id', type: 'string', title: 'Mã văn bản', description: 'Khóa ngoại tới legal_documents.id.' },
      {
        name: 'clause',
        type: 'string',
        title: 'Điều khoản',
        description: 'Phần văn bản được viện dẫn; trống khi viện dẫn cả văn bản.',
        required: false,
      },
      { name: 'citation_text', type: 'string', title: 'Lời trích dẫn (nguyên văn)', description: 'Phần trích dẫn như trong văn bản.' },
      sourceLine,
    ],
  },
  {
    name: 'targets',
    title: 'Chỉ tiêu',
    description:
      'Mỗi dòng một chỉ tiêu của Kế hoạch (mục II): xếp hạng chung (II.1), chỉ tiêu đến năm 2025 (II.2) và định hướng đến năm 2030 (II.3), với phép so sánh, giá trị và đơn vị.',
    primaryKey: ['id'],
    columns: [
      {
        name: 'id',
        type: 'string',
        title: 'Mã chỉ tiêu',
        description: 'Đề mục và thứ tự gạch đầu dòng (II.2.b.1); với mục II.1: II.1.rank-2025, II.1.rank-2030, II.1.region-lead-2030.',
        pattern: ID_PATTERN,
        unique: true,
      },
      { name: 'indicator_id', type: 'string', title: 'Mã chỉ số', description: 'Chỉ số mà chỉ tiêu đo (khóa ngoại tới indicators.id).' },
      {
        name: 'pillar',
        type: 'string',
        title: 'Trụ cột',
        description:
          '"digital_government" = chính quyền số; "digital_economy" = kinh tế số; "digital_society" = xã hội số; "overall" = chung.',
        values: PILLARS,
      },
      { name: 'target_year', type: 'integer', title: 'Năm mục tiêu', description: 'Năm phải đạt chỉ tiêu (2025 hoặc 2030).' },
      {
        name: 'statement',
        type: 'string',
        title: 'Chỉ tiêu (nguyên văn)',
        description: 'Câu chỉ tiêu như trong Kế hoạch, bỏ dấu ";" hoặc "." ở cuối.',
      },
      {
        name: 'comparator',
        type: 'string',
        title: 'Mã phép so sánh',
        description:
          '"gt" = lớn hơn (>), "gte" = lớn hơn hoặc bằng (≥), "eq" = bằng (=), "lte" = nhỏ hơn hoặc bằng (≤), "lt" = nhỏ hơn (<). "Trên X%" là gt; "X% … trở lên", "tối thiểu X%" và "X%" (dưới 100) là gte; "100%" là eq; "nhóm N" là lte (thứ hạng).',
        values: COMPARATORS,
      },
      {
        name: 'comparator_label',
        type: 'string',
        title: 'Phép so sánh',
        description: 'Phép so sánh bằng lời: "lớn hơn", "lớn hơn hoặc bằng", "bằng", "nhỏ hơn hoặc bằng", "nhỏ hơn".',
        values: Object.values(COMPARATOR_LABELS),
      },
      {
        name: 'value',
        type: 'number',
        title: 'Giá trị',
        description: 'Con số của chỉ tiêu; trống với chỉ tiêu dạng có/không.',
        required: false,
      },
      {
        name: 'unit',
        type: 'string',
        title: 'Đơn vị',
        description: '"percent" = %; "percent_per_year" = % mỗi năm; "rank" = thứ hạng; "boolean" = có/không.',
        values: TARGET_UNITS,
      },
      { name: 'subject', type: 'string', title: 'Đối tượng đo', description: 'Điều được đếm hoặc yêu cầu, theo lời văn của Kế hoạch.' },
      {
        name: 'section_id',
        type: 'string',
        title: 'Mã đề mục',
        description: 'Đề mục chứa chỉ tiêu (khóa ngoại tới plan_sections.id).',
        pattern: SECTION_ID,
      },
      sourceLine,
    ],
  },
  {
    name: 'indicators',
    title: 'Chỉ số theo dõi',
    description:
      'Mỗi dòng một chỉ số: nối chỉ tiêu năm 2025 với chỉ tiêu năm 2030 cùng đo một việc, với giá trị công bố mới nhất và tình trạng so với chỉ tiêu.',
    primaryKey: ['id'],
    columns: [
      {
        name: 'id',
        type: 'string',
        title: 'Mã chỉ số',
        description: 'Mã ổn định của chỉ số (cũng là đường dẫn trang).',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        unique: true,
      },
      { name: 'name', type: 'string', title: 'Tên chỉ số', description: 'Tên ngắn của chỉ số.' },
      { name: 'pillar', type: 'string', title: 'Trụ cột', description: 'Như targets.pillar.', values: PILLARS },
      { name: 'unit', type: 'string', title: 'Đơn vị', description: 'Như targets.unit.', values: TARGET_UNITS },
      {
        name: 'direction',
        type: 'string',
        title: 'Cách đọc',
        description: '"increase" = số càng cao càng tốt; "decrease" = số càng nhỏ càng tốt (thứ hạng: hạng 1 là cao nhất).',
        values: DIRECTIONS,
      },
      {
        name: 'target_basis',
        type: 'string',
        title: 'Cơ sở so sánh của chỉ tiêu',
        description:
          'Như progress.basis: cơ sở mà chỉ tiêu của Kế hoạch dựa vào. Giá trị có cơ sở khác được công bố nhưng không dùng để đánh giá.',
        values: BASES,
      },
      {
        name: 'target_2025_id',
        type: 'string',
        title: 'Chỉ tiêu 2025',
        description: 'Khóa ngoại tới targets.id; trống nếu Kế hoạch không đặt chỉ tiêu 2025 cho chỉ số này.',
        required: false,
      },
      {
        name: 'target_2030_id',
        type: 'string',
        title: 'Chỉ tiêu 2030',
        description: 'Khóa ngoại tới targets.id; trống nếu không có.',
        required: false,
      },
      {
        name: 'task_ids',
        type: 'list',
        title: 'Nhiệm vụ liên quan',
        description: 'Các nhiệm vụ của Phụ lục phục vụ chỉ số, khi lời văn Kế hoạch cho thấy rõ (khóa ngoại tới tasks.id).',
        required: false,
      },
      {
        name: 'latest_year',
        type: 'integer',
        title: 'Năm số liệu mới nhất',
        description: 'Năm của giá trị công bố mới nhất; trống nếu chưa có.',
        required: false,
      },
      {
        name: 'latest_value',
        type: 'number',
        title: 'Giá trị mới nhất',
        description: 'Giá trị công bố mới nhất (xem progress); trống nếu chưa có.',
        required: false,
      },
      {
        name: 'latest_qualifier',
        type: 'string',
        title: 'Cách ghi giá trị mới nhất',
        description: 'Như progress.qualifier; trống nếu chưa có giá trị.',
        required: false,
        values: QUALIFIERS,
      },
      {
        name: 'status',
        type: 'string',
        title: 'Tình trạng',
        description:
          '"achieved" = đã đạt; "not_achieved" = không đạt (số liệu của năm chỉ tiêu hoặc sau đó chưa đạt); "on_track" = đúng tiến độ; "off_track" = chậm tiến độ; "insufficient_data" = chưa đủ số liệu để đánh giá; "no_data" = chưa có số liệu công bố. Quy tắc: docs/indicators.md.',
        values: STATUSES,
      },
      {
        name: 'result_2025',
        type: 'string',
        title: 'Kết quả chỉ tiêu 2025',
        description:
          '"met" = đã đạt chỉ tiêu năm 2025; "not_met" = số liệu đến năm 2025 cho thấy chưa đạt; "unknown" = chưa có số liệu đủ để kết luận; trống khi chỉ số không có chỉ tiêu năm 2025.',
        required: false,
        values: TARGET_RESULTS,
      },
      { name: 'note', type: 'string', title: 'Ghi chú', description: 'Vì sao các chỉ tiêu được nối với nhau, và cách đọc chỉ số.' },
      {
        name: 'judged_target_id',
        type: 'string',
        title: 'Chỉ tiêu dùng để đánh giá',
        description:
          'Chỉ tiêu mà cột status so với (khóa ngoại tới targets.id): chỉ tiêu sớm nhất có năm không trước năm của số liệu mới nhất (chỉ tiêu 2025 cho đến khi có số liệu năm 2025, sau đó chỉ tiêu 2030); chỉ tiêu cuối cùng khi mọi năm chỉ tiêu đã qua.',
      },
      {
        name: 'latest_verdict',
        type: 'string',
        title: 'Giá trị mới nhất so với chỉ tiêu',
        description:
          '"met" = đạt chỉ tiêu dùng để đánh giá; "failed" = chưa đạt; "undetermined" = chưa kết luận được (giá trị là một cận, như "trên 40%", không cho biết đã đạt hay chưa); trống khi chưa có số liệu.',
        required: false,
        values: VERDICTS,
      },
      {
        name: 'expected_value',
        type: 'number',
        title: 'Mức cần có theo tiến độ',
        description:
          'Mức cần có vào năm của số liệu mới nhất, theo đường thẳng từ số liệu đầu tiên đến chỉ tiêu (làm tròn 1 chữ số thập phân); chỉ có khi tình trạng được xét theo tiến độ (trước năm chỉ tiêu, khi có từ hai năm số liệu); trống trong các trường hợp khác.',
        required: false,
      },
      {
        name: 'target_year_passed_without_value',
        type: 'boolean',
        title: 'Đã qua năm chỉ tiêu mà chưa có số liệu năm đó',
        description:
          'true khi năm của chỉ tiêu dùng để đánh giá đã qua (so với ngày rà soát trong content/release.json) mà chưa có số liệu của năm đó được công bố.',
      },
    ],
  },
  {
    name: 'progress',
    title: 'Kết quả công bố',
    description:
      'Giá trị thực tế của các chỉ số, chỉ lấy từ nguồn công khai có thể trích dẫn, kèm đường dẫn nguồn, cách ghi của nguồn ("trên", "ước" …), kỳ số liệu và cơ sở so sánh. Nhóm biên soạn không tự ước tính; con số suy ra từ nguồn ghi rõ cách tính.',
    primaryKey: ['indicator_id', 'year', 'basis'],
    columns: [
      { name: 'indicator_id', type: 'string', title: 'Mã chỉ số', description: 'Khóa ngoại tới indicators.id.' },
      {
        name: 'year',
        type: 'integer',
        title: 'Năm',
        description: 'Năm mà giá trị phản ánh (với DTI: năm được đánh giá, không phải năm công bố).',
      },
      {
        name: 'value',
        type: 'number',
        title: 'Giá trị',
        description: 'Con số như nguồn công bố (thứ hạng, %, …); đọc cùng cột qualifier.',
      },
      {
        name: 'qualifier',
        type: 'string',
        title: 'Cách ghi của nguồn',
        description:
          '"exact" = con số như viết; "at_least" = cận dưới ("trên", "hơn"); "at_most" = cận trên ("dưới"); "approximately" = xấp xỉ ("khoảng", "gần"); "estimate" = ước tính ("ước").',
        values: QUALIFIERS,
      },
      {
        name: 'period_start',
        type: 'date',
        title: 'Đầu kỳ số liệu',
        description: 'Ngày đầu của kỳ mà con số bao quát, khi nguồn nêu một giai đoạn hay một phần năm; trống khi là cả năm.',
        required: false,
      },
      {
        name: 'period_end',
        type: 'date',
        title: 'Cuối kỳ số liệu',
        description: 'Ngày cuối của kỳ đó; trống khi là cả năm.',
        required: false,
      },
      {
        name: 'derivation',
        type: 'string',
        title: 'Cách tính',
        description: 'Trống khi con số lấy thẳng từ nguồn; nếu không, cách tính từ nguồn (ví dụ thứ hạng suy ra từ "tăng 10 hạng").',
        required: false,
      },
      {
        name: 'basis',
        type: 'string',
        title: 'Cơ sở so sánh',
        description:
          '"province_2022" = số liệu của tỉnh Đồng Tháp trong địa giới năm 2022 (như Kế hoạch); "province_2025" = số liệu của tỉnh Đồng Tháp mới sau khi hợp nhất với Tiền Giang (từ 01/7/2025); "dti_63" = thứ hạng DTI trong 63 tỉnh, thành phố (đến DTI 2023); "dti_34" = thứ hạng DTI trong 34 tỉnh, thành phố sau sáp nhập năm 2025. Giá trị khác cơ sở với chỉ tiêu được công bố nhưng không dùng để đánh giá.',
        values: BASES,
      },
      { name: 'source_title', type: 'string', title: 'Tên nguồn', description: 'Tiêu đề trang hoặc văn bản nguồn.' },
      { name: 'source_url', type: 'string', title: 'Đường dẫn nguồn', description: 'Địa chỉ https của nguồn.', pattern: '^https://' },
      {
        name: 'published_date',
        type: 'date',
        title: 'Ngày công bố',
        description: 'Ngày nguồn đăng (YYYY-MM-DD) nếu nguồn ghi; có thể trống.',
        required: false,
      },
      { name: 'note', type: 'string', title: 'Ghi chú', description: 'Nguồn nói gì (cụm từ mang con số đặt trong «») và cách đọc.' },
    ],
  },
];

/** Looks a dataset up by name; throws for an unknown name (a programming error). */
export function datasetSpec(name: string): DatasetSpec {
  const spec = DATASETS.find((d) => d.name === name);
  if (!spec) throw new Error(`unknown dataset ${name}`);
  return spec;
}

function columnSchema(c: ColumnSpec): z.ZodTypeAny {
  let s: z.ZodTypeAny;
  switch (c.type) {
    case 'integer':
      s = z.number().int();
      break;
    case 'number':
      s = z.number().finite();
      break;
    case 'list': {
      const list = z.array(
        z
          .string()
          .min(1)
          .regex(/^[^;]*$/, 'list items cannot contain ";"'),
      );
      // An empty list is the list's own "missing": it stays an array, never null.
      return c.required === false ? list : list.min(1);
    }
    case 'date':
      s = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
      break;
    case 'boolean':
      s = z.boolean();
      break;
    default: {
      let str = z.string().min(1);
      if (c.pattern) str = str.regex(new RegExp(c.pattern));
      s = c.values ? z.enum(c.values as [string, ...string[]]) : str;
    }
  }
  return c.required === false ? s.nullable() : s;
}

/** A strict zod schema for one row of a dataset, built from its column specs. */
export function rowSchema(spec: DatasetSpec): z.ZodObject<z.ZodRawShape> {
  return z.object(Object.fromEntries(spec.columns.map((c) => [c.name, columnSchema(c)]))).strict();
}
