import { describe, expect, it } from 'vitest';
import {
  shortTitle,
  agenciesAsShown,
  agencyChoices,
  groupLabel,
  hasSubgroups,
  neighbours,
  referenceItems,
  sectionTasks,
  tasksByGroup,
  writtenIfDifferent,
} from '../../../src/lib/view/task-pages.ts';
import { routes } from '../../../src/utils/routes.ts';
import { reviewedSite } from '../../helpers/reviewed-tables.ts';
import { documentLabel } from '../../../src/lib/model/labels.ts';
import { planYears, tasksInYear } from '../../../src/lib/model/record-queries.ts';

const { tasks, groups, agencies, taskRefs, agencyById, documentById } = reviewedSite();

describe('the grouped task list', () => {
  const sections = sectionTasks(tasks, groups);

  it('has the 4 groups in order with all 90 tasks', () => {
    expect(sections.map((s) => [s.group.id, s.tasks.length])).toEqual([
      ['I', 49],
      ['II', 9],
      ['III', 25],
      ['IV', 7],
    ]);
    expect(sections.flatMap((s) => s.parts.flatMap((p) => p.tasks))).toEqual(tasks);
  });

  it('keeps group III’s direct tasks before and after its sub-groups as separate runs', () => {
    const iii = sections[2]!;
    expect(iii.parts.map((p) => [p.subgroup?.id ?? null, p.tasks.length])).toEqual([
      [null, 8],
      ['III.9', 4],
      ['III.10', 6],
      ['III.11', 5],
      ['III.12', 1],
      [null, 1],
    ]);
    expect(iii.parts.at(-1)!.tasks[0]!.id).toBe('III.13');
    expect(hasSubgroups(iii)).toBe(true);
    expect(hasSubgroups(sections[1]!)).toBe(false);
  });

  it('gives each of the 14 sub-groups exactly its task_count', () => {
    const parts = sections.flatMap((s) => s.parts).filter((p) => p.subgroup);
    expect(parts).toHaveLength(14);
    for (const p of parts) expect(p.tasks.length, p.subgroup!.id).toBe(p.subgroup!.task_count);
  });

  it('labels groups as in the appendix and slugs them like routes.tasksInGroup', () => {
    expect(groupLabel(groups.find((g) => g.id === 'I.4')!)).toBe('I.4. Phát triển dữ liệu số');
    for (const g of groups) expect(routes.tasksInGroup(g.slug)).toBe(`/nhiem-vu/nhom/${g.id.toLowerCase().replaceAll('.', '-')}/`);
    const byGroup = tasksByGroup(tasks, groups);
    expect([...byGroup.keys()]).toEqual(groups.map((g) => g.id));
    expect(byGroup.get('III.10')!.map((t) => t.id)).toEqual(['III.10.1', 'III.10.2', 'III.10.3', 'III.10.5', 'III.10.6', 'III.10.7']);
    for (const g of groups) {
      const own = tasks.filter((t) => t.group_id === g.id || t.subgroup_id === g.id);
      expect(byGroup.get(g.id), g.id).toEqual(own);
      expect(own.length, g.id).toBe(g.task_count);
    }
  });
});

describe('years and agencies for the filters', () => {
  it('lists the plan years and the tasks of a year', () => {
    expect(planYears({ start_year: 2022, end_year: 2030 })).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(tasksInYear(tasks, 2030).every((t) => t.end_year === 2030)).toBe(true);
    expect(tasksInYear(tasks, 2031)).toEqual([]);
  });

  it('counts agencies per role as agencies.json does, only those with tasks, in Vietnamese order', () => {
    for (const role of ['lead', 'cooperating'] as const) {
      const choices = agencyChoices(agencies, role);
      const expected = agencies.filter((a) => (role === 'lead' ? a.lead_task_count : a.cooperating_task_count) > 0);
      expect(choices.map((c) => c.id).sort()).toEqual(expected.map((a) => a.id).sort());
      for (const c of choices) {
        const a = agencyById.get(c.id)!;
        expect(c.count).toBe(role === 'lead' ? a.lead_task_count : a.cooperating_task_count);
      }
      const names = choices.map((c) => c.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    }
    // A known pair: "Sở Xây dựng" before "Sở Y tế".
    const lead = agencyChoices(agencies, 'lead').map((c) => c.name);
    expect(lead.indexOf('Sở Y tế')).toBeGreaterThan(lead.indexOf('Sở Xây dựng'));
  });
});

describe('a task page', () => {
  it('links the neighbours in the appendix order', () => {
    expect(neighbours(tasks, 'I.1.1').prev).toBeUndefined();
    expect(neighbours(tasks, 'I.1.1').next?.id).toBe('I.1.2');
    expect(neighbours(tasks, 'I.2.1').prev?.id).toBe('I.1.8');
    expect(neighbours(tasks, 'IV.5.2').next).toBeUndefined();
    expect(neighbours(tasks, 'III.13').prev?.id).toBe('III.12.1');
  });

  it('shows the plan’s wording of an agency cell only when it differs from the links', () => {
    // The links show full names; the plan wrote I.4.6's lead in full, and III.13's cooperating bodies abbreviated.
    const t = tasks.find((x) => x.id === 'I.4.6')!;
    expect(agenciesAsShown(t.lead_agency_ids, agencyById)).toBe('Sở Thông tin và Truyền thông');
    expect(writtenIfDifferent(t.lead_agencies_text, t.lead_agency_ids, agencyById)).toBeNull();
    const t13 = tasks.find((x) => x.id === 'III.13')!;
    expect(agenciesAsShown(t13.cooperating_agency_ids, agencyById)).toBe(
      'Ủy ban nhân dân thành phố Cao Lãnh; Ủy ban nhân dân huyện Cao Lãnh',
    );
    expect(writtenIfDifferent(t13.cooperating_agencies_text, t13.cooperating_agency_ids, agencyById)).toBe('UBND TPCL, UBND HCL');
    // I.1.3's cell ends with a stray comma in the plan: kept and shown.
    const i13 = tasks.find((x) => x.id === 'I.1.3')!;
    expect(writtenIfDifferent(i13.lead_agencies_text, i13.lead_agency_ids, agencyById)).toBe(i13.lead_agencies_text);
    expect(writtenIfDifferent(null, [], agencyById)).toBeNull();
  });

  it('lists a task’s legal references with clause and document', () => {
    const items = referenceItems(taskRefs, 'I.1.1', documentById);
    expect(items).toHaveLength(1);
    expect(items[0]!.clause).toBe('Điểm a, Khoản 1, Mục IV');
    expect(documentLabel(items[0]!.document)).toBe('Quyết định 749/QĐ-TTg');
    expect(items[0]!.citedIn).toEqual(['notes']);
    expect(referenceItems(taskRefs, 'I.4.6', documentById)).toEqual([]);
    expect(documentLabel(documentById.get('bo-chi-so-cds-cap-tinh')!)).toBe('Bộ chỉ số Chuyển đổi số cấp tỉnh');
    // Every reference row ends up in exactly one item.
    const total = tasks.reduce((n, t) => n + referenceItems(taskRefs, t.id, documentById).reduce((m, i) => m + i.citedIn.length, 0), 0);
    expect(total).toBe(taskRefs.length);
  });
});

describe('shortTitle', () => {
  it('keeps a short task whole, takes a first clause that fits, else cuts at a space with "…"', () => {
    expect(shortTitle('Xây dựng Đề án chuyển đổi số ngành nông nghiệp')).toBe('Xây dựng Đề án chuyển đổi số ngành nông nghiệp');
    expect(shortTitle(`Hoàn thiện CSDL đất đai (${'x '.repeat(60)})`)).toBe('Hoàn thiện CSDL đất đai');
    const long = 'Gắn các mục tiêu, nhiệm vụ về chuyển đổi số với nghị quyết, chiến lược, chương trình hành động, mục tiêu của tỉnh';
    const t = shortTitle(long);
    expect(t).toBe('Gắn các mục tiêu, nhiệm vụ về chuyển đổi số với nghị quyết, chiến lược, chương …');
    expect(long.startsWith(t.slice(0, -2))).toBe(true);
  });

  it('gives every real task a title of at most 82 characters that begins its text', () => {
    for (const t of tasks) {
      const title = shortTitle(t.content);
      expect(title.length, t.id).toBeLessThanOrEqual(82);
      expect(t.content.replace(/\s+/g, ' ').startsWith(title.replace(/ …$/, '')), t.id).toBe(true);
    }
  });
});
