import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../src/lib/model/records.ts';
import { leadBodyChoices } from '../../../src/lib/view/body-pages.ts';
import {
  countLabel,
  downloadName,
  emptyFilter,
  factsFromData,
  matchesFilter,
  parseQuery,
  PAST_DUE_VALUE,
  sectionCountLabel,
  toQuery,
  type TaskFacts,
  type TaskFilter,
} from '../../../src/lib/browser/task-filter.ts';
import { snapshotSite, snapshotTable } from '../../helpers/snapshot.ts';

// The tasks and agencies of the frozen outcomes (helpers/snapshot.ts): statuses and today's lead bodies as they were then.
const { tasks, groups } = snapshotSite();
const bodies = snapshotTable('bodies');
const taskBodies = snapshotTable('task_bodies');
const none: TaskFilter = emptyFilter();
// The facts as the page writes them into data-* attributes (TaskList.astro) and the script reads them.
const facts = (t: TaskRecord): TaskFacts =>
  factsFromData({
    taskId: t.id,
    group: [t.group_id, t.subgroup_id].filter((g) => g !== null).join(' '),
    lead: t.lead_agency_ids.join(' '),
    cooperating: t.cooperating_agency_ids.join(' '),
    start: String(t.start_year),
    end: String(t.end_year),
    status: t.status,
    leadNow: t.lead_body_ids.join(' '),
    ...(t.past_due ? { pastDue: 'true' } : {}),
  });
const ids = (f: Partial<TaskFilter>) => tasks.filter((t) => matchesFilter(facts(t), { ...none, ...f })).map((t) => t.id);

describe('task filter: URL query', () => {
  it('round-trips a filter through the query, fields in a fixed order', () => {
    const f: TaskFilter = {
      group: 'I.4',
      lead: 'so-tttt',
      cooperating: 'ubnd-huyen-thanh-pho',
      year: '2024',
      status: 'in_progress',
      leadNow: 'so-x',
      pastDue: PAST_DUE_VALUE,
    };
    expect(toQuery(f)).toBe(
      '?nhom=I.4&chu-tri=so-tttt&phoi-hop=ubnd-huyen-thanh-pho&nam=2024&tinh-trang=in_progress&chu-tri-hien-nay=so-x&qua-han=co',
    );
    expect(parseQuery(toQuery(f))).toEqual(f);
    expect(toQuery({ ...none, year: '2024', lead: 'so-tttt' })).toBe('?chu-tri=so-tttt&nam=2024');
  });

  it('gives no query for an empty filter and ignores unknown parameters', () => {
    expect(toQuery(none)).toBe('');
    expect(parseQuery('?utm=x&nam=%202025%20')).toEqual({ ...none, year: '2025' });
    expect(parseQuery('')).toEqual(none);
    expect(toQuery(parseQuery('?phoi-hop=so-khdt'))).toBe('?phoi-hop=so-khdt');
  });
});

describe('task filter: matching on the real tasks (statuses and successors of the snapshot)', () => {
  it('shows all 90 tasks with no filter', () => {
    expect(ids({})).toHaveLength(90);
  });

  it('matches a group or sub-group exactly as group_id / subgroup_id say', () => {
    for (const g of groups) {
      const expected = tasks.filter((t) => t.group_id === g.id || t.subgroup_id === g.id).map((t) => t.id);
      expect(ids({ group: g.id }), g.id).toEqual(expected);
      expect(expected.length, g.id).toBe(g.task_count);
    }
    // "III.10.1" is in III.10, not in III.1 (a direct task of group III).
    expect(ids({ group: 'III.1' })).toEqual([]);
    expect(ids({ group: 'III.10' })).toContain('III.10.1');
  });

  it('matches lead and cooperating agencies by id, not by substring', () => {
    expect(ids({ lead: 'so-tttt' })).toHaveLength(39);
    expect(ids({ cooperating: 'so-tttt' })).toHaveLength(7);
    expect(ids({ lead: 'so' })).toEqual([]);
    expect(ids({ lead: 'so-gtvt' })).toEqual(['III.10.1', 'III.10.2', 'III.10.3', 'III.10.5', 'III.10.6', 'III.10.7']);
  });

  it('matches a year when start ≤ year ≤ end, annual tasks in every year', () => {
    const annual = tasks.filter((t) => t.timeframe_kind === 'annual').length;
    expect(annual).toBe(29);
    for (let y = 2022; y <= 2030; y++) {
      const got = ids({ year: String(y) });
      expect(got).toEqual(tasks.filter((t) => t.start_year <= y && y <= t.end_year).map((t) => t.id));
      expect(got.length).toBeGreaterThanOrEqual(annual);
    }
    // "Quý I/2022" (I.2.6) is a 2022 task only.
    expect(ids({ year: '2022' })).toContain('I.2.6');
    expect(ids({ year: '2023' })).not.toContain('I.2.6');
  });

  it('matches a status exactly, as the dataset gives it', () => {
    for (const status of ['no_information', 'in_progress', 'done', 'delayed', 'dropped']) {
      expect(ids({ status }), status).toEqual(tasks.filter((t) => t.status === status).map((t) => t.id));
    }
    expect(ids({ status: 'done' })).toEqual(['III.12.1', 'IV.4.1']);
    expect(ids({ status: 'in_progress', lead: 'so-tttt' }).every((id) => tasks.find((t) => t.id === id)!.status === 'in_progress')).toBe(
      true,
    );
  });

  it('keeps exactly the tasks the dataset marks past due, and combines with the other fields', () => {
    const pastDue = tasks.filter((t) => t.past_due).map((t) => t.id);
    expect(pastDue.length).toBeGreaterThan(0);
    expect(pastDue.length).toBeLessThan(tasks.length);
    expect(ids({ pastDue: PAST_DUE_VALUE })).toEqual(pastDue);
    expect(ids({ pastDue: PAST_DUE_VALUE, status: 'in_progress' })).toEqual(
      tasks.filter((t) => t.past_due && t.status === 'in_progress').map((t) => t.id),
    );
    // A finished task is never past due (tasks.past_due); the filter trusts the column, not the dates.
    expect(ids({ pastDue: PAST_DUE_VALUE, status: 'done' })).toEqual([]);
    // Any other value matches nothing, as an unknown status does (the page drops it from the select first).
    expect(ids({ pastDue: 'khong' })).toEqual([]);
    expect(parseQuery('?qua-han=co')).toEqual({ ...none, pastDue: PAST_DUE_VALUE });
    expect(downloadName({ ...none, pastDue: PAST_DUE_VALUE })).toBe('nhiem-vu_qua-han-co.csv');
  });

  it("accepts today's lead body by its id: Sở Khoa học và Công nghệ shows the tasks of the former Sở TT&TT and Sở KH&CN", () => {
    const khcn = bodies.find((b) => b.agency_ids.includes('so-tttt') && b.agency_ids.includes('so-khcn'))!;
    // Every task one of its 2022 agencies leads, as task_bodies resolves them (own or inherited, not as a collective's member).
    const viaRows = new Set(
      taskBodies.filter((r) => r.body_id === khcn.id && r.role === 'lead' && r.via !== 'collective').map((r) => r.task_id),
    );
    const expected = tasks.filter((t) => t.lead_agency_ids.includes('so-tttt') || t.lead_agency_ids.includes('so-khcn')).map((t) => t.id);
    expect(ids({ leadNow: khcn.id })).toEqual(expected);
    expect([...viaRows].sort()).toEqual([...expected].sort());
    expect(leadBodyChoices(bodies).find((c) => c.id === khcn.id)!.count).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(ids({ lead: 'so-tttt' }).length);
    // A body id, not a prefix or a slug of a name.
    expect(ids({ leadNow: 'so' })).toEqual([]);
  });

  it("offers as today's lead bodies exactly those that lead a task, by name, with the tasks' count", () => {
    const choices = leadBodyChoices(bodies);
    for (const c of choices) expect(c.count, c.id).toBe(ids({ leadNow: c.id }).length);
    const leading = new Set(tasks.flatMap((t) => t.lead_body_ids));
    expect(new Set(choices.map((c) => c.id))).toEqual(leading);
    expect(choices.map((c) => c.name)).toEqual([...choices.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'vi')));
    // An agency abolished with the district level leads nothing today.
    expect(choices.some((c) => /huyện/.test(c.name))).toBe(false);
  });

  it('combines fields with AND', () => {
    const got = ids({ group: 'I', lead: 'so-tttt', year: '2025' });
    expect(got.length).toBeGreaterThan(0);
    for (const id of got) {
      const t = tasks.find((x) => x.id === id)!;
      expect(t.group_id).toBe('I');
      expect(t.lead_agency_ids).toContain('so-tttt');
      expect(t.start_year <= 2025 && 2025 <= t.end_year).toBe(true);
    }
  });

  it('reads the list items’ data attributes, including an empty cooperating list', () => {
    expect(
      factsFromData({
        taskId: 'I.1.1',
        group: 'I I.1',
        lead: 'a b',
        cooperating: '',
        start: '2022',
        end: '2030',
        status: 'done',
        leadNow: 'x',
        pastDue: 'true',
      }),
    ).toEqual({
      id: 'I.1.1',
      groups: ['I', 'I.1'],
      lead: ['a', 'b'],
      cooperating: [],
      start: 2022,
      end: 2030,
      status: 'done',
      leadNow: ['x'],
      pastDue: true,
    });
    expect(factsFromData({ taskId: 'I.1.2' }).pastDue).toBe(false);
  });

  it('names the downloaded file after the filter', () => {
    expect(downloadName(none)).toBe('nhiem-vu.csv');
    expect(downloadName({ ...none, lead: 'so-tttt', year: '2023' })).toBe('nhiem-vu_chu-tri-so-tttt_nam-2023.csv');
    expect(downloadName({ ...none, group: 'III.10', status: 'in_progress' })).toBe('nhiem-vu_nhom-iii-10_tinh-trang-in-progress.csv');
  });

  it('words the count for the live region and the section headings', () => {
    expect(countLabel(12, 90)).toBe('Đang hiển thị 12/90 nhiệm vụ');
    expect(sectionCountLabel(6, 25)).toBe('(6/25 nhiệm vụ)');
    expect(sectionCountLabel(25, 25)).toBe('(25 nhiệm vụ)');
  });
});
