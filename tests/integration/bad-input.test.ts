/**
 * Bad input stops the build with file:line and what was expected, exits non-zero, and leaves the
 * previous output exactly as it was. Each case is a mutated copy of the real seed or content.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, mutatedContent, mutatedSeed, scratch, snapshotDir } from '../helpers/cli.ts';
import { ROOT, SEED_PATH, lineStarting } from '../helpers/seed.ts';

let work: string;
let out: string;
let before: Map<string, Buffer>;

beforeAll(() => {
  work = scratch('dt-bad-');
  out = join(work, 'data');
  expect(buildData(['--out', out, '--quiet']).status).toBe(0);
  before = snapshotDir(out);
});

function expectRejected(args: string[], message: RegExp) {
  const r = buildData([...args, '--out', out]);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toContain('nothing was written');
  expect(r.status).toBe(1);
  const after = snapshotDir(out);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
}

const cells = (line: string) => line.split('\t');

describe('bad input', () => {
  it('an unknown agency in a lead cell', () => {
    const n = lineStarting('2.2\t');
    const seed = mutatedSeed(work, (l) => {
      const c = cells(l[n - 1]!);
      c[2] = 'Sở Ngoại vụ';
      l[n - 1] = c.join('\t');
    });
    expectRejected(['--seed', seed], new RegExp(`seed\\.txt:${n}: expected a known agency .*"Cơ quan chủ trì".*found "Sở Ngoại vụ"`));
  });

  it('an unknown agency among cooperating agencies', () => {
    const n = lineStarting('11.1\t');
    const seed = mutatedSeed(work, (l) => {
      l[n - 1] = l[n - 1]!.replace('Ban QLKKT, UBND huyện, thành phố', 'Ban QLKKT, Sở Ngoại vụ, UBND huyện, thành phố');
    });
    expectRejected(['--seed', seed], new RegExp(`seed\\.txt:${n}: expected a known agency .*found "Sở Ngoại vụ"`));
  });

  it('an unknown time frame', () => {
    const n = lineStarting('3.2\t');
    const seed = mutatedSeed(work, (l) => (l[n - 1] = l[n - 1]!.replace('Năm 2022', 'Sớm nhất có thể')));
    expectRejected(['--seed', seed], new RegExp(`seed\\.txt:${n}: expected a time frame: "Hàng năm", "Năm 2022"`));
  });

  it('a row with the wrong number of cells', () => {
    const n = lineStarting('4.3\t');
    const seed = mutatedSeed(work, (l) => (l[n - 1] = cells(l[n - 1]!).slice(0, 5).join('\t')));
    expectRejected(['--seed', seed], new RegExp(`seed\\.txt:${n}: expected 6 tab-separated cells`));
  });

  it('a duplicate task id', () => {
    const n = lineStarting('7.3\t');
    const seed = mutatedSeed(work, (l) => (l[n - 1] = l[n - 1]!.replace(/^7\.3/, '7.2')));
    expectRejected(['--seed', seed], new RegExp(`seed\\.txt:${n}: expected a unique task id \\(I\\.7\\.2 is already on line ${lineStarting('7.2\t')}\\)`));
  });

  it('a heading the parser cannot place in the outline', () => {
    const n = lineStarting('#### ***a) Chính quyền số***');
    const seed = mutatedSeed(work, (l) => l.splice(n - 1, 0, '## **Ghi chú thêm**', ''));
    expectRejected(['--seed', seed], new RegExp(`seed\\.txt:${n}: expected `));
  });

  it('an unknown legal document in a note', () => {
    const n = lineStarting('7.2\t');
    const seed = mutatedSeed(work, (l) => (l[n - 1] = l[n - 1]!.replace('Chỉ thị 14/CT-TTg', 'Chỉ thị 99/CT-TTg')));
    expectRejected(['--seed', seed], new RegExp(`seed\\.txt:${n}: expected a legal document listed in content/legal_documents\\.csv.*99/CT-TTg`));
  });

  it('a changed committed seed (checksum recorded beside it)', () => {
    const dir = join(work, 'seeds');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'seeds', 'SHA256SUMS'), join(dir, 'SHA256SUMS'));
    const seed = mutatedSeed(dir, (l) => (l[6] = l[6]!.replace('Ủy ban nhân dân Tỉnh', 'UBND Tỉnh')), 'ke-hoach-04-NQ-TU-dong-thap.txt');
    expectRejected(['--seed', seed], /ke-hoach-04-NQ-TU-dong-thap\.txt:1: expected sha256 f92f9fc0.* as recorded in .*SHA256SUMS/);
  });

  it('a broken curated agency table (unknown kind), naming the CSV line', () => {
    const content = mutatedContent(work, 'agencies.csv', (t) => t.replace(',ban-qlkkt,', ',ban-qlkkt,').replace('Ban QLKKT,provincial_office', 'Ban QLKKT,ministry'));
    expectRejected(['--content', content], /content\/agencies\.csv:2: expected /);
  });

  it('an empty seed', () => {
    const seed = join(work, 'empty.txt');
    writeFileSync(seed, '');
    expectRejected(['--seed', seed], /empty\.txt:1: expected a non-empty UTF-8 text file/);
  });

  it('a truncated seed (the appendix cut off)', () => {
    const seed = join(work, 'truncated.txt');
    const text = readFileSync(SEED_PATH, 'utf8');
    writeFileSync(seed, text.slice(0, text.indexOf('**Phụ lục**')));
    expectRejected(['--seed', seed], /truncated\.txt:\d+: expected .*Stt/);
  });
});

describe('input that still builds', () => {
  it('a new numbering gap is a warning listed in the output, not an error', () => {
    const n = lineStarting('9.3\t');
    const seed = mutatedSeed(work, (l) => l.splice(n - 1, 1));
    const target = join(work, 'gap');
    const r = buildData(['--seed', seed, '--out', target]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: numbering gap: III\.9\.3 not in the appendix/);
    const manifest = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')) as { warnings: string[] };
    expect(manifest.warnings.some((w) => w.includes('III.9.3'))).toBe(true);
  });

  it('CRLF and a BOM are repaired with warnings and give the same tasks', () => {
    const seed = join(work, 'crlf.txt');
    writeFileSync(seed, `\uFEFF${readFileSync(SEED_PATH, 'utf8').replace(/\n/g, '\r\n')}`);
    const target = join(work, 'crlf');
    const r = buildData(['--seed', seed, '--out', target]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('byte order mark removed');
    expect(readFileSync(join(target, 'tasks.csv')).equals(readFileSync(join(out, 'tasks.csv')))).toBe(true);
  });
});
