/**
 * The published file set: every dataset as CSV, Excel CSV, JSON and, when given, a spreadsheet
 * (.xlsx, made beforehand by src/lib/publish/spreadsheet-files.ts), plus plan.json, the catalogue
 * files (src/lib/publish/catalogue/) and a manifest with each file's size, sha256 and row count. Pure: the
 * caller writes the map to disk.
 */
import { sha256 } from '../model/hash.ts';
import { renderCatalogue } from './catalogue/index.ts';
import { releaseLog, type Release } from '../model/release.ts';
import { DATASETS } from '../model/dictionary.ts';
import { formatWarning } from '../model/errors.ts';
import { SOURCE_FILE, type PipelineOutput } from '../pipeline/datasets.ts';
import { nfc, toCsv, toExcelCsv, toJson } from '../model/serialise.ts';
import { XLSX_MEDIA_TYPE, xlsxFile } from '../model/file-names.ts';
import { type ManifestEntry, type CatalogueEntry, manifestSchema } from '../model/manifest.ts';

/** What the catalogues need beyond the data: the release (content/release.json) and the public base URL. */
export interface CatalogueOptions {
  release: Release;
  siteUrl: string;
}

/** The spreadsheets, rendered beforehand (exceljs is asynchronous): `<dataset>.xlsx` by path, and the workbook of everything. */
export interface SpreadsheetFiles {
  datasets: ReadonlyMap<string, Uint8Array>;
  workbook: Uint8Array;
}

/**
 * Relative path → file content, in a fixed order. With `catalogue`, also the catalogue files, made
 * from the final bytes of the data files, and their entries in the manifest.
 */
export function renderFiles(
  out: PipelineOutput,
  catalogue?: CatalogueOptions,
  spreadsheets?: SpreadsheetFiles,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const entries: ManifestEntry[] = [];
  const add = (path: string, dataset: string, format: ManifestEntry['format'], content: string | Uint8Array, rows: number) => {
    files.set(path, content);
    const media_type = { json: 'application/json', csv: 'text/csv', 'excel-csv': 'text/csv', xlsx: XLSX_MEDIA_TYPE, text: 'text/plain' }[
      format
    ];
    const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
    entries.push({ path, dataset, format, media_type, bytes, sha256: sha256(content), rows });
  };

  for (const spec of DATASETS) {
    const rows = out.tables.get(spec.name) ?? [];
    add(`${spec.name}.csv`, spec.name, 'csv', toCsv(spec, rows), rows.length);
    add(`${spec.name}.excel.csv`, spec.name, 'excel-csv', toExcelCsv(spec, rows), rows.length);
    // The outline keeps its tree in JSON; every other dataset is a flat array.
    const json = spec.name === 'plan_sections' ? `${JSON.stringify(nfc(out.sectionTree), null, 2)}\n` : toJson(spec, rows);
    add(`${spec.name}.json`, spec.name, 'json', json, rows.length);
    if (spreadsheets) {
      const xlsx = spreadsheets.datasets.get(xlsxFile(spec.name));
      if (!xlsx) throw new Error(`no spreadsheet rendered for ${spec.name}`);
      add(xlsxFile(spec.name), spec.name, 'xlsx', xlsx, rows.length);
    }
  }
  add('plan.json', 'plan', 'json', `${JSON.stringify(nfc(out.plan), null, 2)}\n`, 1);
  // The document itself, so every "line N" in the data can be checked against it.
  add(SOURCE_FILE, 'source', 'text', out.sourceText, out.sourceText.split('\n').length);

  let catalogueEntries: CatalogueEntry[] | undefined;
  if (catalogue) {
    const built = renderCatalogue(
      { release: catalogue.release, siteUrl: catalogue.siteUrl, plan: out.plan, files: entries, tables: out.tables },
      files,
      spreadsheets?.workbook,
    );
    for (const [path, content] of built.files) files.set(path, content);
    catalogueEntries = built.entries;
  }

  const manifest = {
    files: entries,
    // The data release and the catalogue files (not in `files`, which lists the data itself).
    ...(catalogue && catalogueEntries
      ? {
          release: (({ history: _history, ...rest }) => rest)(catalogue.release),
          // The changelog: every release with its row counts (this one's counted from this build).
          releases: releaseLog(catalogue.release, Object.fromEntries(DATASETS.map((d) => [d.name, out.tables.get(d.name)?.length ?? 0]))),
          site_url: catalogue.siteUrl,
          catalogue: catalogueEntries,
        }
      : {}),
    appendix_accounting: {
      ...out.accounting,
      // rows read = tasks + group rows + sub-group rows + repeated headers + blank lines
      balanced:
        out.accounting.rows_read ===
        out.accounting.task_rows +
          out.accounting.group_rows +
          out.accounting.subgroup_rows +
          out.accounting.header_rows +
          out.accounting.blank_rows,
    },
    warnings: out.warnings.map(formatWarning),
  };
  // A manifest with its catalogue section is the published one: held to its schema before it is written.
  if (catalogue) manifestSchema.parse(manifest);
  files.set('manifest.json', `${JSON.stringify(nfc(manifest), null, 2)}\n`);
  return files;
}
