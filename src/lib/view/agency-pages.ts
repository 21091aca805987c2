/**
 * What the agency index and the agency pages show: agencies ordered and grouped by kind, and the
 * tasks each one leads or cooperates on.
 */
import { AGENCY_KINDS, capitalise, labelsOf, SUCCESSOR_RELATION } from '../model/codes.ts';
import type { AgencyRecord } from '../model/records.ts';
import { formatDate } from '../model/labels.ts';

type Counted = Pick<AgencyRecord, 'name' | 'lead_task_count' | 'cooperating_task_count'>;

/** Total tasks an agency is named on, leading or cooperating. */
/** The agency lists' column of the statuses of the tasks a lead leads (components/LeadStatusCounts). */
export const LEAD_STATUS_COLUMN = 'Chủ trì, theo tình trạng';

export const agencyTaskTotal = (a: Counted): number => a.lead_task_count + a.cooperating_task_count;

/** Most tasks first, then most led, then by name in Vietnamese order. */
export function compareAgencies(a: Counted, b: Counted): number {
  return agencyTaskTotal(b) - agencyTaskTotal(a) || b.lead_task_count - a.lead_task_count || a.name.localeCompare(b.name, 'vi');
}

/**
 * Agencies grouped by kind, kinds in the dictionary's order (empty kinds left out), each group sorted:
 * the bodies themselves first, then the entries that stand for a group of them ("Các sở, ban, ngành
 * tỉnh"), so a collective never heads a list of departments.
 */
export function agenciesByKind<T extends Counted & Pick<AgencyRecord, 'kind' | 'is_collective'>>(
  agencies: readonly T[],
): { kind: AgencyRecord['kind']; agencies: T[] }[] {
  const order = (a: T, b: T) => Number(a.is_collective) - Number(b.is_collective) || compareAgencies(a, b);
  return AGENCY_KINDS.map((kind) => ({ kind, agencies: agencies.filter((a) => a.kind === kind).sort(order) })).filter(
    (g) => g.agencies.length > 0,
  );
}

/**
 * True for entries that stand for many bodies ("Các sở, ban, ngành tỉnh", "UBND huyện, thành phố",
 * "Các doanh nghiệp"): the plan names no single body, so the page says so. Curated, published as
 * agencies.is_collective.
 */
export function isCollectiveAgency(a: Pick<AgencyRecord, 'is_collective'>): boolean {
  return a.is_collective;
}

type Successor = Pick<AgencyRecord, 'kind' | 'successor_relation' | 'successor_names' | 'successor_since'>;

/**
 * Who holds a 2022 agency's role now, in a few words to put beside its name: "nay: Sở Khoa học và
 * Công nghệ tỉnh Đồng Tháp (sau hợp nhất), thay đổi từ 01/3/2025"; "cấp huyện đã chấm dứt hoạt động từ
 * 01/7/2025"; null when nothing changed or nothing is known (the agency page says which).
 */
export function successorPhrase(a: Successor, options: { nay?: boolean } = {}): string | null {
  const since = a.successor_since ? formatDate(a.successor_since) : null;
  switch (a.successor_relation) {
    case 'merged_into':
    case 'renamed':
    case 'split_between':
      // Under a "Hiện nay" heading the "nay:" is already said (options.nay = false).
      return `${options.nay === false ? '' : 'nay: '}${a.successor_names.join('; ')}${since ? `, thay đổi từ ${since}` : ''}`;
    case 'abolished': {
      const what = a.kind === 'district_committee' ? 'cấp huyện đã chấm dứt hoạt động' : 'đã chấm dứt hoạt động';
      return since ? `${what} từ ${since}` : what;
    }
    default:
      return null;
  }
}

/** The relation in words, for the agency page's "Hiện nay" section and the agency list. */
export const SUCCESSOR_RELATION_LABELS: Record<AgencyRecord['successor_relation'], string> = labelsOf(SUCCESSOR_RELATION, (r) =>
  capitalise(r.label),
);
