/**
 * An issued document's number as Vietnamese documents write it ("749/QĐ-TTg", "45/2020/NĐ-CP",
 * "245/BC-SYT", "04-NQ/TU"): one pattern for the plan's citations (pipeline/legal.ts) and for a
 * finding's source that has no link (a status may rest on an issued document's number and date, or
 * on a public https page: issue #25). Pure.
 */

/**
 * Digits, an optional year, then two or more code parts. Leading digits and two capitalised code
 * parts keep dates, year ranges, "Quý I/2022", "1.0", "IPv6", "5G" and the plan's own blank
 * "số /KH-UBND" out.
 */
export const DOCUMENT_NUMBER = String.raw`\d+(?:/\d{4})?[-/][A-ZĐ][\p{L}\d]*(?:[-/][A-ZĐ][\p{L}\d]*)+`;

const NAMED_NUMBER = new RegExp(String.raw`(?<![\p{L}\d/-])${DOCUMENT_NUMBER}(?![\p{L}\d])`, 'u');

/** Whether a source title names an issued document by its number ("Báo cáo số 245/BC-SYT"). */
export const namesDocumentNumber = (title: string): boolean => NAMED_NUMBER.test(title);
