/**
 * What the yearly reports show beyond their text: the tasks due in a year and the reports in order.
 * Pure.
 */
import type { TaskRecord } from '../model/records.ts';

/** Tasks whose time frame ends in `year`, annual tasks excepted (they recur to the plan's end). */
export function tasksDueIn<T extends Pick<TaskRecord, 'timeframe_kind' | 'end_year'>>(tasks: readonly T[], year: number): T[] {
  return tasks.filter((t) => t.timeframe_kind !== 'annual' && t.end_year === year);
}
