/**
 * How the search page asks Pagefind for a query, over an injected search function so the plan can
 * be followed without a browser: every spelling of every word is first searched as an exact word (a
 * quoted search, so no prefix match); words found nowhere are set aside, for the page to say; the
 * rest are searched with their đ-variants, as a phrase (those pages first) and as words anywhere on
 * the page, kept where every word is a whole word (the exact searches' pages). The loose search also
 * runs for a quoted query: it only orders the phrase pages, whose quoted scores are all alike. Why:
 * see search-query.ts.
 */
import {
  combineVariants,
  dVariants,
  formatQuery,
  parseQuery,
  rankByPhrase,
  splitMissing,
  wholeWordsOnly,
  type Scored,
} from './search-query.ts';

/** One Pagefind search: the results for a query string, in Pagefind's syntax. */
export type Find<T extends Scored> = (term: string) => Promise<T[]>;

/** The merged results of a query, and the words of it that occur on no page. */
export interface SearchOutcome<T extends Scored> {
  results: T[];
  missing: string[];
}

export async function runSearch<T extends Scored>(find: Find<T>, raw: string): Promise<SearchOutcome<T>> {
  const { words, exact } = parseQuery(raw);
  if (words.length === 0) return { results: [], missing: [] };
  const exactPages = async (w: string) => new Set((await find(`"${w}"`)).map((r) => r.id));
  const spellings = [...new Set(words.flatMap(dVariants))];
  const pages = new Map(await Promise.all(spellings.map(async (w) => [w, await exactPages(w)] as const)));
  const hits = new Map([...pages].map(([w, ids]) => [w, ids.size]));
  const split = exact ? { found: words, missing: [] } : splitMissing(words, hits);
  if (split.found.length === 0) return { results: [], missing: split.missing };
  const combos = combineVariants(split.found.map((w) => dVariants(w).map((text) => ({ text, hits: hits.get(text) ?? 0 }))));
  const perWord = split.found.map((w) => new Set(dVariants(w).flatMap((v) => [...(pages.get(v) ?? [])])));
  const [phrase, loose] = await Promise.all([
    Promise.all(combos.map((c) => find(formatQuery(c, true)))),
    Promise.all(combos.map(async (c) => wholeWordsOnly(await find(formatQuery(c, false)), perWord))),
  ]);
  return { results: rankByPhrase(phrase, loose, exact), missing: split.missing };
}
