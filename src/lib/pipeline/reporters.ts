/**
 * Who may be named in `reported_by` (task_status, progress): the one place that decides it — a body
 * of today (content/bodies.csv), since a report comes from a body that exists when it reports. Pure.
 */
import type { BodyEntry } from './bodies.ts';

/** The ids a `reported_by` cell may hold, and the words of a refusal. */
export interface Reporters {
  ids: ReadonlySet<string>;
  /** What a bad cell was expected to be ("a body id of content/bodies.csv, or nothing"). */
  expected: string;
}

/** The reporters: the ids of today's bodies. */
export function reporters(bodies: readonly Pick<BodyEntry, 'id'>[], bodiesFile: string): Reporters {
  return { ids: new Set(bodies.map((b) => b.id)), expected: `a body id of ${bodiesFile}, or nothing` };
}
