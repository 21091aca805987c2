/**
 * The task list's filter as pure functions: the state, its URL query, and whether a task matches.
 * Shipped to the browser (src/client/task-list-page.ts), so it imports nothing.
 */

/** The filter's state; an empty string means "any". Values are dataset ids and a year. */
export interface TaskFilter {
  group: string;
  lead: string;
  cooperating: string;
  year: string;
  /** A task status code of the dataset (done, in_progress …). */
  status: string;
  /** The id of a body that leads tasks today (bodies.id, as in tasks.lead_body_ids). */
  leadNow: string;
  /** PAST_DUE_VALUE: only the tasks the dataset marks past due (tasks.past_due). */
  pastDue: string;
}

/** The query parameter of each field, in the order they appear in a shared URL. */
export const QUERY_KEYS: Readonly<Record<keyof TaskFilter, string>> = {
  group: 'nhom',
  lead: 'chu-tri',
  cooperating: 'phoi-hop',
  year: 'nam',
  status: 'tinh-trang',
  leadNow: 'chu-tri-hien-nay',
  pastDue: 'qua-han',
};

/** The past-due field's one value: "?qua-han=co" (the same word as the pre-rendered list, /nhiem-vu/qua-han/). */
export const PAST_DUE_VALUE = 'co';

/** A filter with nothing chosen. */
export const emptyFilter = (): TaskFilter => ({ group: '', lead: '', cooperating: '', year: '', status: '', leadNow: '', pastDue: '' });

const FIELDS = Object.keys(QUERY_KEYS) as (keyof TaskFilter)[];

/** What the filter needs to know about one task (read from the list item's data-* attributes). */
export interface TaskFacts {
  id: string;
  /** The task's group and, when it has one, its sub-group (tasks.group_id, tasks.subgroup_id). */
  groups: readonly string[];
  lead: readonly string[];
  cooperating: readonly string[];
  start: number;
  end: number;
  status: string;
  leadNow: readonly string[];
  /** tasks.past_due, as the dataset gives it: never worked out from dates in the browser. */
  pastDue: boolean;
}

/** The filter in a URL query ("?nhom=I&nam=2024"); unknown parameters are ignored. */
export function parseQuery(search: string): TaskFilter {
  const q = new URLSearchParams(search);
  const f = emptyFilter();
  for (const k of FIELDS) f[k] = (q.get(QUERY_KEYS[k]) ?? '').trim();
  return f;
}

/** The query for a filter, "" when nothing is chosen, fields in a fixed order so links are stable. */
export function toQuery(f: TaskFilter): string {
  const q = new URLSearchParams();
  for (const k of FIELDS) if (f[k]) q.set(QUERY_KEYS[k], f[k]);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Whether a task passes every chosen field. A year matches when start ≤ year ≤ end. */
export function matchesFilter(t: TaskFacts, f: TaskFilter): boolean {
  const year = Number(f.year);
  return (
    (!f.group || t.groups.includes(f.group)) &&
    (!f.lead || t.lead.includes(f.lead)) &&
    (!f.cooperating || t.cooperating.includes(f.cooperating)) &&
    (!f.year || (t.start <= year && year <= t.end)) &&
    (!f.status || t.status === f.status) &&
    (!f.leadNow || t.leadNow.includes(f.leadNow)) &&
    (!f.pastDue || (f.pastDue === PAST_DUE_VALUE && t.pastDue))
  );
}

/**
 * A list item's data-* attributes (data-task-id, data-group="III III.10", data-lead="a b", data-start …,
 * data-past-due="true" on a past-due task only) as facts.
 */
export function factsFromData(d: Record<string, string | undefined>): TaskFacts {
  const ids = (s = '') => s.split(' ').filter(Boolean);
  return {
    id: d.taskId ?? '',
    groups: ids(d.group),
    lead: ids(d.lead),
    cooperating: ids(d.cooperating),
    start: Number(d.start),
    end: Number(d.end),
    status: d.status ?? '',
    leadNow: ids(d.leadNow),
    pastDue: d.pastDue === 'true',
  };
}

/**
 * The downloaded file's name, after the filter: "nhiem-vu_chu-tri-so-tttt_nam-2023.csv" (each chosen
 * field as its query key and value, in the URL's order), "nhiem-vu.csv" with no filter.
 */
export function downloadName(f: TaskFilter): string {
  const parts = FIELDS.filter((k) => f[k]).map(
    (k) =>
      `${QUERY_KEYS[k]}-${f[k]
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
  );
  return `${['nhiem-vu', ...parts].join('_')}.csv`;
}

/** The live region's text: "Đang hiển thị 12/90 nhiệm vụ". */
export const countLabel = (shown: number, total: number): string => `Đang hiển thị ${shown}/${total} nhiệm vụ`;

/** A section heading's count while filtering: "(6/25 nhiệm vụ)", or "(25 nhiệm vụ)" when all show. */
export const sectionCountLabel = (shown: number, total: number): string =>
  shown === total ? `(${total} nhiệm vụ)` : `(${shown}/${total} nhiệm vụ)`;
