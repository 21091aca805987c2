/** The legal documents the plan cites (legal_documents) and each citation, in the appendix (task_legal_references) and in the body (section_legal_references). */
import { CITATION_PLACE, LEGAL_CONTEXT, URL_KIND, VALIDITY } from '../codes.ts';
import type { DatasetSpec } from '../dataset-schema.ts';
import { codeColumn, foreignKey, httpsColumn, keyColumn, SECTION_ID, SLUG, sourceLine } from './shared-columns.ts';

export const legalDocuments: DatasetSpec = {
  name: 'legal_documents',
  title: 'Văn bản được viện dẫn',
  description: 'Các văn bản (quyết định, nghị định, chỉ thị, nghị quyết, kế hoạch …) được Kế hoạch viện dẫn, ở phần nội dung và ở Phụ lục.',
  primaryKey: ['id'],
  columns: [
    keyColumn('id', 'Mã văn bản', 'Mã ổn định, tạo từ số hiệu văn bản (749-qd-ttg).', SLUG),
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
    codeColumn('context', 'Vì sao có trong danh mục', LEGAL_CONTEXT),
    httpsColumn(
      'url',
      'Đường dẫn văn bản',
      'Địa chỉ https của bản văn hoặc trang chính thức nói về văn bản; trống khi chưa tìm thấy.',
      false,
    ),
    codeColumn('url_kind', 'Loại đường dẫn', URL_KIND, { required: false }),
    {
      name: 'cited_by_successor_count',
      type: 'integer',
      title: 'Số dòng kế nhiệm viện dẫn',
      description: 'Số dòng của agency_successors dựa trên văn bản.',
    },
    codeColumn('validity', 'Hiệu lực', VALIDITY, { after: '; trống khi chưa tìm thấy nguồn nói về hiệu lực.', required: false }),
    {
      name: 'validity_note',
      type: 'string',
      title: 'Ghi chú hiệu lực',
      description: 'Từ ngày nào, do văn bản nào, phần nào (lời của nhóm biên soạn theo nguồn); trống khi không rõ hiệu lực.',
      required: false,
    },
    httpsColumn(
      'validity_source_url',
      'Nguồn về hiệu lực',
      'Địa chỉ https của nguồn cho biết hiệu lực; có khi và chỉ khi có hiệu lực.',
      false,
    ),
  ],
};

export const taskLegalReferences: DatasetSpec = {
  name: 'task_legal_references',
  title: 'Viện dẫn văn bản theo nhiệm vụ',
  description: 'Mỗi dòng một lần nhiệm vụ viện dẫn văn bản, kèm điều khoản được nêu.',
  primaryKey: ['task_id', 'legal_document_id', 'clause', 'cited_in'],
  columns: [
    foreignKey('task_id', 'Mã nhiệm vụ', 'tasks.id'),
    foreignKey('legal_document_id', 'Mã văn bản', 'legal_documents.id'),
    {
      name: 'clause',
      type: 'string',
      title: 'Điều khoản',
      description: 'Phần văn bản được viện dẫn (Điểm a, Khoản 1, Mục IV); trống khi viện dẫn cả văn bản.',
      required: false,
    },
    codeColumn('cited_in', 'Viện dẫn tại', CITATION_PLACE, { glossary: { order: ['notes', 'content'] } }),
    { name: 'citation_text', type: 'string', title: 'Lời trích dẫn (nguyên văn)', description: 'Phần trích dẫn như trong Phụ lục.' },
  ],
};

export const sectionLegalReferences: DatasetSpec = {
  name: 'section_legal_references',
  title: 'Viện dẫn văn bản trong phần nội dung',
  description: 'Mỗi dòng một lần một đề mục của Kế hoạch viện dẫn văn bản.',
  primaryKey: ['section_id', 'legal_document_id', 'source_line', 'clause'],
  columns: [
    foreignKey('section_id', 'Mã đề mục', 'plan_sections.id', SECTION_ID),
    foreignKey('legal_document_id', 'Mã văn bản', 'legal_documents.id'),
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
};
