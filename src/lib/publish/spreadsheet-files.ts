/**
 * The published spreadsheets: `<dataset>.xlsx` for every dataset and all-data.xlsx with every
 * dataset as a sheet, each opening with a "Giới thiệu" sheet (what it is, the source, the licence,
 * how to cite, version and date). Asynchronous because exceljs is; no I/O.
 */
import { citation, LICENSE, planName, SITE_NAME, vnDate, type PlanFacts } from '../model/publication.ts';
import { absolute, type Release } from '../model/release.ts';
import type { PipelineOutput } from '../pipeline/datasets.ts';
import { DATASETS, type DatasetSpec } from '../model/dictionary.ts';
import type { SpreadsheetFiles } from './files.ts';
import { renderWorkbook, ABOUT_SHEET, DICTIONARY_SHEET } from './spreadsheet.ts';
import { WORKBOOK_FILE, xlsxFile } from '../model/file-names.ts';
import type { Row } from '../model/records.ts';
import { paths } from '../model/paths.ts';

export interface SpreadsheetContext {
  release: Pick<Release, 'version' | 'date' | 'plan' | 'publisher'>;
  siteUrl: string;
  plan: Pick<PlanFacts, 'issuer' | 'implements' | 'subtitle'>;
}

const HOW_TO_READ =
  `Số là số, ngày là ngày (hiển thị dd/mm/yyyy), đúng/sai là giá trị logic; danh sách nối bằng "; ". ` +
  `Cột "Tên cơ quan …" đứng cạnh cột mã cơ quan và chỉ có trong tệp Excel. ` +
  `Tiêu đề cột là tên tiếng Việt; khóa cột như trong CSV, JSON ở trang "${DICTIONARY_SHEET}".`;

/** What one spreadsheet holds, for its "Giới thiệu" sheet. */
export interface SpreadsheetSubject {
  title: string;
  description: string;
  rows?: number;
  /** The page it comes from, relative to the site (e.g. "co-quan/so-tttt/"). */
  page: string;
  /** The dataset it is, or is cut from, for the citation. */
  dataset?: Pick<DatasetSpec, 'name' | 'title'>;
}

/** The "Giới thiệu" rows: what the file holds, the source, licence, citation, version and date. */
export function aboutRows(ctx: SpreadsheetContext, subject: SpreadsheetSubject): [string, string][] {
  const { release, siteUrl, plan } = ctx;
  return [
    ['Tên', subject.title],
    ['Mô tả', subject.description],
    ...(subject.rows !== undefined ? [['Số bản ghi', String(subject.rows)] as [string, string]] : []),
    ['Nguồn', `${planName(plan, release)}, do ${plan.issuer} ban hành`],
    ['Đơn vị xuất bản', release.publisher.name],
    ['Giấy phép', `${LICENSE.title}, ${LICENSE.url}`],
    ['Cách trích dẫn', citation(ctx, subject.dataset)],
    ['Phiên bản dữ liệu', release.version],
    ['Ngày phát hành', vnDate(release.date)],
    ['Trang', absolute(siteUrl, subject.page)],
    ['Cách đọc', HOW_TO_READ],
  ];
}

/** agency id → full name (as in 2022), for the name columns beside agency ids. */
export const agencyNameMap = (agencies: readonly Row[]): Map<string, string> =>
  new Map(agencies.map((a) => [String(a.id), String(a.name)]));

/** Every dataset's spreadsheet and the workbook of all of them. */
export async function renderSpreadsheets(out: Pick<PipelineOutput, 'tables'>, ctx: SpreadsheetContext): Promise<SpreadsheetFiles> {
  const agencyNames = agencyNameMap(out.tables.get('agencies') ?? []);
  const common = { agencyNames, creator: ctx.release.publisher.name, date: ctx.release.date };
  const datasets = new Map<string, Uint8Array>();
  for (const spec of DATASETS) {
    const rows = out.tables.get(spec.name) ?? [];
    datasets.set(
      xlsxFile(spec.name),
      await renderWorkbook({
        ...common,
        title: spec.title,
        about: aboutRows(ctx, {
          title: `${spec.title} (${spec.name})`,
          description: spec.description,
          rows: rows.length,
          page: paths.dataset(spec.name),
          dataset: spec,
        }),
        sheets: [{ spec, rows }],
      }),
    );
  }
  const workbook = await renderWorkbook({
    ...common,
    title: `${SITE_NAME}: toàn bộ dữ liệu`,
    about: aboutRows(ctx, {
      title: `${SITE_NAME}: toàn bộ dữ liệu`,
      description: 'Mọi bộ dữ liệu, mỗi bộ một trang (tên trang là tên tệp CSV tương ứng), theo thứ tự trên trang dữ liệu.',
      page: paths.data(),
    }),
    sheets: DATASETS.map((spec) => ({ spec, rows: out.tables.get(spec.name) ?? [] })),
  });
  return { datasets, workbook };
}

export { ABOUT_SHEET, DICTIONARY_SHEET, WORKBOOK_FILE };
