/**
 * npm run import:reports -- [--content <dir> --seed <file>] FILE...
 *
 * Imports filled reporting forms into content/task_status.csv and content/progress.csv, all or
 * nothing: every file is checked (the bytes, then every filled row); on any error every error of
 * every file is printed as `file › sheet › dòng N › column: expected …, found …`, the exit code is 1
 * and content/ is left byte for byte as it was. On success the new rows are appended (marked
 * source_kind official_report and reported_by the form's body; rows already there are skipped) and
 * a summary is printed for review. docs/cap-nhat-ket-qua.md walks the cycle.
 */
import { parseArgs } from 'node:util';
import { SourceError } from '../src/lib/model/errors.ts';
import { formatIssue } from '../src/lib/reports/issues.ts';
import { formatSummary } from '../src/lib/reports/report-import.ts';
import { DEFAULT_CONTENT, DEFAULT_SEED } from './lib/data-stage.ts';
import { importReportFiles } from './lib/report-forms.ts';

const { values: args, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    content: { type: 'string', default: DEFAULT_CONTENT },
  },
});

async function main(): Promise<number> {
  if (files.length === 0) {
    console.error('import:reports: name the filled forms: npm run import:reports -- so-y-te.xlsx …');
    return 2;
  }
  try {
    const result = await importReportFiles({ seed: args.seed, content: args.content, files });
    if (!result.ok) {
      for (const issue of result.issues) console.error(formatIssue(issue));
      console.error(`import:reports: ${result.issues.length} error(s); nothing was written.`);
      return 1;
    }
    for (const line of formatSummary(result.summary, (id) => result.names.get(id) ?? id)) console.log(line);
    console.log(
      result.written.length > 0
        ? `import:reports: wrote ${result.written.join(', ')}; review the diff (git diff content/), then bump content/release.json and build.`
        : 'import:reports: nothing new; content/ unchanged.',
    );
    return 0;
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    console.error(`import:reports: error: ${e.message}`);
    console.error('import:reports: nothing was written.');
    return 1;
  }
}

process.exitCode = await main();
