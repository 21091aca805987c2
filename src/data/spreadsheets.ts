/**
 * The spreadsheet downloads cut on the site (an agency's tasks, a year's tasks), made with the same
 * writer as the published datasets' .xlsx, from the published data and release.
 */
import { catalogueManifest } from './catalogue.ts';
import { siteData } from './site.ts';
import { agencyNameMap, aboutRows, type SpreadsheetSubject } from '../lib/spreadsheet-files.ts';
import { renderWorkbook, type SheetInput } from '../lib/spreadsheet.ts';
import { XLSX_MEDIA_TYPE } from '../lib/spreadsheet-names.ts';
import type { Row } from '../lib/serialise.ts';

/** A one-table workbook as an HTTP response for a static endpoint. */
export async function workbookResponse(subject: SpreadsheetSubject, sheet: SheetInput): Promise<Response> {
  const { agencies, plan } = await siteData();
  const { release, site_url: siteUrl } = catalogueManifest();
  const bytes = await renderWorkbook({
    title: subject.title,
    about: aboutRows({ release, siteUrl, plan }, { ...subject, rows: sheet.rows.length }),
    sheets: [sheet],
    agencyNames: agencyNameMap(agencies as unknown as Row[]),
    creator: release.publisher.name,
    date: release.date,
  });
  // A fresh ArrayBuffer holding exactly these bytes (a Uint8Array may view a larger pool).
  return new Response(bytes.slice().buffer as ArrayBuffer, { headers: { 'content-type': XLSX_MEDIA_TYPE } });
}
