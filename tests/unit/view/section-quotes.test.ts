import { describe, expect, it } from 'vitest';
import type { BlockRecord } from '../../../src/lib/model/records.ts';
import { blockRuns, sectionLabel } from '../../../src/lib/view/section-quotes.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';

const blocks = reviewedTable('plan_blocks');

describe('sectionLabel', () => {
  it('names numbered sections by their path and the untitled ones by their place', () => {
    expect(sectionLabel({ id: 'V.2', title: 'Sở Thông tin và Truyền thông' })).toBe('Mục V.2. Sở Thông tin và Truyền thông');
    expect(sectionLabel({ id: 'III.6.4', title: 'Một số lĩnh vực khác' })).toBe('Mục III.6.4. Một số lĩnh vực khác');
    expect(sectionLabel({ id: 'preamble', title: null })).toBe('Phần mở đầu');
    expect(sectionLabel({ id: 'closing', title: null })).toBe('Phần kết');
  });
});

describe('blockRuns', () => {
  it('gathers the seven bullets of V.2 into one list', () => {
    const runs = blockRuns(blocks, 'V.2');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.kind).toBe('bullets');
    if (runs[0]!.kind === 'bullets') {
      expect(runs[0]!.blocks.map((b) => b.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(runs[0]!.blocks[0]!.text).toMatch(/^Đầu mối hướng dẫn, đôn đốc/);
    }
  });

  it('keeps a lone paragraph (V.3) and alternations in order', () => {
    expect(blockRuns(blocks, 'V.3').map((r) => r.kind)).toEqual(['paragraph']);
    const b = (order: number, kind: BlockRecord['kind']): BlockRecord => ({
      section_id: 'X',
      order,
      kind,
      text: `t${order}`,
      source_line_start: order,
      source_line_end: order,
    });
    const runs = blockRuns([b(5, 'bullet'), b(1, 'paragraph'), b(2, 'bullet'), b(3, 'bullet'), b(4, 'paragraph')], 'X');
    expect(runs.map((r) => (r.kind === 'paragraph' ? r.block.order : r.blocks.map((x) => x.order)))).toEqual([1, [2, 3], 4, [5]]);
    expect(blockRuns(blocks, 'no-such-section')).toEqual([]);
  });
});
