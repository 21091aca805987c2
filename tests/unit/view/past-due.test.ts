/** Past-due tasks as pages count them (src/lib/view/past-due.ts): from tasks.past_due, on the frozen outcomes and made-up rows. */
import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../src/lib/model/records.ts';
import { pastDueByLead, pastDueLeads, pastDueTasks } from '../../../src/lib/view/past-due.ts';
import { snapshotSite, snapshotTable } from '../../helpers/snapshot.ts';

const { tasks } = snapshotSite();
const bodies = snapshotTable('bodies');
type Row = Pick<TaskRecord, 'id' | 'past_due' | 'lead_agency_ids' | 'lead_body_ids' | 'due_date'>;
const row = (id: string, past_due: boolean, lead: string[], now: string[] = lead): Row => ({
  id,
  past_due,
  lead_agency_ids: lead,
  lead_body_ids: now,
  // A date long past: the view must not read it, only past_due.
  due_date: '2000-01-01',
});

describe('past-due tasks', () => {
  it('keeps the tasks past_due marks, in order, and reads no date', () => {
    const rows = [row('a', true, ['x']), row('b', false, ['x']), row('c', true, ['y'])];
    expect(pastDueTasks(rows).map((t) => t.id)).toEqual(['a', 'c']);
    expect(pastDueTasks(tasks).map((t) => t.id)).toEqual(tasks.filter((t) => t.past_due).map((t) => t.id));
  });

  it('counts each lead once per task, by the plan’s agencies or by today’s bodies', () => {
    const rows = [row('a', true, ['x', 'y'], ['z']), row('b', true, ['x'], ['z', 'z']), row('c', false, ['x'], ['z'])];
    expect(pastDueByLead(rows, 'lead_agency_ids')).toEqual(
      new Map([
        ['x', 2],
        ['y', 1],
      ]),
    );
    expect(pastDueByLead(rows, 'lead_body_ids')).toEqual(new Map([['z', 2]]));
  });

  it('on the frozen outcomes: every agency’s count is its past-due lead tasks, never more than it leads', () => {
    const byAgency = pastDueByLead(tasks, 'lead_agency_ids');
    expect([...byAgency.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(pastDueTasks(tasks).length);
    for (const [id, n] of byAgency) {
      expect(n, id).toBe(tasks.filter((t) => t.past_due && t.lead_agency_ids.includes(id)).length);
      expect(n, id).toBeLessThanOrEqual(tasks.filter((t) => t.lead_agency_ids.includes(id)).length);
    }
  });

  it("lists today's lead bodies with past-due tasks, most first, each with its published lead count", () => {
    const leads = pastDueLeads(tasks, bodies);
    expect(leads.length).toBeGreaterThan(0);
    for (const l of leads) {
      expect(l.pastDue, l.lead.id).toBe(tasks.filter((t) => t.past_due && t.lead_body_ids.includes(l.lead.id)).length);
      expect(l.led, l.lead.id).toBe(l.lead.lead_task_count);
      expect(l.pastDue, l.lead.id).toBeLessThanOrEqual(l.led);
    }
    expect(leads.map((l) => l.pastDue)).toEqual([...leads.map((l) => l.pastDue)].sort((a, b) => b - a));
    const ties = [
      { id: 'b', name: 'Sở Y tế', lead_task_count: 1 },
      { id: 'a', name: 'Sở Công Thương', lead_task_count: 3 },
      { id: 'c', name: 'Sở Tài chính', lead_task_count: 2 },
    ];
    expect(pastDueLeads([row('t1', true, [], ['a', 'b']), row('t2', false, [], ['c'])], ties).map((l) => l.lead.id)).toEqual(['a', 'b']);
  });
});
