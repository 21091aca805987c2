/**
 * Legal documents the plan cites: the curated table `content/legal_documents.csv`, and finding the
 * citations (document numbers, or names for documents cited without a number) in a piece of text.
 * Pure: text in, typed records out.
 */
import { z } from 'zod';
import { readCsvRows, schemaError } from './curated-csv.ts';
import { LEGAL_CONTEXTS, URL_KINDS, VALIDITY_CODES } from '../model/codes.ts';
import { SourceError } from '../model/errors.ts';
import { DOCUMENT_NUMBER } from '../model/document-number.ts';
import type { Citation, LegalDocumentEntry } from './types.ts';
import { squash } from './text.ts';
import { EARLIEST_DOCUMENT_DATE, isHttpsUrl } from '../model/values.ts';

export const LEGAL_TABLE_COLUMNS = [
  'id',
  'number',
  'type',
  'issuer',
  'issued_date',
  'title',
  'aliases',
  'note',
  'context',
  'url',
  'url_kind',
  'validity',
  'validity_note',
  'validity_source_url',
] as const;

const EXPECTED_DOCUMENT = 'a legal document listed in content/legal_documents.csv';

const rowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an ASCII slug id'),
    number: z.string(),
    type: z.string().min(1, 'a document type'),
    issuer: z.string(),
    issued_date: z
      .string()
      .refine((s) => s === '' || isIsoDate(s), 'an ISO date yyyy-mm-dd or nothing')
      .refine(
        (s) => s === '' || s >= EARLIEST_DOCUMENT_DATE,
        `a date from ${EARLIEST_DOCUMENT_DATE} (the founding of the state) or nothing`,
      ),
    title: z.string(),
    aliases: z.string(),
    note: z.string(),
    context: z.enum(LEGAL_CONTEXTS, { message: `one of ${LEGAL_CONTEXTS.join(', ')}` }),
    url: z.string().refine((s) => s === '' || isHttpsUrl(s), 'an https URL or nothing'),
    url_kind: z.string(),
    validity: z.enum(['', ...VALIDITY_CODES], { message: `one of ${VALIDITY_CODES.join(', ')} or nothing` }),
    validity_note: z.string(),
    validity_source_url: z.string().refine((s) => s === '' || isHttpsUrl(s), 'an https URL or nothing'),
  })
  .superRefine((r, ctx) => {
    // A document's validity is a fact with a source: a code, what it rests on and where it was read, or none of them.
    if (r.validity !== '' && (r.validity_note === '' || r.validity_source_url === '')) {
      ctx.addIssue({ code: 'custom', path: ['validity_source_url'], message: 'a note and an https source for the validity' });
    } else if (r.validity === '' && (r.validity_note !== '' || r.validity_source_url !== '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['validity'],
        message: `one of ${VALIDITY_CODES.join(', ')} when a validity note or source is given`,
      });
    }
    if (r.url !== '' && !(URL_KINDS as readonly string[]).includes(r.url_kind)) {
      ctx.addIssue({ code: 'custom', path: ['url_kind'], message: `one of ${URL_KINDS.join(', ')} for the link` });
    } else if (r.url === '' && r.url_kind !== '') {
      ctx.addIssue({ code: 'custom', path: ['url_kind'], message: 'nothing when there is no url' });
    }
    // A document the plan does not cite is listed for what it is: it needs its number, issuer and date.
    if (r.context !== 'plan' && (r.number === '' || r.issued_date === '' || r.issuer === '')) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: `a number, issuer and date for a document of the ${r.context}` });
    }
  });

/**
 * Parses the curated legal-document table; throws a SourceError naming the CSV line of a bad or
 * duplicate row. `reviewDate` (content/release.json): no document cited can be issued after it.
 */
export function parseLegalTable(csvText: string, file: string, reviewDate: string): LegalDocumentEntry[] {
  const entries: LegalDocumentEntry[] = [];
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>(); // numbers and aliases: each must name one document
  for (const { line, row: raw } of readCsvRows(csvText, file, LEGAL_TABLE_COLUMNS)) {
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) throw schemaError(parsed.error, raw, file, line);
    const row = parsed.data;
    if (row.issued_date > reviewDate) {
      throw new SourceError(
        file,
        line,
        `issued_date: a date on or before the review date ${reviewDate} (content/release.json "date")`,
        row.issued_date,
      );
    }
    if (seenIds.has(row.id)) throw new SourceError(file, line, `an id not already used on line ${seenIds.get(row.id)}`, row.id);
    seenIds.set(row.id, line);

    const aliases = row.aliases
      .split('|')
      .map(squash)
      .filter((a) => a !== '');
    for (const name of [row.number, ...aliases].filter((n) => n !== '')) {
      const key = nameKey(name);
      if (seenNames.has(key)) throw new SourceError(file, line, `a number or alias not already used on line ${seenNames.get(key)}`, name);
      seenNames.set(key, line);
    }
    entries.push({ ...row, aliases, url_kind: row.url_kind as LegalDocumentEntry['url_kind'], line });
  }
  return entries;
}

const DOC_TYPE = anyCase(['Quyết định', 'Nghị định', 'Nghị quyết', 'Chỉ thị', 'Kế hoạch', 'Thông tư', 'Luật', 'Công văn']);
const NUMBER_CITATION = new RegExp(String.raw`(?<![\p{L}\d/-])(?:${DOC_TYPE}\s+(?:[Ss]ố\s+)?)?(${DOCUMENT_NUMBER})(?![\p{L}\d])`, 'gu');
// A part reference written right before a citation: "Điểm a, Khoản 1, Mục IV", "Khoản 6 Mục V", "phụ lục".
const PART = String.raw`(?:Điểm|Khoản|Mục|Điều|Chương|Phần|Phụ lục)(?:\s+(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ]))?`;
const CLAUSE_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])${PART}(?:\s*,\s*${PART}|\s+${PART})*\s*,?\s*$`, 'iu');

/** All citations in a piece of text, in order; a number not in the table throws a SourceError at `where`. */
export function findCitations(text: string, table: LegalDocumentEntry[], where: { file: string; line: number }): Citation[] {
  const byNumber = new Map(table.filter((d) => d.number !== '').map((d) => [nameKey(d.number), d]));
  const found: { start: number; end: number; id: string }[] = [];

  for (const m of text.matchAll(NUMBER_CITATION)) {
    const doc = byNumber.get(nameKey(m[1]!));
    if (!doc) throw new SourceError(where.file, where.line, EXPECTED_DOCUMENT, m[1]!);
    found.push({ start: m.index, end: m.index + m[0].length, id: doc.id });
  }
  for (const doc of table) {
    for (const alias of doc.aliases) {
      for (const m of text.matchAll(aliasPattern(alias))) {
        const start = m.index;
        const end = start + m[0].length;
        if (!found.some((f) => start < f.end && f.start < end)) found.push({ start, end, id: doc.id });
      }
    }
  }

  return found
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, id }) => {
      const clause = CLAUSE_BEFORE.exec(text.slice(0, start));
      const from = clause ? clause.index : start;
      return {
        legal_document_id: id,
        clause: clause ? squash(clause[0]).replace(/,$/, '') : '',
        text: squash(text.slice(from, end)),
      };
    });
}

/** A notes cell split into its citations and the parts that cite nothing, so no part of a note is lost. */
export function classifyNote(
  note: string,
  table: LegalDocumentEntry[],
  where: { file: string; line: number },
): { citations: Citation[]; other: string[] } {
  const citations: Citation[] = [];
  const other: string[] = [];
  for (const part of note
    .split(';')
    .map((p) => squash(p).replace(/^-\s*/, ''))
    .filter((p) => p !== '')) {
    // "Nghị định 85/2016/NĐ-CP và Chỉ thị số 14/CT-TTg": split on "và" only when both sides cite.
    const pieces = part.split(/\s+và\s+/).map((p) => findCitations(p, table, where));
    const cites = pieces.length > 1 && pieces.every((c) => c.length > 0) ? pieces.flat() : findCitations(part, table, where);
    if (cites.length > 0) citations.push(...cites);
    else other.push(part);
  }
  return { citations, other };
}

function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

// Type words are capitalised at the start of a note, lower case inside a sentence.
function anyCase(words: string[]): string {
  return `(?:${words.map((w) => `[${w[0]}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')})`;
}

// Numbers compare without regard to case ("TTg"/"TTG") or spacing; aliases likewise.
function nameKey(s: string): string {
  return squash(s).normalize('NFC').toUpperCase();
}

function aliasPattern(alias: string): RegExp {
  const words = squash(alias)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\d])${words.join('\\s+')}(?![\\p{L}\\d])`, 'giu');
}
