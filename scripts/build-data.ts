/**
 * npm run build:data [-- --seed <file> --out <dir> --content <dir> --quiet] [--check | --update-reviewed]
 *
 * Builds every dataset from the plan and the curated tables in content/. On bad input it prints
 * file:line and what was expected, exits 1, and leaves --out exactly as it was.
 * --check writes nothing: it compares the datasets the build would publish with the reviewed copies
 * committed in reviewed-data/, prints which files and rows differ, and exits 1 if any do.
 * --update-reviewed (npm run data:update) also writes those copies into reviewed-data/, for review.
 */
import { parseArgs } from 'node:util';
import { SourceError, formatWarning } from '../src/lib/model/errors.ts';
import { DEFAULT_CONTENT, DEFAULT_OUT, DEFAULT_SEED, display, prepareDataStage, renderDataFiles, runDataStage } from './lib/data-stage.ts';
import { diffReviewed, readReviewed, REVIEWED_DIR, reviewedFiles, writeReviewed } from './lib/reviewed-data.ts';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    out: { type: 'string', default: DEFAULT_OUT },
    content: { type: 'string', default: DEFAULT_CONTENT },
    quiet: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'update-reviewed': { type: 'boolean', default: false },
  },
});

/** --check: the build in memory against reviewed-data/; nothing written. */
async function check(): Promise<number> {
  const checked = prepareDataStage({ seed: args.seed, content: args.content });
  const built = reviewedFiles(await renderDataFiles(checked));
  const differences = diffReviewed(readReviewed(REVIEWED_DIR), built, display(REVIEWED_DIR));
  if (differences.length === 0) {
    console.log(`build:data --check: the ${built.size} reviewed files in ${display(REVIEWED_DIR)} are what the build publishes.`);
    return 0;
  }
  console.error(`build:data --check: the build would change the reviewed data in ${display(REVIEWED_DIR)}:`);
  for (const line of differences) console.error(line);
  console.error('If the change is meant, run `npm run data:update`, review the diff and commit it (and say so in the changelog).');
  return 1;
}

async function main(): Promise<number> {
  const started = performance.now();
  try {
    if (args.check) return await check();
    const { output, files } = await runDataStage({ seed: args.seed, out: args.out, content: args.content });
    if (args['update-reviewed']) writeReviewed(REVIEWED_DIR, reviewedFiles(files));
    for (const w of output.warnings) console.warn(formatWarning(w));
    if (!args.quiet) {
      const a = output.accounting;
      console.log(
        `build:data: ${files.size} files in ${display(args.out)} — ${output.tables.get('tasks')!.length} tasks; ` +
          `appendix lines ${a.first_line}–${a.last_line}: ${a.rows_read} read = ${a.task_rows} tasks + ${a.group_rows} groups + ` +
          `${a.subgroup_rows} sub-groups + ${a.header_rows} headers + ${a.blank_rows} blank; ` +
          `${output.warnings.length} warning(s); ${Math.round(performance.now() - started)} ms`,
      );
    }
    return 0;
  } catch (e) {
    const message =
      e instanceof SourceError
        ? e.message
        : e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT'
          ? String((e as { message?: unknown }).message)
          : null;
    if (message === null) throw e;
    console.error(`build:data: error: ${message}`);
    console.error('build:data: nothing was written; the previous output is unchanged.');
    return 1;
  }
}

process.exitCode = await main();
