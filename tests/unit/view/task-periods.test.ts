import { describe, expect, it } from 'vitest';
import { groupTasksByPeriod } from '../../../src/lib/view/task-periods.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';

const tasks = reviewedTable('tasks');

describe('groupTasksByPeriod', () => {
  it('groups all 90 tasks: annual first, then by start year and end year', () => {
    const groups = groupTasksByPeriod(tasks);
    expect(groups.map((g) => [g.label, g.tasks.length])).toEqual([
      ['Hàng năm (2022–2030)', 29],
      ['Năm 2022', 13], // 11 "Năm 2022", 1 "2022 - 2022", 1 "Quý I/2022"
      ['2022–2023', 7],
      ['2022–2025', 25],
      ['2022–2030', 2],
      ['2023–2025', 4],
      ['2025–2030', 6],
      ['2026–2027', 1],
      ['2026–2030', 3],
    ]);
    expect(groups.flatMap((g) => g.tasks.map((t) => t.id)).sort()).toEqual(tasks.map((t) => t.id).sort());
  });

  it('puts a quarter in its year and keeps document order inside a group', () => {
    const year2022 = groupTasksByPeriod(tasks).find((g) => g.key === '2022')!;
    expect(year2022.tasks.map((t) => t.timeframe_text)).toContain('Quý I/2022');
    const lines = year2022.tasks.map((t) => t.source_line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("groups one agency's tasks (Sở TT&TT leads 39)", () => {
    const lead = tasks.filter((t) => t.lead_agency_ids.includes('so-tttt'));
    const groups = groupTasksByPeriod(lead);
    expect(lead).toHaveLength(39);
    expect(groups[0]!.key).toBe('hang-nam');
    expect(groups.reduce((n, g) => n + g.tasks.length, 0)).toBe(39);
    const dated = groups.slice(1).map((g) => [g.start_year, g.end_year]);
    expect(dated).toEqual([...dated].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('returns nothing for no tasks', () => {
    expect(groupTasksByPeriod([])).toEqual([]);
  });
});
