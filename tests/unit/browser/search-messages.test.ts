import { describe, expect, it } from 'vitest';
import { menuOption, moreLabel, statusMessage } from '../../../src/lib/browser/search-messages.ts';

describe('statusMessage', () => {
  const facts = { count: 1234, query: 'chuyển đổi số', filtered: false, missing: [] };

  it('counts the results in Vietnamese number format and says when a filter is on', () => {
    expect(statusMessage(facts)).toBe('1.234 kết quả cho “chuyển đổi số”.');
    expect(statusMessage({ ...facts, count: 3, filtered: true })).toBe('3 kết quả cho “chuyển đổi số” (đã lọc).');
  });

  it('names the words found nowhere', () => {
    expect(statusMessage({ ...facts, count: 2, query: 'quantum so', missing: ['quantum'] })).toBe(
      '2 kết quả cho “quantum so”. Không trang nào có từ “quantum”. Kết quả dưới đây cho các từ còn lại.',
    );
  });

  it('with nothing found, suggests another query and, if filtered, dropping the filter', () => {
    expect(statusMessage({ ...facts, count: 0 })).toBe('Không có kết quả nào cho “chuyển đổi số”. Hãy thử từ khóa khác.');
    expect(statusMessage({ ...facts, count: 0, filtered: true, missing: ['xyz'] })).toBe(
      'Không có kết quả nào cho “chuyển đổi số” với bộ lọc đã chọn. Không trang nào có từ “xyz”. Hãy thử từ khóa khác hoặc bỏ bộ lọc.',
    );
  });

  it('shows the query back without control or direction-override characters', () => {
    expect(statusMessage({ ...facts, query: 'a\u202Eb\u0007c' })).toBe('1.234 kết quả cho “abc”.');
  });
});

describe('menuOption and moreLabel', () => {
  it('an option carries its count and is hidden at zero unless it is the chosen one', () => {
    expect(menuOption('I. Nhóm một', 12, false)).toEqual({ text: 'I. Nhóm một (12)', hidden: false });
    expect(menuOption('I. Nhóm một', 0, false)).toEqual({ text: 'I. Nhóm một (0)', hidden: true });
    expect(menuOption('I. Nhóm một', 0, true)).toEqual({ text: 'I. Nhóm một (0)', hidden: false });
  });

  it('the more button says how many are left', () => {
    expect(moreLabel(1500)).toBe('Hiện thêm kết quả (còn 1.500)');
  });
});
