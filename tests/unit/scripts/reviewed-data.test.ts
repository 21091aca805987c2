import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReviewed, readReviewed, reviewedNames, writeReviewed } from '../../../scripts/lib/reviewed-data.ts';
import { DATASETS } from '../../../src/lib/model/dictionary.ts';

describe('reviewed data (reviewed-data/)', () => {
  it('covers every dataset as CSV and JSON, and plan.json; nothing binary or catalogue', () => {
    const names = reviewedNames();
    expect(names).toHaveLength(DATASETS.length * 2 + 1);
    expect(names).toContain('tasks.csv');
    expect(names).toContain('tasks.json');
    expect(names).toContain('plan.json');
    expect(names.filter((n) => /\.(xlsx|zip)$|manifest|ckan|datapackage|catalog/.test(n))).toEqual([]);
  });

  it('says nothing when the build equals the committed files, and names files and rows when not', () => {
    const committed = new Map([
      ['a.csv', 'id,name\r\n1,Sở A\r\n2,Sở B\r\n'],
      ['gone.json', '[]\n'],
    ]);
    expect(
      diffReviewed(
        committed,
        new Map([
          ['a.csv', committed.get('a.csv')!],
          ['gone.json', '[]\n'],
        ]),
      ),
    ).toEqual([]);
    const built = new Map([
      ['a.csv', 'id,name\r\n1,Sở A\r\n2,Sở Bê\r\n'],
      ['new.csv', 'id\r\n1\r\n'],
    ]);
    expect(diffReviewed(committed, built)).toEqual([
      'reviewed-data/a.csv: 1 line(s) only in the committed file, 1 only in the build',
      '  - line 3: 2,Sở B',
      '  + line 3: 2,Sở Bê',
      'reviewed-data/new.csv: not committed yet (a new file of 2 lines)',
      'reviewed-data/gone.json: no longer built (remove it, or run npm run data:update)',
    ]);
  });

  it('cuts a long list of changed rows, saying how many more', () => {
    const old = Array.from({ length: 9 }, (_, i) => `r${i}`).join('\n');
    const now = Array.from({ length: 9 }, (_, i) => `s${i}`).join('\n');
    const lines = diffReviewed(new Map([['x.csv', old]]), new Map([['x.csv', now]]), 'data', 3);
    expect(lines).toContain('  - … and 6 more');
    expect(lines).toContain('  + … and 6 more');
  });

  it('writes the build into the folder and removes files no longer built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewed-'));
    writeFileSync(join(dir, 'old.csv'), 'x\n');
    writeReviewed(dir, new Map([['a.json', '[1]\n']]));
    expect([...readReviewed(dir)]).toEqual([['a.json', '[1]\n']]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('[1]\n');
  });
});
