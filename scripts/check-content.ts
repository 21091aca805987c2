/**
 * npm run check:content [-- --content <dir> --seed <file>]
 *
 * Checks the curated tables (content/*.csv, release.json) and the yearly reports' frontmatter and
 * components the way the build does, in memory, writing nothing: seconds, for the province's
 * editors before `npm run build`. Prints file:line and what was expected on the first problem.
 */
import { parseArgs } from 'node:util';
import { SourceError, formatWarning } from '../src/lib/model/errors.ts';
import { DEFAULT_CONTENT, DEFAULT_SEED, display, prepareDataStage } from './lib/data-stage.ts';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    content: { type: 'string', default: DEFAULT_CONTENT },
  },
});

try {
  const { output } = prepareDataStage({ seed: args.seed, content: args.content });
  for (const w of output.warnings) console.warn(formatWarning(w));
  const count = (name: string) => output.tables.get(name)?.length ?? 0;
  console.log(
    `check:content: ${display(args.content)} is valid — ${count('task_status')} task findings, ${count('progress')} published values, ` +
      `${count('indicators')} indicators; nothing was written.`,
  );
} catch (e) {
  if (!(e instanceof SourceError)) throw e;
  console.error(`check:content: error: ${e.message}`);
  process.exitCode = 1;
}
