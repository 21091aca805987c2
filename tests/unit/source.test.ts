import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/lib/model/errors.ts';
import { decodeSource } from '../../src/lib/pipeline/source.ts';
import { seedText } from '../helpers/seed.ts';

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
