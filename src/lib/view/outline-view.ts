/**
 * The plan page's view of the outline: the table-of-contents tree, headings as the document writes
 * them, bullets grouped into lists, and what each section cites or assigns. Pure, so unit-tested.
 */
import type { AgencyRecord, BlockRecord, LegalDocumentRecord, SectionRecord, SectionReferenceRecord } from '../model/records.ts';
import { groupBy } from '../model/record-queries.ts';

/** A section with its sub-sections, for the nested table of contents. */
export interface OutlineNode {
  section: SectionRecord;
  children: OutlineNode[];
}

/** Nests the flat, document-ordered sections by parent_id (order kept at every level). */
export function outlineTree(sections: readonly SectionRecord[]): OutlineNode[] {
  const nodes = new Map(sections.map((s) => [s.id, { section: s, children: [] as OutlineNode[] }]));
  const roots: OutlineNode[] = [];
  for (const s of [...sections].sort((a, b) => a.order - b.order)) {
    const node = nodes.get(s.id)!;
    const parent = s.parent_id === null ? undefined : nodes.get(s.parent_id);
    if (s.parent_id !== null && !parent) throw new Error(`section ${s.id}: unknown parent ${s.parent_id}`);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The untitled opening and closing parts get a descriptive name for navigation. */
const UNTITLED: Record<string, string> = { preamble: 'Phần mở đầu', closing: 'Phần kết' };

/** A section's heading as the document numbers it: "I. MỤC ĐÍCH, YÊU CẦU", "a) Chính quyền số", "6.4. Một số lĩnh vực khác". */
export function sectionHeading(s: Pick<SectionRecord, 'id' | 'level' | 'number' | 'title'>): string {
  if (s.number === null || s.title === null) return UNTITLED[s.id] ?? s.title ?? s.id;
  // Level-3 letters are written "a)"; Roman numerals "I.", numbers "1." and "6.4." in the plan.
  const mark = s.level === 3 && /^[a-zđ]$/.test(s.number) ? `${s.number})` : `${s.number}.`;
  return `${mark} ${s.title}`;
}

/** True for the preamble and closing, which have no heading in the document itself. */
export const isUntitled = (s: Pick<SectionRecord, 'number' | 'title'>): boolean => s.number === null || s.title === null;

/** Outline level 1–3 → heading element level h2–h4 (the page title is the h1). */
export function headingLevel(level: number): 2 | 3 | 4 {
  return Math.min(4, Math.max(2, level + 1)) as 2 | 3 | 4;
}

/** "dòng 9–27", or "dòng 267" for a one-line section. */
export function lineRangeLabel(start: number, end: number): string {
  return start === end ? `dòng ${start}` : `dòng ${start}–${end}`;
}

/** What the page renders for a run of blocks: a paragraph, or consecutive bullets as one list. */
export type BlockGroup = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Groups a section's blocks (any order in, document order out): consecutive bullets become one list. */
export function groupBlocks(blocks: readonly BlockRecord[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const b of [...blocks].sort((x, y) => x.order - y.order)) {
    const last = groups.at(-1);
    if (b.kind === 'bullet') {
      if (last?.kind === 'list') last.items.push(b.text);
      else groups.push({ kind: 'list', items: [b.text] });
    } else groups.push({ kind: 'paragraph', text: b.text });
  }
  return groups;
}

/** Each section's blocks, grouped for rendering. */
export function blocksBySection(blocks: readonly BlockRecord[]): Map<string, BlockGroup[]> {
  return new Map([...groupBy(blocks, (b) => b.section_id)].map(([id, bs]) => [id, groupBlocks(bs)]));
}

/** One document a section cites, with the parts cited (clauses), each once. */
export interface SectionCitation {
  document: LegalDocumentRecord;
  clauses: string[];
}

/**
 * Documents each section cites, one entry per document in the order of first citation (by source
 * line), with the distinct clauses cited.
 */
export function citationsBySection(
  refs: readonly SectionReferenceRecord[],
  documentById: ReadonlyMap<string, LegalDocumentRecord>,
): Map<string, SectionCitation[]> {
  const sorted = [...refs].sort((a, b) => a.source_line - b.source_line);
  const out = new Map<string, SectionCitation[]>();
  for (const [sectionId, rows] of groupBy(sorted, (r) => r.section_id)) {
    const byDoc = new Map<string, SectionCitation>();
    for (const r of rows) {
      const document = documentById.get(r.legal_document_id);
      if (!document) throw new Error(`section ${sectionId} cites unknown document ${r.legal_document_id}`);
      const entry = byDoc.get(document.id) ?? { document, clauses: [] };
      if (r.clause !== null && !entry.clauses.includes(r.clause)) entry.clauses.push(r.clause);
      byDoc.set(document.id, entry);
    }
    out.set(sectionId, [...byDoc.values()]);
  }
  return out;
}

/** The agencies that section V assigns, by section id (agencies in dataset order). */
export function agenciesBySection(agencies: readonly AgencyRecord[]): Map<string, AgencyRecord[]> {
  const out = new Map<string, AgencyRecord[]>();
  for (const a of agencies) for (const id of a.plan_section_ids) out.set(id, [...(out.get(id) ?? []), a]);
  return out;
}

/** A recipient line ("Mục V;") split so a reference to a section of the plan can be linked. */
export interface RecipientView {
  text: string;
  /** The section the line refers to, when it names one ("Mục V" → "V"). */
  sectionId?: string;
  /** The linked words and what follows them ("Mục V", ";"). */
  linkText?: string;
  rest?: string;
}

/** Recognises "Mục V;" (the agencies of section V) among the recipients; other lines stay plain. */
export function recipientView(text: string, sectionIds: ReadonlySet<string>): RecipientView {
  const m = /^(Mục ([IVX]+))(\W*)$/u.exec(text);
  if (!m || !sectionIds.has(m[2]!)) return { text };
  return { text, sectionId: m[2]!, linkText: m[1]!, rest: m[3]! };
}
