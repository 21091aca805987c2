/** The legal documents the plan cites (legal_documents) and each citation, in the appendix (task_legal_references) and in the body (section_legal_references). */
import {
  CITATION_PLACE,
  CITATION_PLACES,
  glossary,
  LEGAL_CONTEXT,
  LEGAL_CONTEXTS,
  URL_KIND,
  URL_KINDS,
  VALIDITY,
  VALIDITY_CODES,
} from '../codes.ts';
import type { DatasetSpec } from '../dataset-schema.ts';
import { SECTION_ID, SLUG, sourceLine } from './common.ts';

export const legalDocuments: DatasetSpec = {
  name: 'legal_documents',
  title: 'Văn bản được viện dẫn',
  description: 'Các văn bản (quyết định, nghị định, chỉ thị, nghị quyết, kế hoạch …) được Kế hoạch viện dẫn, ở phần nội dung và ở Phụ lục.',
  primaryKey: ['id'],
  columns: [
    {
      name: 'id',
      type: 'string',
      title: 'Mã văn bản',
      description: 'Mã ổn định, tạo từ số hiệu văn bản (749-qd-ttg).',
      pattern: SLUG,
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
      description: `${glossary(LEGAL_CONTEXT)}.`,
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
      description: `${glossary(URL_KIND)}.`,
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
      description: `${glossary(VALIDITY)}; trống khi chưa tìm thấy nguồn nói về hiệu lực.`,
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
};

export const taskLegalReferences: DatasetSpec = {
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
      description: `${glossary(CITATION_PLACE, { order: ['notes', 'content'] })}.`,
      values: CITATION_PLACES,
    },
    { name: 'citation_text', type: 'string', title: 'Lời trích dẫn (nguyên văn)', description: 'Phần trích dẫn như trong Phụ lục.' },
  ],
};

export const sectionLegalReferences: DatasetSpec = {
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
};
