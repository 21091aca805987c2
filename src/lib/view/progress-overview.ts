/**
 * The progress overview (/tien-do/, and the home page's two bars): the plan's tasks counted by status
 * per group of the appendix and per today's lead body, how many tasks rest on a finding and of which
 * source kind, and the 2025 targets. Every number counts a published column (tasks.status,
 * tasks.lead_body_ids, tasks.status_source_kind, indicators.result_2025 through target-results.ts, the
 * one count of the targets); nothing is recounted from findings or dates. Each bar and each segment
 * names the pre-rendered list that holds exactly its tasks (`list`), which the page turns into a link.
 * Pure.
 */
import { capitalise, SOURCE_KIND, SOURCE_KINDS } from '../model/codes.ts';
import type { BodyRecord, GroupRecord, IndicatorRecord, SourceKind, TaskRecord, TaskStatus } from '../model/records.ts';
import { groupLabel } from './task-pages.ts';
import { TASK_STATUS_LABELS, TASK_STATUS_ORDER } from './task-status-labels.ts';
import { targetResults2025, type TargetResult } from './target-results.ts';

/** The pre-rendered list behind a bar or a segment: the page maps it to its route. */
export type ProgressList =
  | { kind: 'all' }
  | { kind: 'status'; status: TaskStatus }
  | { kind: 'group'; slug: string }
  | { kind: 'group-status'; slug: string; status: TaskStatus }
  | { kind: 'body'; id: string }
  | { kind: 'body-status'; id: string; status: TaskStatus }
  | { kind: 'evidence'; source: EvidenceKey }
  | { kind: 'target-result'; result: TargetResult };

/** One part of a bar: a status, a source kind or a target result, its count and its list. */
export interface ProgressSegment {
  /** The code it counts (a status, a source kind, "none", a target result): the segment's CSS class. */
  key: string;
  /** Its word, capitalised as in a legend or a table's header. */
  label: string;
  count: number;
  list: ProgressList;
}

/** One bar: what it counts (a group, a body, the whole plan) and its segments, empty ones kept. */
export interface ProgressRow {
  key: string;
  label: string;
  total: number;
  /** The list of all its tasks, or null when it has none of its own (the 2025 targets' bar). */
  list: ProgressList | null;
  segments: ProgressSegment[];
}

type StatusTask = Pick<TaskRecord, 'status'>;

const statusSegments = (tasks: readonly StatusTask[], list: (status: TaskStatus) => ProgressList): ProgressSegment[] =>
  TASK_STATUS_ORDER.map((status) => ({
    key: status,
    label: TASK_STATUS_LABELS[status],
    count: tasks.filter((t) => t.status === status).length,
    list: list(status),
  }));

/** Every task in one bar, by status (the home page's bar). */
export function statusOfAll(tasks: readonly StatusTask[]): ProgressRow {
  return {
    key: 'all',
    label: 'Tất cả nhiệm vụ',
    total: tasks.length,
    list: { kind: 'all' },
    segments: statusSegments(tasks, (status) => ({ kind: 'status', status })),
  };
}

/** One bar per group of the appendix (the top level, as groups lists them), by status. */
export function statusByGroup(
  tasks: readonly Pick<TaskRecord, 'status' | 'group_id'>[],
  groups: readonly Pick<GroupRecord, 'id' | 'title' | 'slug' | 'level'>[],
): ProgressRow[] {
  return groups
    .filter((g) => g.level === 1)
    .map((g) => {
      const own = tasks.filter((t) => t.group_id === g.id);
      return {
        key: g.id,
        label: groupLabel(g),
        total: own.length,
        list: { kind: 'group', slug: g.slug },
        segments: statusSegments(own, (status) => ({ kind: 'group-status', slug: g.slug, status })),
      };
    });
}

/** The tasks of one group with one status: the list behind a segment of statusByGroup. */
export const tasksOfGroupWithStatus = <T extends Pick<TaskRecord, 'status' | 'group_id'>>(
  tasks: readonly T[],
  groupId: string,
  status: TaskStatus,
): T[] => tasks.filter((t) => t.group_id === groupId && t.status === status);

type LedTask = Pick<TaskRecord, 'status' | 'lead_body_ids'>;

/** The tasks a body of today leads (tasks.lead_body_ids: own or inherited, a collective as itself). */
export const tasksLedBy = <T extends Pick<TaskRecord, 'lead_body_ids'>>(tasks: readonly T[], bodyId: string): T[] =>
  tasks.filter((t) => t.lead_body_ids.includes(bodyId));

/** The tasks a body leads with one status: the list behind a segment of statusByLeadBody. */
export const tasksLedByWithStatus = <T extends LedTask>(tasks: readonly T[], bodyId: string, status: TaskStatus): T[] =>
  tasksLedBy(tasks, bodyId).filter((t) => t.status === status);

/**
 * One bar per body of today that leads at least one task, most tasks first (then by name), by status.
 * A task led by a collective ("Các sở, ban, ngành tỉnh") counts once, on the collective's bar, not on
 * each member's; a task with two leads counts on both bars, so the bars add up to more than the
 * tasks. `unled` are the tasks no body of today leads (their 2022 agency has no successor listed).
 */
export function statusByLeadBody<T extends LedTask>(
  tasks: readonly T[],
  bodies: readonly Pick<BodyRecord, 'id' | 'name'>[],
): { rows: ProgressRow[]; unled: T[] } {
  const rows = bodies
    .map((b) => {
      const own = tasksLedBy(tasks, b.id);
      return {
        key: b.id,
        label: b.name,
        total: own.length,
        list: { kind: 'body', id: b.id } as ProgressList | null,
        segments: statusSegments(own, (status) => ({ kind: 'body-status', id: b.id, status })),
      };
    })
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'vi'));
  return { rows, unled: tasks.filter((t) => t.lead_body_ids.length === 0) };
}

/** What a task's status rests on: the kind of its latest finding's source, or no finding at all. */
export type EvidenceKey = SourceKind | 'none';

/** Independent evidence first (a document, then a public page), then the bodies' own reports, then none. */
export const EVIDENCE_ORDER: readonly EvidenceKey[] = [
  ...SOURCE_KINDS.filter((k) => SOURCE_KIND[k].independent),
  ...SOURCE_KINDS.filter((k) => !SOURCE_KIND[k].independent),
  'none',
];

/** The words of each evidence key, capitalised (codes.ts's source kinds; "none" is this page's). */
export const EVIDENCE_LABELS: Record<EvidenceKey, string> = {
  ...(Object.fromEntries(SOURCE_KINDS.map((k) => [k, capitalise(SOURCE_KIND[k].label)])) as Record<SourceKind, string>),
  none: 'Chưa có nguồn',
};

/** The URL slug of each evidence key's list: /nhiem-vu/nguon/<slug>/. */
export const EVIDENCE_SLUGS: Record<EvidenceKey, string> = {
  official_document: 'van-ban',
  public_record: 'nguon-cong-khai',
  official_report: 'bao-cao-cua-co-quan',
  none: 'chua-co-nguon',
};

/** The evidence key whose list lives at `slug`, or undefined. */
export const evidenceBySlug = (slug: string): EvidenceKey | undefined => EVIDENCE_ORDER.find((k) => EVIDENCE_SLUGS[k] === slug);

type EvidenceTask = Pick<TaskRecord, 'status_source_kind'>;

/** The tasks whose status rests on a source of one kind (tasks.status_source_kind), or on none. */
export const tasksWithEvidence = <T extends EvidenceTask>(tasks: readonly T[], key: EvidenceKey): T[] =>
  tasks.filter((t) => (t.status_source_kind ?? 'none') === key);

/**
 * Every task in one bar, by what its status rests on: a task with any finding has the kind of its
 * latest finding's source (tasks.status_source_kind); one without has none and reads "chưa có
 * thông tin công khai".
 */
export function evidenceCoverage(tasks: readonly EvidenceTask[]): ProgressRow {
  return {
    key: 'evidence',
    label: 'Tất cả nhiệm vụ',
    total: tasks.length,
    list: { kind: 'all' },
    segments: EVIDENCE_ORDER.map((key) => ({
      key,
      label: EVIDENCE_LABELS[key],
      count: tasksWithEvidence(tasks, key).length,
      list: { kind: 'evidence', source: key },
    })),
  };
}

/** The 2025 targets in one bar: target-results.ts's count, the same as every page's. */
export function targetResultsRow(indicators: readonly Pick<IndicatorRecord, 'result_2025'>[]): ProgressRow {
  const c = targetResults2025(indicators);
  return {
    key: 'targets-2025',
    label: 'Chỉ số có chỉ tiêu năm 2025',
    total: c.withTarget,
    list: null,
    segments: c.groups.map((g) => ({
      key: g.result,
      label: capitalise(g.label),
      count: g.indicators.length,
      list: { kind: 'target-result', result: g.result },
    })),
  };
}
