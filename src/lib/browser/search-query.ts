/**
 * The pure logic behind the search page: Vietnamese query expansion for Pagefind, result merging,
 * filter counts, safe excerpts and the URL state. No DOM, no Pagefind: the page's script does I/O.
 *
 * Why query expansion (and not folded text in the index): Pagefind ≥ 1.5 folds tone marks and
 * other combining marks ("dong" matches "dòng", "đong" matches "đồng"), but "đ" (U+0111) is a
 * letter of its own, not a "d" with a combining mark, so "dong thap" misses "Đồng Tháp". Measured with Pagefind 1.6 on
 * a fixture: "đong thap" finds it, "dong thap" does not; "dat dai" finds nothing. We therefore ask
 * Pagefind for the đ-variants of the words the user typed with a leading "d" (đ only begins a
 * syllable in Vietnamese), keep only the variants that occur in the index, run each combination and
 * merge the results by page. The index stays as Pagefind builds it (no extra folded copy of every
 * đ-word, nothing hidden for screen readers to read), and the excerpts are the pages' own text with
 * the matched words marked. Probing each spelling first, as an exact word (a quoted search), matters:
 * Pagefind drops a word that has no match at all and ANDs the rest, and matches an unknown word by
 * prefix, so the blind combination "dat đai" would return every page with "đại" ("hiện đại") and
 * "quantum" every page with "quan". Pages with the words as a phrase are listed first, in the order
 * Pagefind's own scoring gives them (rankByPhrase); the loose results keep only pages with every word
 * as a whole word (wholeWordsOnly).
 */

/** A query as typed: lowercase NFC words, and whether it was an exact phrase in double quotes. */
export interface ParsedQuery {
  words: string[];
  exact: boolean;
}

/** At most this many Pagefind searches per query (2 ambiguous words give 4, 3 give 8). */
export const MAX_COMBINATIONS = 8;

/** Splits a query into words (Pagefind tokenises them again; we only need whole words for "d"). */
export function parseQuery(raw: string): ParsedQuery {
  const text = raw.normalize('NFC').trim();
  // Pagefind's own test for an exact-phrase search.
  const exact = /^".+"$/su.test(text);
  const words = text.replace(/"/g, ' ').toLocaleLowerCase('vi').split(/\s+/u).filter(Boolean);
  return { words, exact };
}

/** The spellings of a word to try: a leading "d" may stand for "đ" ("dat" → "dat", "đat"). */
export function dVariants(word: string): string[] {
  return word.startsWith('d') ? [word, `đ${word.slice(1)}`] : [word];
}

/** A spelling of one query word and how many pages Pagefind finds for it alone. */
export interface VariantHits {
  text: string;
  hits: number;
}

/**
 * The word lists to search, one per combination of spellings: per word, the spellings that occur in
 * the index (the typed one if none does — Pagefind then ignores it, as it would anyway). When the
 * combinations would exceed `max`, a word keeps only its most frequent spelling.
 */
export function combineVariants(perWord: VariantHits[][], max = MAX_COMBINATIONS): string[][] {
  let combos: string[][] = [[]];
  for (const variants of perWord) {
    const found = variants.filter((v) => v.hits > 0);
    let chosen = found.length > 0 ? found : variants.slice(0, 1);
    if (combos.length * chosen.length > max) {
      chosen = [chosen.reduce((best, v) => (v.hits > best.hits ? v : best))];
    }
    combos = combos.flatMap((c) => chosen.map((v) => [...c, v.text]));
  }
  return combos.filter((c) => c.length > 0);
}

/** A word list back into a Pagefind query string (quoted again for an exact phrase). */
export function formatQuery(words: string[], exact: boolean): string {
  const text = words.join(' ');
  return exact ? `"${text}"` : text;
}

/**
 * The query's words split into those that occur somewhere and those that occur nowhere: a word is
 * missing when none of its spellings has an exact (quoted) match. Pagefind would otherwise match a
 * missing word by prefix ("quantum" → every page with "quan") or drop it silently.
 */
export function splitMissing(words: string[], exactHits: ReadonlyMap<string, number>): { found: string[]; missing: string[] } {
  const found: string[] = [];
  const missing: string[] = [];
  for (const w of words) (dVariants(w).some((v) => (exactHits.get(v) ?? 0) > 0) ? found : missing).push(w);
  return { found, missing };
}

/** The query as the page shows it back: no control or direction-override characters, at most 80 characters. */
export function displayQuery(raw: string): string {
  const clean = raw
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = [...clean];
  return chars.length > 80 ? `${chars.slice(0, 80).join('')}…` : clean;
}

/** Anything Pagefind scores, identified by its page id. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * One list of the results of several searches: each page once, with the result of the search that
 * scored it highest (its excerpt marks the words that search matched), best first; ties keep the
 * order in which the pages first appeared.
 */
export function mergeResults<T extends Scored>(lists: T[][]): T[] {
  const best = new Map<string, { item: T; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const item of list) {
      const seen = best.get(item.id);
      if (!seen) best.set(item.id, { item, order: order++ });
      else if (item.score > seen.item.score) seen.item = item;
    }
  }
  return [...best.values()].sort((a, b) => b.item.score - a.item.score || a.order - b.order).map((x) => x.item);
}

/**
 * Results of phrase searches first (the query's words together, in order, in either spelling), then
 * the pages that only have the words apart; each page once. Pagefind scores every page of a quoted
 * search alike (1.0, in index order: measured with 1.6), so the phrase pages are ordered by the
 * score Pagefind gives them in the unquoted search, which weighs the words' places (headings) and
 * boosts the title (its metaWeights): the page titled "Sở Y tế" before a law that lists the name.
 * `phraseOnly` (a quoted query): the loose results only order the phrase pages.
 */
export function rankByPhrase<T extends Scored>(phrase: T[][], loose: T[][], phraseOnly = false): T[] {
  const scored = mergeResults(loose);
  const rank = new Map(scored.map((r, i) => [r.id, i]));
  const unranked = scored.length;
  const first = mergeResults(phrase)
    .map((item, order) => ({ item, order, rank: rank.get(item.id) ?? unranked }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.item);
  if (phraseOnly) return first;
  const seen = new Set(first.map((r) => r.id));
  return [...first, ...scored.filter((r) => !seen.has(r.id))];
}

/**
 * The results whose pages have every query word as a whole word, in one of its spellings. `perWord`:
 * per word, the pages an exact (quoted) search for its spellings found. Why: Pagefind matches an
 * unquoted word by prefix as far as the index chunk it loads for the word reaches, so which longer
 * words match moves with the content: "chu" matched "chưa" once the chunk boundary moved from
 * "chu|chua" to "chua|chuan" (after issue #25), and "chu ky so" grew from 27 results to 78. A
 * Vietnamese word is a syllable: "chu" never means "chưa", and the search runs on submit, not while
 * typing, so no last word is half typed.
 */
export function wholeWordsOnly<T extends { id: string }>(items: T[], perWord: readonly ReadonlySet<string>[]): T[] {
  return items.filter((item) => perWord.every((pages) => pages.has(item.id)));
}

/** A text as a reader may type it: no tone or other marks, "đ" as "d", lowercase, punctuation as spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The pages whose title is the query (folded: "so y te" is "Sở Y tế"), moved to the top, each group
 * in its order. `titles`: the titles known (of the first results: each costs a fragment). Why:
 * Pagefind boosts a title match but not a title that is the whole query, so "Các sở, ban, ngành
 * tỉnh" (an agency of the plan) came after "Các sở, ban, ngành tỉnh Đồng Tháp" (today's body).
 */
export function titleFirst<T extends { id: string }>(items: T[], titles: ReadonlyMap<string, string>, query: string): T[] {
  const q = foldText(parseQuery(query).words.join(' '));
  if (!q) return items;
  const isTitle = (item: T) => {
    const title = titles.get(item.id);
    return title !== undefined && foldText(title) === q;
  };
  return [...items.filter(isTitle), ...items.filter((item) => !isTitle(item))];
}

const own = <V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

/** Per filter key, per value, the ids of the pages that carry it (from filter-only searches). */
export type FilterIds = Record<string, Record<string, ReadonlySet<string>>>;
/** The chosen value per filter key; a missing key or '' means "all". */
export type FilterSelection = Record<string, string>;

const passes = (id: string, filterIds: FilterIds, selection: FilterSelection, except?: string): boolean =>
  Object.entries(selection).every(([key, value]) => key === except || !value || (own(own(filterIds, key), value)?.has(id) ?? false));

/** The selection without values the index does not know (a stale or mistyped link): they would hide every result. */
export function knownSelection(selection: FilterSelection, filterIds: FilterIds): FilterSelection {
  return Object.fromEntries(Object.entries(selection).filter(([key, value]) => own(own(filterIds, key), value) !== undefined));
}

/**
 * The Pagefind filter that carries a task page's status (its list's slug, as in the task list's
 * ?tinh-trang=), so a result can show its badge. A filter, not meta: Pagefind 1.6 also searches
 * meta values, and "in_progress" or a status's words would then match every task with it.
 */
export const SEARCH_STATUS_KEY = 'tinh-trang';

/** The value of one filter key that a page carries, or undefined (a page that is not a task). */
export function filterValueOf(id: string, values: Readonly<Record<string, ReadonlySet<string>>> | undefined): string | undefined {
  if (!values) return undefined;
  return Object.keys(values).find((value) => own(values, value)?.has(id));
}

/** The items whose pages match every selected filter value. */
export function applyFilters<T extends { id: string }>(items: T[], filterIds: FilterIds, selection: FilterSelection): T[] {
  return items.filter((item) => passes(item.id, filterIds, selection));
}

/**
 * How many of the results each filter value would leave, for the filter menus. A key's counts honour
 * the other keys' selections but not its own, so a menu keeps showing its alternatives.
 */
export function facetCounts(ids: string[], filterIds: FilterIds, selection: FilterSelection): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [key, values] of Object.entries(filterIds)) {
    const pool = ids.filter((id) => passes(id, filterIds, selection, key));
    counts[key] = Object.fromEntries(Object.entries(values).map(([value, set]) => [value, pool.filter((id) => set.has(id)).length]));
  }
  return counts;
}

/** A run of excerpt text, marked (a matched word) or not. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpt HTML as plain segments, so the page can build it with text nodes and <mark>
 * elements instead of parsing HTML. Pagefind only adds <mark>…</mark> and escapes "<" and ">" of
 * the page text (it leaves "&" and quotes as they are); any other tag-like text stays literal text.
 */
export function excerptSegments(html: string): ExcerptSegment[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const segments: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  let mark = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else push(decode(part), mark);
  }
  return segments;
}

/** The search page's state in its URL: ?q=…&nhom=…&chu-tri=… (the GET form's fields). */
export interface SearchState {
  query: string;
  selection: FilterSelection;
}

/** Reads the state from a query string; only the given filter keys count. */
export function readState(params: URLSearchParams, filterKeys: readonly string[]): SearchState {
  const selection: FilterSelection = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) selection[key] = value;
  }
  return { query: params.get('q') ?? '', selection };
}

/** Writes the state back as a query string, empty fields left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [key, value] of Object.entries(state.selection)) if (value) params.set(key, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

const KINDS: Record<string, string> = {
  '': 'Trang chủ',
  'nhiem-vu': 'Nhiệm vụ',
  'co-quan': 'Cơ quan',
  'co-quan-hien-nay': 'Cơ quan hiện nay',
  'van-ban': 'Văn bản',
  'chi-tieu': 'Chỉ tiêu',
  'bao-cao': 'Báo cáo kết quả',
  'ke-hoach': 'Kế hoạch',
  'lo-trinh': 'Lộ trình',
  'du-lieu': 'Dữ liệu',
  'gioi-thieu': 'Giới thiệu',
  'cach-danh-gia': 'Giới thiệu',
  'thay-doi': 'Dữ liệu',
  nguon: 'Tệp nguồn',
};

/** What kind of page a result is, from its URL under the base path ("Nhiệm vụ", "Cơ quan"…). */
export function resultKind(url: string, base: string): string | undefined {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return own(KINDS, path.split(/[/?#]/)[0] ?? '');
}

/**
 * The page's address with the search state in its query: built from the full current URL, so a path
 * with a double slash ("//tim-kiem/") is not taken for another host by history.replaceState.
 */
export function stateUrl(href: string, state: SearchState): string {
  const u = new URL(href);
  u.search = writeState(state);
  return u.href;
}
