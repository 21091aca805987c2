import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/lib/model/errors.ts';
import { parsePlanPeriod, parseTimeframe } from '../../../src/lib/pipeline/timeframe.ts';
import { thrown } from '../../helpers/source-errors.ts';
import { contentText } from '../../helpers/seed.ts';
import { seedLines } from '../../helpers/seed.ts';

const period = { start_year: 2022, end_year: 2030 };
const at = { file: 'seed.txt', line: 42 };

describe('parseTimeframe', () => {
  it.each([
    ['Hàng năm', 'annual', 2022, 2030, null],
    ['Năm 2022', 'year', 2022, 2022, null],
    ['2022 - 2025', 'year_range', 2022, 2025, null],
    ['2022 - 2022', 'year_range', 2022, 2022, null],
    ['2026 - 2030', 'year_range', 2026, 2030, null],
    ['Quý I/2022', 'quarter', 2022, 2022, 1],
  ])('%s → %s %i–%i', (text, kind, start, end, quarter) => {
    expect(parseTimeframe(text, period, at)).toEqual({ kind, start_year: start, end_year: end, quarter });
  });

  it('maps annual tasks onto the configured plan period', () => {
    expect(parseTimeframe('Hàng năm', { start_year: 2022, end_year: 2025 }, at)).toMatchObject({ start_year: 2022, end_year: 2025 });
  });

  it('parses every time frame written in the real appendix', () => {
    const cells = seedLines()
      .filter((l) => /^\d+(\.\d+)?\t/.test(l))
      .map((l) => l.split('\t')[4]!.trim());
    expect(cells).toHaveLength(90);
    for (const c of cells) expect(() => parseTimeframe(c, period, at)).not.toThrow();
  });

  it.each(['Sớm', '2025 - 2022', 'Quý V/2022', 'Năm 1900', ''])('rejects %j with file:line', (text) => {
    const err = (() => {
      try {
        parseTimeframe(text, period, at);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toMatch(/^seed\.txt:42: expected /);
  });
});

describe('parsePlanPeriod (content/plan_period.json)', () => {
  const text = contentText('plan_period.json');
  const withEnd = (end: string) => text.replace('"end_year": 2030', `"end_year": ${end}`);

  it('reads the committed period: 2022–2030', () => {
    expect(parsePlanPeriod(text, 'p.json')).toMatchObject({ start_year: 2022, end_year: 2030 });
  });

  it('allows up to 21 years, and no year outside 2000–2100', () => {
    expect(parsePlanPeriod(withEnd('2042'), 'p.json').end_year).toBe(2042);
    expect(parsePlanPeriod(withEnd('2022'), 'p.json').end_year).toBe(2022);
    expect(thrown(() => parsePlanPeriod(withEnd('2043'), 'p.json')).message).toBe(
      'p.json:3: expected end_year to be a year from start_year 2022 to 2042 (a period of at most 21 years), found "2043"',
    );
    expect(thrown(() => parsePlanPeriod(withEnd('9999'), 'p.json')).message).toMatch(
      /^p\.json:3: expected end_year to be a year from 2000 to 2100/,
    );
    expect(thrown(() => parsePlanPeriod(withEnd('2030.5'), 'p.json')).message).toMatch(
      /^p\.json:3: expected end_year to be an integer year/,
    );
    expect(thrown(() => parsePlanPeriod(withEnd('1e400'), 'p.json')).message).toMatch(
      /^p\.json:3: expected end_year to be an integer year/,
    );
    const start = text.replace('"start_year": 2022', '"start_year": 2099');
    expect(thrown(() => parsePlanPeriod(start.replace('"end_year": 2030', '"end_year": 2101'), 'p.json')).message).toMatch(
      /^p\.json:3: expected end_year to be a year from 2000 to 2100/,
    );
  });

  it('needs a note and no other key', () => {
    expect(thrown(() => parsePlanPeriod(text.replace(/"note": "[^"]*"/, '"note": " "'), 'p.json')).message).toMatch(
      /^p\.json:4: expected note to be a note/,
    );
    expect(thrown(() => parsePlanPeriod(text.replace('"end_year"', '"extra": 1,\n  "end_year"'), 'p.json')).message).toMatch(
      /^p\.json:3: expected the plan period to be Unrecognized key\(s\) in object: 'extra', found "extra"/,
    );
  });
});
