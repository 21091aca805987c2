/**
 * The round trip a body makes: a form (made from the real data), filled, saved by LibreOffice Calc
 * (headless, its own profile), and imported. The saved file still has its drop-downs, its
 * protection without a password and the open cells to fill, the header notes, the hidden lists,
 * and the body and release; and it imports. (Headless LibreOffice has no view, so it writes no
 * frozen panes: a person saving in Calc keeps them; the form as made has them, tests/unit/reports.)
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../scripts/lib/report-forms.ts';
import {
  CHOICE_LISTS,
  GUIDE_SHEET,
  INDICATOR_SHEET,
  LISTS_SHEET,
  META_CELLS,
  TASK_COLUMNS,
  TASK_SHEET,
  listRange,
} from '../../src/lib/reports/form-layout.ts';
import { formatIssue } from '../../src/lib/reports/issues.ts';
import { importReports } from '../../src/lib/reports/report-import.ts';
import { scratch } from '../helpers/cli.ts';
import { BODY, fillIndicator, fillTask, percentIndicatorRow } from '../helpers/hostile-forms.ts';
import { hasLibreOffice, saveThroughLibreOffice } from '../helpers/libreoffice.ts';
import { checkContextOf, filledForm, importTables, testForms, type TestForms } from '../helpers/report-forms.ts';

const today = localToday();

/**
 * Whether each cell of a sheet is locked, read from the saved XML (exceljs does not read the
 * protection of LibreOffice's cell styles): the cell's style index into cellXfs, and its <protection>.
 */
function lockedCells(xlsx: Uint8Array, sheet: string): Map<string, boolean> {
  const parts = unzipSync(xlsx);
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  const styles = text('xl/styles.xml');
  const xfs = [
    ...styles.slice(styles.indexOf('<cellXfs'), styles.indexOf('</cellXfs>')).matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
  ].map((m) => !/<protection [^>]*locked="(?:false|0)"/.test(m[0]));
  return new Map([...text(sheet).matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].map((m) => [m[1]!, xfs[Number(m[2] ?? 0)] ?? true]));
}
let t: TestForms;
let saved: { task: Uint8Array; coordinator: Uint8Array };
let coordinatorId: string;

describe.skipIf(!hasLibreOffice)('a form saved through LibreOffice', () => {
  beforeAll(async () => {
    t = await testForms();
    coordinatorId = t.forms.find((f) => f.body.is_coordinator)!.body.id;
    const dir = scratch('dt-lo-forms-');
    const out = join(dir, 'saved');
    mkdirSync(out);
    const task = join(dir, `${BODY}.xlsx`);
    writeFileSync(
      task,
      await filledForm(t, BODY, (wb) => {
        const ws = wb.getWorksheet(TASK_SHEET)!;
        fillTask(ws, 2, today, { as_of: new Date(`${today}T00:00:00Z`) });
        fillTask(ws, 3, today, { status: 'in_progress' });
      }),
    );
    const coordinator = join(dir, `${coordinatorId}.xlsx`);
    writeFileSync(
      coordinator,
      await filledForm(t, coordinatorId, (wb) => fillIndicator(wb.getWorksheet(INDICATOR_SHEET)!, percentIndicatorRow(t).row)),
    );
    const [a, b] = [await saveThroughLibreOffice(task, out), await saveThroughLibreOffice(coordinator, out)];
    saved = { task: new Uint8Array(readFileSync(a)), coordinator: new Uint8Array(readFileSync(b)) };
  }, 320_000);

  const load = async (bytes: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  };

  it('keeps the drop-downs, the open cells, the protection without a password and the notes', async () => {
    const wb = await load(saved.task);
    const ws = wb.getWorksheet(TASK_SHEET)!;
    const status = TASK_COLUMNS.findIndex((c) => c.key === 'status') + 1;
    const validation = ws.getRow(3).getCell(status).dataValidation;
    expect(validation?.type).toBe('list');
    expect(String(validation?.formulae?.[0]).replace(/^=/, '')).toBe(listRange(CHOICE_LISTS.status));
    const locked = lockedCells(saved.task, 'xl/worksheets/sheet2.xml');
    for (const [i, c] of TASK_COLUMNS.entries()) expect(locked.get(`${String.fromCharCode(64 + i + 1)}2`), c.key).toBe(!c.fill);
    // exceljs does not read LibreOffice's sheet protection either: from the XML of every sheet.
    const parts = unzipSync(saved.task);
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets).toHaveLength(wb.worksheets.length);
    for (const p of sheets) {
      const protection = /<sheetProtection [^>]*>/.exec(new TextDecoder().decode(parts[p]))?.[0] ?? '';
      expect(protection, p).toMatch(/sheet="(?:true|1)"/);
      expect(protection, p).not.toMatch(/password|hashValue/);
    }
    const note = ws.getRow(1).getCell(status).note;
    expect(typeof note === 'string' ? note : (note?.texts ?? []).map((x) => x.text).join('')).toContain('Cột dữ liệu: status.');
    expect(wb.getWorksheet(LISTS_SHEET)!.state).toBe('hidden');
  });

  it('keeps the body and the release, in the locked cells and the document properties', async () => {
    const wb = await load(saved.task);
    expect(wb.getWorksheet(GUIDE_SHEET)!.getCell(META_CELLS.bodyId).value).toBe(BODY);
    expect(wb.getWorksheet(GUIDE_SHEET)!.getCell(META_CELLS.release).value).toBe(t.formContext.release.version);
    expect(wb.subject).toBe(BODY);
  });

  it('imports after the save: the task rows and the value', async () => {
    const outcome = await importReports(
      [
        { file: `${BODY}.xlsx`, bytes: saved.task },
        { file: `${coordinatorId}.xlsx`, bytes: saved.coordinator },
      ],
      checkContextOf(t, today),
      importTables(),
    );
    if (!outcome.ok) throw new Error(outcome.issues.map(formatIssue).join('\n'));
    expect(outcome.summary.added).toEqual([
      { bodyId: BODY, status: 'done', rows: 1 },
      { bodyId: BODY, status: 'in_progress', rows: 1 },
    ]);
    expect(outcome.summary.values.map((v) => [v.indicator_id, v.value, v.reported_by])).toEqual([
      [percentIndicatorRow(t).id, '64.5', coordinatorId],
    ]);
  });
});
