/**
 * The today-bodies stage (src/lib/pipeline/stages/today-bodies.ts) on the real seed and content/:
 * task_bodies follows the resolution, the form assignment follows its rule, and the bodies' counts
 * add up from task_agencies. Expectations are derived from the tables, never written down.
 */
import { describe, expect, it } from 'vitest';
import { reportFormFile } from '../../../src/lib/model/paths.ts';
import type { BodyRecord, TaskAgencyRecord, TaskBodyRecord, TaskRecord } from '../../../src/lib/model/records.ts';
import { buildDatasets } from '../../../src/lib/pipeline/datasets.ts';
import { PLAN_COORDINATOR_AGENCY } from '../../../src/lib/pipeline/bodies.ts';
import { realPipelineInput } from '../../helpers/pipeline-input.ts';

const { tables } = buildDatasets(realPipelineInput());
const tasks = tables.get('tasks') as TaskRecord[];
const taskAgencies = tables.get('task_agencies') as TaskAgencyRecord[];
const bodies = tables.get('bodies') as BodyRecord[];
const taskBodies = tables.get('task_bodies') as TaskBodyRecord[];
const bodyById = new Map(bodies.map((b) => [b.id, b]));
const coordinator = bodies.find((b) => b.is_coordinator)!;
const distinct = (rows: readonly { task_id: string }[]) => new Set(rows.map((r) => r.task_id));

describe('today’s bodies', () => {
  it('has one coordinator, the body that took over the plan’s coordinator, and it leads every task of the agencies it continues', () => {
    expect(bodies.filter((b) => b.is_coordinator)).toHaveLength(1);
    expect(coordinator.agency_ids).toContain(PLAN_COORDINATOR_AGENCY);
    // Sở KH&CN: Sở TT&TT's lead tasks and its own, from task_agencies.
    const expected = distinct(taskAgencies.filter((r) => r.role === 'lead' && coordinator.agency_ids.includes(r.agency_id)));
    expect(coordinator.agency_ids.length).toBeGreaterThan(1);
    expect(coordinator.lead_task_count).toBe(expected.size);
    const ownLead = distinct(taskBodies.filter((r) => r.body_id === coordinator.id && r.role === 'lead' && r.via !== 'collective'));
    expect(ownLead).toEqual(expected);
  });

  it('gives each task_agencies row a row for each body its agency resolves to, own under the same id, inherited otherwise', () => {
    for (const b of bodies) {
      for (const agency of b.agency_ids) {
        for (const ta of taskAgencies.filter((r) => r.agency_id === agency)) {
          const found = taskBodies.find(
            (r) => r.task_id === ta.task_id && r.body_id === b.id && r.role === ta.role && r.agency_id === agency,
          );
          expect(found?.via, `${ta.task_id} ${agency} → ${b.id}`).toBe(b.id === agency ? 'own' : 'inherited');
        }
      }
    }
  });

  it('gives every member of a collective the collective’s tasks, as "collective", counted as shared unless it leads or co-runs them itself', () => {
    for (const b of bodies.filter((x) => x.member_of.length > 0)) {
      const collectiveAgencies = bodies.filter((c) => b.member_of.includes(c.id)).flatMap((c) => c.agency_ids);
      const viaGroups = distinct(taskAgencies.filter((r) => collectiveAgencies.includes(r.agency_id)));
      const direct = distinct(taskBodies.filter((r) => r.body_id === b.id && r.via !== 'collective'));
      expect(b.shared_task_count, b.id).toBe([...viaGroups].filter((t) => !direct.has(t)).length);
    }
    const members = bodies.filter((b) => b.member_of.length > 0);
    expect(members.some((b) => b.shared_task_count > 0)).toBe(true);
  });

  it('puts a task on the form of each lead body that is no collective, else on the coordinator’s; counts and files agree', () => {
    for (const t of tasks) {
      const single = t.lead_body_ids.filter((id) => !bodyById.get(id)!.is_collective);
      expect(t.report_body_ids, t.id).toEqual(single.length > 0 ? single : [coordinator.id]);
      for (const r of taskBodies.filter((x) => x.task_id === t.id))
        expect(r.on_form, `${t.id} ${r.body_id}`).toBe(t.report_body_ids.includes(r.body_id));
    }
    for (const b of bodies) {
      const count = tasks.filter((t) => t.report_body_ids.includes(b.id)).length;
      expect(b.form_task_count, b.id).toBe(count);
      expect(b.report_form, b.id).toBe(count > 0 ? reportFormFile(b.id) : null);
      if (b.is_collective) expect(b.form_task_count, b.id).toBe(0);
    }
    // Some task reaches the coordinator only through the rule (led by a collective or an agency with no body).
    expect(tasks.some((t) => t.report_body_ids.includes(coordinator.id) && !t.lead_body_ids.includes(coordinator.id))).toBe(true);
  });

  it('lists as a task’s lead bodies exactly the bodies of its own and inherited lead rows', () => {
    for (const t of tasks) {
      const resolved = new Set(
        taskBodies.filter((r) => r.task_id === t.id && r.role === 'lead' && r.via !== 'collective').map((r) => r.body_id),
      );
      expect(new Set(t.lead_body_ids), t.id).toEqual(resolved);
    }
  });
});
