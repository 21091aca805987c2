/**
 * Figures and sentences the home and about pages show, computed from the datasets so the words
 * cannot drift from the data. Pure, so unit-tested on the real files.
 */
import { formatDate } from '../model/labels.ts';
import type { BlockRecord, GroupRecord, LegalDocumentRecord, SectionRecord, TaskRecord } from '../model/records.ts';
import type { PlanRecord } from '../model/plan.ts';
import { pillarInfo, type PillarCode } from './indicator-format.ts';

/** Key figures of the plan and its appendix. */
export interface PlanFigures {
  tasks: number;
  annualTasks: number;
  agencies: number;
  documents: number;
  groups: number;
  subgroups: number;
  /** Top-level groups in appendix order with their task counts. */
  byGroup: { id: string; slug: string; title: string; tasks: number }[];
}

/** Counts for the home page; the group counts come from groups.task_count (checked by the pipeline). */
export function planFigures(data: {
  tasks: readonly TaskRecord[];
  groups: readonly GroupRecord[];
  agencies: readonly unknown[];
  documents: readonly Pick<LegalDocumentRecord, 'context'>[];
}): PlanFigures {
  const top = [...data.groups].filter((g) => g.level === 1).sort((a, b) => a.source_line - b.source_line);
  return {
    tasks: data.tasks.length,
    annualTasks: data.tasks.filter((t) => t.timeframe_kind === 'annual').length,
    agencies: data.agencies.length,
    // The documents the plan cites: the table also lists the 2025 reorganisation's and the rules of publishing.
    documents: data.documents.filter((d) => d.context === 'plan').length,
    groups: top.length,
    subgroups: data.groups.filter((g) => g.level === 2).length,
    byGroup: top.map((g) => ({ id: g.id, slug: g.slug, title: g.title, tasks: g.task_count })),
  };
}

/** "Kế hoạch thực hiện Nghị quyết số 04-NQ/TU ngày 31/12/2021 của … về …": what the plan implements. */
export function implementsPhrase(plan: Pick<PlanRecord, 'implements'>): string {
  const r = plan.implements;
  return `Nghị quyết số ${r.number} ngày ${formatDate(r.issued_date)} của ${r.issuer} ${r.title}`;
}

/** Two or three plain sentences saying what the plan is, for the home page. */
export function planIntro(
  plan: Pick<PlanRecord, 'issuer' | 'implements' | 'period'>,
  figures: Pick<PlanFigures, 'tasks' | 'agencies'>,
): string[] {
  return [
    `Năm ${plan.period.start_year}, ${plan.issuer} ban hành Kế hoạch thực hiện ${implementsPhrase(plan)}.`,
    'Kế hoạch đề ra mục tiêu, nhiệm vụ và giải pháp chuyển đổi số trên ba trụ cột: chính quyền số, kinh tế số và xã hội số.',
    `Kèm theo là Phụ lục ${figures.tasks} nhiệm vụ trọng tâm, giao cho ${figures.agencies} cơ quan, đơn vị chủ trì hoặc phối hợp thực hiện trong giai đoạn ${plan.period.start_year}–${plan.period.end_year}.`,
  ];
}

/** One of the three pillars with the places the plan treats it. */
export interface Pillar {
  /** "Chính quyền số" */
  name: string;
  /** The pillar's code in the datasets (groups.pillar, plan_sections.pillar). */
  code: PillarCode;
  group: { id: string; slug: string; title: string; tasks: number };
  /**
   * The body's sections on this pillar (targets 2025, orientation 2030, solutions), in document
   * order. `label` names the section without repeating the pillar: the parent's title when the
   * section is titled just by the pillar ("Mục tiêu cụ thể đến năm 2025"), else its own title.
   */
  sections: { id: string; title: string; label: string; items: number }[];
  /** The first target the plan sets for this pillar (first block of its first section), if any. */
  example: string | null;
}

const lower = (s: string) => s.toLocaleLowerCase('vi');

/**
 * The pillars, from the appendix groups the datasets give a pillar (groups.pillar) and the body's
 * sections with the same pillar (plan_sections.pillar: II.2.a, II.3.a, III.5.a …).
 */
export function pillars(sections: readonly SectionRecord[], groups: readonly GroupRecord[], blocks: readonly BlockRecord[]): Pillar[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const blocksOf = (id: string) => blocks.filter((b) => b.section_id === id).sort((a, b) => a.order - b.order);
  return [...groups]
    .filter((g) => g.level === 1 && g.pillar !== null)
    .sort((a, b) => a.source_line - b.source_line)
    .map((g) => {
      const { code, label: name } = pillarInfo(g.pillar!);
      const matching = sections
        .filter((s) => s.pillar === g.pillar && s.title !== null)
        .sort((a, b) => a.order - b.order)
        .map((s) => {
          const parentTitle = s.parent_id !== null ? byId.get(s.parent_id)?.title : undefined;
          const label = lower(s.title!) === lower(name) && parentTitle ? parentTitle : s.title!;
          return { id: s.id, title: s.title!, label, items: blocksOf(s.id).length };
        });
      const example = matching.length > 0 ? (blocksOf(matching[0]!.id)[0]?.text ?? null) : null;
      return { name, code, group: { id: g.id, slug: g.slug, title: g.title, tasks: g.task_count }, sections: matching, example };
    });
}

/**
 * The Vietnamese sentences of a bilingual note (content/plan_period.json writes Vietnamese, then
 * English): keeps the sentences that contain Vietnamese letters.
 */
export function vietnameseSentences(note: string): string {
  return note
    .split(/(?<=[.!?])\s+/u)
    .filter((s) => /[\u00C0-\u1EF9]/u.test(s))
    .join(' ');
}
