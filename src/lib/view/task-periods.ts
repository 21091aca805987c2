/**
 * Tasks grouped by when they run ("Hàng năm", "Năm 2022", "2022–2025" …), for the agency pages.
 */
import type { TaskRecord } from '../model/records.ts';

type Timed = Pick<TaskRecord, 'timeframe_kind' | 'start_year' | 'end_year'>;

export interface PeriodGroup<T> {
  /** Stable key, usable as an anchor: "hang-nam", "2022", "2022-2025". */
  key: string;
  /** Vietnamese heading: "Hàng năm (2022–2030)", "Năm 2022", "2022–2025". */
  label: string;
  start_year: number;
  end_year: number;
  tasks: T[];
}

/** The group a task belongs to. A quarter and a one-year range fall in their year. */
function periodOf(t: Timed): Omit<PeriodGroup<never>, 'tasks'> {
  const { start_year: s, end_year: e } = t;
  if (t.timeframe_kind === 'annual') return { key: 'hang-nam', label: `Hàng năm (${s}–${e})`, start_year: s, end_year: e };
  if (s === e) return { key: String(s), label: `Năm ${s}`, start_year: s, end_year: e };
  return { key: `${s}-${e}`, label: `${s}–${e}`, start_year: s, end_year: e };
}

/**
 * Groups tasks by period: recurring ("Hàng năm") first — they apply every year — then by start year,
 * then end year. Tasks keep their input order (document order) inside a group.
 */
export function groupTasksByPeriod<T extends Timed>(tasks: readonly T[]): PeriodGroup<T>[] {
  const groups = new Map<string, PeriodGroup<T>>();
  for (const t of tasks) {
    const p = periodOf(t);
    const g = groups.get(p.key) ?? { ...p, tasks: [] };
    g.tasks.push(t);
    groups.set(p.key, g);
  }
  const annualFirst = (g: PeriodGroup<T>) => (g.key === 'hang-nam' ? 0 : 1);
  return [...groups.values()].sort((a, b) => annualFirst(a) - annualFirst(b) || a.start_year - b.start_year || a.end_year - b.end_year);
}
