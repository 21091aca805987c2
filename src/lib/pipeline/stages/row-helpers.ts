/** Small helpers the stages share to build rows. */

/** "" (a curated table's empty cell) → null, the published "missing". */
export function orNull(s: string): string | null {
  return s === '' ? null : s;
}

/** The items once each, first occurrence kept. */
export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The items with a distinct key, first occurrence kept. */
export function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/** Code-point order: the same in every locale, so output does not depend on the machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
