/**
 * The progress overview on the built site (/tien-do/ and the home page's two bars): every segment of
 * every bar is a link to a built page whose list holds exactly the segment's count, and exactly the
 * tasks the published data gives for it; every row name leads to a list of the row's total; the
 * table after each chart has the same numbers; the agency lists show each row's lead tasks by status.
 * Counts are read from the built data, never pinned.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { AgencyRecord, BodyRecord, GroupRecord, IndicatorRecord, TaskRecord } from '../../src/lib/model/records.ts';
import { EVIDENCE_SLUGS, evidenceBySlug } from '../../src/lib/view/progress-overview.ts';
import { statusBySlug, TASK_STATUS_SLUGS } from '../../src/lib/view/task-status-labels.ts';
import { TARGET_RESULTS } from '../../src/lib/model/codes.ts';
import { DIST } from '../helpers/built-site.ts';
import { builtData as data, builtHtml } from '../helpers/built-pages.ts';

const tasks = data<TaskRecord>('tasks');
const groups = data<GroupRecord>('groups');
const bodies = data<BodyRecord>('bodies');
const agencies = data<AgencyRecord>('agencies');
const indicators = data<IndicatorRecord>('indicators');

interface El {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  content?: El;
}
const all = (n: El, out: El[] = []): El[] => {
  out.push(n);
  for (const c of n.childNodes ?? []) all(c, out);
  return out;
};
const attr = (n: El, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const text = (n: El): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(text).join(''));
const doc = (path: string): El[] => all(parse(builtHtml(path)) as unknown as El);
const TASK_LINK = /^\/nhiem-vu\/[ivx]+(-\d+)+\/$/;
/** The task pages a list links to, each once: within `root` (the whole page by default). */
const taskLinks = (nodes: readonly El[]) =>
  [...new Set(nodes.filter((n) => n.nodeName === 'a' && TASK_LINK.test(attr(n, 'href') ?? '')).map((n) => attr(n, 'href')!))].sort();
const slugs = (ts: readonly TaskRecord[]) => ts.map((t) => `/nhiem-vu/${t.slug}/`).sort();

/** What the list at `href` holds: task pages, or (a 2025 result's list on /chi-tieu/) indicator pages. */
function listAt(href: string): string[] {
  const [path, fragment] = href.split('#') as [string, string | undefined];
  expect(existsSync(join(DIST, path, 'index.html')), href).toBe(true);
  const nodes = doc(path);
  if (!fragment) return taskLinks(nodes);
  const target = nodes.find((n) => attr(n, 'id') === fragment);
  expect(target, href).toBeDefined();
  if (path === '/chi-tieu/') {
    const links = all(target!).filter((n) => n.nodeName === 'a' && /^\/chi-tieu\/[^/#]+\/$/.test(attr(n, 'href') ?? ''));
    return [...new Set(links.map((n) => attr(n, 'href')!))].sort();
  }
  // A body's "Nhiệm vụ chủ trì": the section its heading names.
  const section = nodes.find((n) => n.nodeName === 'section' && attr(n, 'aria-labelledby') === fragment);
  expect(section, href).toBeDefined();
  return taskLinks(all(section!));
}

/** What the published data says a list at `href` holds. */
function expectedAt(href: string): string[] {
  const [path, fragment] = href.split('#') as [string, string | undefined];
  let m: RegExpMatchArray | null;
  if (path === '/nhiem-vu/') return slugs(tasks);
  if ((m = path.match(/^\/nhiem-vu\/tinh-trang\/([^/]+)\/$/))) return slugs(tasks.filter((t) => t.status === statusBySlug(m![1]!)));
  if ((m = path.match(/^\/nhiem-vu\/nhom\/([^/]+)\/$/))) {
    const g = groups.find((x) => x.slug === m![1])!;
    return slugs(tasks.filter((t) => t.group_id === g.id || t.subgroup_id === g.id));
  }
  if ((m = path.match(/^\/nhiem-vu\/nhom\/([^/]+)\/tinh-trang\/([^/]+)\/$/))) {
    const g = groups.find((x) => x.slug === m![1])!;
    return slugs(tasks.filter((t) => t.group_id === g.id && t.status === statusBySlug(m![2]!)));
  }
  if ((m = path.match(/^\/co-quan-hien-nay\/([^/]+)\/tinh-trang\/([^/]+)\/$/)))
    return slugs(tasks.filter((t) => t.lead_body_ids.includes(m![1]!) && t.status === statusBySlug(m![2]!)));
  if ((m = path.match(/^\/co-quan-hien-nay\/([^/]+)\/$/)) && fragment === 'chu-tri')
    return slugs(tasks.filter((t) => t.lead_body_ids.includes(m![1]!)));
  if ((m = path.match(/^\/nhiem-vu\/nguon\/([^/]+)\/$/)))
    return slugs(tasks.filter((t) => (t.status_source_kind ?? 'none') === evidenceBySlug(m![1]!)));
  if (path === '/chi-tieu/' && fragment?.startsWith('ket-qua-2025-')) {
    const result = fragment.slice('ket-qua-2025-'.length);
    expect(TARGET_RESULTS).toContain(result);
    return indicators
      .filter((i) => i.result_2025 === result)
      .map((i) => `/chi-tieu/${i.id}/`)
      .sort();
  }
  throw new Error(`no expectation for ${href}`);
}

/** The links of the overview's bars on a page: segments with their count, row names with their row's total. */
function barLinks(path: string) {
  const nodes = doc(path);
  const svgs = nodes.filter((n) => n.nodeName === 'svg' && /\bchart\b/.test(attr(n, 'class') ?? '') && attr(n, 'role') === 'group');
  const segments = new Map<string, number>();
  const rows = new Map<string, number>();
  for (const svg of svgs) {
    for (const row of all(svg).filter((n) => n.nodeName === 'g' && attr(n, 'class') === 'bar-row')) {
      const total = Number(attr(row, 'data-total'));
      for (const a of all(row).filter((n) => n.nodeName === 'a')) {
        const href = attr(a, 'href')!;
        if (attr(a, 'class') === 'seg-link') segments.set(href, Number(attr(a, 'data-count')));
        else rows.set(href, total);
      }
    }
  }
  return { svgs: svgs.length, segments, rows, nodes };
}

describe('the progress overview', () => {
  const page = barLinks('tien-do');

  it('draws its four charts, each in two layouts, with a segment for each non-empty count', () => {
    expect(page.svgs).toBe(8);
    // Every status a task has is a segment of the whole plan's bar; every lead body with tasks has its own bar.
    for (const s of new Set(tasks.map((t) => t.status)))
      expect(page.segments.get(`/nhiem-vu/tinh-trang/${TASK_STATUS_SLUGS[s]}/`), s).toBe(tasks.filter((t) => t.status === s).length);
    for (const b of bodies.filter((x) => x.lead_task_count > 0))
      expect(page.rows.get(`/co-quan-hien-nay/${b.id}/#chu-tri`), b.id).toBe(b.lead_task_count);
    for (const key of new Set(tasks.map((t) => t.status_source_kind ?? ('none' as const))))
      expect(page.segments.get(`/nhiem-vu/nguon/${EVIDENCE_SLUGS[key]}/`), key).toBe(
        tasks.filter((t) => (t.status_source_kind ?? 'none') === key).length,
      );
  });

  it('links every segment to a built list of exactly its count, and exactly its tasks', () => {
    expect(page.segments.size).toBeGreaterThan(10);
    for (const [href, count] of page.segments) {
      const list = listAt(href);
      expect(list.length, href).toBe(count);
      expect(list, href).toEqual(expectedAt(href));
    }
  });

  it('links every row name to a built list of the row’s total', () => {
    for (const [href, total] of page.rows) {
      const list = listAt(href);
      expect(list.length, href).toBe(total);
      expect(list, href).toEqual(expectedAt(href));
    }
  });

  it('repeats each chart’s numbers in its table, each non-zero count linked to the same list', () => {
    const tables = page.nodes.filter((n) => n.nodeName === 'table' && attr(n, 'data-progress-table'));
    expect(tables).toHaveLength(4);
    const cellLinks = new Map<string, number>();
    for (const t of tables)
      for (const a of all(t).filter((n) => n.nodeName === 'a')) {
        const n = Number.parseInt(text(a), 10);
        if (Number.isFinite(n)) cellLinks.set(attr(a, 'href')!, n);
      }
    expect(cellLinks).toEqual(page.segments);
  });
});

describe('the home page’s bars', () => {
  it('link each segment to a built list of exactly its count, and lead to the overview', () => {
    const home = barLinks('');
    expect(home.svgs).toBe(4);
    expect(home.segments.size).toBeGreaterThan(2);
    for (const [href, count] of home.segments) {
      expect(listAt(href).length, href).toBe(count);
      expect(listAt(href), href).toEqual(expectedAt(href));
    }
    expect(home.nodes.some((n) => n.nodeName === 'a' && attr(n, 'href') === '/tien-do/')).toBe(true);
  });

  it('is in the menu of every page', () => {
    const menu = doc('nhiem-vu').filter((n) => n.nodeName === 'nav' && attr(n, 'aria-label') === 'Điều hướng chính');
    expect(all(menu[0]!).some((n) => n.nodeName === 'a' && attr(n, 'href') === '/tien-do/')).toBe(true);
  });
});

describe('status counts in the agency lists', () => {
  const counts = (path: string, key: string) => {
    const rows = doc(path).filter((n) => n.nodeName === 'tr' && attr(n, key));
    return new Map(
      rows.map((r) => [
        attr(r, key)!,
        Object.fromEntries(
          all(r)
            .filter((n) => n.nodeName === 'span' && attr(n, 'data-status'))
            .map((n) => [attr(n, 'data-status')!, Number(text(n))]),
        ),
      ]),
    );
  };
  const byStatus = (ts: readonly TaskRecord[]) => {
    const out: Record<string, number> = {};
    for (const t of ts) out[t.status] = (out[t.status] ?? 0) + 1;
    return out;
  };

  it('shows each body of today the statuses of the tasks it leads, each linked to its list', () => {
    const shown = counts('co-quan-hien-nay', 'data-body');
    expect(shown.size).toBe(bodies.length);
    for (const b of bodies) expect(shown.get(b.id), b.id).toEqual(byStatus(tasks.filter((t) => t.lead_body_ids.includes(b.id))));
    const links = doc('co-quan-hien-nay').filter(
      (n) => n.nodeName === 'a' && /^\/co-quan-hien-nay\/[^/]+\/tinh-trang\//.test(attr(n, 'href') ?? ''),
    );
    expect(links.length).toBe([...shown.values()].reduce((n, c) => n + Object.keys(c).length, 0));
    for (const a of links) {
      const href = attr(a, 'href')!;
      expect(listAt(href).length, href).toBe(Number.parseInt(text(a).trim(), 10));
    }
  });

  it('shows each 2022 agency the statuses of the tasks it leads, readable as words', () => {
    const shown = counts('co-quan', 'data-agency');
    expect(shown.size).toBe(agencies.length);
    for (const a of agencies) expect(shown.get(a.id), a.id).toEqual(byStatus(tasks.filter((t) => t.lead_agency_ids.includes(a.id))));
    // Each icon's status is in words for a screen reader, beside the count.
    const words =
      readFileSync(join(DIST, 'co-quan', 'index.html'), 'utf8').match(
        /<span data-status="[a-z_]+">\d+<\/span><span class="visually-hidden"> [^<]+<\/span>/g,
      ) ?? [];
    expect(words.length).toBe([...shown.values()].reduce((n, c) => n + Object.keys(c).length, 0));
  });
});
