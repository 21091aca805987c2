import { describe, expect, it } from 'vitest';
import { implementsPhrase, pillars, planFigures, planIntro, vietnameseSentences } from '../../../src/lib/view/site-facts.ts';
import { reviewedSite } from '../../helpers/reviewed-tables.ts';

const { plan, tasks, groups, agencies, documents, sections, blocks } = reviewedSite();

describe('planFigures on the real data', () => {
  const f = planFigures({ tasks, groups, agencies, documents });
  it('counts what plan.json counts', () => {
    expect(f.tasks).toBe(plan.counts.tasks);
    expect(f.agencies).toBe(plan.counts.agencies);
    // The documents the plan cites, not every row of legal_documents (the reorganisation's and the rules of publishing are listed too).
    const cited = documents.filter((d) => d.cited_by_task_count + d.cited_by_section_count > 0);
    expect(f.documents).toBe(cited.length);
    expect(f.documents).toBeLessThan(plan.counts.legal_documents!);
    expect(f.groups + f.subgroups).toBe(plan.counts.groups);
    expect(f.groups).toBe(4);
  });
  it('counts annual tasks and tasks per group', () => {
    expect(f.annualTasks).toBe(tasks.filter((t) => t.timeframe_text === 'Hàng năm').length);
    expect(f.annualTasks).toBe(29);
    expect(f.byGroup.map((g) => [g.id, g.tasks])).toEqual([
      ['I', 49],
      ['II', 9],
      ['III', 25],
      ['IV', 7],
    ]);
    expect(f.byGroup.reduce((n, g) => n + g.tasks, 0)).toBe(f.tasks);
  });
});

describe('planIntro', () => {
  it('says who issued the plan, what it implements and when, from plan.json', () => {
    expect(implementsPhrase(plan)).toBe(
      'Nghị quyết số 04-NQ/TU ngày 31/12/2021 của Ban Chấp hành Đảng bộ Tỉnh Khoá XI về chuyển đổi số tỉnh Đồng Tháp',
    );
    const [first, , last] = planIntro(plan, { tasks: 90, agencies: 35 });
    expect(first).toBe(`Năm 2022, Ủy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch thực hiện ${implementsPhrase(plan)}.`);
    expect(last).toContain('Phụ lục 90 nhiệm vụ trọng tâm, giao cho 35 cơ quan');
    expect(last).toContain('2022–2030');
  });
});

describe('pillars', () => {
  const ps = pillars(sections, groups, blocks);

  it('reads the three pillars from the appendix groups', () => {
    expect(ps.map((p) => [p.name, p.group.id, p.group.tasks])).toEqual([
      ['Chính quyền số', 'II', 9],
      ['Kinh tế số', 'III', 25],
      ['Xã hội số', 'IV', 7],
    ]);
  });

  it('finds the targets, orientation and solutions of each pillar in the body', () => {
    expect(ps.map((p) => p.sections.map((s) => s.id))).toEqual([
      ['II.2.a', 'II.3.a', 'III.5.a'],
      ['II.2.b', 'II.3.b', 'III.5.b'],
      ['II.2.c', 'II.3.c', 'III.5.c'],
    ]);
    expect(ps[0]!.sections[0]).toEqual({ id: 'II.2.a', title: 'Chính quyền số', label: 'Mục tiêu cụ thể đến năm 2025', items: 4 });
    expect(ps[0]!.sections.map((s) => s.label)).toEqual([
      'Mục tiêu cụ thể đến năm 2025',
      'Định hướng đến năm 2030',
      'Xây dựng Chính quyền số',
    ]);
    expect(ps[1]!.sections[2]!.label).toBe('Phát triển kinh tế số');
    expect(ps[2]!.sections[0]!.items).toBe(8);
  });

  it('quotes the first 2025 target of each pillar as written', () => {
    expect(ps[0]!.example).toBe('100% thủ tục hành chính có đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 4;');
    for (const p of ps) expect(p.example).toBe(blocks.find((b) => b.section_id === p.sections[0]!.id && b.order === 1)!.text);
  });
});

describe('vietnameseSentences', () => {
  it('keeps the Vietnamese half of the bilingual period note', () => {
    const vi = vietnameseSentences(plan.period.note);
    expect(vi.startsWith('Các nhiệm vụ ghi')).toBe(true);
    expect(vi).not.toMatch(/Annual tasks/);
    expect(vietnameseSentences('Một câu. An English one. Câu nữa.')).toBe('Một câu. Câu nữa.');
  });
});
