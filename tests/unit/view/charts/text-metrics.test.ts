import { describe, expect, it } from 'vitest';
import { textWidth, wrapToWidth } from '../../../../src/lib/view/charts/text-metrics.ts';
import { reviewedTable } from '../../../helpers/reviewed-tables.ts';

describe('wrapToWidth', () => {
  // The plan's own group headings: the longest names a chart wraps.
  const headings = reviewedTable('groups').map((g) => g.title);

  it.each([120, 200, 334])('breaks every group heading into lines no wider than %d units at 13, losing no word', (room) => {
    for (const heading of headings) {
      const lines = wrapToWidth(heading, room, 13);
      expect(lines.join(' ')).toBe(heading.replace(/\s+/g, ' ').trim());
      for (const line of lines) if (line.includes(' ')) expect(textWidth(line, 13), line).toBeLessThanOrEqual(room);
    }
  });

  it('fills each line: the next word would not have fitted', () => {
    for (const heading of headings) {
      const lines = wrapToWidth(heading, 200, 13);
      for (let i = 0; i + 1 < lines.length; i++) {
        const next = lines[i + 1]!.split(' ')[0]!;
        expect(textWidth(`${lines[i]} ${next}`, 13)).toBeGreaterThan(200);
      }
    }
  });

  it('keeps a word wider than the room whole, on its own line', () => {
    expect(wrapToWidth('a Thànhphốthôngminhrấtdài b', 40, 13)).toEqual(['a', 'Thànhphốthôngminhrấtdài', 'b']);
  });
});
