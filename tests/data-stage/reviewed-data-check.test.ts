/**
 * The published datasets are committed in reviewed-data/ and reviewed like code: `build:data --check` passes on
 * this tree, and fails, naming the file and the rows and writing nothing, when a curated table or a
 * parser would change what is published.
 */
import { describe, expect, it } from 'vitest';
import { REVIEWED_DIR, reviewedNames } from '../../scripts/lib/reviewed-data.ts';
import { buildData, mutatedContent, scratch, snapshotDir } from '../helpers/cli.ts';

describe('the reviewed data (reviewed-data/) and build:data --check', () => {
  it('the committed reviewed-data/ holds every reviewed file, and is exactly what the build publishes', () => {
    expect([...snapshotDir(REVIEWED_DIR).keys()]).toEqual(reviewedNames());
    const r = buildData(['--check']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`the ${reviewedNames().length} reviewed files in reviewed-data are what the build publishes`);
  });

  it('a change to a curated table fails the check, naming the files and rows, and changes nothing', () => {
    const before = snapshotDir(REVIEWED_DIR);
    const content = mutatedContent(scratch(), 'indicators.csv', (t) => {
      if (!t.includes('Cùng một thước đo')) throw new Error('fixture text not found');
      return t.replace('Cùng một thước đo', 'Cùng thước đo');
    });
    const r = buildData(['--check', '--content', content]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('build:data --check: the build would change the reviewed data in reviewed-data:');
    expect(r.stderr).toContain('reviewed-data/indicators.csv: 1 line(s) only in the committed file, 1 only in the build');
    expect(r.stderr).toMatch(/\+ line \d+: [a-z0-9-]+,.*Cùng thước đo/);
    expect(r.stderr).toContain('reviewed-data/indicators.json:');
    expect(r.stderr).toContain('npm run data:update');
    expect(snapshotDir(REVIEWED_DIR)).toEqual(before);
  });
});
