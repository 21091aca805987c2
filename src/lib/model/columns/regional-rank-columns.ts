/** The DTI ranks of the thirteen Mekong Delta provinces (regional_ranks): the region of target II.1.region-lead-2030. */
import { MEKONG_PROVINCE, REGIONAL_BASIS, SOURCE_KIND } from '../codes.ts';
import type { DatasetSpec } from '../dataset-schema.ts';
import { REGION_SIZE } from '../regional-lead.ts';
import { codeColumn, httpsColumn } from './shared-columns.ts';

export const regionalRanks: DatasetSpec = {
  name: 'regional_ranks',
  title: 'Thứ hạng DTI các tỉnh Đồng bằng sông Cửu Long',
  description: `Thứ hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) của ${REGION_SIZE} tỉnh, thành phố vùng Đồng bằng sông Cửu Long (địa giới năm 2022), mỗi thứ hạng như một nguồn công khai in, kèm nguồn; năm nào chưa tìm thấy thứ hạng của một tỉnh thì không có dòng (không suy ra). Vị trí trong vùng chỉ được tính cho năm có đủ ${REGION_SIZE} tỉnh. Là cơ sở của chỉ số dti-mekong-lead.`,
  primaryKey: ['year', 'basis', 'province_id'],
  columns: [
    { name: 'year', type: 'integer', title: 'Năm', description: 'Năm được đánh giá (DTI 2022 được Bộ công bố năm 2023).' },
    codeColumn('basis', 'Bảng xếp hạng', REGIONAL_BASIS, {
      after: '. Từ DTI 2024 Bộ xếp hạng 34 tỉnh, thành phố sau sáp nhập; bảng đó không có vùng 13 tỉnh nên không ghi ở đây.',
    }),
    codeColumn('province_id', 'Mã tỉnh', MEKONG_PROVINCE, {
      after: '. Mã do nhóm biên soạn đặt, ổn định; không phải mã đơn vị hành chính.',
    }),
    {
      name: 'province',
      type: 'string',
      title: 'Tên tỉnh như nguồn ghi',
      description: 'Tên tỉnh, thành phố như nguồn viết ("TP. Cần Thơ").',
    },
    {
      name: 'rank',
      type: 'integer',
      title: 'Thứ hạng cả nước',
      description: 'Thứ hạng DTI trong 63 tỉnh, thành phố, như nguồn in (1 là cao nhất).',
    },
    {
      name: 'region_rank',
      type: 'integer',
      title: 'Thứ hạng trong vùng (nguồn in)',
      description: `Thứ hạng trong ${REGION_SIZE} tỉnh vùng Đồng bằng sông Cửu Long, chỉ khi chính nguồn của dòng in con số đó; trống khi không.`,
      required: false,
    },
    {
      name: 'region_position',
      type: 'integer',
      title: 'Vị trí trong vùng (tính)',
      description: `Tính từ thứ hạng cả nước: 1 + số tỉnh trong vùng có thứ hạng cao hơn năm đó. Chỉ có khi năm đó có thứ hạng của đủ ${REGION_SIZE} tỉnh; trống khi không.`,
      required: false,
    },
    { name: 'source_title', type: 'string', title: 'Tên nguồn', description: 'Tiêu đề trang hoặc văn bản nguồn.' },
    httpsColumn('source_url', 'Đường dẫn nguồn', 'Địa chỉ https của nguồn.'),
    {
      name: 'source_published',
      type: 'date',
      title: 'Ngày nguồn đăng',
      description: 'Ngày nguồn đăng hoặc văn bản ban hành, nếu nguồn ghi; trống khi không.',
      required: false,
    },
    codeColumn('source_kind', 'Loại nguồn', SOURCE_KIND),
    { name: 'note', type: 'string', title: 'Ghi chú', description: 'Cụm từ của nguồn mang thứ hạng (trong «») và cách đọc.' },
  ],
};
