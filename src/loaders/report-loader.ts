/**
 * The content loader of the yearly reports (content/bao-cao/<year>.mdx). Each report is read by the
 * same checkReport the data stage runs (src/lib/model/report.ts), against the task and indicator ids
 * the data stage published in public/data and its review date, and stored as the checked document
 * the page renders. No report is compiled as MDX: a report the check refuses stops the build with
 * its file and line, and one it accepts can only hold the document's node types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { SourceError } from '../lib/model/errors.ts';
import { checkReport, type ReportIds } from '../lib/model/report.ts';
import type { ReportEntry } from '../lib/model/report-schema.ts';
import { FIRST_PROGRESS_YEAR, LAST_PROGRESS_YEAR } from '../lib/model/values.ts';
import { parseManifest } from '../lib/model/manifest.ts';

/** Where the reports are, relative to the project (the build runs there, as for the collections). */
export const REPORTS_FOLDER = join('content', 'bao-cao');

function publishedIds(root: string, name: string): Set<string> {
  const rows = JSON.parse(readFileSync(join(root, 'public', 'data', `${name}.json`), 'utf8')) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** Every report checked, in file order; throws on the first one the check refuses. */
function readReports(root: string): { text: string; report: ReportEntry }[] {
  const ids: ReportIds = {
    tasks: publishedIds(root, 'tasks'),
    indicators: publishedIds(root, 'indicators'),
    years: { from: FIRST_PROGRESS_YEAR, to: LAST_PROGRESS_YEAR },
  };
  const reviewDate = parseManifest(readFileSync(join(root, 'public', 'data', 'manifest.json'), 'utf8')).release.date;
  return readdirSync(join(root, REPORTS_FOLDER))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(REPORTS_FOLDER, name);
      // The data stage has already refused what is not clean UTF-8 text; NFC as it reads it.
      const text = readFileSync(join(root, file), 'utf8').normalize('NFC');
      try {
        return { text, report: checkReport(text, file, ids, reviewDate).report };
      } catch (e) {
        // Astro prints an Error's message; the file:line is the useful part.
        if (e instanceof SourceError) throw new Error(`report refused: ${e.message}`);
        throw e;
      }
    });
}

/** `root`: the project (the build runs there); a test points it at a copy. */
export function reportLoader({ root = process.cwd() }: { root?: string } = {}): Loader {
  return {
    name: 'yearly-reports',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      // All or nothing: the store changes only once every report has passed.
      const sync = async () => {
        const reports = readReports(root);
        store.clear();
        for (const { text, report } of reports) {
          const id = String(report.year);
          store.set({ id, data: await parseData({ id, data: report }), digest: generateDigest(text) });
        }
      };
      await sync();
      // astro dev: read again when a report changes; a refused edit keeps the last good reports and says why.
      const folder = join(root, REPORTS_FOLDER);
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(folder) || !path.endsWith('.mdx')) return;
        sync().then(
          () => logger.info(`reports read again (${path})`),
          (e: unknown) => logger.error((e as Error).message),
        );
      });
    },
  };
}
