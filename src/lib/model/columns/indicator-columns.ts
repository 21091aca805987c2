/** The plan's targets (targets), the indicators that join them and how they stand (indicators), and the published values (progress). */
import {
  BASIS,
  COMPARATOR,
  COMPARATORS,
  DIRECTION,
  INDICATOR_STATUS,
  PILLAR,
  QUALIFIER,
  SOURCE_KIND,
  TARGET_RESULT,
  TARGET_UNIT,
  VERDICT,
} from '../codes.ts';
import type { DatasetSpec } from '../dataset-schema.ts';
import {
  codeColumn,
  codeValues,
  foreignKey,
  httpsColumn,
  keyColumn,
  ID_PATTERN,
  SECTION_ID,
  SLUG,
  sourceKindColumns,
  sourceLine,
} from './shared-columns.ts';

/** The comparators in words, as targets.comparator_label publishes them. */
const comparatorLabels = COMPARATORS.map((c) => COMPARATOR[c].label);

export const targets: DatasetSpec = {
  name: 'targets',
  title: 'Chỉ tiêu',
  description:
    'Mỗi dòng một chỉ tiêu của Kế hoạch (mục II): xếp hạng chung (II.1), chỉ tiêu đến năm 2025 (II.2) và định hướng đến năm 2030 (II.3), với phép so sánh, giá trị và đơn vị.',
  primaryKey: ['id'],
  columns: [
    keyColumn(
      'id',
      'Mã chỉ tiêu',
      'Đề mục và thứ tự gạch đầu dòng (II.2.b.1); với mục II.1: II.1.rank-2025, II.1.rank-2030, II.1.region-lead-2030.',
      ID_PATTERN,
    ),
    { name: 'indicator_id', type: 'string', title: 'Mã chỉ số', description: 'Chỉ số mà chỉ tiêu đo (khóa ngoại tới indicators.id).' },
    codeColumn('pillar', 'Trụ cột', PILLAR),
    { name: 'target_year', type: 'integer', title: 'Năm mục tiêu', description: 'Năm phải đạt chỉ tiêu (2025 hoặc 2030).' },
    {
      name: 'statement',
      type: 'string',
      title: 'Chỉ tiêu (nguyên văn)',
      description: 'Câu chỉ tiêu như trong Kế hoạch, bỏ dấu ";" hoặc "." ở cuối.',
    },
    codeColumn('comparator', 'Mã phép so sánh', COMPARATOR, {
      after: '. "Trên X%" là gt; "X% … trở lên", "tối thiểu X%" và "X%" (dưới 100) là gte; "100%" là eq; "nhóm N" là lte (thứ hạng).',
      glossary: { separator: ', ' },
    }),
    {
      name: 'comparator_label',
      type: 'string',
      title: 'Phép so sánh',
      description: `Phép so sánh bằng lời: ${comparatorLabels.map((l) => `"${l}"`).join(', ')}.`,
      values: comparatorLabels,
    },
    {
      name: 'value',
      type: 'number',
      title: 'Giá trị',
      description: 'Con số của chỉ tiêu; trống với chỉ tiêu dạng có/không.',
      required: false,
    },
    codeColumn('unit', 'Đơn vị', TARGET_UNIT),
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
};

export const indicators: DatasetSpec = {
  name: 'indicators',
  title: 'Chỉ số theo dõi',
  description:
    'Mỗi dòng một chỉ số: nối chỉ tiêu năm 2025 với chỉ tiêu năm 2030 cùng đo một việc, với giá trị công bố mới nhất và tình trạng so với chỉ tiêu.',
  primaryKey: ['id'],
  columns: [
    keyColumn('id', 'Mã chỉ số', 'Mã ổn định của chỉ số (cũng là đường dẫn trang).', SLUG),
    { name: 'name', type: 'string', title: 'Tên chỉ số', description: 'Tên ngắn của chỉ số.' },
    { name: 'pillar', type: 'string', title: 'Trụ cột', description: 'Như targets.pillar.', ...codeValues(PILLAR) },
    { name: 'unit', type: 'string', title: 'Đơn vị', description: 'Như targets.unit.', ...codeValues(TARGET_UNIT) },
    codeColumn('direction', 'Cách đọc', DIRECTION),
    {
      name: 'target_basis',
      type: 'string',
      title: 'Cơ sở so sánh của chỉ tiêu',
      description:
        'Như progress.basis: cơ sở mà chỉ tiêu của Kế hoạch dựa vào. Giá trị có cơ sở khác được công bố nhưng không dùng để đánh giá.',
      ...codeValues(BASIS),
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
      ...codeValues(QUALIFIER),
    },
    codeColumn('status', 'Tình trạng', INDICATOR_STATUS, { after: '. Quy tắc: docs/indicators.md.' }),
    codeColumn('result_2025', 'Kết quả chỉ tiêu 2025', TARGET_RESULT, {
      after: '; trống khi chỉ số không có chỉ tiêu năm 2025.',
      required: false,
    }),
    { name: 'note', type: 'string', title: 'Ghi chú', description: 'Vì sao các chỉ tiêu được nối với nhau, và cách đọc chỉ số.' },
    {
      name: 'judged_target_id',
      type: 'string',
      title: 'Chỉ tiêu dùng để đánh giá',
      description:
        'Chỉ tiêu mà cột status so với (khóa ngoại tới targets.id): chỉ tiêu sớm nhất có năm không trước năm của số liệu mới nhất (chỉ tiêu 2025 cho đến khi có số liệu năm 2025, sau đó chỉ tiêu 2030); chỉ tiêu cuối cùng khi mọi năm chỉ tiêu đã qua.',
    },
    codeColumn('latest_verdict', 'Giá trị mới nhất so với chỉ tiêu', VERDICT, { after: '; trống khi chưa có số liệu.', required: false }),
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
    codeColumn('latest_source_kind', 'Loại nguồn của giá trị mới nhất', SOURCE_KIND, {
      after:
        '. Như progress.source_kind; trống khi chưa có giá trị. Khi một năm có nhiều giá trị, giá trị được đánh giá là của văn bản, rồi nguồn công khai, rồi báo cáo.',
      required: false,
    }),
    {
      name: 'latest_reported_by',
      type: 'string',
      title: 'Cơ quan báo cáo giá trị mới nhất',
      description: 'Như progress.reported_by của giá trị mới nhất; trống khi không phải báo cáo của một cơ quan cụ thể.',
      required: false,
    },
  ],
};

export const progress: DatasetSpec = {
  name: 'progress',
  title: 'Kết quả công bố',
  description:
    'Giá trị thực tế của các chỉ số, chỉ lấy từ nguồn công khai có thể trích dẫn, kèm đường dẫn nguồn, cách ghi của nguồn ("trên", "ước" …), kỳ số liệu và cơ sở so sánh. Nhóm biên soạn không tự ước tính; con số suy ra từ nguồn ghi rõ cách tính.',
  primaryKey: ['indicator_id', 'year', 'basis', 'reported_by'],
  columns: [
    foreignKey('indicator_id', 'Mã chỉ số', 'indicators.id'),
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
    codeColumn('qualifier', 'Cách ghi của nguồn', QUALIFIER),
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
      description:
        'Trống khi con số lấy thẳng từ nguồn; nếu không, cách tính từ nguồn (ví dụ thứ hạng suy ra từ "tăng 10 hạng"). Giá trị của dti-mekong-lead đều được tính từ tập regional_ranks theo cách đọc nêu ở chỉ số đó.',
      required: false,
    },
    codeColumn('basis', 'Cơ sở so sánh', BASIS, { after: '. Giá trị khác cơ sở với chỉ tiêu được công bố nhưng không dùng để đánh giá.' }),
    { name: 'source_title', type: 'string', title: 'Tên nguồn', description: 'Tiêu đề trang hoặc văn bản nguồn.' },
    httpsColumn('source_url', 'Đường dẫn nguồn', 'Địa chỉ https của nguồn.'),
    {
      name: 'published_date',
      type: 'date',
      title: 'Ngày công bố',
      description: 'Ngày nguồn đăng (YYYY-MM-DD) nếu nguồn ghi; có thể trống.',
      required: false,
    },
    { name: 'note', type: 'string', title: 'Ghi chú', description: 'Nguồn nói gì (cụm từ mang con số đặt trong «») và cách đọc.' },
    ...sourceKindColumns('giá trị'),
  ],
};
