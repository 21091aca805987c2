import { describe, expect, it } from 'vitest';
import { proseParts } from '../../../src/lib/view/typography.ts';

describe('proseParts', () => {
  it('turns quoted codes into code and other quoted words into curly quotes', () => {
    expect(proseParts('"lead" = chủ trì; "cooperating" = phối hợp.')).toEqual([
      { kind: 'code', text: 'lead' },
      { kind: 'text', text: ' = chủ trì; ' },
      { kind: 'code', text: 'cooperating' },
      { kind: 'text', text: ' = phối hợp.' },
    ]);
    expect(proseParts('Nhiệm vụ I.5.7: "Xây dựng nền tảng dạy - học trực tuyến".')).toEqual([
      { kind: 'text', text: 'Nhiệm vụ I.5.7: “Xây dựng nền tảng dạy - học trực tuyến”.' },
    ]);
  });

  it('shows the bare booleans of the CSV as code', () => {
    expect(proseParts('true khi hạn đã qua; false khi chưa.')).toEqual([
      { kind: 'code', text: 'true' },
      { kind: 'text', text: ' khi hạn đã qua; ' },
      { kind: 'code', text: 'false' },
      { kind: 'text', text: ' khi chưa.' },
    ]);
    expect(proseParts('trueness')).toEqual([{ kind: 'text', text: 'trueness' }]);
  });

  it('leaves text without quotes, and an unpaired quote, as they are', () => {
    expect(proseParts('không có ngoặc')).toEqual([{ kind: 'text', text: 'không có ngoặc' }]);
    expect(proseParts('a "b" c "d')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'b' },
      { kind: 'text', text: ' c "d' },
    ]);
    expect(proseParts('')).toEqual([]);
  });
});
