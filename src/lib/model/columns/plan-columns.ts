/** The plan's body as data: its outline (plan_sections) and its paragraphs and bullets (plan_blocks). */
import { BLOCK_KIND, PILLAR } from '../codes.ts';
import type { DatasetSpec } from '../dataset-schema.ts';
import { codeColumn, codeValues, keyColumn, SECTION_ID } from './shared-columns.ts';

export const planSections: DatasetSpec = {
  name: 'plan_sections',
  title: 'Các phần của Kế hoạch',
  description:
    'Toàn văn phần nội dung Kế hoạch theo đề mục (I, I.1, II.2.a, III.6.4 …), mỗi dòng một đề mục, kèm nội dung riêng của đề mục đó.',
  primaryKey: ['id'],
  columns: [
    keyColumn(
      'id',
      'Mã đề mục',
      'Đường dẫn đánh số của đề mục, ví dụ III.5.a; "preamble" là phần mở đầu, "closing" là đoạn kết.',
      SECTION_ID,
    ),
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
      ...codeValues(PILLAR),
    },
  ],
};

export const planBlocks: DatasetSpec = {
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
    codeColumn('kind', 'Loại', BLOCK_KIND),
    { name: 'text', type: 'string', title: 'Nội dung', description: 'Nội dung đoạn văn như trong văn bản (đã bỏ ký hiệu định dạng).' },
    { name: 'source_line_start', type: 'integer', title: 'Dòng bắt đầu', description: 'Dòng đầu tiên của đoạn trong tệp nguồn.' },
    {
      name: 'source_line_end',
      type: 'integer',
      title: 'Dòng kết thúc',
      description: 'Dòng cuối cùng của đoạn (khác dòng bắt đầu khi đoạn bị ngắt trang).',
    },
  ],
};
