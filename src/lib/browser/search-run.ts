/**
 * How the search page asks Pagefind for a query, over an injected search function so the plan can
 * be followed without a browser: every spelling of every word is first counted as an exact word (a
 * quoted search, so no prefix match); words found nowhere are set aside, for the page to say; the
 * rest are searched with their đ-variants, as a phrase (those pages first) and, unless the reader
 * quoted the query, as words anywhere on the page. Why: see search-query.ts.
 */
import { combineVariants, dVariants, formatQuery, parseQuery, rankByPhrase, splitMissing, type Scored } from './search-query.ts';

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
  const exactCount = async (w: string) => (await find(`"${w}"`)).length;
  const spellings = [...new Set(words.flatMap(dVariants))];
  const hits = new Map(await Promise.all(spellings.map(async (w) => [w, await exactCount(w)] as const)));
  const split = exact ? { found: words, missing: [] } : splitMissing(words, hits);
  if (split.found.length === 0) return { results: [], missing: split.missing };
  const combos = combineVariants(split.found.map((w) => dVariants(w).map((text) => ({ text, hits: hits.get(text) ?? 0 }))));
  const [phrase, loose] = await Promise.all([
    Promise.all(combos.map((c) => find(formatQuery(c, true)))),
    exact ? Promise.resolve([]) : Promise.all(combos.map((c) => find(formatQuery(c, false)))),
  ]);
  return { results: rankByPhrase(phrase, loose), missing: split.missing };
}
