/** What the pages of today's bodies select (src/lib/view/body-pages.ts), on the reviewed data, and the body's download rows (model/record-queries.ts). */
import { describe, expect, it } from 'vitest';
import type { TaskBodyRecord } from '../../../src/lib/model/records.ts';
import {
  agencyChange,
  bodiesOfAgency,
  bodyTasks,
  collectiveOfAgency,
  collectivesOf,
  dutySections,
  fieldIndicators,
  leadBodyChoices,
  membersOf,
  reportingDeadlines,
  runTasks,
} from '../../../src/lib/view/body-pages.ts';
import { bodyTaskRows } from '../../../src/lib/model/record-queries.ts';
import { reviewedSections, reviewedSite, reviewedTable } from '../../helpers/reviewed-tables.ts';

const { tasks, agencies, agencyById, indicators, blocks } = reviewedSite();
const bodies = reviewedTable('bodies');
const taskBodies = reviewedTable('task_bodies');
const bodyById = new Map(bodies.map((b) => [b.id, b]));
const sections = reviewedSections();
const sectionOrder = new Map(sections.map((s) => [s.id, s.order]));
const coordinator = bodies.find((b) => b.is_coordinator)!;
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('bodyTasks', () => {
  it("puts each of a body's tasks in one list, the lists as long as the dataset's counts", () => {
    for (const b of bodies) {
      const t = bodyTasks(b, taskBodies, tasks);
      const lists = [t.lead, t.cooperating, t.sharedLead, t.sharedCooperating].map(runTasks);
      expect([lists[0]!.length, lists[1]!.length, lists[2]!.length + lists[3]!.length], b.id).toEqual([
        b.lead_task_count,
        b.cooperating_task_count,
        b.shared_task_count,
      ]);
      const all = lists.flat().map((x) => x.id);
      expect(new Set(all).size, b.id).toBe(all.length);
      expect(new Set(all), b.id).toEqual(new Set(taskBodies.filter((r) => r.body_id === b.id).map((r) => r.task_id)));
    }
  });

  it('lists the tasks it leads as tasks.lead_body_ids says, by the 2022 agency that brings them, its own first', () => {
    for (const b of bodies) {
      const { lead } = bodyTasks(b, taskBodies, tasks);
      expect(ids(runTasks(lead)).sort(), b.id).toEqual(ids(tasks.filter((t) => t.lead_body_ids.includes(b.id))).sort());
      for (const run of lead) {
        expect(b.agency_ids, b.id).toContain(run.agencyId);
        for (const t of run.tasks) expect(t.lead_agency_ids, `${b.id} ${t.id}`).toContain(run.agencyId);
        // Appendix order inside a run.
        const at = run.tasks.map((t) => tasks.indexOf(t));
        expect(at).toEqual([...at].sort((x, y) => x - y));
      }
      if (lead.some((r) => r.agencyId === b.id)) expect(lead[0]!.agencyId, b.id).toBe(b.id);
    }
    // The coordinator took over Sở TT&TT: its own tasks and the inherited ones in runs of their own.
    const runs = bodyTasks(coordinator, taskBodies, tasks).lead.map((r) => r.agencyId);
    expect(runs).toContain('so-tttt');
    expect(runs.length).toBeGreaterThan(1);
  });

  it('shares with a member the tasks of each collective it is one of, under that collective', () => {
    const members = bodies.filter((b) => b.member_of.length > 0 && b.shared_task_count > 0);
    expect(members.length).toBeGreaterThan(0);
    for (const b of members) {
      const t = bodyTasks(b, taskBodies, tasks);
      const collectives = collectivesOf(b, bodyById);
      for (const run of [...t.sharedLead, ...t.sharedCooperating])
        expect(collectiveOfAgency(run.agencyId, collectives), `${b.id} ${run.agencyId}`).toBeDefined();
      // Everything a collective of its leads is either led by the member itself or shared.
      for (const c of collectives) {
        const led = tasks.filter((x) => x.lead_body_ids.includes(c.id)).map((x) => x.id);
        const mine = new Set(ids([...runTasks(t.lead), ...runTasks(t.cooperating), ...runTasks(t.sharedLead)]));
        for (const id of led) expect(mine.has(id), `${b.id} ${c.id} ${id}`).toBe(true);
      }
    }
  });
});

describe('bodyTaskRows (the per-body download)', () => {
  const row = (r: Partial<TaskBodyRecord>): TaskBodyRecord => ({
    task_id: 'A',
    body_id: 'x',
    role: 'lead',
    via: 'own',
    agency_id: 'x',
    on_form: true,
    ...r,
  });
  const fixed = [{ id: 'A' }, { id: 'B' }, { id: 'C' }];

  it('gives one row per task and role, held itself before held as a member, lead before cooperating, appendix order inside', () => {
    const rows = bodyTaskRows(
      'x',
      [
        row({ task_id: 'C', role: 'lead', via: 'collective', agency_id: 'group', on_form: false }),
        row({ task_id: 'B', role: 'cooperating', via: 'inherited', agency_id: 'old' }),
        row({ task_id: 'B', role: 'cooperating', via: 'own' }),
        row({ task_id: 'A', role: 'lead', via: 'collective', agency_id: 'group' }),
        row({ task_id: 'A', role: 'lead', via: 'own' }),
        row({ task_id: 'A', role: 'cooperating', via: 'collective', agency_id: 'group' }),
        row({ task_id: 'A', body_id: 'y' }),
      ],
      fixed,
    );
    expect(rows.map((r) => [r.task.id, r.role, r.vias.join('+'), r.agencyIds.join('+'), r.onForm])).toEqual([
      ['A', 'lead', 'own+collective', 'group+x', true],
      ['B', 'cooperating', 'own+inherited', 'old+x', true],
      ['C', 'lead', 'collective', 'group', false],
      ['A', 'cooperating', 'collective', 'group', true],
    ]);
  });

  it("on the real data: a row for every task and role of the body's task_bodies rows", () => {
    for (const b of bodies) {
      const pairs = bodyTaskRows(b.id, taskBodies, tasks).map((r) => `${r.task.id}|${r.role}`);
      expect(new Set(pairs).size, b.id).toBe(pairs.length);
      expect(new Set(pairs), b.id).toEqual(new Set(taskBodies.filter((r) => r.body_id === b.id).map((r) => `${r.task_id}|${r.role}`)));
    }
  });
});

describe('members, agencies and duties', () => {
  it('lists as members of a collective the bodies that name it in member_of, by name', () => {
    for (const c of bodies.filter((b) => b.is_collective)) {
      const m = membersOf(c, bodies);
      expect(ids(m).sort(), c.id).toEqual(ids(bodies.filter((b) => b.member_of.includes(c.id))).sort());
      expect(m.map((b) => b.name)).toEqual(m.map((b) => b.name).sort((x, y) => x.localeCompare(y, 'vi')));
    }
    expect(bodies.some((b) => b.is_collective && membersOf(b, bodies).length === 0)).toBe(true);
  });

  it("finds an agency's body of today from bodies.agency_ids, none for an agency that no longer has one", () => {
    for (const a of agencies) {
      const now = bodiesOfAgency(a.id, bodies);
      for (const b of now) expect(b.agency_ids).toContain(a.id);
      if (a.successor_relation === 'abolished' || a.successor_relation === 'not_determined') expect(now, a.id).toEqual([]);
    }
    expect(ids(bodiesOfAgency('so-tttt', bodies))).toEqual([coordinator.id]);
  });

  it("gives a body the part V sections of its agencies, then those of its collectives' agencies, each once, in the plan's order", () => {
    for (const b of bodies) {
      const d = dutySections(b, bodyById, agencyById, sectionOrder);
      const own = b.agency_ids.flatMap((id) => agencyById.get(id)!.plan_section_ids);
      const fromCollectives = b.member_of.flatMap((c) => bodyById.get(c)!.agency_ids.flatMap((id) => agencyById.get(id)!.plan_section_ids));
      expect(new Set(d.map((x) => x.sectionId)), b.id).toEqual(new Set([...own, ...fromCollectives]));
      expect(d.length, b.id).toBe(new Set(d.map((x) => x.sectionId)).size);
      const order = d.map((x) => sectionOrder.get(x.sectionId)!);
      expect(order).toEqual([...order].sort((x, y) => x - y));
      for (const x of d) expect(x.viaCollective, `${b.id} ${x.sectionId}`).toBe(!own.includes(x.sectionId));
    }
    // The coordinator carries Sở TT&TT's section of part V, as its own.
    const coord = dutySections(coordinator, bodyById, agencyById, sectionOrder);
    expect(coord.find((x) => x.agencyId === 'so-tttt')).toMatchObject({ viaCollective: false });
  });
});

describe('agencyChange', () => {
  it('says what became of a 2022 agency: the relation, whom to, since when', () => {
    const base = { successor_names: ['Sở Y tế tỉnh Đồng Tháp (sau hợp nhất)'], successor_since: '2025-07-02' };
    expect(agencyChange({ ...base, successor_relation: 'merged_into' })).toBe(
      'hợp nhất vào Sở Y tế tỉnh Đồng Tháp (sau hợp nhất), từ 02/7/2025',
    );
    expect(agencyChange({ successor_relation: 'split_between', successor_names: ['A', 'B'], successor_since: null })).toBe(
      'chia cho nhiều cơ quan: A; B',
    );
    expect(agencyChange({ successor_relation: 'unchanged', successor_names: [], successor_since: null })).toBe('không thay đổi');
  });
});

describe('fieldIndicators', () => {
  it('keeps the indicators linked to a task the body leads', () => {
    for (const b of bodies) {
      const led = tasks.filter((t) => t.lead_body_ids.includes(b.id)).map((t) => t.id);
      const got = fieldIndicators(led, indicators);
      expect(ids(got), b.id).toEqual(ids(indicators.filter((i) => i.task_ids.some((id) => led.includes(id)))));
    }
    expect(fieldIndicators([], indicators)).toEqual([]);
  });
});

describe('reportingDeadlines', () => {
  it("quotes part V's two yearly deadlines: every body on 20 November (V.1), the coordinator before 15 December (V.2)", () => {
    const d = reportingDeadlines(blocks);
    expect(d.map((b) => b.section_id)).toEqual(['V.1', 'V.2']);
    expect(d[0]!.text).toContain('ngày 20 tháng 11 hằng năm');
    expect(d[1]!.text).toContain('Trước ngày 15 tháng 12');
  });
});

describe('leadBodyChoices', () => {
  it('offers the bodies that lead a task, with lead_task_count, by Vietnamese name', () => {
    const c = leadBodyChoices(bodies);
    expect(ids(c).sort()).toEqual(ids(bodies.filter((b) => b.lead_task_count > 0)).sort());
    for (const x of c) expect(x.count).toBe(tasks.filter((t) => t.lead_body_ids.includes(x.id)).length);
  });
});
