/** Today's bodies (bodies): who holds each 2022 agency's role now, and their part in each task (task_bodies). */
import { AGENCY_KIND, BODY_VIA, ROLE } from '../codes.ts';
import type { DatasetSpec } from '../dataset-schema.ts';
import { codeColumn, foreignKey, keyColumn, SLUG } from './shared-columns.ts';

export const bodies: DatasetSpec = {
  name: 'bodies',
  title: 'Cơ quan hiện nay',
  description:
    'Các cơ quan, đơn vị nay giữ vai trò của các cơ quan có tên trong Kế hoạch (sau đợt sắp xếp năm 2025, theo agency_successors), với số nhiệm vụ mỗi cơ quan nay chủ trì, phối hợp hoặc cùng làm với tư cách thành viên của một nhóm cơ quan, và biểu mẫu báo cáo của cơ quan.',
  primaryKey: ['id'],
  columns: [
    keyColumn(
      'id',
      'Mã cơ quan hiện nay',
      'Mã ổn định; trùng mã trong agencies khi cơ quan tiếp tục một cơ quan có tên trong Kế hoạch.',
      SLUG,
    ),
    { name: 'name', type: 'string', title: 'Tên cơ quan', description: 'Tên đầy đủ hiện nay.' },
    {
      name: 'short_name',
      type: 'string',
      title: 'Tên viết tắt',
      description: 'Tên viết tắt thường dùng; có thể trống.',
      required: false,
    },
    codeColumn('kind', 'Loại cơ quan', AGENCY_KIND, { after: '. Như agencies.kind.' }),
    {
      name: 'is_collective',
      type: 'boolean',
      title: 'Là một nhóm cơ quan',
      description: 'true khi mục này chỉ một nhóm cơ quan ("Các sở, ban, ngành tỉnh Đồng Tháp"); false khi là một cơ quan.',
    },
    {
      name: 'member_of',
      type: 'list',
      title: 'Thuộc nhóm cơ quan',
      description:
        'Các nhóm cơ quan (bodies.id, is_collective true) mà cơ quan là một thành viên, cách nhau bởi dấu chấm phẩy; chỉ ghi khi Kế hoạch hoặc một nguồn cho biết.',
      required: false,
    },
    {
      name: 'agency_ids',
      type: 'list',
      title: 'Cơ quan trong Kế hoạch',
      description: 'Các cơ quan có tên trong Kế hoạch (năm 2022) mà cơ quan này nay giữ vai trò (khóa ngoại tới agencies.id).',
    },
    {
      name: 'is_coordinator',
      type: 'boolean',
      title: 'Cơ quan đầu mối',
      description:
        'true với cơ quan nay giữ vai trò đầu mối của Kế hoạch (Sở Thông tin và Truyền thông năm 2022: nơi các cơ quan gửi báo cáo hằng năm trước ngày 20/11, theo phần V).',
    },
    {
      name: 'lead_task_count',
      type: 'integer',
      title: 'Số nhiệm vụ chủ trì',
      description: 'Số nhiệm vụ cơ quan nay chủ trì: của chính nó và nhận từ cơ quan có tên trong Kế hoạch mà nó kế nhiệm.',
    },
    {
      name: 'cooperating_task_count',
      type: 'integer',
      title: 'Số nhiệm vụ phối hợp',
      description: 'Số nhiệm vụ cơ quan nay phối hợp (của chính nó và nhận lại), không kể nhiệm vụ đã đếm ở lead_task_count.',
    },
    {
      name: 'shared_task_count',
      type: 'integer',
      title: 'Số nhiệm vụ giao cho nhóm',
      description:
        'Số nhiệm vụ giao cho một nhóm cơ quan mà cơ quan là thành viên (member_of), chủ trì hoặc phối hợp, không kể nhiệm vụ đã đếm ở hai cột trên.',
    },
    {
      name: 'form_task_count',
      type: 'integer',
      title: 'Số nhiệm vụ trong biểu mẫu',
      description:
        'Số dòng nhiệm vụ trong biểu mẫu báo cáo của cơ quan (task_bodies.on_form); 0 khi cơ quan không có biểu mẫu. Nhiệm vụ không có cơ quan chủ trì riêng lẻ nào hiện nay nằm trong biểu mẫu của cơ quan đầu mối.',
    },
    {
      name: 'report_form',
      type: 'string',
      title: 'Biểu mẫu báo cáo',
      description: 'Tệp biểu mẫu báo cáo của cơ quan, đường dẫn trong thư mục dữ liệu ("bieu-mau/so-y-te.xlsx"); trống khi không có.',
      required: false,
      pattern: '^bieu-mau/[a-z0-9]+(-[a-z0-9]+)*\\.xlsx$',
    },
  ],
};

export const taskBodies: DatasetSpec = {
  name: 'task_bodies',
  title: 'Phân công cơ quan hiện nay theo nhiệm vụ',
  description:
    'Mỗi dòng một nhiệm vụ, một cơ quan hiện nay, vai trò và cơ quan trong Kế hoạch mà vai trò đó đến từ: cơ quan có tên, cơ quan kế nhiệm, hoặc thành viên của nhóm cơ quan được giao.',
  primaryKey: ['task_id', 'body_id', 'role', 'agency_id'],
  columns: [
    foreignKey('task_id', 'Mã nhiệm vụ', 'tasks.id'),
    foreignKey('body_id', 'Mã cơ quan hiện nay', 'bodies.id'),
    codeColumn('role', 'Vai trò', ROLE),
    codeColumn('via', 'Vì sao', BODY_VIA),
    {
      name: 'agency_id',
      type: 'string',
      title: 'Cơ quan trong Kế hoạch',
      description: 'Cơ quan có tên trong Kế hoạch (năm 2022) mà dòng này đến từ (khóa ngoại tới agencies.id).',
    },
    {
      name: 'on_form',
      type: 'boolean',
      title: 'Trong biểu mẫu của cơ quan',
      description:
        'true khi nhiệm vụ nằm trong biểu mẫu báo cáo của cơ quan này (như tasks.report_body_ids). Nhiệm vụ có trong biểu mẫu của mọi cơ quan chủ trì riêng lẻ; nhiệm vụ không có cơ quan như vậy nằm trong biểu mẫu của cơ quan đầu mối, có thể không có dòng nào ở đây.',
    },
  ],
};
