/**
 * The curated agency table (`content/agencies.csv`) and the matching of the appendix's agency cells
 * against it. Pure functions, no I/O.
 */
import { z } from 'zod';
import { AGENCY_KINDS } from '../model/codes.ts';
import { parseCsvRecords } from './curated-csv.ts';
import { SourceError } from '../model/errors.ts';
import { stripTags } from './text.ts';
import type { AgencyEntry } from './types.ts';

const COLUMNS = ['id', 'name', 'short_name', 'kind', 'is_collective', 'aliases', 'note', 'plan_section_ids'];

const list = (s: string) =>
  s
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== '');

const RowSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be ASCII kebab-case'),
  name: z.string().trim().min(1, 'must not be empty'),
  short_name: z.string().trim(),
  kind: z.enum(AGENCY_KINDS),
  // "true" when the entry stands for a group of bodies the plan does not name one by one.
  is_collective: z.enum(['true', 'false'], { message: 'must be true or false' }).transform((v) => v === 'true'),
  aliases: z.string().transform(list).pipe(z.array(z.string()).min(1, 'must list at least one alias')),
  note: z.string().trim(),
  plan_section_ids: z
    .string()
    .transform(list)
    .pipe(z.array(z.string().regex(/^[IVX]+(\.[0-9a-z]+)*$/, 'must be section ids like "V.2"'))),
});

// Old and new tone placement in oa/oe/uy syllables ("hoá"/"hóa", "uỷ"/"ủy") spell the same word.
const TONE_MOVES: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const TONE_MOVE_RE = new RegExp(`(?<!q)(${Object.keys(TONE_MOVES).join('|')})(?!\\p{L})`, 'gu');

/** Normal form for comparing agency names: NFC, lower case, one tone placement, tidy spaces, no trailing `,;.`. */
export function normaliseAgencyName(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(TONE_MOVE_RE, (m) => TONE_MOVES[m] ?? m)
    .replace(/\s*([,;])\s*/g, '$1 ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;.]+$/, '')
    .trim();
}

/** Parses and validates the agency table; throws SourceError at the CSV line of the first bad row. */
export function parseAgencyTable(csvText: string, file: string): AgencyEntry[] {
  const entries: AgencyEntry[] = [];
  const aliasOwners = new Map<string, { id: string; line: number }>();
  const key = { of: (r: { id: string }) => r.id, rule: (earlier: number) => `a unique id (already used on line ${earlier})` };
  for (const { line, record } of parseCsvRecords(csvText, file, COLUMNS, RowSchema, key)) {
    const entry: AgencyEntry = { ...record, line };
    for (const alias of [entry.name, ...entry.aliases]) {
      const owner = aliasOwners.get(normaliseAgencyName(alias));
      if (owner && owner.id !== entry.id) {
        throw new SourceError(file, line, `an alias not already claimed by "${owner.id}" (line ${owner.line})`, alias);
      }
      aliasOwners.set(normaliseAgencyName(alias), { id: entry.id, line });
    }
    entries.push(entry);
  }
  return entries;
}

/** Lookup structure over the agency table: by id, and by normalised name or alias. */
export interface AgencyIndex {
  byId: ReadonlyMap<string, AgencyEntry>;
  byName: ReadonlyMap<string, string>; // normalised name or alias → id
}

/** Builds the lookup index; throws if two bodies claim the same (normalised) name or alias. */
export function buildAgencyIndex(entries: readonly AgencyEntry[]): AgencyIndex {
  const byId = new Map<string, AgencyEntry>();
  const byName = new Map<string, string>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = normaliseAgencyName(alias);
      const owner = byName.get(key);
      if (owner !== undefined && owner !== entry.id) {
        throw new Error(`agency alias "${alias}" is claimed by both "${owner}" and "${entry.id}"`);
      }
      byName.set(key, entry.id);
    }
  }
  return { byId, byName };
}

/** The id of the body a name or alias denotes, or undefined. */
export function findAgency(index: AgencyIndex, name: string): string | undefined {
  return index.byName.get(normaliseAgencyName(name));
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Agency ids named in an appendix agency cell, in order, without duplicates. Throws SourceError on
 * text that names no known body.
 */
export function splitAgencyCell(cell: string, index: AgencyIndex, where: { file: string; line: number; column: string }): string[] {
  const text = stripTags(cell);
  // Names may contain commas ("UBND huyện, thành phố"), so split everywhere and re-join greedily.
  const tokens: Token[] = [...text.matchAll(/[^,;]+/g)]
    .filter((m) => m[0].trim() !== '')
    .map((m) => ({ text: m[0].trim(), start: m.index, end: m.index + m[0].length }));

  const ids: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = longestMatch(text, tokens, i, index);
    if (!match) {
      let k = i + 1;
      while (k < tokens.length && !longestMatch(text, tokens, k, index)) k++;
      const unmatched = text.slice(tokens[i]!.start, tokens[k - 1]!.end).trim();
      throw new SourceError(where.file, where.line, `a known agency (see content/agencies.csv) in column "${where.column}"`, unmatched);
    }
    if (!ids.includes(match.id)) ids.push(match.id);
    i = match.next;
  }
  return ids;
}

/** The longest run of tokens from `i` that names a body, tried joined by ", " and as written. */
function longestMatch(text: string, tokens: Token[], i: number, index: AgencyIndex): { id: string; next: number } | undefined {
  for (let j = tokens.length; j > i; j--) {
    const run = tokens.slice(i, j);
    const joined = run.map((t) => t.text).join(', ');
    const written = text.slice(run[0]!.start, run[run.length - 1]!.end);
    const id = findAgency(index, joined) ?? findAgency(index, written);
    if (id !== undefined) return { id, next: j };
  }
  return undefined;
}
