/**
 * The codes' labels as table cells and badges show them (capitalised; the words are codes.ts's), and
 * small formatters. Pure, so they are unit-tested.
 */
import { AGENCY_KIND, capitalise, FILE_FORMAT, INDICATOR_STATUS, labelsOf, ROLE, TIMEFRAME_KIND, VALIDITY } from './codes.ts';
import type { LegalDocumentRecord, TaskRecord } from './records.ts';

const cell = (w: { label: string }) => capitalise(w.label);
// The search page's script imports formatNumber from here: marked pure, the maps (and codes.ts) stay out of its bundle.

export const TIMEFRAME_KIND_LABEL = /* @__PURE__ */ labelsOf(TIMEFRAME_KIND, cell);

/**
 * A legal document's name wherever the site shows it: "Quyết định 749/QĐ-TTg", as the plan's
 * citations write it; a document without a number goes by its title ("Bộ chỉ số Chuyển đổi số cấp tỉnh").
 */
export function documentLabel(d: Pick<LegalDocumentRecord, 'type' | 'number' | 'title'>): string {
  return d.number ? `${d.type} ${d.number}` : (d.title ?? d.type);
}

/** A legal document's validity, as its cited source says (legal_documents.validity). */
export const VALIDITY_LABEL = /* @__PURE__ */ labelsOf(VALIDITY, cell);

export const AGENCY_KIND_LABEL = /* @__PURE__ */ labelsOf(AGENCY_KIND, cell);

/** An agency's role in a task, as a column heading or the start of a line ("Chủ trì: …"). */
export const ROLE_LABEL = /* @__PURE__ */ labelsOf(ROLE, cell);

/** "2022–2025", "2022", "Hàng năm (2022–2030)", "Quý I/2022" for display. */
export function timeframeLabel(t: Pick<TaskRecord, 'timeframe_kind' | 'timeframe_text' | 'start_year' | 'end_year'>): string {
  if (t.timeframe_kind === 'annual') return `Hàng năm (${t.start_year}–${t.end_year})`;
  if (t.timeframe_kind === 'quarter') return t.timeframe_text;
  return t.start_year === t.end_year ? `Năm ${t.start_year}` : `${t.start_year}–${t.end_year}`;
}

/** Vietnamese number format: "1.234" thousands, "0,5" decimals. */
export function formatNumber(n: number, fractionDigits = 0): string {
  const [int = '0', frac] = Math.abs(n).toFixed(fractionDigits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Byte sizes as people read them: "12,3 KB", "1,2 MB" (1 KB = 1000 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, 1)} KB`;
  return `${formatNumber(bytes / 1_000_000, 1)} MB`;
}

/** "2020-06-03" → "03/6/2020", the way Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** An indicator's status in words, as inside a sentence (indicators.status). */
export const STATUS_LABELS_VI = /* @__PURE__ */ labelsOf(INDICATOR_STATUS);

/** Vietnamese names of the published file formats: the download lists and the CKAN resources. */
export const FORMAT_LABEL = /* @__PURE__ */ labelsOf(FILE_FORMAT, cell);
