/**
 * The curated JSON inputs (content/release.json, content/plan_period.json) read so that every error
 * names the line a person must fix: a syntax error at its line, a schema error at the line of the
 * value it is about. Stricter than JSON.parse where an editor's mistake would otherwise pass: a key
 * given twice (JSON.parse keeps the last one silently), a string longer than a spreadsheet cell and,
 * inside strings, the characters no input may hold written as escapes ("\u000b", "\u202e"), which
 * the check of the file's raw text cannot see. Locations come from jsonc-parser's syntax tree (offsets), with comments and trailing commas
 * refused, as in JSON. Pure.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { describeCodePoint, findForbiddenCharacter, PLAIN_TEXT } from './characters.ts';
import { SourceError } from './errors.ts';
import { MAX_CELL_CHARS } from './values.ts';

type JsonPath = readonly (string | number)[];

export interface JsonSource {
  /** The parsed value, as JSON.parse gives it. */
  value: unknown;
  /** The 1-based line of the value at `path`, or of its nearest ancestor in the file (for a missing key). */
  lineOf(path: JsonPath): number;
}

/** Parses an input JSON file; throws a SourceError at the line of the first syntax error, repeated key or bad character. */
export function parseJsonSource(text: string, file: string): JsonSource {
  const lineAt = lineIndex(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) throw new SourceError(file, lineAt(syntaxErrorOffset(text, first)), 'valid JSON', words(printParseErrorCode(first.error)));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // What jsonc-parser lets through and JSON.parse does not (a raw TAB inside a string): V8 names the position.
    const at = /position (\d+)/.exec((e as Error).message);
    throw new SourceError(file, at ? lineAt(Number(at[1])) : 1, 'valid JSON', (e as Error).message);
  }
  if (tree) checkNodes(tree, lineAt, file);
  return {
    value,
    lineOf(path) {
      for (let n = path.length; n >= 0 && tree; n--) {
        const node = findNodeAtLocation(tree, [...path.slice(0, n)]);
        if (node) return lineAt(node.offset);
      }
      return 1;
    },
  };
}

/**
 * The SourceError for a zod issue of a JSON input: "<path> to be <message>" at the line of the value
 * (of the unknown key, for a key the schema does not have), with that value as what was found.
 */
export function jsonIssueError(issue: z.ZodIssue, source: JsonSource, file: string, whole: string): SourceError {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const found = issue.code === 'unrecognized_keys' ? issue.keys[0] : valueAt(source.value, issue.path);
  return new SourceError(
    file,
    source.lineOf(path),
    `${issue.path.join('.') || whole} to be ${issue.message}`,
    found === undefined ? undefined : typeof found === 'string' ? found : JSON.stringify(found),
  );
}

/** A function from a 0-based offset in `text` to its 1-based line. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Where a syntax error is to be fixed. The parser stops at the token after the mistake: for a
 * missing comma that is the next line's key, for a trailing comma the closing bracket; the line a
 * person must edit is the one that ends before it.
 */
function syntaxErrorOffset(text: string, e: ParseError): number {
  let before = e.offset - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  const missingComma = printParseErrorCode(e.error) === 'CommaExpected';
  const trailingComma = text[before] === ',' && (text[e.offset] === '}' || text[e.offset] === ']');
  return (missingComma || trailingComma) && before >= 0 ? before : e.offset;
}

/** "CommaExpected" → "comma expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Every object's keys once each, and no string (key or value) with a character no input may hold or
 * longer than a spreadsheet cell (the publisher's name and the notes reach the workbooks).
 */
function checkNodes(node: Node, lineAt: (offset: number) => number, file: string): void {
  if (node.type === 'string') {
    const text = String(node.value);
    const bad = findForbiddenCharacter(text);
    if (bad) throw new SourceError(file, lineAt(node.offset), PLAIN_TEXT, describeCodePoint(bad.codePoint));
    if (text.length > MAX_CELL_CHARS) {
      throw new SourceError(
        file,
        lineAt(node.offset),
        `text of at most ${MAX_CELL_CHARS} characters (a spreadsheet cell's limit)`,
        `${text.length} characters`,
      );
    }
  }
  if (node.type === 'object') {
    const seen = new Map<string, number>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      const name = String(key.value);
      const line = lineAt(key.offset);
      const before = seen.get(name);
      if (before !== undefined)
        throw new SourceError(file, line, `each key once in an object ("${name}" is already on line ${before})`, name);
      seen.set(name, line);
    }
  }
  for (const child of node.children ?? []) checkNodes(child, lineAt, file);
}

function valueAt(value: unknown, path: JsonPath): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}
