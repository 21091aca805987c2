import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/lib/model/errors.ts';
import { decodeSource } from '../../../src/lib/pipeline/source.ts';
import { describeCodePoint, findForbiddenCharacter } from '../../../src/lib/model/characters.ts';
import { contentText, ROOT, seedText } from '../../helpers/seed.ts';
import { thrown } from '../../helpers/source-errors.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeSource', () => {
  it('returns the real seed unchanged and without warnings', () => {
    const text = seedText();
    expect(decodeSource(enc(text), 'seed.txt')).toEqual({ text, warnings: [] });
  });

  it('repairs BOM, CRLF and NFD with a warning each', () => {
    const text = seedText();
    const damaged = `\uFEFF${text.replace(/\n/g, '\r\n').normalize('NFD')}`;
    const out = decodeSource(enc(damaged), 'seed.txt');
    expect(out.text).toBe(text);
    expect(out.warnings.map((w) => w.message)).toEqual([
      'byte order mark removed',
      'CR/CRLF line endings converted to LF',
      'text normalised to Unicode NFC',
    ]);
  });

  it('rejects an empty file', () => {
    expect(() => decodeSource(new Uint8Array(), 'seed.txt')).toThrow('seed.txt:1: expected a non-empty UTF-8 text file');
  });

  it('rejects a non-UTF-8 file, naming the line of the first bad byte', () => {
    const latin1 = new Uint8Array([...enc('dòng 1\ndòng 2\n'), 0x44, 0xf4, 0x6e, 0x67, 0x0a]);
    const err = (() => {
      try {
        decodeSource(latin1, 'seed.txt');
      } catch (e) {
        return e as SourceError;
      }
    })();
    expect(err).toBeInstanceOf(SourceError);
    expect(err!.message).toMatch(/^seed\.txt:3: expected UTF-8 text, found "invalid byte 0xf4 at byte 17"/);
  });
});

describe('characters no input may hold', () => {
  const refused = [
    [0x00, 'U+0000 (NULL)'],
    [0x01, 'U+0001 (control character)'],
    [0x0b, 'U+000B (LINE TABULATION)'],
    [0x0c, 'U+000C (FORM FEED)'],
    [0x0d, 'U+000D (CARRIAGE RETURN)'],
    [0x1f, 'U+001F (control character)'],
    [0x7f, 'U+007F (DELETE)'],
    [0x85, 'U+0085 (NEXT LINE)'],
    [0x9f, 'U+009F (control character)'],
    [0x061c, 'U+061C (ARABIC LETTER MARK)'],
    [0x200b, 'U+200B (ZERO WIDTH SPACE)'],
    [0x200c, 'U+200C (ZERO WIDTH NON-JOINER)'],
    [0x200d, 'U+200D (ZERO WIDTH JOINER)'],
    [0x200e, 'U+200E (LEFT-TO-RIGHT MARK)'],
    [0x200f, 'U+200F (RIGHT-TO-LEFT MARK)'],
    [0x2028, 'U+2028 (LINE SEPARATOR)'],
    [0x2029, 'U+2029 (PARAGRAPH SEPARATOR)'],
    [0x202a, 'U+202A (LEFT-TO-RIGHT EMBEDDING)'],
    [0x202e, 'U+202E (RIGHT-TO-LEFT OVERRIDE)'],
    [0x2060, 'U+2060 (WORD JOINER)'],
    [0x2066, 'U+2066 (LEFT-TO-RIGHT ISOLATE)'],
    [0x2069, 'U+2069 (POP DIRECTIONAL ISOLATE)'],
    [0xfdd0, 'U+FDD0 (noncharacter)'],
    [0xfdef, 'U+FDEF (noncharacter)'],
    [0xfeff, 'U+FEFF (ZERO WIDTH NO-BREAK SPACE)'],
    [0xfffe, 'U+FFFE (noncharacter)'],
    [0xffff, 'U+FFFF (noncharacter)'],
    [0x1fffe, 'U+1FFFE (noncharacter)'],
    [0x10ffff, 'U+10FFFF (noncharacter)'],
  ] as const;

  it.each(refused)('code point %i is found and named %s', (cp, name) => {
    const s = `Sở Thông tin${String.fromCodePoint(cp)} và Truyền thông`;
    expect(findForbiddenCharacter(s)).toEqual({ index: 12, codePoint: cp });
    expect(describeCodePoint(cp)).toBe(name);
  });

  it('a lone surrogate (only a JSON escape can make one)', () => {
    expect(findForbiddenCharacter('a\ud800b')).toEqual({ index: 1, codePoint: 0xd800 });
    expect(describeCodePoint(0xdc00)).toBe('U+DC00 (lone surrogate)');
  });

  it('allows TAB, LF, Vietnamese, typographic and astral characters', () => {
    const ok = 'Đồng Tháp\tcột\n“trích” – … € 😀 \u00a0 \u00ad \u{1F600} \u{10FFFD} \uFDCF \uFDF0 \uFFFD';
    expect(findForbiddenCharacter(ok)).toBeUndefined();
  });

  it('the committed seed and content hold none', () => {
    expect(findForbiddenCharacter(seedText())).toBeUndefined();
    for (const f of ['agencies.csv', 'agency_successors.csv', 'indicators.csv', 'legal_documents.csv', 'progress.csv', 'task_status.csv']) {
      expect(findForbiddenCharacter(contentText(f)), f).toBeUndefined();
    }
    const reports = readdirSync(join(ROOT, 'content', 'bao-cao')).filter((f) => f.endsWith('.mdx'));
    expect(reports.length).toBeGreaterThan(0);
    for (const f of ['release.json', 'plan_period.json', ...reports.map((r) => `bao-cao/${r}`)]) {
      expect(findForbiddenCharacter(contentText(f)), f).toBeUndefined();
    }
  });

  it('decodeSource refuses one at its line and column, after repairing CRLF and the BOM', () => {
    const text = '\uFEFFdòng 1\r\ndòng 2\r\nđồng \u202Etháp\r\n';
    const err = thrown(() => decodeSource(enc(text), 'x.csv'));
    expect(err.message).toBe(
      'x.csv:3: expected text without control, direction or invisible characters (column 6), found "U+202E (RIGHT-TO-LEFT OVERRIDE)"',
    );
  });

  it("decodeSource refuses U+FEFF after the start, and Word's line break U+000B", () => {
    expect(thrown(() => decodeSource(enc('a\nb\uFEFFc'), 'x.txt')).message).toMatch(/^x\.txt:2: .*\(column 2\), found "U\+FEFF/);
    expect(thrown(() => decodeSource(enc('a\u000Bb'), 'x.txt')).message).toMatch(/^x\.txt:1: .*found "U\+000B \(LINE TABULATION\)"/);
  });

  it('columns count characters, not UTF-16 units', () => {
    expect(thrown(() => decodeSource(enc('😀😀\u0007'), 'x.txt')).message).toMatch(/\(column 3\)/);
  });
});
