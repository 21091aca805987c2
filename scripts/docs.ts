/**
 * npm run docs [-- --check] — writes docs/data-dictionary.md and the generated table of
 * docs/outcomes.md; with --check, fails if either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryMarkdown } from '../src/lib/publish/dictionary-markdown.ts';
import { valuesTable, withValuesTable } from '../src/lib/publish/outcomes-markdown.ts';

import { DEFAULT_CONTENT, DEFAULT_SEED, prepareDataStage, ROOT } from './lib/data-stage.ts';
import type { ProgressRecord, IndicatorRecord } from '../src/lib/model/records.ts';

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // a missing file is stale too
  }
};

const { output } = prepareDataStage({ seed: DEFAULT_SEED, content: DEFAULT_CONTENT });
const outcomesPath = join(ROOT, 'docs', 'outcomes.md');
const docs: [string, string][] = [
  [join(ROOT, 'docs', 'data-dictionary.md'), dictionaryMarkdown()],
  [
    outcomesPath,
    withValuesTable(
      read(outcomesPath),
      valuesTable(
        output.tables.get('indicators') as unknown as IndicatorRecord[],
        output.tables.get('progress') as unknown as ProgressRecord[],
      ),
    ),
  ],
];
for (const [path, want] of docs) {
  if (process.argv.includes('--check')) {
    if (read(path) !== want) {
      console.error(`${path} is out of date: run \`npm run docs\` and commit it.`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(path, want);
  }
}
