/**
 * Vietnamese labels for the datasets' codes, and small formatters. Pure, so they are unit-tested.
 */
import type { AgencyRecord, IndicatorStatus, LegalDocumentRecord, TaskRecord } from './records.ts';
import type { ManifestEntry } from './manifest.ts';

export const TIMEFRAME_KIND_LABEL: Record<TaskRecord['timeframe_kind'], string> = {
  annual: 'Hàng năm',
  year: 'Trong một năm',
  year_range: 'Theo giai đoạn',
  quarter: 'Trong một quý',
};

/**
 * A legal document's name wherever the site shows it: "Quyết định 749/QĐ-TTg", as the plan's
 * citations write it; a document without a number goes by its title ("Bộ chỉ số Chuyển đổi số cấp tỉnh").
 */
export function documentLabel(d: Pick<LegalDocumentRecord, 'type' | 'number' | 'title'>): string {
  return d.number ? `${d.type} ${d.number}` : (d.title ?? d.type);
}

/** A legal document's validity, as its cited source says (legal_documents.validity). */
export const VALIDITY_LABEL: Record<NonNullable<LegalDocumentRecord['validity']>, string> = {
  in_force: 'Còn hiệu lực',
  partly_repealed: 'Bị bãi bỏ một phần',
  repealed: 'Hết hiệu lực',
};

export const AGENCY_KIND_LABEL: Record<AgencyRecord['kind'], string> = {
  provincial_department: 'Sở, ngành tỉnh',
  provincial_office: 'Văn phòng, ban của tỉnh',
  party_body: 'Cơ quan Đảng',
  central_branch: 'Cơ quan ngành dọc Trung ương tại tỉnh',
  central_body: 'Cơ quan Trung ương',
  district_committee: 'UBND huyện, thành phố',
  political_system: 'Hệ thống chính trị (chung)',
  mass_organisations: 'Mặt trận và đoàn thể',
  media: 'Cơ quan báo chí, truyền thông',
  enterprises: 'Doanh nghiệp, tổ chức tài chính',
  other: 'Khác',
};

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

/** An indicator's status in words (indicators.status). */
export const STATUS_LABELS_VI: Record<IndicatorStatus, string> = {
  achieved: 'đã đạt',
  not_achieved: 'không đạt',
  on_track: 'đúng tiến độ',
  off_track: 'chậm tiến độ',
  insufficient_data: 'chưa đủ số liệu để đánh giá',
  no_data: 'chưa có số liệu công bố',
};

/** Vietnamese names of the published file formats: the download lists and the CKAN resources. */
export const FORMAT_LABEL: Record<ManifestEntry['format'], string> = {
  'excel-csv': 'CSV cho Excel',
  csv: 'CSV',
  json: 'JSON',
  xlsx: 'Excel (.xlsx)',
  text: 'Văn bản thuần',
};
