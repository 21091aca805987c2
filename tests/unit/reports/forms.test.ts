/**
 * The reporting forms made from the real data: which form carries which task, what a form holds
 * (locked rows, fill columns, drop-downs, notes, protection without a password, the body and
 * release), that the bytes are the same on every run, and that a form filled right imports with
 * dates typed either way and statuses as labels or codes.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { capitalise, TASK_STATUS } from '../../../src/lib/model/codes.ts';
import { reportFormFile } from '../../../src/lib/model/paths.ts';
import { formsOf } from '../../../src/lib/reports/form-assignment.ts';
import { isReportedIndicator, REGIONAL_LEAD_INDICATOR } from '../../../src/lib/model/regional-lead.ts';
import {
  CHOICE_LISTS,
  GUIDE_SHEET,
  INDICATOR_SHEET,
  LISTS_SHEET,
  META_CELLS,
  TASK_COLUMNS,
  TASK_SHEET,
  listRange,
} from '../../../src/lib/reports/form-layout.ts';
import { DEADLINES, renderForm } from '../../../src/lib/reports/form-writer.ts';
import { importReports } from '../../../src/lib/reports/report-import.ts';
import { formatIssue } from '../../../src/lib/reports/issues.ts';
import { localToday } from '../../../scripts/lib/report-forms.ts';
import { BODY, fillIndicator, fillTask, percentIndicatorRow } from '../../helpers/hostile-forms.ts';
import { checkContextOf, filledForm, importTables, testForms, type TestForms } from '../../helpers/report-forms.ts';
import { fileBytes, publishedFiles } from '../../helpers/published-files.ts';
import { seedText } from '../../helpers/seed.ts';

const today = localToday();
let t: TestForms;
beforeAll(async () => {
  t = await testForms();
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('formsOf (which form carries which task)', () => {
  it('puts every task on at least one form, and a task no single body leads on the coordinator’s', () => {
    const onForms = new Set(t.forms.flatMap((f) => f.tasks.map((x) => x.id)));
    expect([...onForms].sort()).toEqual(t.datasets.tasks.map((x) => x.id).sort());
    const coordinator = t.forms.find((f) => f.body.is_coordinator)!;
    for (const task of t.datasets.tasks.filter((x) => x.report_body_ids.length === 1 && x.report_body_ids[0] === coordinator.body.id))
      expect(coordinator.tasks.map((x) => x.id)).toContain(task.id);
    expect(coordinator.indicators.map((i) => i.id)).toEqual(t.datasets.indicators.filter(isReportedIndicator).map((i) => i.id));
    // The regional target's values are derived from the ranks: no body is asked for them.
    expect(coordinator.indicators.map((i) => i.id)).not.toContain(REGIONAL_LEAD_INDICATOR);
    expect(t.forms.filter((f) => f.indicators.length > 0)).toHaveLength(1);
  });

  it('refuses datasets that disagree (a count that is not the tasks naming the body)', () => {
    const bodies = t.datasets.bodies.map((b) => (b.id === BODY ? { ...b, form_task_count: b.form_task_count + 1 } : b));
    expect(() => formsOf({ ...t.datasets, bodies })).toThrow(`bodies ${BODY}: form_task_count`);
  });
});

describe('a form', () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await renderForm(t.form(BODY), t.formContext);
    wb = await load(bytes);
  });

  it('is the same bytes every time it is made', async () => {
    expect(Buffer.from(await renderForm(t.form(BODY), t.formContext)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('names its body and release in locked cells and in the document properties', () => {
    const guide = wb.getWorksheet(GUIDE_SHEET)!;
    expect(guide.getCell(META_CELLS.bodyId).value).toBe(BODY);
    expect(guide.getCell(META_CELLS.release).value).toBe(t.formContext.release.version);
    expect(wb.subject).toBe(BODY);
    expect(wb.keywords).toContain(t.formContext.release.version);
  });

  it('has one locked row per task of its body, with the published status, and open cells to fill', () => {
    const ws = wb.getWorksheet(TASK_SHEET)!;
    const tasks = t.form(BODY).tasks;
    expect(ws.rowCount).toBe(tasks.length + 1);
    tasks.forEach((task, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(task.id);
      expect(row.getCell(2).value).toBe(task.content);
      expect(row.getCell(4).value).toBe(capitalise(TASK_STATUS[task.status].label));
      TASK_COLUMNS.forEach((c, j) => expect(row.getCell(j + 1).protection?.locked ?? true).toBe(!c.fill));
    });
  });

  it('gives every header its note with the data column, and the status column the drop-down of the labels', () => {
    const ws = wb.getWorksheet(TASK_SHEET)!;
    TASK_COLUMNS.forEach((c, i) => {
      const note = String(ws.getRow(1).getCell(i + 1).note);
      expect(note).toMatch(/^Cột dữ liệu: [a-z_]+/);
      if (c.fill) expect(note).toContain(`Cột dữ liệu: ${c.key}.`);
    });
    const status = ws.getRow(2).getCell(TASK_COLUMNS.findIndex((c) => c.key === 'status') + 1);
    expect(status.dataValidation).toMatchObject({ type: 'list', formulae: [listRange(CHOICE_LISTS.status)] });
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe('hidden');
    expect(CHOICE_LISTS.status.choices.map((_, i) => lists.getCell(`A${i + 2}`).value)).toEqual(
      CHOICE_LISTS.status.choices.map((c) => c.label),
    );
  });

  it('protects every sheet without a password and freezes the header', () => {
    for (const ws of wb.worksheets) {
      const protection = (ws as unknown as { sheetProtection?: object }).sheetProtection;
      expect(protection).toMatchObject({ sheet: true });
      expect(protection).not.toHaveProperty('hashValue');
    }
    expect(wb.getWorksheet(TASK_SHEET)!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('tells the Part V deadlines, as the plan gives them, and the coordinator today', () => {
    expect(seedText()).toContain('Định kỳ vào ngày 20 tháng 11 hằng năm');
    expect(seedText()).toContain('Trước ngày 15 tháng 12');
    expect(DEADLINES).toEqual({ bodies: '20/11', coordinator: '15/12' });
    const text = wb.getWorksheet(GUIDE_SHEET)!.getColumn(2).values.join('\n');
    expect(text).toContain(`ngày ${DEADLINES.bodies} hằng năm, gửi ${t.formContext.coordinator.name}`);
    expect(text).toContain(`trước ngày ${DEADLINES.coordinator}`);
    expect(text).toContain('không có mật khẩu');
  });

  it('has the indicators sheet only on the coordinator’s form', async () => {
    expect(wb.getWorksheet(INDICATOR_SHEET)).toBeUndefined();
    const coordinator = await load(
      await renderForm(
        t.forms.find((f) => f.body.is_coordinator)!,
        t.formContext,
      ),
    );
    expect(coordinator.getWorksheet(INDICATOR_SHEET)!.rowCount).toBe(
      1 + t.datasets.indicators.filter(isReportedIndicator).length * t.formContext.years.length,
    );
  });
});

describe('a form filled right', () => {
  it('imports: typed dates and dd/mm/yyyy text, labels and codes, rows marked whose word they are', async () => {
    const tasks = t.form(BODY).tasks;
    const bytes = await filledForm(t, BODY, (wb) => {
      const ws = wb.getWorksheet(TASK_SHEET)!;
      fillTask(ws, 2, today, { as_of: new Date(`${today}T00:00:00Z`) });
      fillTask(ws, 3, today, {
        status: 'in_progress',
        source_title: 'Báo cáo số 245/BC-SCT',
        source_published: '2/1/2024',
      });
    });
    const outcome = await importReports([{ file: `${BODY}.xlsx`, bytes }], checkContextOf(t, today), importTables());
    if (!outcome.ok) throw new Error(outcome.issues.map(formatIssue).join('\n'));
    const added = outcome.taskStatus.split('\n').filter(Boolean).slice(-2);
    expect(added[0]).toBe(
      `${tasks[0]!.id},${today},done,Sở đã ban hành kế hoạch và triển khai xong hệ thống.,Báo cáo kết quả chuyển đổi số năm nay,https://example.gov.vn/bao-cao,${today},${today},official_report,${BODY}`,
    );
    expect(added[1]).toBe(
      `${tasks[1]!.id},${today},in_progress,Sở đã ban hành kế hoạch và triển khai xong hệ thống.,Báo cáo số 245/BC-SCT,https://example.gov.vn/bao-cao,2024-01-02,${today},official_report,${BODY}`,
    );
    expect(outcome.summary.added).toEqual([
      { bodyId: BODY, status: 'done', rows: 1 },
      { bodyId: BODY, status: 'in_progress', rows: 1 },
    ]);
  });

  it('imports a value on the coordinator’s form, and importing the same file twice adds nothing', async () => {
    const coordinator = t.forms.find((f) => f.body.is_coordinator)!.body.id;
    const { row, id } = percentIndicatorRow(t);
    const bytes = await filledForm(t, coordinator, (wb) => fillIndicator(wb.getWorksheet(INDICATOR_SHEET)!, row, { value: '64,5' }));
    const ctx = checkContextOf(t, today);
    const first = await importReports([{ file: `${coordinator}.xlsx`, bytes }], ctx, importTables());
    if (!first.ok) throw new Error(first.issues.map(formatIssue).join('\n'));
    expect(first.summary.values).toHaveLength(1);
    expect(first.progress.split('\n').filter(Boolean).at(-1)).toMatch(
      new RegExp(`^${id},${t.formContext.years[0]},64.5,exact,,,,province_2025,`),
    );
    const tables = importTables();
    const again = await importReports([{ file: `${coordinator}.xlsx`, bytes }], ctx, {
      taskStatus: { ...tables.taskStatus, text: first.taskStatus },
      progress: { ...tables.progress, text: first.progress },
    });
    if (!again.ok) throw new Error(again.issues.map(formatIssue).join('\n'));
    expect(again.progress).toBe(first.progress);
    expect(again.summary.skipped).toBe(1);
  });

  it('collects the errors of every file before refusing', async () => {
    const a = await filledForm(t, BODY, (wb) => fillTask(wb.getWorksheet(TASK_SHEET)!, 2, today, { status: 'xong' }));
    const b = await filledForm(t, BODY, (wb) => fillTask(wb.getWorksheet(TASK_SHEET)!, 3, today, { source_url: 'http://x.gov.vn/' }));
    const outcome = await importReports(
      [
        { file: 'a.xlsx', bytes: a },
        { file: 'b.xlsx', bytes: b },
      ],
      checkContextOf(t, today),
      importTables(),
    );
    expect(outcome.ok ? [] : outcome.issues.map((i) => `${i.file} ${i.row}`)).toEqual(['a.xlsx 2', 'b.xlsx 3']);
  });
});

describe('the forms the data stage publishes (data/bieu-mau/)', () => {
  it('is one workbook per body with a form, at its report_form, the bytes of renderForm', async () => {
    const { files } = await publishedFiles();
    const withForm = t.datasets.bodies.filter((b) => b.form_task_count > 0);
    expect([...files.keys()].filter((p) => p.startsWith('bieu-mau/')).sort()).toEqual(withForm.map((b) => reportFormFile(b.id)).sort());
    expect(t.datasets.bodies.filter((b) => b.form_task_count === 0).map((b) => b.report_form)).toEqual(
      t.datasets.bodies.filter((b) => b.form_task_count === 0).map(() => null),
    );
    const one = t.forms[0]!;
    expect(Buffer.from(fileBytes(files, one.file)).equals(Buffer.from(await renderForm(one, t.formContext)))).toBe(true);
  });

  it('lists on each form the form_task_count tasks that name its body, and the indicators on the coordinator’s only', async () => {
    const { files } = await publishedFiles();
    for (const b of t.datasets.bodies.filter((x) => x.form_task_count > 0)) {
      const wb = await load(fileBytes(files, reportFormFile(b.id)));
      const ids = wb.getWorksheet(TASK_SHEET)!.getColumn(1).values.slice(2);
      const named = t.datasets.tasks.filter((x) => x.report_body_ids.includes(b.id)).map((x) => x.id);
      expect(ids, b.id).toHaveLength(b.form_task_count);
      expect([...ids].sort(), b.id).toEqual([...named].sort());
      expect(wb.getWorksheet(INDICATOR_SHEET) !== undefined, b.id).toBe(b.is_coordinator);
    }
  });
});
