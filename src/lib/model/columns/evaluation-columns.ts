/** The province's own evaluations of its targets (evaluations): its claim, held beside the evidence. */
import { EVALUATION_SUBJECT } from '../codes.ts';
import type { ColumnSpec, DatasetSpec } from '../dataset-schema.ts';
import { codeColumn, httpsColumn, keyColumn, SLUG } from './shared-columns.ts';

const count = (name: string, title: string, what: string): ColumnSpec => ({
  name,
  type: 'integer',
  title,
  description: `${what}, như nguồn ghi; trống khi nguồn không nói (không tự tính).`,
  required: false,
});

export const evaluations: DatasetSpec = {
  name: 'evaluations',
  title: 'Đánh giá của tỉnh',
  description:
    'Các lần tỉnh tự đánh giá kết quả thực hiện chỉ tiêu (tổng kết, sơ kết Nghị quyết 04-NQ/TU, đánh giá kế hoạch chuyển đổi số hằng năm), với số chỉ tiêu vượt, đạt, chưa đạt như nguồn ghi. Đây là lời tự đánh giá, không phải bằng chứng độc lập; các chỉ tiêu được đánh giá không phải 22 chỉ số của Kế hoạch (xem indicators).',
  primaryKey: ['id'],
  columns: [
    keyColumn('id', 'Mã đánh giá', 'Mã ổn định của lần đánh giá (kh-99-nam-2023).', SLUG),
    codeColumn('subject', 'Đối tượng đánh giá', EVALUATION_SUBJECT),
    { name: 'title', type: 'string', title: 'Tên lần đánh giá', description: 'Đánh giá gì, khi nào, bằng lời của nhóm biên soạn.' },
    { name: 'evaluated_by', type: 'string', title: 'Cơ quan đánh giá', description: 'Ai đánh giá, như nguồn cho biết.' },
    {
      name: 'period_start',
      type: 'date',
      title: 'Kỳ đánh giá từ ngày',
      description: 'Ngày đầu của kỳ được đánh giá, khi nguồn nêu kỳ; trống khi không.',
      required: false,
    },
    {
      name: 'period_end',
      type: 'date',
      title: 'Kỳ đánh giá đến ngày',
      description: 'Ngày cuối của kỳ được đánh giá; trống khi không.',
      required: false,
    },
    count('target_count', 'Số chỉ tiêu được đánh giá', 'Số chỉ tiêu (hoặc chỉ tiêu và nhiệm vụ) được đánh giá'),
    count('exceeded_count', 'Số chỉ tiêu vượt', 'Số chỉ tiêu vượt'),
    count('met_count', 'Số chỉ tiêu đạt', 'Số chỉ tiêu đạt'),
    count('met_or_exceeded_count', 'Số chỉ tiêu đạt và vượt', 'Số chỉ tiêu "đạt và vượt" khi nguồn ghi gộp một số'),
    count('not_met_count', 'Số chỉ tiêu chưa đạt', 'Số chỉ tiêu chưa đạt'),
    { name: 'source_title', type: 'string', title: 'Tên nguồn', description: 'Tiêu đề trang hoặc văn bản nguồn.' },
    httpsColumn('source_url', 'Đường dẫn nguồn', 'Địa chỉ https của nguồn.'),
    {
      name: 'source_published',
      type: 'date',
      title: 'Ngày nguồn đăng',
      description: 'Ngày nguồn đăng hoặc văn bản ban hành, nếu nguồn ghi.',
      required: false,
    },
    { name: 'note', type: 'string', title: 'Ghi chú', description: 'Cụm từ của nguồn mang con số (trong «») và cách đọc.' },
  ],
};
