import { describe, expect, it } from 'vitest';
import { lineIndex, parseJsonSource } from '../../../src/lib/model/json-source.ts';
import { thrown } from '../../helpers/source-errors.ts';

const text = '{\n  "a": 1,\n  "b": {\n    "c": [10, 20]\n  }\n}\n';

describe('parseJsonSource', () => {
  it('gives the value and the line of any path, or of its nearest ancestor', () => {
    const src = parseJsonSource(text, 'x.json');
    expect(src.value).toEqual({ a: 1, b: { c: [10, 20] } });
    expect(src.lineOf(['a'])).toBe(2);
    expect(src.lineOf(['b', 'c', 1])).toBe(4);
    expect(src.lineOf(['b', 'missing'])).toBe(3);
    expect(src.lineOf([])).toBe(1);
  });

  it.each([
    ['a missing comma: the line that lacks it', '{\n  "a": 1\n  "b": 2\n}', 2, 'comma expected'],
    ['a trailing comma: its line', '{\n  "a": 1,\n  "b": 2,\n}', 3, 'property name expected'],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 'invalid comment token'],
    ['an unquoted key', '{\n  "a": 1,\n  b: 2\n}', 3, 'invalid symbol'],
    ['a cut file', '{\n  "a": "x', 2, 'unexpected end of string'],
  ])('refuses %s', (_name, json, line, found) => {
    expect(thrown(() => parseJsonSource(json, 'x.json')).message).toBe(`x.json:${line}: expected valid JSON, found "${found}"`);
  });

  it('refuses what JSON.parse refuses and the tree lets through (a raw TAB in a string), at its line', () => {
    expect(thrown(() => parseJsonSource('{\n  "a": "x\ty"\n}', 'x.json')).message).toMatch(/^x\.json:2: expected valid JSON/);
  });

  it('refuses a string longer than a spreadsheet cell', () => {
    expect(thrown(() => parseJsonSource(`{\n  "a": "${'x'.repeat(32_768)}"\n}`, 'x.json')).message).toBe(
      `x.json:2: expected text of at most 32767 characters (a spreadsheet cell's limit), found "32768 characters"`,
    );
    expect(parseJsonSource(`{ "a": "${'x'.repeat(32_767)}" }`, 'x.json').value).toEqual({ a: 'x'.repeat(32_767) });
  });

  it('refuses a key given twice, at the second', () => {
    expect(thrown(() => parseJsonSource('{\n  "a": 1,\n  "b": { "a": 1 },\n  "a": 2\n}', 'x.json')).message).toBe(
      'x.json:4: expected each key once in an object ("a" is already on line 2), found "a"',
    );
  });

  it('refuses an escaped control, direction or invisible character in a key or a value', () => {
    expect(thrown(() => parseJsonSource('{\n  "a": "x\\u000by"\n}', 'x.json')).message).toBe(
      'x.json:2: expected text without control, direction or invisible characters, found "U+000B (LINE TABULATION)"',
    );
    expect(thrown(() => parseJsonSource('{\n\n  "\\u200bkey": 1\n}', 'x.json')).message).toMatch(
      /^x\.json:3: .*"U\+200B \(ZERO WIDTH SPACE\)"/,
    );
    expect(thrown(() => parseJsonSource('["\\udfff"]', 'x.json')).message).toMatch(/"U\+DFFF \(lone surrogate\)"/);
  });
});

describe('lineIndex', () => {
  it('maps offsets to 1-based lines', () => {
    const at = lineIndex('ab\ncd\n\ne');
    expect([0, 2, 3, 5, 6, 7, 99].map(at)).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });
});
