/** Whose word a finding is, in the pages' words, and the status counts read both ways (src/lib/view/source-kinds.ts, task-status-labels.ts). */
import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../../src/lib/model/codes.ts';
import { accordingTo, evidenceAge, isSelfReport, reporterNames, statusFinding } from '../../../src/lib/view/source-kinds.ts';
import { agedYearsLabel, taskStatusCounts, type CountedTask } from '../../../src/lib/view/task-status-labels.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';
import { snapshotTable } from '../../helpers/snapshot.ts';

const bodies = reviewedTable('bodies');
const names = reporterNames(bodies);
const healthName = bodies.find((b) => b.id === 'so-y-te')!.name;

describe('whose word a row is', () => {
  it('names the reporting body, the province when none is named, and the other kinds by their words', () => {
    expect(accordingTo({ source_kind: 'official_report', reported_by: 'so-y-te' }, names)).toBe(`Theo báo cáo của ${healthName}`);
    expect(accordingTo({ source_kind: 'official_report', reported_by: null }, names)).toBe('Theo báo cáo của tỉnh');
    expect(accordingTo({ source_kind: 'official_document', reported_by: null }, names)).toBe('Theo văn bản');
    expect(accordingTo({ source_kind: 'public_record', reported_by: null }, names)).toBe('Theo nguồn công khai');
  });

  it('treats only a report as a self-assessment', () => {
    expect(SOURCE_KINDS.filter((k) => isSelfReport({ source_kind: k }))).toEqual(['official_report']);
  });

  it('says the year of old evidence, and nothing for recent evidence', () => {
    expect(evidenceAge(2023)).toBe('theo nguồn năm 2023');
    expect(evidenceAge(null)).toBeNull();
    expect(agedYearsLabel({ from: 2023, to: 2023 })).toBe('năm 2023');
    expect(agedYearsLabel({ from: 2022, to: 2023 })).toBe('các năm 2022–2023');
  });

  it('finds, for every task of the frozen outcomes, the finding its status rests on', () => {
    const findings = snapshotTable('task_status');
    for (const t of snapshotTable('tasks')) {
      const own = findings.filter((f) => f.task_id === t.id);
      const f = statusFinding(t, own);
      if (t.status_source_kind === null) expect(f).toBeUndefined();
      else expect([f?.status, f?.as_of]).toEqual([t.status, t.status_as_of]);
    }
  });
});

describe('the status counts, read both ways', () => {
  const task = (over: Partial<CountedTask>): CountedTask => ({
    status: 'in_progress',
    past_due: false,
    status_evidence_year: null,
    independent_status: 'in_progress',
    independent_status_evidence_year: null,
    ...over,
  });

  it("counts a body's own 'done' as done by all findings and as what the evidence says by independent evidence alone", () => {
    const counts = taskStatusCounts([
      task({ status: 'done', independent_status: 'in_progress', independent_status_evidence_year: 2023 }),
      task({ status_evidence_year: 2022, past_due: true }),
      task({ status_evidence_year: 2023 }),
      task({ status: 'no_information', independent_status: 'no_information' }),
    ]);
    const by = Object.fromEntries(counts.map((c) => [c.status, c]));
    expect([by.done!.count, by.done!.independent]).toEqual([1, 0]);
    expect(by.in_progress).toMatchObject({
      count: 2,
      independent: 3,
      aged: 2,
      agedYears: { from: 2022, to: 2023 },
      pastDue: 1,
      independentAged: 1,
    });
    expect(by.no_information).toMatchObject({ count: 1, independent: 1, aged: 0, agedYears: null });
  });

  it('adds up to every task both ways on the reviewed data, the old-evidence counts to the tasks whose column says so', () => {
    const tasks = reviewedTable('tasks');
    const counts = taskStatusCounts(tasks);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(tasks.length);
    expect(counts.reduce((n, c) => n + c.independent, 0)).toBe(tasks.length);
    expect(counts.reduce((n, c) => n + c.aged, 0)).toBe(tasks.filter((t) => t.status_evidence_year !== null).length);
  });
});
