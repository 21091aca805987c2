/** The agencies of the plan (agencies), who holds their roles today (agency_successors) and their part in each task (task_agencies). */
import { AGENCY_KIND, glossary, ROLE, SUCCESSOR_RELATION } from '../codes.ts';
import type { DatasetSpec } from '../dataset-schema.ts';
import { codeColumn, codeValues, foreignKey, httpsColumn, keyColumn, SLUG } from './shared-columns.ts';

export const agencies: DatasetSpec = {
  name: 'agencies',
  title: 'Cơ quan',
  description:
    'Các cơ quan, đơn vị được giao chủ trì hoặc phối hợp thực hiện nhiệm vụ, với tên đầy đủ, tên viết tắt và cách ghi khác trong Kế hoạch.',
  primaryKey: ['id'],
  columns: [
    keyColumn('id', 'Mã cơ quan', 'Mã ổn định của cơ quan.', SLUG),
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
    codeColumn('kind', 'Loại cơ quan', AGENCY_KIND, {
      after: '. Với một mục chỉ một nhóm cơ quan (is_collective): loại của các cơ quan trong nhóm.',
    }),
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
      description: `Quan hệ với cơ quan đang giữ vai trò này (dòng mới nhất của agency_successors): ${glossary(SUCCESSOR_RELATION)}.`,
      ...codeValues(SUCCESSOR_RELATION),
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
};

export const agencySuccessors: DatasetSpec = {
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
    {
      name: 'relation',
      type: 'string',
      title: 'Quan hệ',
      description: 'Như agencies.successor_relation.',
      ...codeValues(SUCCESSOR_RELATION),
    },
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
    httpsColumn('source_url', 'Nguồn tin', 'Trang tin hoặc trang chính thức cho những điều mà văn bản căn cứ chưa cho thấy.', false),
    {
      name: 'body_id',
      type: 'string',
      title: 'Mã cơ quan hiện nay',
      description:
        'Trên dòng mới nhất của một cơ quan: cơ quan nay giữ vai trò (khóa ngoại tới bodies.id); trống khi dòng dẫn tiếp tới successor_agency_id, khi chấm dứt hoạt động, chưa xác định, hoặc ở dòng cũ hơn.',
      required: false,
    },
  ],
};

export const taskAgencies: DatasetSpec = {
  name: 'task_agencies',
  title: 'Phân công cơ quan theo nhiệm vụ',
  description: 'Mỗi dòng một cặp nhiệm vụ – cơ quan với vai trò chủ trì hoặc phối hợp.',
  primaryKey: ['task_id', 'agency_id', 'role'],
  columns: [
    foreignKey('task_id', 'Mã nhiệm vụ', 'tasks.id'),
    foreignKey('agency_id', 'Mã cơ quan', 'agencies.id'),
    codeColumn('role', 'Vai trò', ROLE),
    { name: 'order', type: 'integer', title: 'Thứ tự', description: 'Thứ tự của cơ quan trong ô của Phụ lục, bắt đầu từ 1.' },
  ],
};
