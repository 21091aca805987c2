/** npm run docs [-- --check] — writes docs/data-dictionary.md; with --check, fails if it is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryMarkdown } from '../src/lib/dictionary-markdown.ts';
import { ROOT } from './lib/data-stage.ts';

const path = join(ROOT, 'docs', 'data-dictionary.md');
const want = dictionaryMarkdown();
if (process.argv.includes('--check')) {
  let have = '';
  try {
    have = readFileSync(path, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (have !== want) {
    console.error('docs/data-dictionary.md is out of date: run `npm run docs` and commit it.');
    process.exitCode = 1;
  }
} else {
  writeFileSync(path, want);
}
