import { describe, expect, it } from 'vitest';
import { proseParts } from '../../../src/lib/view/typography.ts';

// The parts proseParts returns, written short so each case reads as the sentence it splits.
const code = (text: string) => ({ kind: 'code', text });
const text = (text: string) => ({ kind: 'text', text });

describe('proseParts', () => {
  it('turns quoted codes into code and other quoted words into curly quotes', () => {
    const parts = [code('lead'), text(' = chủ trì; '), code('cooperating'), text(' = phối hợp.')];
    expect(proseParts('"lead" = chủ trì; "cooperating" = phối hợp.')).toEqual(parts);
    expect(proseParts('Nhiệm vụ I.5.7: "Xây dựng nền tảng dạy - học trực tuyến".')).toEqual([
      text('Nhiệm vụ I.5.7: “Xây dựng nền tảng dạy - học trực tuyến”.'),
    ]);
  });

  it('shows the bare booleans of the CSV as code', () => {
    const parts = [code('true'), text(' khi hạn đã qua; '), code('false'), text(' khi chưa.')];
    expect(proseParts('true khi hạn đã qua; false khi chưa.')).toEqual(parts);
    expect(proseParts('trueness')).toEqual([text('trueness')]);
  });

  it('leaves text without quotes, and an unpaired quote, as they are', () => {
    expect(proseParts('không có ngoặc')).toEqual([text('không có ngoặc')]);
    expect(proseParts('a "b" c "d')).toEqual([text('a '), code('b'), text(' c "d')]);
    expect(proseParts('')).toEqual([]);
  });
});
