/**
 * npm run forms [-- --content <dir> --seed <file> --out <dir>]
 *
 * Makes every responsible body's reporting form (.xlsx, one per body with tasks on its form) from
 * the data the content folder builds, into --out (default: bieu-mau/ in the project, not committed).
 * The same forms are published with the site under data/bieu-mau/. docs/cap-nhat-ket-qua.md walks
 * the cycle.
 */
import { parseArgs } from 'node:util';
import { SourceError } from '../src/lib/model/errors.ts';
import { DEFAULT_CONTENT, DEFAULT_SEED, display } from './lib/data-stage.ts';
import { DEFAULT_FORMS_OUT, writeForms } from './lib/report-forms.ts';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    content: { type: 'string', default: DEFAULT_CONTENT },
    out: { type: 'string', default: DEFAULT_FORMS_OUT },
  },
});

try {
  const written = await writeForms({ seed: args.seed, content: args.content, out: args.out });
  console.log(`forms: ${written.length} form(s) in ${display(args.out)}: ${written.map((p) => p.split('/').pop()).join(', ')}`);
} catch (e) {
  if (!(e instanceof SourceError)) throw e;
  console.error(`forms: error: ${e.message}`);
  process.exitCode = 1;
}
