/**
 * Errors and warnings that point at a place in an input file, so a person can open the file and fix it.
 */

/**
 * A fatal problem in an input: names the file, the 1-based line and what was expected there.
 * `found` is quoted as the input's own text, unless `described` says it is already words about it
 * ("an export", "the element <script>"): then "expected …; found an export".
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly expected: string,
    readonly found?: string,
    { described = false }: { described?: boolean } = {},
  ) {
    super(
      `${file}:${line}: expected ${expected}${
        found === undefined ? '' : described ? `; found ${found}` : `, found ${JSON.stringify(truncate(found))}`
      }`,
    );
    this.name = 'SourceError';
  }
}

/** A non-fatal remark (e.g. a gap in numbering) that the build lists but does not stop on. */
export interface SourceWarning {
  file: string;
  line: number;
  message: string;
}

export function formatWarning(w: SourceWarning): string {
  return `${w.file}:${w.line}: warning: ${w.message}`;
}

function truncate(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max)}…`;
}
