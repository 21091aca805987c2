/** The appendix's tasks (tasks), what is known of their implementation (task_status) and their groups (groups). */
import { glossary, PILLAR, SOURCE_KIND, TASK_STATUS, TIMEFRAME_KIND } from '../codes.ts';
import type { DatasetSpec } from '../dataset-schema.ts';
import {
  codeColumn,
  codeValues,
  foreignKey,
  httpsColumn,
  keyColumn,
  ID_PATTERN,
  SLUG,
  sourceKindColumns,
  sourceLine,
} from './shared-columns.ts';

export const tasks: DatasetSpec = {
  name: 'tasks',
  title: 'Nhiệm vụ trọng tâm',
  description:
    'Danh mục các nhiệm vụ trọng tâm (Phụ lục), mỗi dòng một nhiệm vụ với cơ quan chủ trì, phối hợp, thời gian thực hiện và ghi chú.',
  primaryKey: ['id'],
  columns: [
    keyColumn(
      'id',
      'Mã nhiệm vụ',
      'Đường dẫn đánh số trong Phụ lục: nhóm.nhóm con.số (I.4.6) hoặc nhóm.số (II.9). Ổn định giữa các lần xuất bản.',
      ID_PATTERN,
    ),
    keyColumn('slug', 'Đường dẫn trang', 'Mã nhiệm vụ dạng chữ thường dùng trong địa chỉ trang (i-4-6).', SLUG),
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
    codeColumn('timeframe_kind', 'Loại thời gian', TIMEFRAME_KIND),
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
      description: `Tình trạng mới nhất theo nguồn công khai (xem bộ dữ liệu task_status): ${glossary(TASK_STATUS)}.`,
      ...codeValues(TASK_STATUS),
    },
    {
      name: 'status_as_of',
      type: 'date',
      title: 'Tình trạng tính đến ngày',
      description: 'Ngày mà nguồn của tình trạng mới nhất phản ánh; với "no_information" là ngày rà soát gần nhất (content/release.json).',
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
    {
      name: 'lead_body_ids',
      type: 'list',
      title: 'Mã cơ quan chủ trì hiện nay',
      description:
        'Các cơ quan nay chủ trì nhiệm vụ, theo agency_successors (khóa ngoại tới bodies.id); trống khi mọi cơ quan chủ trì trong Kế hoạch đã chấm dứt hoạt động hoặc chưa xác định được cơ quan kế nhiệm.',
      required: false,
    },
    {
      name: 'report_body_ids',
      type: 'list',
      title: 'Mã cơ quan báo cáo',
      description:
        'Các cơ quan có nhiệm vụ này trong biểu mẫu báo cáo (khóa ngoại tới bodies.id): mọi cơ quan chủ trì hiện nay không phải một nhóm cơ quan; khi không có cơ quan như vậy, cơ quan đầu mối.',
    },
    codeColumn('status_source_kind', 'Loại nguồn của tình trạng', SOURCE_KIND, {
      after: '. Như task_status.source_kind của phát hiện mà tình trạng dựa vào; trống khi chưa có phát hiện nào.',
      required: false,
    }),
    {
      name: 'status_reported_by',
      type: 'string',
      title: 'Cơ quan báo cáo tình trạng',
      description:
        'Khi tình trạng dựa vào báo cáo của chính một cơ quan (task_status.reported_by): mã cơ quan đó. Khi cùng một ngày có cả bằng chứng độc lập và báo cáo, bằng chứng độc lập được chọn.',
      required: false,
    },
    {
      name: 'status_evidence_year',
      type: 'integer',
      title: 'Năm của nguồn (khi đã cũ)',
      description:
        'Năm của phát hiện mà tình trạng dựa vào, khi phát hiện đó có ngày (status_as_of) sớm hơn ngày rà soát hơn một năm: trang ghi "đang thực hiện, theo nguồn năm 2023". Trống khi nguồn chưa quá một năm hoặc chưa có nguồn.',
      required: false,
    },
    {
      name: 'independent_status',
      type: 'string',
      title: 'Tình trạng theo bằng chứng độc lập',
      description: `Tình trạng mới nhất chỉ xét văn bản và nguồn công khai (task_status.source_kind "official_document", "public_record"), bỏ qua báo cáo tự đánh giá của cơ quan: ${glossary(TASK_STATUS)}.`,
      ...codeValues(TASK_STATUS),
    },
    {
      name: 'independent_status_as_of',
      type: 'date',
      title: 'Tình trạng theo bằng chứng độc lập tính đến ngày',
      description: 'Như status_as_of, cho independent_status.',
    },
    {
      name: 'independent_status_evidence_year',
      type: 'integer',
      title: 'Năm của bằng chứng độc lập (khi đã cũ)',
      description: 'Như status_evidence_year, cho independent_status.',
      required: false,
    },
  ],
};

export const taskStatus: DatasetSpec = {
  name: 'task_status',
  title: 'Tình trạng thực hiện nhiệm vụ',
  description:
    'Lịch sử các phát hiện về việc thực hiện từng nhiệm vụ, mỗi dòng một phát hiện có nguồn công khai (một phát hiện mới là một dòng mới, dòng cũ không bị sửa). Nhiệm vụ không có dòng nào là chưa có thông tin công khai.',
  primaryKey: ['task_id', 'as_of', 'reported_by'],
  columns: [
    foreignKey('task_id', 'Mã nhiệm vụ', 'tasks.id'),
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
      ...codeValues(TASK_STATUS),
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
    httpsColumn(
      'source_url',
      'Đường dẫn nguồn',
      'Địa chỉ https của nguồn. Mọi tình trạng trừ "no_information" phải có nguồn: địa chỉ này, hoặc số của văn bản đã ban hành trong source_title kèm ngày ban hành trong source_published.',
      false,
    ),
    {
      name: 'source_published',
      type: 'date',
      title: 'Ngày nguồn đăng',
      description: 'Ngày nguồn đăng (YYYY-MM-DD) nếu nguồn ghi.',
      required: false,
    },
    { name: 'checked', type: 'date', title: 'Ngày kiểm tra', description: 'Ngày người biên soạn kiểm tra nguồn lần gần nhất.' },
    ...sourceKindColumns('phát hiện'),
  ],
};

export const groups: DatasetSpec = {
  name: 'groups',
  title: 'Nhóm và nhóm con nhiệm vụ',
  description: 'Bốn nhóm nhiệm vụ của Phụ lục và các nhóm con, với số nhiệm vụ của mỗi nhóm.',
  primaryKey: ['id'],
  columns: [
    keyColumn('id', 'Mã nhóm', 'I…IV cho nhóm; nhóm.số (I.4) cho nhóm con.', ID_PATTERN),
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
    keyColumn(
      'slug',
      'Mã trong đường dẫn',
      'Mã nhóm viết thường, dấu chấm thành gạch nối (I.4 → i-4): trang của nhóm là /nhiem-vu/nhom/<slug>/.',
      SLUG,
    ),
    {
      name: 'pillar',
      type: 'string',
      title: 'Trụ cột',
      description:
        'Trụ cột của nhóm: nhóm cấp 1 có tên kết thúc bằng "phát triển <trụ cột>" và các nhóm con của nó; trống với nhóm tạo nền móng (I) và nhóm con của nó. Như targets.pillar.',
      required: false,
      ...codeValues(PILLAR),
    },
  ],
};
