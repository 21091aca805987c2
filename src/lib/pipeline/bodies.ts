/**
 * Today's bodies: the curated table `content/bodies.csv` (one row per body that holds a 2022
 * agency's role now, collectives included) and the resolution of each agency of the plan to the
 * bodies that hold its role, through `content/agency_successors.csv`. Pure: text in, records out.
 */
import { z } from 'zod';
import { AGENCY_KINDS } from '../model/codes.ts';
import { SourceError } from '../model/errors.ts';
import type { AgencySuccessorRecord } from '../model/records.ts';
import { parseCsvRecords, type Located } from './curated-csv.ts';
import { currentSuccessors } from './successors.ts';

export const BODY_TABLE_COLUMNS = ['id', 'name', 'short_name', 'kind', 'is_collective', 'member_of', 'note'] as const;

/**
 * The plan's coordinator: part V has every body report to Sở Thông tin và Truyền thông by 20
 * November, which compiles for the People's Committee. Whoever holds its role today is computed.
 */
export const PLAN_COORDINATOR_AGENCY = 'so-tttt';

/** A row of content/bodies.csv. */
export interface BodyEntry {
  id: string;
  name: string;
  short_name: string;
  kind: (typeof AGENCY_KINDS)[number];
  is_collective: boolean;
  member_of: string[];
  note: string;
  line: number;
}

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const list = (s: string) =>
  s
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== '');

const RowSchema = z.object({
  id: z.string().regex(SLUG_RE, 'ASCII kebab-case'),
  name: z
    .string()
    .trim()
    .min(1, 'the body’s full name')
    // Lists of bodies are joined with ";" in the workbooks.
    .refine((s) => !s.includes(';'), 'a name without ";"'),
  short_name: z.string().trim(),
  kind: z.enum(AGENCY_KINDS, { message: `one of ${AGENCY_KINDS.join(', ')}` }),
  is_collective: z.enum(['true', 'false'], { message: 'true or false' }).transform((v) => v === 'true'),
  member_of: z
    .string()
    .transform(list)
    .pipe(z.array(z.string().regex(SLUG_RE, 'ids of content/bodies.csv separated by "|"'))),
  note: z.string().trim(),
});

/**
 * Parses the body table; throws a SourceError at the line of the first bad row: a bad id, kind or
 * flag, an id or name given twice, a member_of that names no body, names a body that is not a
 * collective, or names the body itself.
 */
export function parseBodyTable(csvText: string, file: string): BodyEntry[] {
  const key = { of: (r: { id: string }) => r.id, rule: (earlier: number) => `a unique id (already used on line ${earlier})` };
  const entries: BodyEntry[] = [];
  const names = new Map<string, number>();
  for (const { line, record } of parseCsvRecords(csvText, file, BODY_TABLE_COLUMNS, RowSchema, key)) {
    const earlier = names.get(record.name);
    if (earlier !== undefined)
      throw new SourceError(file, line, `name: a name no other body has (already on line ${earlier})`, record.name);
    names.set(record.name, line);
    entries.push({ ...record, line });
  }
  // member_of may name a collective further down the file: checked once all rows are read.
  const byId = new Map(entries.map((b) => [b.id, b]));
  for (const b of entries) {
    for (const m of b.member_of) {
      const target = byId.get(m);
      if (target === undefined) throw new SourceError(file, b.line, 'member_of: ids of content/bodies.csv separated by "|"', m);
      if (m === b.id) throw new SourceError(file, b.line, 'member_of: collectives other than the body itself', m);
      if (!target.is_collective) {
        throw new SourceError(file, b.line, `member_of: collective bodies (${m} on line ${target.line} has is_collective false)`, m);
      }
    }
  }
  return entries;
}

/** Where the two tables were read, for the errors of the resolution. */
export interface BodyFiles {
  bodies: string;
  successors: string;
}

/**
 * Each 2022 agency → the bodies that hold its role today, in the order of its latest rows
 * (currentSuccessors): a row with successor_agency_id → that agency's bodies (the chain goes on); a
 * row with body_id → that body; abolished / not determined → none. Throws a SourceError at the
 * row to fix: an unknown body id, a body_id on a row a later row replaced, a latest row that needs
 * a body_id and has none, a chain that returns to an agency; and at the body's row of bodies.csv
 * for a body no agency resolves to (unless it is a collective other bodies are member_of).
 */
export function resolveAgencyBodies(
  successors: readonly Located<AgencySuccessorRecord>[],
  bodies: readonly BodyEntry[],
  files: BodyFiles,
): Map<string, string[]> {
  const bodyIds = new Set(bodies.map((b) => b.id));
  const byAgency = new Map<string, Located<AgencySuccessorRecord>[]>();
  for (const r of successors) byAgency.set(r.agency_id, [...(byAgency.get(r.agency_id) ?? []), r]);

  const latestOf = new Map<string, Located<AgencySuccessorRecord>[]>();
  for (const [agency, rows] of byAgency) {
    const latest = currentSuccessors(rows) as Located<AgencySuccessorRecord>[];
    latestOf.set(agency, latest);
    for (const r of rows) {
      if (r.body_id !== null && !bodyIds.has(r.body_id)) {
        throw new SourceError(files.successors, r.line, `body_id: an id of ${files.bodies}`, r.body_id);
      }
      if (r.body_id !== null && !latest.includes(r)) {
        throw new SourceError(
          files.successors,
          r.line,
          `body_id: nothing (a later row of ${agency} says who holds the role today; a body_id goes on an agency's latest rows)`,
          r.body_id,
        );
      }
    }
    for (const r of latest) {
      const ends = r.relation === 'abolished' || r.relation === 'not_determined';
      if (!ends && r.successor_agency_id === null && r.body_id === null) {
        throw new SourceError(
          files.successors,
          r.line,
          `body_id: the id of the body of ${files.bodies} that holds this role today (the agency's latest row, relation ${r.relation})`,
          '',
        );
      }
    }
  }

  const resolved = new Map<string, string[]>();
  const resolve = (agency: string, path: readonly string[]): string[] => {
    const done = resolved.get(agency);
    if (done) return done;
    const out: string[] = [];
    for (const r of latestOf.get(agency) ?? []) {
      if (r.successor_agency_id !== null) {
        const here = [...path, agency];
        if (here.includes(r.successor_agency_id)) {
          const cycle = [...here.slice(here.indexOf(r.successor_agency_id)), r.successor_agency_id].join(' → ');
          throw new SourceError(files.successors, r.line, 'successor_agency_id: a chain that ends at a body, not one that returns', cycle);
        }
        out.push(...resolve(r.successor_agency_id, here));
      } else if (r.body_id !== null) {
        out.push(r.body_id);
      }
    }
    const unique = [...new Set(out)];
    resolved.set(agency, unique);
    return unique;
  };
  for (const agency of byAgency.keys()) resolve(agency, []);

  const reached = new Set([...resolved.values()].flat());
  const memberTargets = new Set(bodies.flatMap((b) => b.member_of));
  const stray = bodies.find((b) => !reached.has(b.id) && !(b.is_collective && memberTargets.has(b.id)));
  if (stray) {
    throw new SourceError(
      files.bodies,
      stray.line,
      `a body that holds some agency's role today (a body_id on an agency's latest row of ${files.successors}), or a collective other bodies are member_of`,
      stray.id,
    );
  }
  return resolved;
}

/**
 * The body that holds the plan coordinator's role today: the one body its chain ends at, not a
 * collective; else a SourceError at the coordinator's latest row (the forms need one addressee).
 */
export function coordinatorBody(
  bodiesOf: ReadonlyMap<string, readonly string[]>,
  bodies: readonly BodyEntry[],
  successors: readonly Located<AgencySuccessorRecord>[],
  files: BodyFiles,
): string {
  const ids = bodiesOf.get(PLAN_COORDINATOR_AGENCY) ?? [];
  const body = bodies.find((b) => b.id === ids[0]);
  if (ids.length === 1 && body && !body.is_collective) return body.id;
  const rows = currentSuccessors(successors.filter((r) => r.agency_id === PLAN_COORDINATOR_AGENCY)) as Located<AgencySuccessorRecord>[];
  throw new SourceError(
    files.successors,
    rows[0]?.line ?? 1,
    `one body, not a collective, holding the role of the plan's coordinator ${PLAN_COORDINATOR_AGENCY} today (the forms are sent to it)`,
    ids.join(', ') || 'none',
  );
}
