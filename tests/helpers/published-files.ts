/**
 * The data stage's published files, rendered in memory from the committed seed and content (nothing
 * written): for the unit tests of files that reviewed-data/ does not hold (manifest.json, the
 * catalogues, the spreadsheets, the .excel.csv and per-record files). Rendered once per worker: the
 * unit project shares modules between test files (vitest.config.ts, isolate: false), and this
 * module keeps the promise. The result is shared: read it, copy before editing.
 */
import {
  DEFAULT_CONTENT,
  DEFAULT_SEED,
  prepareDataStage,
  renderDataFiles,
  type CheckedDataStage,
  type DataStageResult,
} from '../../scripts/lib/data-stage.ts';

/** The public address the catalogues are rendered under (not SITE_URL: the tests must not depend on the environment). */
export const TEST_SITE_URL = 'https://example.gov.vn/cds/';

export interface PublishedFiles extends DataStageResult {
  checked: CheckedDataStage;
}

let rendered: Promise<PublishedFiles> | undefined;

/** Every file the data stage publishes, by path, with the checked stage it was rendered from. */
export function publishedFiles(): Promise<PublishedFiles> {
  rendered ??= (async () => {
    const checked = prepareDataStage({ seed: DEFAULT_SEED, content: DEFAULT_CONTENT, siteUrl: TEST_SITE_URL });
    const files = await renderDataFiles(checked);
    return { checked, output: checked.output, files };
  })();
  return rendered;
}

/** A published file as bytes. */
export function fileBytes(files: DataStageResult['files'], path: string): Uint8Array {
  const c = files.get(path);
  if (c === undefined) throw new Error(`no file ${path}`);
  return typeof c === 'string' ? new TextEncoder().encode(c) : c;
}

/** A published file as text, byte order mark included (the .excel.csv files start with one). */
export function fileText(files: DataStageResult['files'], path: string): string {
  const c = files.get(path);
  if (typeof c === 'string') return c;
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(fileBytes(files, path));
}
