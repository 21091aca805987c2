/**
 * The search page (/tim-kiem/): runs the query in the form (or the address's ?q=) with Pagefind's JS
 * API, shows the results and the filter menus, and keeps the state in the URL. The query plan, the
 * filters and the texts are pure modules in src/lib/browser/; this file does the DOM and the I/O.
 * Without this script the page explains (noscript) and links to the lists.
 */
import { menuOption, moreLabel, statusMessage } from '../lib/browser/search-messages.ts';
import {
  applyFilters,
  displayQuery,
  excerptSegments,
  facetCounts,
  filterValueOf,
  knownSelection,
  readState,
  resultKind,
  SEARCH_STATUS_KEY,
  stateUrl,
  titleFirst,
  type FilterIds,
  type FilterSelection,
} from '../lib/browser/search-query.ts';
import { runSearch } from '../lib/browser/search-run.ts';
import { basePath } from '../utils/url.ts';

/** The parts of Pagefind 1.6's JS API this page uses. */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

// Each shown result downloads its page's fragment (0.5–10 KB): show 5 first, as Pagefind's own UI
// does, so the first query stays near 100 KB on a phone; more on request.
const FIRST_PAGE = 5;
const MORE_PAGE = 10;
// The first results' titles are read to put a page titled as the query first: only the fragments the
// first page of results loads anyway (more would break the 100 KB budget of a first query). Pagefind
// ranks a page titled as the query among its first two (measured on every body, agency, indicator,
// task and document name); titleFirst only settles the order among those.
const TITLE_CHECK = FIRST_PAGE;
const base = basePath(import.meta.env.BASE_URL);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const filtersBox = $<HTMLDivElement>('search-filters');
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
const facetKeys = selects.map((s) => s.dataset.facet!);
const fallback = $<HTMLParagraphElement>('search-fallback');
const empty = $<HTMLParagraphElement>('search-empty');
const section = $<HTMLElement>('search-results-section');
const statusEl = $<HTMLParagraphElement>('search-status');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');
const statusBadges = $<HTMLTemplateElement>('search-task-status').content;
const baseTitle = document.title;

let pagefind: Promise<Pagefind> | undefined;
let filterIds: Promise<FilterIds> | undefined;
let results: PagefindResult[] = [];
/** Words of the query that occur on no page. */
let missing: string[] = [];
let shown: PagefindResult[] = [];
/** The filter ids of the results shown (for the status badges of the next page of them). */
let shownIds: FilterIds = {};
let selection: FilterSelection = {};
let query = '';
let run = 0;

/** Pagefind's bundle is written after the build, so its URL is computed at run time. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: one request fewer on slow networks; the index is small, searches take milliseconds.
    await pf.options({ noWorker: true, baseUrl: base, excerptLength: 24 });
    return pf;
  })();
  return pagefind;
}

/**
 * Per filter value, the ids of its pages, so merged results can be filtered and counted here: the
 * menus' keys, and the task status (no menu: it gives each task result its badge).
 */
function loadFilterIds(pf: Pagefind): Promise<FilterIds> {
  filterIds ??= (async () => {
    const all = await pf.filters();
    const ids: FilterIds = {};
    for (const key of [...facetKeys, SEARCH_STATUS_KEY]) {
      ids[key] = {};
      for (const value of Object.keys(all[key] ?? {})) {
        const r = await pf.search(null, { filters: { [key]: value } });
        ids[key][value] = new Set(r?.results.map((x) => x.id) ?? []);
      }
    }
    return ids;
  })();
  return filterIds;
}

function setStatus(text: string) {
  statusEl.textContent = text;
}

/** E.g. the pagefind/ folder was not copied: say so, and offer the lists instead. */
function showError() {
  setStatus('Không tải được chức năng tìm kiếm.');
  section.hidden = true;
  fallback.hidden = false;
}

/** The menus' options are in the page (names and ids); here they get their counts, and those without results go. */
function fillMenus(counts: Record<string, Record<string, number>>) {
  for (const select of selects) {
    const key = select.dataset.facet!;
    const chosen = selection[key] ?? '';
    const own = counts[key] ?? {};
    let any = false;
    for (const option of select.options) {
      if (!option.value) continue;
      const n = Object.hasOwn(own, option.value) ? own[option.value]! : 0;
      const { text, hidden } = menuOption(option.dataset.label!, n, option.value === chosen);
      option.hidden = option.disabled = hidden;
      option.textContent = text;
      any ||= n > 0;
    }
    select.value = chosen;
    select.closest('div')!.hidden = !any;
  }
}

/** A task result's status badge, copied from the page's template (the same markup as on the task's page). */
function statusBadge(id: string, ids: FilterIds): Node | undefined {
  const slug = filterValueOf(id, ids[SEARCH_STATUS_KEY]);
  const badge = slug && [...statusBadges.children].find((el) => (el as HTMLElement).dataset.status === slug);
  return badge ? badge.cloneNode(true) : undefined;
}

async function renderItem(result: PagefindResult, ids: FilterIds): Promise<HTMLLIElement> {
  const data = await result.data();
  const li = document.createElement('li');
  const h = document.createElement('h3');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title || data.url;
  h.append(a);
  li.append(h);
  const kind = resultKind(data.url, base);
  if (kind && !a.textContent.startsWith(kind)) {
    const k = document.createElement('p');
    k.className = 'search-kind small muted';
    k.textContent = kind;
    li.append(k);
  }
  const badge = statusBadge(result.id, ids);
  if (badge) li.append(badge);
  // The excerpt is built from text nodes and <mark> elements: no HTML from the index is parsed.
  const p = document.createElement('p');
  for (const seg of excerptSegments(data.excerpt)) {
    if (seg.mark) {
      const m = document.createElement('mark');
      m.textContent = seg.text;
      p.append(m);
    } else p.append(seg.text);
  }
  li.append(p);
  return li;
}

async function showMore(current: number) {
  const start = list.children.length;
  const next = shown.slice(start, start + (start === 0 ? FIRST_PAGE : MORE_PAGE));
  const items = await Promise.all(next.map((r) => renderItem(r, shownIds)));
  if (current !== run) return;
  list.append(...items);
  const left = shown.length - list.children.length;
  more.hidden = left <= 0;
  more.textContent = moreLabel(left);
}

async function render(current: number, ids: FilterIds) {
  // A value the index does not know (a stale or mistyped link) would hide every result: drop it.
  const known = knownSelection(selection, ids);
  if (Object.keys(known).length !== Object.values(selection).filter(Boolean).length) {
    selection = known;
    syncUrl();
  }
  shown = applyFilters(results, ids, selection);
  shownIds = ids;
  fillMenus(
    facetCounts(
      results.map((r) => r.id),
      ids,
      selection,
    ),
  );
  filtersBox.hidden = results.length === 0;
  list.replaceChildren();
  await showMore(current);
  if (current !== run) return;
  setStatus(statusMessage({ count: shown.length, query, filtered: Object.values(selection).some(Boolean), missing }));
  empty.hidden = shown.length > 0;
}

function syncUrl() {
  history.replaceState(null, '', stateUrl(location.href, { query, selection }));
  document.title = query ? `${displayQuery(query)} — ${baseTitle}` : baseTitle;
}

async function start(newQuery: string) {
  const current = ++run;
  query = newQuery.trim();
  syncUrl();
  if (!query) {
    section.hidden = true;
    filtersBox.hidden = true;
    empty.hidden = true;
    setStatus('');
    return;
  }
  section.hidden = false;
  setStatus('Đang tìm…');
  try {
    const pf = await loadPagefind();
    const find = (term: string) => pf.search(term).then((r) => r?.results ?? []);
    const [found, ids] = await Promise.all([runSearch(find, query), loadFilterIds(pf)]);
    const head = found.results.slice(0, TITLE_CHECK);
    const titles = new Map(await Promise.all(head.map(async (r) => [r.id, (await r.data()).meta.title ?? ''] as const)));
    if (current !== run) return;
    results = titleFirst(found.results, titles, query);
    missing = found.missing;
    await render(current, ids);
  } catch (e) {
    console.warn('Pagefind:', e);
    if (current === run) showError();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void start(input.value);
});
for (const select of selects) {
  select.addEventListener('change', () => {
    selection = { ...selection, [select.dataset.facet!]: select.value };
    syncUrl();
    const current = ++run;
    if (query && filterIds) void filterIds.then((ids) => render(current, ids));
  });
}
more.addEventListener('click', () => {
  if (more.disabled) return;
  // Disabled while loading, so a double tap does not add the same results twice.
  more.disabled = true;
  const first = list.children.length;
  void showMore(run)
    .then(() => (list.children[first]?.querySelector('a') as HTMLAnchorElement | null)?.focus())
    .finally(() => (more.disabled = false));
});

const state = readState(new URLSearchParams(location.search), facetKeys);
selection = state.selection;
input.value = state.query;
if (state.query) void start(state.query);
