/**
 * Names and words for the spreadsheet downloads, apart from the writer (src/lib/publish/spreadsheet.ts) so
 * the catalogues and the site can name the files without loading exceljs.
 */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One dataset's spreadsheet: tasks → tasks.xlsx. */
export const xlsxFile = (dataset: string): string => `${dataset}.xlsx`;

/** The workbook with every dataset, a sheet each. */
export const WORKBOOK_FILE = 'all-data.xlsx';

export const XLSX_DESCRIPTION = (title: string): string =>
  `Bộ dữ liệu ${title} dạng bảng tính Excel (.xlsx): số là số, ngày là ngày, tiêu đề cột tiếng Việt, kèm tên đầy đủ của cơ quan, trang Giới thiệu và Từ điển.`;

export const WORKBOOK_DESCRIPTION =
  'Mọi bộ dữ liệu trong một bảng tính Excel (.xlsx), mỗi bộ một trang, kèm trang Giới thiệu (nguồn, giấy phép, cách trích dẫn, phiên bản) và Từ điển (khóa cột, tên cột, kiểu, mô tả).';
