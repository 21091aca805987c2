/**
 * The pipeline's own shapes: lines, the parsed body, the curated tables' rows and citations. What is
 * published is typed in src/lib/model/ (records.ts, plan.ts); these are what the parsers hand each
 * other on the way there. Field names are the published column names (English snake_case).
 */

import type { AGENCY_KINDS, LEGAL_CONTEXTS, URL_KINDS, VALIDITY_CODES } from '../model/codes.ts';
import type { SourceWarning } from '../model/errors.ts';
import type { BlockRecord } from '../model/records.ts';
import type { PlanRecord } from '../model/plan.ts';

/** A line of an input file with its 1-based number. */
export interface Line {
  number: number;
  text: string;
}

/** A paragraph or bullet of the plan's body, after page-break mending: a row of plan_blocks. */
export type PlanBlock = BlockRecord;

/** A section of the plan's body outline (I, I.1, II.2.a, III.6.4 …). */
export interface PlanSection {
  id: string; // ASCII path: "III.6.4", "II.2.a"; "preamble" and "closing" for the unnumbered text
  parent_id: string | null;
  level: number; // 1 = I…V, 2 = 1., 2., 3 = a), 6.4.
  number: string; // the numbering as written, without trailing punctuation: "III", "2", "a", "6.4"
  title: string;
  text: string; // the section's own blocks joined by "\n" (bullets without their "- ")
  order: number; // 1-based document order over all sections
  source_line_start: number;
  source_line_end: number;
}

/** Document metadata of the plan: plan.json's own fields, and where the appendix starts. */
export type PlanMeta = Pick<PlanRecord, 'title' | 'subtitle' | 'issuer' | 'implements' | 'signer' | 'recipients'> & {
  appendix_title: string;
  appendix_subtitle: string;
  source_line_count: number;
};

/** The result of parsing the body (everything before the appendix table). */
export interface ParsedBody {
  meta: PlanMeta;
  sections: PlanSection[];
  blocks: PlanBlock[];
  /** 1-based line where the appendix table (first header row) starts. */
  appendix_start_line: number;
  /** Non-fatal remarks, e.g. gaps in the numbering (I. then III.). */
  warnings: SourceWarning[];
}

/** What kind of body an agency is (the values and their meaning: AGENCY_KINDS in dictionary.ts). */
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** One row of the curated agency table `content/agencies.csv`. */
export interface AgencyEntry {
  id: string; // stable ASCII id, e.g. "so-tttt"
  name: string; // full canonical Vietnamese name
  short_name: string; // common abbreviation, e.g. "Sở TT&TT" ("" if none)
  kind: AgencyKind;
  is_collective: boolean; // a group of bodies ("Các sở, ban, ngành tỉnh"), not one body
  aliases: string[]; // every spelling that names this body in the plan (exact text, before normalisation)
  note: string;
  plan_section_ids: string[]; // part-V sections giving this body's responsibilities, e.g. ["V.2"]
  line: number; // the CSV line it came from (for error messages)
}

/** One row of the curated legal-document table `content/legal_documents.csv`. */
export interface LegalDocumentEntry {
  id: string; // stable ASCII id, e.g. "749-qd-ttg"
  number: string; // "749/QĐ-TTg"; "" for a document the plan names without a number
  type: string; // Quyết định, Nghị định, Chỉ thị, Nghị quyết, Kế hoạch, Chiến lược, Bộ chỉ số …
  issuer: string;
  issued_date: string; // ISO yyyy-mm-dd, "" if the text gives none
  title: string; // "" if the text gives none
  aliases: string[]; // names used in the plan for a document cited without its number
  note: string;
  context: (typeof LEGAL_CONTEXTS)[number]; // cited by the plan, or the basis of a successor row
  url: string; // an https link to the text, "" when none was found
  url_kind: (typeof URL_KINDS)[number] | '';
  validity: (typeof VALIDITY_CODES)[number] | ''; // "" when no source says
  validity_note: string;
  validity_source_url: string;
  line: number; // the CSV line it came from (for error messages)
}

/** A citation of a legal document found in a piece of text. */
export interface Citation {
  legal_document_id: string;
  clause: string; // e.g. "Điểm a, Khoản 1, Mục IV"; "" when the whole document is cited
  text: string; // the citation as written
}
