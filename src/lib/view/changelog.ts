/**
 * The changelog of data releases (/thay-doi/ and its RSS feed), from the releases the data stage
 * recorded in manifest.json: each with its notes and the row count of every dataset, and what
 * changed in the counts since the release before. Pure.
 */
export interface ReleaseRecord {
  version: string;
  date: string;
  notes: string;
  row_counts: Record<string, number>;
}

export interface CountChange {
  dataset: string;
  before: number | null; // null: the dataset is new in this release
  after: number | null; // null: the dataset was removed
}

export interface ChangelogEntry extends ReleaseRecord {
  /** "v1-1-0": the entry's anchor on /thay-doi/. */
  anchor: string;
  /** Datasets whose row count changed since the previous release (all of them for the first). */
  changes: CountChange[];
}

/** Releases newest first, each with the row-count changes since the release before it. */
export function changelog(releases: readonly ReleaseRecord[]): ChangelogEntry[] {
  return releases.map((r, i) => {
    const previous = releases[i + 1];
    const names = [...new Set([...Object.keys(r.row_counts), ...Object.keys(previous?.row_counts ?? {})])];
    const changes = names
      .map((dataset) => ({
        dataset,
        before: previous ? (previous.row_counts[dataset] ?? null) : null,
        after: r.row_counts[dataset] ?? null,
      }))
      .filter((c) => c.before !== c.after);
    return { ...r, anchor: `v${r.version.replace(/\./g, '-')}`, changes };
  });
}

/** A change in words: "task_status: mới, 36 dòng", "progress: 8 → 16 dòng", "x: đã bỏ". */
export function changeLabel(c: CountChange): string {
  if (c.before === null) return `${c.dataset}: mới, ${c.after} dòng`;
  if (c.after === null) return `${c.dataset}: đã bỏ (trước đó ${c.before} dòng)`;
  return `${c.dataset}: ${c.before} → ${c.after} dòng`;
}
