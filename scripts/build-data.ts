/**
 * npm run build:data [-- --seed <file> --out <dir> --content <dir> --quiet]
 *
 * Builds every dataset from the plan and the curated tables in content/. On bad input it prints
 * file:line and what was expected, exits 1, and leaves --out exactly as it was.
 */
import { parseArgs } from 'node:util';
import { SourceError, formatWarning } from '../src/lib/errors.ts';
import { DEFAULT_CONTENT, DEFAULT_OUT, DEFAULT_SEED, display, runDataStage } from './lib/data-stage.ts';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    out: { type: 'string', default: DEFAULT_OUT },
    content: { type: 'string', default: DEFAULT_CONTENT },
    quiet: { type: 'boolean', default: false },
  },
});

async function main(): Promise<number> {
  const started = performance.now();
  try {
    const { output, files } = await runDataStage({ seed: args.seed, out: args.out, content: args.content });
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
