import { describe, expect, it } from 'vitest';
import { agenciesByKind, agencyTaskTotal, compareAgencies, isCollectiveAgency } from '../../../src/lib/view/agency-pages.ts';
import { AGENCY_KINDS } from '../../../src/lib/model/dictionary.ts';
import { reviewedSite } from '../../helpers/reviewed-tables.ts';
import { agencyTasks } from '../../../src/lib/model/record-queries.ts';

const { agencies, tasks, taskAgencies, agencyById } = reviewedSite();

describe('agenciesByKind', () => {
  const groups = agenciesByKind(agencies);

  it('keeps every agency once, kinds in the dictionary order', () => {
    expect(groups.flatMap((g) => g.agencies.map((a) => a.id)).sort()).toEqual(agencies.map((a) => a.id).sort());
    const order = groups.map((g) => AGENCY_KINDS.indexOf(g.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups[0]!.kind).toBe('provincial_department');
    expect(groups[0]!.agencies[0]!.id).toBe('so-tttt');
  });

  it('sorts single bodies before collective entries, each by most tasks first, ties by Vietnamese name', () => {
    for (const g of groups) {
      const flags = g.agencies.map((a) => a.is_collective);
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
      for (const part of [g.agencies.filter((a) => !a.is_collective), g.agencies.filter((a) => a.is_collective)]) {
        const totals = part.map(agencyTaskTotal);
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
      }
    }
    expect(groups[0]!.agencies.at(-1)!.id).toMatch(/^cac-so-/);
    const depts = groups[0]!.agencies.map((a) => a.id);
    // Three departments lead 6 tasks each: Giao thông < Khoa học < Tài nguyên.
    expect(depts.slice(1, 4)).toEqual(['so-gtvt', 'so-khcn', 'so-tnmt']);
  });

  it('collates Vietnamese letters in the alphabet, not by code point', () => {
    const names = ['Ủy ban', 'Đơn vị', 'Sở', 'Ban', 'Doanh nghiệp'].map((name) => ({
      name,
      lead_task_count: 0,
      cooperating_task_count: 0,
    }));
    expect(names.sort(compareAgencies).map((a) => a.name)).toEqual(['Ban', 'Doanh nghiệp', 'Đơn vị', 'Sở', 'Ủy ban']);
  });
});

describe('isCollectiveAgency', () => {
  it('marks entries that stand for many bodies (agencies.is_collective, curated)', () => {
    for (const id of ['cac-so-ban-nganh-tinh', 'ubnd-huyen-thanh-pho', 'mttq-va-doan-the-tinh', 'cac-doanh-nghiep', 'cac-bo-nganh-tw'])
      expect(isCollectiveAgency(agencyById.get(id)!), id).toBe(true);
    for (const id of ['so-tttt', 'ubnd-huyen-cao-lanh', 'van-phong-tinh-uy', 'don-vi-tu-van'])
      expect(isCollectiveAgency(agencyById.get(id)!), id).toBe(false);
  });
});

describe('agencyTasks', () => {
  it('finds exactly the tasks the datasets count for every agency', () => {
    for (const a of agencies) {
      const { lead, cooperating } = agencyTasks(a.id, tasks);
      expect(lead.length, a.id).toBe(a.lead_task_count);
      expect(cooperating.length, a.id).toBe(a.cooperating_task_count);
      const rows = (role: string) =>
        taskAgencies
          .filter((r) => r.agency_id === a.id && r.role === role)
          .map((r) => r.task_id)
          .sort();
      expect(lead.map((t) => t.id).sort(), a.id).toEqual(rows('lead'));
      expect(cooperating.map((t) => t.id).sort(), a.id).toEqual(rows('cooperating'));
    }
  });

  it('keeps document order', () => {
    const { lead } = agencyTasks('so-tttt', tasks);
    expect(lead[0]!.id).toBe('I.1.6'); // I.1.1–I.1.5 are led by others
    const lines = lead.map((t) => t.source_line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
