/**
 * README.vi.md inside all-data.zip: in Vietnamese, what the archive holds, the licence and citation,
 * each dataset with its columns (from the data dictionary), how the data was made, and where to
 * find it online. Generated, so it cannot drift from the files beside it.
 */
import { COLUMN_TYPE_LABEL, DATASETS } from '../../model/dictionary.ts';
import { SOURCE_FILE } from '../../pipeline/datasets.ts';
import {
  CATALOGUE_FILES,
  LICENSE,
  SITE_NAME,
  citation,
  dataFileUrl,
  datasetFiles,
  datasetPageUrl,
  fileByPath,
  planName,
  vnDate,
  type CatalogueInput,
} from '../../model/publication.ts';
import { absolute } from '../../model/release.ts';
import { paths } from '../../model/paths.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Characters that make markup wherever they stand (CommonMark, GitHub's tables, strikethrough and math). */
const INLINE_MARKUP = /[\\`*_[\]<>&|~$]/g;
/** What makes a heading, a list, a setext underline or a rule at the start of a line (a quote's > is inline). */
const LINE_MARKUP = /^(?:[#+=-]|\d{1,9}(?=[.)]))/;

/**
 * Editors' text (release.json's notes) as Markdown that renders as that very text on GitHub, in VS
 * Code or any CommonMark viewer: no HTML, link, image, heading or list can come from it. Every
 * character that could start markup gets a backslash (CommonMark allows one before any ASCII
 * punctuation, and shows the character alone); leading spaces, which would make a code block, go.
 * A text without such characters or spaces around its lines comes out unchanged.
 */
export function markdownText(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) =>
      line
        .trim()
        .replace(INLINE_MARKUP, '\\$&')
        .replace(LINE_MARKUP, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`)),
    )
    .join('\n');
}

/** The README's Markdown. */
export function readmeVi(input: CatalogueInput): string {
  const { release, siteUrl, plan, files } = input;
  const out: string[] = [
    `# ${SITE_NAME}: dữ liệu mở`,
    '',
    `${planName(plan, release)}, do ${plan.issuer} ban hành, dưới dạng dữ liệu mở.`,
    '',
    `- Phiên bản dữ liệu: **${release.version}**, ngày ${vnDate(release.date)}.`,
    `- Thời kỳ của Kế hoạch: ${plan.period.start_year}–${plan.period.end_year}.`,
    `- ${markdownText(release.plan.note)}`,
    `- Trang dữ liệu: ${absolute(siteUrl, paths.data())}`,
    '',
    markdownText(release.notes),
    '',
    '## Giấy phép và cách trích dẫn',
    '',
    `Dữ liệu được cung cấp theo giấy phép ${LICENSE.title}, ${LICENSE.url}: được sao chép, chia sẻ, chỉnh sửa và dùng cho mọi mục đích, kể cả thương mại, với điều kiện ghi nguồn. Xin ghi:`,
    '',
    `> ${citation(input)}`,
    '',
    '## Các tệp',
    '',
    '- `datapackage.json`: mô tả Frictionless Data Package 2.0 — các bảng, kiểu và ràng buộc của từng cột, khóa chính, khóa ngoại, dung lượng và mã SHA-256 của từng tệp CSV. Các công cụ như `frictionless validate datapackage.json` đọc được tệp này.',
    '- `<tên>.csv`: CSV theo RFC 4180, UTF-8 không BOM, xuống dòng CRLF, có dòng tiêu đề. Dùng cho lập trình, phân tích.',
    "- `<tên>.excel.csv`: cùng dữ liệu, có BOM để Excel hiện đúng tiếng Việt; ô bắt đầu bằng `=`, `+`, `-`, `@`, TAB hoặc CR được thêm dấu `'` phía trước để bảng tính không chạy như công thức. Dùng để mở bằng Excel, Google Sheets, LibreOffice.",
    '- `<tên>.xlsx`: bảng tính Excel, mở thẳng bằng Excel, LibreOffice, Google Sheets: số là số, ngày là ngày, tiêu đề cột tiếng Việt, bộ lọc, cạnh mỗi cột mã cơ quan có cột tên cơ quan; trang Giới thiệu (nguồn, giấy phép, cách trích dẫn) và Từ điển. Tệp `all-data.xlsx` (tải riêng trên trang dữ liệu) chứa mọi bộ dữ liệu, mỗi bộ một trang.',
    '- `<tên>.json`: mảng đối tượng, cùng tên cột với CSV; ô trống trong CSV là `null` trong JSON; cột danh sách là mảng trong JSON và nối bằng dấu `;` trong CSV. Riêng `plan_sections.json` là cây đề mục (mỗi đề mục có `blocks` và `children`).',
    `- \`plan.json\`: thông tin chung của Kế hoạch (${fileByPath(files, 'plan.json').bytes} byte).`,
    `- \`${SOURCE_FILE}\`: tệp nguồn — bản chữ của Kế hoạch và Phụ lục chuyển từ tệp PDF, nguyên văn, còn ký hiệu định dạng như \`#\`, \`<b>\` (UTF-8, LF, ${fileByPath(files, SOURCE_FILE).rows} dòng; SHA-256 \`${plan.source.sha256}\`). Cột \`source_line\` của các bảng là số dòng trong tệp này.`,
    '',
    '## Các bộ dữ liệu',
    '',
  ];
  for (const spec of DATASETS) {
    const f = datasetFiles(files, spec.name);
    out.push(
      `### \`${spec.name}\` — ${spec.title}`,
      '',
      spec.description,
      '',
      `${f.csv.rows} bản ghi. Khóa chính: \`${spec.primaryKey.join(', ')}\`. Trang: ${datasetPageUrl(siteUrl, spec.name)}`,
      '',
      '| cột | tên tiếng Việt | kiểu | bắt buộc | mô tả |',
      '| --- | --- | --- | --- | --- |',
      ...spec.columns.map((c) => {
        const values = c.values ? ` Giá trị: ${c.values.map((v) => `\`${v}\``).join(', ')}.` : '';
        return `| \`${c.name}\` | ${cell(c.title)} | ${COLUMN_TYPE_LABEL[c.type]} | ${c.required === false ? 'không' : 'có'} | ${cell(c.description)}${values} |`;
      }),
      '',
    );
  }
  out.push(
    '## Dữ liệu được làm thế nào',
    '',
    '- Mọi bảng được tạo tự động từ tệp nguồn (`source.txt`) và vài bảng đối chiếu được biên soạn, rà soát thủ công (tên cơ quan, văn bản được viện dẫn, nối chỉ tiêu thành chỉ số, kết quả công bố có nguồn).',
    '- Đề mục theo cách đánh số của văn bản (I., 1., a)); đoạn văn bị ngắt do sang trang được nối lại; chữ giữ nguyên như văn bản, kể cả lỗi chính tả của bản chuyển đổi.',
    '- Nhiệm vụ "Hàng năm" được hiểu là lặp lại mỗi năm trong thời kỳ của Kế hoạch.',
    '- Tên cơ quan và địa giới là của năm 2022, khi Kế hoạch được ban hành (trước khi tỉnh Đồng Tháp hợp nhất với tỉnh Tiền Giang và bỏ cấp huyện từ ngày 01/7/2025).',
    '- Cùng dữ liệu vào cho cùng tệp ra, từng byte; mã SHA-256 trong `datapackage.json` để kiểm tra tệp còn nguyên vẹn.',
    '',
    '## Liên kết',
    '',
    `- Trang dữ liệu và từ điển dữ liệu: ${absolute(siteUrl, paths.data())}`,
    `- Danh mục DCAT-AP 3.0 (JSON-LD): ${dataFileUrl(siteUrl, CATALOGUE_FILES.dcat)}`,
    `- Danh mục Project Open Data 1.1: ${dataFileUrl(siteUrl, CATALOGUE_FILES.pod)}`,
    `- Mô tả Data Package: ${dataFileUrl(siteUrl, CATALOGUE_FILES.datapackage)}`,
    `- Cách làm dữ liệu: ${absolute(siteUrl, paths.about())}`,
    '',
  );
  return out.join('\n');
}
