import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatNumber, timeframeLabel } from '../../../src/lib/model/labels.ts';
import { basePath, url } from '../../../src/utils/url.ts';

describe('labels', () => {
  it('formats time frames of each kind', () => {
    expect(timeframeLabel({ timeframe_kind: 'annual', timeframe_text: 'Hàng năm', start_year: 2022, end_year: 2030 })).toBe(
      'Hàng năm (2022–2030)',
    );
    expect(timeframeLabel({ timeframe_kind: 'year', timeframe_text: 'Năm 2022', start_year: 2022, end_year: 2022 })).toBe('Năm 2022');
    expect(timeframeLabel({ timeframe_kind: 'year_range', timeframe_text: '2022 - 2022', start_year: 2022, end_year: 2022 })).toBe(
      'Năm 2022',
    );
    expect(timeframeLabel({ timeframe_kind: 'year_range', timeframe_text: '2022 - 2025', start_year: 2022, end_year: 2025 })).toBe(
      '2022–2025',
    );
    expect(timeframeLabel({ timeframe_kind: 'quarter', timeframe_text: 'Quý I/2022', start_year: 2022, end_year: 2022 })).toBe(
      'Quý I/2022',
    );
  });

  it('formats numbers, sizes and dates the Vietnamese way', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0.6077, 4)).toBe('0,6077');
    expect(formatBytes(950)).toBe('950 B');
    expect(formatBytes(53031)).toBe('53,0 KB');
    expect(formatBytes(1_234_567)).toBe('1,2 MB');
    expect(formatDate('2020-06-03')).toBe('03/6/2020');
  });
});

describe('url', () => {
  it('joins paths under the root and under a portal subdirectory', () => {
    expect(url('/nhiem-vu/i-4-6', '/')).toBe('/nhiem-vu/i-4-6/');
    expect(url('/', '/chuyen-doi-so')).toBe('/chuyen-doi-so/');
    expect(url('nhiem-vu/', '/chuyen-doi-so/')).toBe('/chuyen-doi-so/nhiem-vu/');
    expect(url('/data/tasks.csv', '/chuyen-doi-so/')).toBe('/chuyen-doi-so/data/tasks.csv');
    expect(url('/ke-hoach/#III-5-a', '/x/')).toBe('/x/ke-hoach/#III-5-a');
    expect(url('/tim-kiem?q=dong', '/')).toBe('/tim-kiem/?q=dong');
    expect(basePath('')).toBe('/');
  });
});
