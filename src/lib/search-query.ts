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
 * the matched words marked. Probing each variant first matters: Pagefind drops a word that has no
 * match at all and ANDs the rest, so the blind combination "dat đai" would return every page with
 * "đại" ("hiện đại"), flooding the results.
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

/** The words whose spelling is ambiguous and needs probing in the index, without duplicates. */
export function wordsToProbe(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => (dVariants(w).length > 1 ? dVariants(w) : [])))];
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

/** Per filter key, per value, the ids of the pages that carry it (from filter-only searches). */
export type FilterIds = Record<string, Record<string, ReadonlySet<string>>>;
/** The chosen value per filter key; a missing key or '' means "all". */
export type FilterSelection = Record<string, string>;

const passes = (id: string, filterIds: FilterIds, selection: FilterSelection, except?: string): boolean =>
  Object.entries(selection).every(([key, value]) => key === except || !value || (filterIds[key]?.[value]?.has(id) ?? false));

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
    const value = params.get(key);
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
  'van-ban': 'Văn bản',
  'ke-hoach': 'Kế hoạch',
  'lo-trinh': 'Lộ trình',
  'du-lieu': 'Dữ liệu',
  'gioi-thieu': 'Giới thiệu',
  nguon: 'Văn bản gốc',
};

/** What kind of page a result is, from its URL under the base path ("Nhiệm vụ", "Cơ quan"…). */
export function resultKind(url: string, base: string): string | undefined {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return KINDS[path.split(/[/?#]/)[0] ?? ''];
}
