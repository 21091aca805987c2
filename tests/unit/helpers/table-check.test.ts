import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPackage, type PackageLike } from '../../helpers/table-check.ts';
import { fileBytes, fileText, publishedFiles, type PublishedFiles } from '../../helpers/published-files.ts';

type Files = PublishedFiles['files'];

let files: Files;
let pkg: PackageLike;

beforeAll(async () => {
  files = (await publishedFiles()).files;
  pkg = JSON.parse(fileText(files, 'datapackage.json')) as PackageLike;
});

/** Checks the package with one CSV replaced, its size and hash updated so only the content is judged. */
function checkWith(path: string, edit: (csv: string) => string, { rehash = true } = {}): string[] {
  const text = edit(fileText(files, path));
  const bytes = new TextEncoder().encode(text);
  const copy = structuredClone(pkg) as PackageLike;
  const r = copy.resources.find((x) => x.path === path)!;
  if (rehash) {
    r.bytes = bytes.length;
    r.hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  }
  return checkPackage(copy, (p) => (p === path ? bytes : fileBytes(files, p)));
}

/** Replaces the cell `column` of the data row whose first cell is `key`. */
function setCell(csv: string, key: string, column: string, value: string): string {
  const lines = csv.split('\r\n');
  const header = lines[0]!.split(',');
  const col = header.indexOf(column);
  const i = lines.findIndex((l) => l.startsWith(`${key},`));
  if (col < 0 || i < 0) throw new Error(`no ${key}/${column}`);
  // Only for rows without quoted cells before `col` (the simple link tables and ids used below).
  const cells = lines[i]!.split(',');
  cells[col] = value;
  lines[i] = cells.join(',');
  return lines.join('\r\n');
}

describe('checkPackage on the real data', () => {
  it('finds every CSV conforming to its own Table Schema', () => {
    expect(checkPackage(pkg, (p) => fileBytes(files, p))).toEqual([]);
  });
});

describe('checkPackage fails on a deliberately broken CSV', () => {
  it('a value of the wrong type', () => {
    expect(checkWith('task_agencies.csv', (t) => setCell(t, 'I.1.1', 'order', 'một'))).toEqual([
      'task_agencies.csv:2: order "một" is not a valid integer',
    ]);
  });

  it('a missing required value, and an empty primary-key field', () => {
    const problems = checkWith('task_agencies.csv', (t) => setCell(t, 'I.1.1', 'role', ''));
    expect(problems).toContain('task_agencies.csv:2: role is required but empty');
    expect(problems).toContain('task_agencies.csv:2: role is in the primary key but empty');
  });

  it('a value outside the allowed values', () => {
    expect(checkWith('task_agencies.csv', (t) => setCell(t, 'I.1.1', 'role', 'owner'))).toEqual([
      'task_agencies.csv:2: role "owner" is not one of lead, cooperating',
    ]);
  });

  it('a value that does not match the pattern', () => {
    expect(checkWith('groups.csv', (t) => setCell(t, 'I', 'id', 'I..X'))).toContain(
      'groups.csv:2: id "I..X" does not match [A-Za-z0-9]+([.-][A-Za-z0-9]+)*',
    );
  });

  it('a duplicate unique value and primary key', () => {
    const problems = checkWith('legal_documents.csv', (t) => {
      const lines = t.split('\r\n');
      lines.splice(2, 0, lines[1]!);
      return lines.join('\r\n');
    });
    expect(problems.some((p) => /legal_documents\.csv:3: id ".*" repeats line 2 \(unique\)/.test(p))).toBe(true);
    expect(problems.some((p) => /legal_documents\.csv:3: primary key \(id\) = .* repeats line 2/.test(p))).toBe(true);
  });

  it('a foreign key to nothing, in a plain and in a list column', () => {
    expect(checkWith('task_agencies.csv', (t) => setCell(t, 'I.1.1', 'agency_id', 'so-khong-co'))).toEqual([
      'task_agencies.csv:2: agency_id "so-khong-co" is not a agencies.id',
    ]);
    const csv = fileText(files, 'tasks.csv');
    const broken = csv.replace('cac-so-ban-nganh-tinh;ubnd-huyen-thanh-pho', 'cac-so-ban-nganh-tinh;ubnd-khong-co');
    expect(broken).not.toBe(csv);
    expect(checkWith('tasks.csv', () => broken)).toContain('tasks.csv:2: lead_agency_ids "ubnd-khong-co" is not a agencies.id');
  });

  it('a header that differs from the schema', () => {
    expect(checkWith('groups.csv', (t) => t.replace(/^id,/, 'ma,'))[0]).toMatch(/^groups\.csv:1: header \["ma",/);
  });

  it('a changed file under the published size and hash', () => {
    const problems = checkWith('groups.csv', (t) => t.replace('Nhóm', 'Nhom'), { rehash: false });
    expect(problems.some((p) => /^groups\.csv: \d+ bytes, the package says \d+$/.test(p))).toBe(true);
    expect(problems.some((p) => p.startsWith('groups.csv: sha256 '))).toBe(true);
  });

  it('a byte-order mark or LF line ends (not the declared dialect)', () => {
    expect(checkWith('groups.csv', (t) => `\uFEFF${t}`)[0]).toMatch(/byte-order mark/);
    expect(checkWith('groups.csv', (t) => t.replace(/\r\n/g, '\n'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/does not end with "\\r\\n"|line ends other than/)]),
    );
  });

  it('a unique key repeated with an empty field counts as a repeat', () => {
    const problems = checkWith('task_legal_references.csv', (t) => {
      const lines = t.split('\r\n');
      const withoutClause = lines.find((l, i) => i > 0 && /^[^,]+,[^,]+,,/.test(l));
      if (!withoutClause) throw new Error('no reference without a clause');
      lines.splice(1, 0, withoutClause);
      return lines.join('\r\n');
    });
    expect(problems.some((p) => /unique key \(task_id, legal_document_id, clause, cited_in\) = .* repeats line/.test(p))).toBe(true);
  });
});
