/**
 * The data stage with its I/O: read the seed and the curated tables, build, and swap the files into
 * the output folder in one step (nothing changes there on error). Used by build-data and bench.
 */
import { sha256 } from '../../src/lib/model/hash.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildDatasets, type PipelineOutput } from '../../src/lib/pipeline/datasets.ts';
import { SourceError } from '../../src/lib/model/errors.ts';
import { display, ROOT } from './project.ts';
import { missingContactFields, parseRelease, type Release } from '../../src/lib/model/release.ts';
import { renderSpreadsheets } from '../../src/lib/publish/spreadsheet-files.ts';
import { localAddressNotice, resolveSiteAddress } from '../../src/lib/pipeline/site-address.ts';
import { renderFiles } from '../../src/lib/publish/files.ts';
import { recordTables, renderRecordFiles } from '../../src/lib/publish/record-files.ts';
import { decodeSource } from '../../src/lib/pipeline/source.ts';
import { FIRST_PROGRESS_YEAR, LAST_PROGRESS_YEAR } from '../../src/lib/pipeline/progress.ts';
import { checkReport } from '../../src/lib/model/report.ts';
import { parsePlanPeriod } from '../../src/lib/pipeline/timeframe.ts';
import { renderFormFiles } from '../../src/lib/reports/form-files.ts';

// Re-exported for the scripts that already take them from here.
export { display, ROOT };

export const DEFAULT_SEED = join(ROOT, 'seeds', 'ke-hoach-04-NQ-TU-dong-thap.txt');
export const DEFAULT_OUT = join(ROOT, 'public', 'data');
export const DEFAULT_CONTENT = join(ROOT, 'content');

export interface DataStageOptions {
  seed: string;
  out: string;
  content: string;
  /** The public address for the catalogues; default: the SITE_URL environment variable (with BASE_PATH, which must agree), else a local address. */
  siteUrl?: string;
}

/** Everything read and checked, nothing rendered yet. */
export interface CheckedDataStage {
  output: PipelineOutput;
  release: Release;
  siteUrl: string;
}

export interface DataStageResult {
  output: PipelineOutput;
  files: Map<string, string | Uint8Array>;
}

function readText(path: string) {
  const bytes = readFileSync(path);
  return { bytes, ...decodeSource(bytes, display(path)) };
}

/**
 * A seed whose checksum is recorded in a SHA256SUMS beside it (the committed one is) must match it:
 * the published data cite that exact document. Other inputs are judged by their structure alone.
 */
function verifyRecordedChecksum(path: string, bytes: Buffer): void {
  const sums = join(dirname(path), 'SHA256SUMS');
  if (!existsSync(sums)) return;
  const want = readFileSync(sums, 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+\*?/))
    .find(([, name]) => name === basename(path));
  if (!want) return;
  const got = sha256(bytes);
  if (got !== want[0]) {
    throw new SourceError(
      display(path),
      1,
      `sha256 ${want[0]} as recorded in ${display(sums)} (the source document changed: restore it, or update the checksum in a reviewed commit)`,
      got,
    );
  }
}

function writeAtomically(outDir: string, files: Map<string, string | Uint8Array>): void {
  const target = resolve(outDir);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(tmp, name)), { recursive: true });
      writeFileSync(join(tmp, name), content);
    }
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    throw e;
  }
}

/** Runs the whole data stage; rejects with a SourceError on bad input, with nothing written. */
export async function runDataStage(opts: DataStageOptions): Promise<DataStageResult> {
  const checked = prepareDataStage(opts);
  const files = await renderDataFiles(checked);
  writeAtomically(opts.out, files);
  return { output: checked.output, files };
}

/**
 * Every published file in memory: the datasets, their spreadsheets, plan.json, source.txt, the
 * catalogues, then the per-record downloads (a task, an indicator, an agency's or a year's tasks)
 * and the bodies' reporting forms (bieu-mau/<id>.xlsx).
 */
export async function renderDataFiles({ output, release, siteUrl }: CheckedDataStage): Promise<Map<string, string | Uint8Array>> {
  const context = { release, siteUrl, plan: output.plan };
  const spreadsheets = await renderSpreadsheets(output, context);
  const files = renderFiles(output, { release, siteUrl }, spreadsheets);
  const records = await renderRecordFiles(recordTables(output.tables, output.plan.period), context);
  for (const [path, content] of records) files.set(path, content);
  for (const [path, content] of await renderFormFiles(output.tables, release)) files.set(path, content);
  return files;
}

/**
 * Reads and checks every input (seed, curated tables, release, yearly reports), writing and rendering
 * nothing: `npm run check:content` stops here.
 */
export function prepareDataStage(
  opts: Omit<DataStageOptions, 'out'> & {
    /**
     * Judge the curated tables as of this date when it is later than the release's (content/release.json
     * "date"). Only the importer passes it, its own date: the rows an earlier import appended are
     * checked on their day, and the release is bumped once, after all the forms are in.
     */
    judgedOn?: string;
  },
): CheckedDataStage {
  const seedPath = resolve(opts.seed);
  const seed = readText(seedPath);
  verifyRecordedChecksum(seedPath, seed.bytes);
  const agenciesPath = join(opts.content, 'agencies.csv');
  const legalPath = join(opts.content, 'legal_documents.csv');
  const periodPath = join(opts.content, 'plan_period.json');
  const indicatorsPath = join(opts.content, 'indicators.csv');
  const progressPath = join(opts.content, 'progress.csv');
  const agencies = readText(agenciesPath);
  const legal = readText(legalPath);
  const indicators = readText(indicatorsPath);
  const progress = readText(progressPath);
  const taskStatusPath = join(opts.content, 'task_status.csv');
  const taskStatus = readText(taskStatusPath);
  const evaluationsPath = join(opts.content, 'evaluations.csv');
  const evaluations = readText(evaluationsPath);
  const regionalRanksPath = join(opts.content, 'regional_ranks.csv');
  const regionalRanks = readText(regionalRanksPath);
  const successorsPath = join(opts.content, 'agency_successors.csv');
  const successors = readText(successorsPath);
  const bodiesPath = join(opts.content, 'bodies.csv');
  const bodies = readText(bodiesPath);
  const period = parsePlanPeriod(readText(periodPath).text, display(periodPath));
  const releasePath = join(opts.content, 'release.json');
  const release = parseRelease(readText(releasePath).text, display(releasePath));
  const address = resolveSiteAddress(
    opts.siteUrl !== undefined ? { SITE_URL: opts.siteUrl } : { SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH },
  );
  const siteUrl = address.siteUrl;

  const output = buildDatasets({
    seed: { file: display(seedPath), text: seed.text, sha256: sha256(seed.bytes), bytes: seed.bytes.length },
    agencies: { file: display(agenciesPath), text: agencies.text },
    legalDocuments: { file: display(legalPath), text: legal.text },
    indicators: { file: display(indicatorsPath), text: indicators.text },
    progress: { file: display(progressPath), text: progress.text },
    taskStatus: { file: display(taskStatusPath), text: taskStatus.text },
    evaluations: { file: display(evaluationsPath), text: evaluations.text },
    regionalRanks: { file: display(regionalRanksPath), text: regionalRanks.text },
    agencySuccessors: { file: display(successorsPath), text: successors.text },
    bodies: { file: display(bodiesPath), text: bodies.text },
    period,
    reviewDate: opts.judgedOn !== undefined && opts.judgedOn > release.date ? opts.judgedOn : release.date,
  });
  output.warnings.unshift(
    ...(address.local ? [{ file: 'SITE_URL', line: 1, message: localAddressNotice(address) }] : []),
    ...missingContactFields(release).map((field) => ({
      file: display(releasePath),
      line: 1,
      message: `${field} is empty: the portal staff fill it in before publishing (the footer and the about page show it when set, and the catalogues its e-mail and phone)`,
    })),
    ...seed.warnings,
    ...agencies.warnings,
    ...legal.warnings,
    ...indicators.warnings,
    ...progress.warnings,
    ...taskStatus.warnings,
    ...evaluations.warnings,
    ...regionalRanks.warnings,
    ...successors.warnings,
    ...bodies.warnings,
  );
  checkReports(join(opts.content, REPORTS_DIR), output, release.date);
  return { output, release, siteUrl };
}

/** Where the yearly reports live, inside the content folder. */
export const REPORTS_DIR = 'bao-cao';

/** Checks every yearly report against the datasets just built (ids) and the review date. */
function checkReports(dir: string, output: PipelineOutput, reviewDate: string): void {
  if (!existsSync(dir)) return;
  const idsOf = (name: string) => new Set((output.tables.get(name) ?? []).map((r) => String(r.id)));
  const ids = { tasks: idsOf('tasks'), indicators: idsOf('indicators'), years: { from: FIRST_PROGRESS_YEAR, to: LAST_PROGRESS_YEAR } };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const path = join(dir, name);
    checkReport(readText(path).text, display(path), ids, reviewDate);
  }
}
