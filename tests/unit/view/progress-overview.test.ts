/**
 * The progress overview's counts (src/lib/view/progress-overview.ts) on the reviewed data: every bar
 * adds up to its published total, each segment is exactly the tasks of its list, collectives count on
 * their own bar, and the 2025 bar is target-results.ts's one count. Nothing pinned: every expected
 * number is read from the data.
 */
import { describe, expect, it } from 'vitest';
import { TASK_STATUS_ORDER } from '../../../src/lib/model/codes.ts';
import type { TaskRecord } from '../../../src/lib/model/records.ts';
import {
  EVIDENCE_ORDER,
  EVIDENCE_SLUGS,
  evidenceBySlug,
  evidenceCoverage,
  statusByGroup,
  statusByLeadBody,
  statusOfAll,
  targetResultsRow,
  tasksLedBy,
  tasksLedByWithStatus,
  tasksOfGroupWithStatus,
  tasksWithEvidence,
} from '../../../src/lib/view/progress-overview.ts';
import { targetResults2025 } from '../../../src/lib/view/target-results.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';

const tasks = reviewedTable('tasks');
const groups = reviewedTable('groups');
const bodies = reviewedTable('bodies');
const findings = reviewedTable('task_status');
const indicators = reviewedTable('indicators');
const sum = (xs: readonly { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);

describe('tasks by status', () => {
  it('puts every task in the whole plan’s bar once, by its published status', () => {
    const row = statusOfAll(tasks);
    expect(row.total).toBe(tasks.length);
    expect(sum(row.segments)).toBe(tasks.length);
    expect(row.segments.map((s) => s.key)).toEqual([...TASK_STATUS_ORDER]);
    for (const s of row.segments) expect(s.count, s.key).toBe(tasks.filter((t) => t.status === s.key).length);
  });

  it('has one bar per top-level group, in the appendix’s order, each the group’s published task count', () => {
    const rows = statusByGroup(tasks, groups);
    const top = groups.filter((g) => g.parent_id === null);
    expect(rows.map((r) => r.key)).toEqual(top.map((g) => g.id));
    expect(rows.map((r) => r.total)).toEqual(top.map((g) => g.task_count));
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(tasks.length);
    for (const r of rows) {
      expect(sum(r.segments), r.key).toBe(r.total);
      expect(r.list).toEqual({ kind: 'group', slug: groups.find((g) => g.id === r.key)!.slug });
      for (const s of r.segments) {
        const own = tasksOfGroupWithStatus(tasks, r.key, s.key as TaskRecord['status']);
        expect(s.count, `${r.key} ${s.key}`).toBe(own.length);
        expect(own.every((t) => t.group_id === r.key && t.status === s.key)).toBe(true);
      }
    }
  });
});

describe('tasks by today’s lead body', () => {
  const { rows, unled } = statusByLeadBody(tasks, bodies);

  it('has a bar for exactly the bodies that lead a task, each its published lead_task_count', () => {
    expect(rows.map((r) => r.key).sort()).toEqual(
      bodies
        .filter((b) => b.lead_task_count > 0)
        .map((b) => b.id)
        .sort(),
    );
    for (const r of rows) {
      expect(r.total, r.key).toBe(bodies.find((b) => b.id === r.key)!.lead_task_count);
      expect(sum(r.segments), r.key).toBe(r.total);
      for (const s of r.segments) expect(s.count).toBe(tasksLedByWithStatus(tasks, r.key, s.key as TaskRecord['status']).length);
    }
    // Most tasks first.
    const totals = rows.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('counts a collective’s tasks on the collective’s bar, not on its members’', () => {
    const collective = bodies.find((b) => b.is_collective && b.lead_task_count > 0 && bodies.some((m) => m.member_of.includes(b.id)));
    expect(collective).toBeDefined();
    const theirs = tasksLedBy(tasks, collective!.id).map((t) => t.id);
    expect(rows.find((r) => r.key === collective!.id)!.total).toBe(theirs.length);
    for (const member of bodies.filter((m) => m.member_of.includes(collective!.id))) {
      const own = new Set(tasksLedBy(tasks, member.id).map((t) => t.id));
      // The member's bar is its published lead count, which leaves out what it shares through the collective.
      expect(rows.find((r) => r.key === member.id)?.total ?? 0, member.id).toBe(member.lead_task_count);
      expect(theirs.filter((id) => !own.has(id)).length, member.id).toBeGreaterThan(0);
    }
  });

  it('names the tasks no body of today leads, and the bars cover every other task', () => {
    expect(unled.map((t) => t.id)).toEqual(tasks.filter((t) => t.lead_body_ids.length === 0).map((t) => t.id));
    const covered = new Set(rows.flatMap((r) => tasksLedBy(tasks, r.key).map((t) => t.id)));
    expect(covered.size + unled.length).toBe(tasks.length);
    // A task with two leads is on both bars: the bars add up to the leads, not the tasks.
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(tasks.reduce((n, t) => n + t.lead_body_ids.length, 0));
  });
});

describe('evidence coverage', () => {
  it('splits the tasks with a finding by the kind of source their status rests on, the rest as none', () => {
    const row = evidenceCoverage(tasks);
    expect(row.total).toBe(tasks.length);
    expect(sum(row.segments)).toBe(tasks.length);
    expect(row.segments.map((s) => s.key)).toEqual([...EVIDENCE_ORDER]);
    const withFindings = new Set(findings.map((f) => f.task_id));
    // "Any finding" and "a source kind on the status" are the same tasks.
    expect(row.segments.find((s) => s.key === 'none')!.count).toBe(tasks.filter((t) => !withFindings.has(t.id)).length);
    for (const s of row.segments.filter((x) => x.key !== 'none')) {
      const own = tasksWithEvidence(tasks, s.key as (typeof EVIDENCE_ORDER)[number]);
      expect(own.length).toBe(s.count);
      for (const t of own) {
        // The status's source kind is that of one of the task's own findings.
        expect(
          findings.some((f) => f.task_id === t.id && f.source_kind === s.key),
          t.id,
        ).toBe(true);
      }
    }
  });

  it('lists independent kinds before the bodies’ own reports, and each slug leads back to its key', () => {
    expect(EVIDENCE_ORDER.indexOf('official_report')).toBeGreaterThan(EVIDENCE_ORDER.indexOf('public_record'));
    expect(EVIDENCE_ORDER.at(-1)).toBe('none');
    for (const k of EVIDENCE_ORDER) expect(evidenceBySlug(EVIDENCE_SLUGS[k])).toBe(k);
    expect(new Set(Object.values(EVIDENCE_SLUGS)).size).toBe(EVIDENCE_ORDER.length);
    expect(evidenceBySlug('khong-co')).toBeUndefined();
  });
});

describe('the 2025 targets', () => {
  it('is target-results.ts’s one count, segment by segment', () => {
    const c = targetResults2025(indicators);
    const row = targetResultsRow(indicators);
    expect(row.total).toBe(c.withTarget);
    expect(row.segments.map((s) => [s.key, s.count])).toEqual(c.groups.map((g) => [g.result, g.indicators.length]));
    expect(row.list).toBeNull();
    expect(row.segments.every((s) => s.list.kind === 'target-result')).toBe(true);
  });
});
