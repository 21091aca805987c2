/**
 * Who may be named in `reported_by` (task_status, progress): the one place that decides it. Today's
 * bodies (content/bodies.csv) when that table is in content/; until it lands, the plan's agencies
 * (content/agencies.csv) — the lead switches this at the merge of the bodies work. Pure: text in.
 */
import Papa from 'papaparse';
import type { AgencyEntry } from './types.ts';

/** The ids a `reported_by` cell may hold, and the words of a refusal. */
export interface Reporters {
  ids: ReadonlySet<string>;
  /** What a bad cell was expected to be ("a body id of content/bodies.csv, or nothing"). */
  expected: string;
}

/** The reporters: the ids of `bodies` (content/bodies.csv) when given, else those of the agencies. */
export function reporters(
  bodies: { file: string; text: string } | undefined,
  agencies: readonly Pick<AgencyEntry, 'id'>[],
  agenciesFile: string,
): Reporters {
  if (bodies === undefined) return { ids: new Set(agencies.map((a) => a.id)), expected: `an agency id of ${agenciesFile}, or nothing` };
  // The bodies table is parsed and checked by its own stage; here only its ids are read.
  const rows = Papa.parse<Record<string, string>>(bodies.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return { ids: new Set(rows.map((r) => r.id ?? '').filter((id) => id !== '')), expected: `a body id of ${bodies.file}, or nothing` };
}
