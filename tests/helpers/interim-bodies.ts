/**
 * INTERIM — REPLACE AT MERGE with the published `bodies` rows and tasks.report_body_ids (helper
 * "bodies", issue #25). Until that dataset is in this branch, the forms' tests derive the rows the
 * spec describes from the REAL current data, inventing no body: each 2022 agency resolved through
 * agency_successors (its latest rows; a row naming a successor agency followed along the chain;
 * abolished and not determined resolve to nothing); agencies that resolve to the same successor
 * name are one body, named by that successor and id'd by the agency whose 2022 name begins that
 * successor's name (Sở Tài chính ← Sở KH&ĐT), else the first id; a task is on the form of every
 * non-collective body that leads it, and on the coordinator's (the resolution of so-tttt) when it
 * has none.
 */
import type { AgencyRecord, AgencySuccessorRecord, IndicatorRecord, Row, TaskRecord } from '../../src/lib/model/records.ts';
import { currentSuccessors } from '../../src/lib/pipeline/successors.ts';
import type { BodyRecord, FormDatasets } from '../../src/lib/reports/form-assignment.ts';

interface Resolution {
  successorName: string;
}

/** The rows formsOf reads, from a data stage's tables. */
export function interimFormDatasets(tables: ReadonlyMap<string, readonly Row[]>): FormDatasets {
  const agencies = tables.get('agencies') as readonly AgencyRecord[];
  const successors = tables.get('agency_successors') as readonly AgencySuccessorRecord[];
  const tasks = tables.get('tasks') as readonly TaskRecord[];
  const indicators = tables.get('indicators') as readonly IndicatorRecord[];
  const byAgency = new Map<string, AgencySuccessorRecord[]>();
  for (const s of successors) byAgency.set(s.agency_id, [...(byAgency.get(s.agency_id) ?? []), s]);
  const agencyOf = new Map(agencies.map((a) => [a.id, a]));

  const resolve = (id: string, seen: Set<string> = new Set()): Resolution | undefined => {
    if (seen.has(id)) throw new Error(`successor cycle at ${id}`);
    seen.add(id);
    const rows = currentSuccessors(byAgency.get(id) ?? []);
    const row = rows[0];
    if (!row || row.relation === 'abolished' || row.relation === 'not_determined') return undefined;
    if (row.successor_agency_id) return resolve(row.successor_agency_id, seen);
    return { successorName: row.successor_name ?? agencyOf.get(id)!.name };
  };

  const resolved = new Map<string, Resolution>();
  for (const a of agencies) {
    const r = resolve(a.id);
    if (r) resolved.set(a.id, r);
  }
  const bodyIdOfName = new Map<string, string>();
  for (const name of new Set([...resolved.values()].map((r) => r.successorName))) {
    const members = [...resolved]
      .filter(([, r]) => r.successorName === name)
      .map(([id]) => id)
      .sort();
    bodyIdOfName.set(name, members.find((id) => name.startsWith(agencyOf.get(id)!.name)) ?? members[0]!);
  }
  const bodyOf = (agencyId: string): string | undefined => {
    const r = resolved.get(agencyId);
    return r && bodyIdOfName.get(r.successorName);
  };
  const coordinator = bodyOf('so-tttt');
  if (!coordinator) throw new Error('so-tttt resolves to no body');

  const reportTasks = tasks.map((t) => {
    const leads = [
      ...new Set(
        t.lead_agency_ids
          .filter((id) => !agencyOf.get(id)!.is_collective)
          .map(bodyOf)
          .filter((b): b is string => b !== undefined),
      ),
    ];
    return { ...t, report_body_ids: leads.length > 0 ? leads : [coordinator] };
  });
  const bodies: BodyRecord[] = [...bodyIdOfName].map(([name, id]) => {
    const count = reportTasks.filter((t) => t.report_body_ids.includes(id)).length;
    const agency = agencyOf.get(id)!;
    return {
      id,
      name,
      short_name: null,
      kind: agency.kind,
      is_collective: agency.is_collective,
      member_of: [],
      agency_ids: [...resolved.keys()].filter((a) => bodyOf(a) === id),
      is_coordinator: id === coordinator,
      lead_task_count: 0,
      cooperating_task_count: 0,
      shared_task_count: 0,
      form_task_count: count,
      report_form: count > 0 ? `bieu-mau/${id}.xlsx` : null,
    };
  });
  return { bodies: bodies.sort((a, b) => (a.id < b.id ? -1 : 1)), tasks: reportTasks, indicators };
}
