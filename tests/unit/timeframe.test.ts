import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/lib/model/errors.ts';
import { parseTimeframe } from '../../src/lib/pipeline/timeframe.ts';
import { seedLines } from '../helpers/seed.ts';

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
