import { describe, expect, it } from 'vitest';
import {
  countByKind,
  GANTT_DIMENSIONS as D,
  ganttLayout,
  layoutSections,
  truncate,
  wrap,
  type GanttLayout,
  type GanttTaskRow,
} from '../../../src/lib/view/gantt.ts';
import { reviewedPlan, reviewedTable } from '../../helpers/reviewed-tables.ts';

const tasks = reviewedTable('tasks');
const plan = reviewedPlan();
const layout = ganttLayout(tasks, plan.period);
const taskRows = layout.rows.filter((r): r is GanttTaskRow => r.type === 'task');
const row = (id: string) => {
  const r = taskRows.find((t) => t.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
/** Left edge of a year's band: the plot's padding plus whole years. */
const yearX = (year: number) => D.padding + (year - plan.period.start_year) * D.yearWidth;

/** The chart as text, one line per row: the structure a reader sees, for the snapshot. */
function ascii(l: GanttLayout): string {
  const cell = (r: GanttTaskRow, year: number) => {
    const a = yearX(year);
    const covered = r.segments.reduce((sum, s) => sum + Math.max(0, Math.min(s.x + s.width, a + D.yearWidth) - Math.max(s.x, a)), 0);
    if (covered === 0) return '.';
    if (r.kind === 'annual') return 'a';
    return covered >= D.yearWidth - 2 ? '#' : 'q';
  };
  return l.rows
    .map((r) => {
      if (r.type === 'axis') return `${''.padEnd(10)}${l.years.map((y) => String(y.year).slice(2)).join('')}`;
      if (r.type !== 'task') return `${r.type === 'group' ? '' : '  '}${r.id} ${r.lines.map((x) => x.text).join(' / ')}`;
      return `${' '.repeat(r.indent ? 2 : 0)}${r.id}`.padEnd(10) + l.years.map((y) => ` ${cell(r, y.year)}`).join('');
    })
    .join('\n');
}

describe('ganttLayout on the real tasks', () => {
  it('spans the plan period from plan.json, one band per year with ticks on the boundaries', () => {
    expect(plan.period).toMatchObject({ start_year: 2022, end_year: 2030 });
    expect(layout.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(layout.years.every((y) => y.width === D.yearWidth && y.x === yearX(y.year))).toBe(true);
    expect(layout.ticks.map((t) => t.value)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(layout.ticks.at(-1)!.x).toBe(yearX(2031));
    expect(layout.plotWidth).toBe(9 * D.yearWidth + 2 * D.padding);
    expect(layout.labelWidth).toBe(D.labelWidth);
  });

  it('places known bars: a period starting later, a two-year period, a quarter, an annual task', () => {
    // I.3.5 "2025 - 2030": from January 2025 to December 2030.
    expect(row('I.3.5')).toMatchObject({ kind: 'period', startYear: 2025, endYear: 2030, x: yearX(2025), width: 6 * D.yearWidth });
    expect(row('I.3.5').segments).toEqual([{ x: yearX(2025) + 1, width: 6 * D.yearWidth - 2 }]);
    // III.10.5 "2026 - 2027".
    expect(row('III.10.5')).toMatchObject({ kind: 'period', x: yearX(2026), width: 2 * D.yearWidth });
    // I.2.6 "Quý I/2022": the first quarter of 2022.
    expect(row('I.2.6')).toMatchObject({ kind: 'quarter', x: yearX(2022), width: D.yearWidth / 4 });
    // "Năm 2022" and "2022 - 2022" both fill the 2022 band.
    expect(row('I.2.2')).toMatchObject({ kind: 'period', x: yearX(2022), width: D.yearWidth });
    expect(row('I.3.1')).toMatchObject({ kind: 'period', x: yearX(2022), width: D.yearWidth });
    // I.1.1 "Hàng năm": the whole period, drawn as one segment per year, thinner than a period bar.
    const annual = row('I.1.1');
    expect(annual).toMatchObject({ kind: 'annual', startYear: 2022, endYear: 2030, x: yearX(2022), width: 9 * D.yearWidth });
    expect(annual.segments[0]).toEqual({ x: yearX(2022) + D.segmentGap, width: D.yearWidth - 2 * D.segmentGap });
    expect(annual.barHeight).toBeLessThan(row('I.3.5').barHeight);
  });

  it('gives every task exactly one row, in document order, grouped by group then sub-group', () => {
    expect(taskRows).toHaveLength(90);
    expect(new Set(taskRows.map((r) => r.id)).size).toBe(90);
    const documentOrder = [...tasks].sort((a, b) => a.source_line - b.source_line).map((t) => t.id);
    expect(taskRows.map((r) => r.id)).toEqual(documentOrder);
    // Each group's title row comes once, before its tasks, in the appendix order.
    const groupHeads = layout.rows
      .filter((r) => r.type === 'group' && !r.continued)
      .map((r) => r.type !== 'axis' && r.type !== 'task' && r.id);
    expect(groupHeads).toEqual(['I', 'II', 'III', 'IV']);
    // Every task sits under the nearest title row of its own group or sub-group.
    let head = '';
    for (const r of layout.rows) {
      if (r.type === 'group' || r.type === 'subgroup') head = r.id;
      if (r.type === 'task') expect(head).toBe(r.subgroupId ?? r.groupId);
    }
    // III.13 is a direct task of group III after sub-group III.12: the group title is repeated.
    const i = layout.rows.findIndex((r) => r.type === 'task' && r.id === 'III.13');
    expect(layout.rows[i - 1]).toMatchObject({ type: 'group', id: 'III', continued: true });
    expect(row('III.13').indent).toBe(0);
    expect(row('III.12.1').indent).toBe(D.indent);
  });

  it('draws annual tasks as one segment per year and the others as one piece', () => {
    for (const r of taskRows) {
      const t = tasks.find((x) => x.id === r.id)!;
      if (t.timeframe_kind === 'annual') {
        expect(r.segments).toHaveLength(t.end_year - t.start_year + 1);
        r.segments.forEach((s, k) => expect(s.x).toBe(yearX(t.start_year + k) + D.segmentGap));
      } else expect(r.segments).toHaveLength(1);
    }
    expect(taskRows.filter((r) => r.kind === 'annual')).toHaveLength(countByKind(tasks).annual);
  });

  it('stacks rows without gaps or overlaps, with year labels at the top, before each later group and at the bottom', () => {
    let y = 0;
    for (const r of layout.rows) {
      expect(r.y).toBe(y);
      y += r.height;
    }
    expect(layout.height).toBe(y);
    expect(layout.rows[0]!.type).toBe('axis');
    expect(layout.rows.at(-1)!.type).toBe('axis');
    expect(layout.rows.filter((r) => r.type === 'axis')).toHaveLength(5);
    // A link's hit area is a whole row: at least 24 px high (WCAG 2.5.8).
    expect(taskRows.every((r) => r.height >= 24 && r.barY > r.y && r.barY + r.barHeight < r.y + r.height)).toBe(true);
    // Bars stay inside the plot.
    expect(taskRows.every((r) => r.segments.every((s) => s.x >= D.padding && s.x + s.width <= layout.plotWidth - D.padding))).toBe(true);
  });

  it('names each link with the id, the content (truncated) and the time frame', () => {
    expect(row('I.4.6').name).toMatch(/^I\.4\.6: .+… — 2022–2030$/);
    expect(row('I.2.6').name).toBe(`I.2.6: ${tasks.find((t) => t.id === 'I.2.6')!.content} — Quý I/2022`);
    expect(row('I.1.1').name).toMatch(/ — Hàng năm \(2022–2030\)$/);
    expect(taskRows.every((r) => r.name.length <= D.nameChars + 40)).toBe(true);
  });

  it('splits the rows into title + tasks sections for the table, losing no task', () => {
    const sections = layoutSections(layout);
    expect(sections.flatMap((s) => s.rows.map((r) => r.id))).toEqual(taskRows.map((r) => r.id));
    expect(sections.map((s) => s.head.id)).toEqual([
      'I',
      'I.1',
      'I.2',
      'I.3',
      'I.4',
      'I.5',
      'I.6',
      'I.7',
      'I.8',
      'II',
      'III',
      'III.9',
      'III.10',
      'III.11',
      'III.12',
      'III',
      'IV',
      'IV.4',
      'IV.5',
    ]);
    expect(sections[0]!.rows).toHaveLength(0); // group I has only sub-groups
  });

  it('matches the structural snapshot', () => {
    expect(ascii(layout)).toMatchSnapshot();
  });
});

describe('ganttLayout errors', () => {
  it('refuses a task outside the plan period and a quarter task without its quarter', () => {
    const t = tasks.find((x) => x.id === 'I.3.5')!;
    expect(() => ganttLayout([{ ...t, end_year: 2031 }], plan.period)).toThrow(/I\.3\.5.*outside the plan period/);
    const q = tasks.find((x) => x.id === 'I.2.6')!;
    expect([q.timeframe_text, q.quarter]).toEqual(['Quý I/2022', 1]);
    expect(() => ganttLayout([{ ...q, quarter: null }], plan.period)).toThrow(/I\.2\.6 has no quarter/);
  });
});

describe('text helpers', () => {
  it('truncates at a word boundary and wraps greedily', () => {
    expect(truncate('Một hai ba bốn năm', 100)).toBe('Một hai ba bốn năm');
    expect(truncate('Một hai ba bốn năm sáu', 12)).toBe('Một hai ba…');
    expect(wrap('Nhóm nhiệm vụ, giải pháp tạo nền móng', 28)).toEqual(['Nhóm nhiệm vụ, giải pháp tạo', 'nền móng']);
    expect(wrap('Lĩnh vực y tế', 28)).toEqual(['Lĩnh vực y tế']);
  });

  it('counts tasks by time-frame kind', () => {
    const c = countByKind(tasks);
    expect(c.annual + c.year + c.year_range + c.quarter).toBe(90);
    expect(c.quarter).toBe(1);
  });
});
