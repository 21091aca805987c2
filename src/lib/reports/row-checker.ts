/**
 * Every filled row of a form, checked: which body the form is for (its locked cell and document
 * properties), the headers, the sheet's size, and in each row every cell (no formula, no control
 * character, no text longer than a cell or its column's cap) and every rule of a report — a task id
 * that is on this body's form and still the id of the task text beside it, a status from the list
 * (its label or its code), a source for every status but "no information", dates that are dates
 * from the plan's start to today, https links, and for the indicators the progress table's own rules
 * (model/pipeline's parseProgressTable: each unit's range, the period, the basis). All issues are
 * collected, none stops the others. Pure: a loaded workbook in, rows as CSV fields out.
 */
import type ExcelJS from 'exceljs';
import { describeCodePoint, findForbiddenCharacter, PLAIN_TEXT } from '../model/characters.ts';
import { namesDocumentNumber } from '../model/document-number.ts';
import { SourceError } from '../model/errors.ts';
import type { IndicatorRecord, TaskRecord } from '../model/records.ts';
import { isHttpsUrl, LAST_PROGRESS_YEAR, FIRST_PROGRESS_YEAR } from '../model/values.ts';
import { parseProgressTable, PROGRESS_TABLE_COLUMNS } from '../pipeline/progress.ts';
import { reporters, type Reporters } from '../pipeline/reporters.ts';
import { parseTaskStatusTable, TASK_STATUS_TABLE_COLUMNS } from '../pipeline/task-status.ts';
import { cellDate, cellNumber, cellText, readCell, type CellRead } from './form-cells.ts';
import type { FormPlan } from './form-assignment.ts';
import {
  CHOICE_LISTS,
  GUIDE_SHEET,
  INDICATOR_COLUMNS,
  INDICATOR_SHEET,
  LIMITS,
  META_CELLS,
  TASK_COLUMNS,
  TASK_SHEET,
  type ChoiceList,
  type FormColumn,
} from './form-layout.ts';
import type { FormIssue } from './issues.ts';

export interface CheckContext {
  forms: readonly FormPlan[];
  tasks: ReadonlyMap<string, TaskRecord>;
  indicators: ReadonlyMap<string, IndicatorRecord>;
  /** The first day of the plan period (content/plan_period.json): no report is about an earlier date. */
  planStart: string;
  /** The importer's date: no report is about a later one, and it is every row's `checked`. */
  today: string;
}

/** A row to append, as the CSV's fields by column name, with the cell it came from. */
export interface ImportRow {
  values: Readonly<Record<string, string>>;
  file: string;
  sheet: string;
  row: number;
}

export interface CheckedForm {
  file: string;
  bodyId: string;
  release: string;
  taskRows: ImportRow[];
  progressRows: ImportRow[];
}

/** Where a form's rows come from, whose word they are (docs/outcomes.md). */
export const FORM_SOURCE_KIND = 'official_report';

/** Who may be named in a form's rows: the bodies that have a form (each row names its own form's body). */
const formReporters = (ctx: CheckContext): Reporters =>
  reporters(
    ctx.forms.map((f) => f.body),
    'the bodies with a form',
  );

const choiceText = (list: ChoiceList) => list.choices.map((c) => `"${c.label}"`).join(', ');

/** A choice by its label (any case) or its code. */
function choose(list: ChoiceList, text: string): string | undefined {
  const s = text.trim().normalize('NFC').toLocaleLowerCase('vi');
  return list.choices.find((c) => c.code === text.trim() || c.label.toLocaleLowerCase('vi') === s)?.code;
}

/** The mark of a cell already refused (a formula, an error, a bad character, too long). */
const REFUSED: CellRead = { kind: 'error', text: 'refused' };

/** The cells of one sheet row by column key, and the issues of the cells themselves. */
function readRow(
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  columns: readonly FormColumn[],
  place: Omit<FormIssue, 'expected'>,
  issues: FormIssue[],
): Map<string, CellRead> {
  const row = ws.getRow(rowNumber);
  const cells = new Map<string, CellRead>();
  // Every filled cell of the row, inside the layout or beyond it: a formula or a control character anywhere is refused.
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    const column = columns[col - 1];
    const header = column?.header ?? `cột ${cell.address.replace(/\d+$/, '')}`;
    const read = readCell(cell);
    const at = { ...place, column: header };
    if (read.kind === 'formula') {
      if (column) cells.set(column.key, REFUSED);
      issues.push({ ...at, expected: 'a typed value (formulas are not read)', found: 'a formula', described: true });
      return;
    }
    if (read.kind === 'error') {
      if (column) cells.set(column.key, REFUSED);
      issues.push({ ...at, expected: 'a typed value', found: `the spreadsheet error ${read.text}`, described: true });
      return;
    }
    const text = cellText(read);
    const bad = findForbiddenCharacter(text);
    // A cell refused here is kept as refused, so the row's rules do not report it a second time as empty.
    if (column) cells.set(column.key, REFUSED);
    if (bad)
      issues.push({
        ...at,
        expected: PLAIN_TEXT,
        found: `${describeCodePoint(bad.codePoint)} at character ${bad.index + 1}`,
        described: true,
      });
    else if (text.length > LIMITS.cellChars)
      issues.push({
        ...at,
        expected: `at most ${LIMITS.cellChars} characters (a cell's limit)`,
        found: `${text.length} characters`,
        described: true,
      });
    else if (column?.maxChars !== undefined && text.length > column.maxChars)
      issues.push({ ...at, expected: `at most ${column.maxChars} characters`, found: `${text.length} characters`, described: true });
    else if (column) cells.set(column.key, read);
  });
  return cells;
}

/** The header row must be the layout's, column for column (a moved or renamed column would misread every row). */
function checkHeader(ws: ExcelJS.Worksheet, columns: readonly FormColumn[], place: Omit<FormIssue, 'expected'>): FormIssue[] {
  const row = ws.getRow(1);
  const issues: FormIssue[] = [];
  columns.forEach((c, i) => {
    const found = cellText(readCell(row.getCell(i + 1))).trim();
    if (found !== c.header)
      issues.push({
        ...place,
        row: 1,
        expected: `the header "${c.header}" in column ${i + 1} (do not move, add or rename columns)`,
        found,
      });
  });
  return issues;
}

/** The sheet's rows to check, or an issue when the sheet has more than the cap. */
function sheetRows(ws: ExcelJS.Worksheet, place: Omit<FormIssue, 'expected'>): number[] | FormIssue {
  if (ws.rowCount > LIMITS.rows)
    return { ...place, expected: `at most ${LIMITS.rows} rows`, found: `${ws.rowCount} rows`, described: true };
  return Array.from({ length: Math.max(0, ws.rowCount - 1) }, (_, i) => i + 2);
}

interface RowReader {
  text: (key: string) => string;
  has: (key: string) => boolean;
  cell: (key: string) => CellRead;
  issue: (key: string, expected: string, found?: string) => void;
  /** An optional date column: '' when empty, the date, or undefined after an issue. */
  date: (key: string, bounds: { from: string; to: string; required: boolean }) => string | undefined;
}

function rowReader(
  cells: Map<string, CellRead>,
  columns: readonly FormColumn[],
  place: Omit<FormIssue, 'expected'>,
  issues: FormIssue[],
): RowReader {
  const header = (key: string) => columns.find((c) => c.key === key)!.header;
  const cell = (key: string): CellRead => cells.get(key) ?? { kind: 'empty' };
  const r: RowReader = {
    cell,
    text: (key) => cellText(cell(key)).trim(),
    has: (key) => cell(key).kind !== 'empty',
    issue: (key, expected, found) => {
      if (cells.get(key) !== REFUSED) issues.push({ ...place, column: header(key), expected, ...(found === undefined ? {} : { found }) });
    },
    date: (key, { from, to, required }) => {
      const c = cell(key);
      if (c.kind === 'empty') {
        if (required) r.issue(key, 'a date dd/mm/yyyy');
        return required ? undefined : '';
      }
      const iso = cellDate(c);
      if (iso === undefined) r.issue(key, 'a date dd/mm/yyyy', cellText(c));
      else if (iso < from || iso > to) r.issue(key, `a date from ${vn(from)} to ${vn(to)}`, vn(iso));
      else return iso;
      return undefined;
    },
  };
  return r;
}

/** yyyy-mm-dd → dd/mm/yyyy, as the form writes dates. */
const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The rows of a sheet that have any cell to fill filled, each with its reader and the count of
 * issues before it; none when the header or the sheet's size is wrong (that issue is reported).
 */
function* filledRows(
  ws: ExcelJS.Worksheet,
  file: string,
  sheet: string,
  columns: readonly FormColumn[],
  issues: FormIssue[],
): Generator<{ row: number; r: RowReader; before: number }> {
  const place = { file, sheet };
  const header = checkHeader(ws, columns, place);
  if (header.length > 0) {
    issues.push(...header);
    return;
  }
  const rows = sheetRows(ws, place);
  if (!Array.isArray(rows)) {
    issues.push(rows);
    return;
  }
  const fillKeys = columns.filter((c) => c.fill).map((c) => c.key);
  for (const n of rows) {
    const at = { ...place, row: n };
    const before = issues.length;
    const r = rowReader(readRow(ws, n, columns, at, issues), columns, at, issues);
    if (fillKeys.some(r.has)) yield { row: n, r, before };
  }
}

function checkTaskSheet(ws: ExcelJS.Worksheet, file: string, form: FormPlan, ctx: CheckContext, issues: FormIssue[]): ImportRow[] {
  const onForm = new Map(form.tasks.map((t) => [t.id, t]));
  const out: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row: n, r, before } of filledRows(ws, file, TASK_SHEET, TASK_COLUMNS, issues)) {
    const taskId = r.text('task_id');
    const task = onForm.get(taskId);
    if (!task) {
      const elsewhere = ctx.tasks.has(taskId) ? ` (${taskId} is another body's task)` : '';
      r.issue('task_id', `a task id of the form of ${form.body.id}${elsewhere}`, taskId);
    } else if (r.text('content').normalize('NFC') !== task.content.normalize('NFC').trim()) {
      r.issue('task_id', `the id of the task whose text is in "${TASK_COLUMNS[1]!.header}" (the id or the text was changed)`, taskId);
    }

    const statusText = r.text('status');
    const status = statusText === '' ? undefined : choose(CHOICE_LISTS.status, statusText);
    if (statusText === '') r.issue('status', `one of ${choiceText(CHOICE_LISTS.status)}`);
    else if (status === undefined) r.issue('status', `one of ${choiceText(CHOICE_LISTS.status)}`, statusText);

    const asOf = r.date('as_of', { from: ctx.planStart, to: ctx.today, required: true });
    const published = r.date('source_published', { from: ctx.planStart, to: ctx.today, required: false });
    const summary = r.text('summary');
    if (summary === '') r.issue('summary', 'a summary of what was done (a few sentences)');
    const title = r.text('source_title');
    const url = r.text('source_url');
    if (url !== '' && !isHttpsUrl(url)) r.issue('source_url', 'an https:// address of a public page', url);
    if (status !== undefined && status !== 'no_information') {
      if (title === '')
        r.issue(
          'source_title',
          `the source of the status "${statusText}": an issued document's title with its number, or a public page's title`,
        );
      else if (url === '' && !(namesDocumentNumber(title) && published))
        r.issue(
          'source_url',
          `an https:// address of the source, or (for a document not published online) its number in "${TASK_COLUMNS[8]!.header}" and its date in "${TASK_COLUMNS[10]!.header}"`,
        );
    }
    if (task && asOf) {
      const earlier = seen.get(`${task.id} ${asOf}`);
      if (earlier !== undefined)
        r.issue('as_of', `one report per task and date (row ${earlier} reports ${task.id} on the same date)`, vn(asOf));
      seen.set(`${task.id} ${asOf}`, n);
    }
    if (issues.length > before || !task || !status || !asOf || published === undefined) continue;
    const values = {
      task_id: task.id,
      as_of: asOf,
      status,
      summary,
      source_title: title,
      source_url: url,
      source_published: published,
      checked: ctx.today,
      source_kind: FORM_SOURCE_KIND,
      reported_by: form.body.id,
    };
    // The status table's own rules too, so that no row the data stage would refuse is written.
    const span = { planStart: ctx.planStart, reviewDate: ctx.today };
    const rule = tableRuleIssue(values, TASK_STATUS_TABLE_COLUMNS, (text) =>
      parseTaskStatusTable(text, 'form', ctx.tasks.keys(), span, formReporters(ctx)),
    );
    if (rule) {
      r.issue(TASK_COLUMNS.some((c) => c.key === rule.key) ? rule.key : 'status', rule.expected, rule.found);
      continue;
    }
    out.push({ file, sheet: TASK_SHEET, row: n, values });
  }
  return out;
}

/**
 * A curated table's parser's verdict on one row (the progress table's rules for units, periods and
 * bases; the status table's for sources and dates): its rules, not a copy of them. The row is written
 * in the parser's own columns, so columns it gains are filled from `values`.
 */
function tableRuleIssue(
  values: Readonly<Record<string, string>>,
  columns: readonly string[],
  parse: (csv: string) => unknown,
): { key: string; expected: string; found?: string } | undefined {
  const line = columns.map((c) => csvField(values[c] ?? '')).join(',');
  try {
    parse(`${columns.join(',')}\n${line}\n`);
    return undefined;
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    const [key, ...rest] = e.expected.split(': ');
    return { key: key!, expected: rest.join(': '), ...(e.found === undefined ? {} : { found: e.found }) };
  }
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function checkIndicatorSheet(ws: ExcelJS.Worksheet, file: string, form: FormPlan, ctx: CheckContext, issues: FormIssue[]): ImportRow[] {
  const onForm = new Map(form.indicators.map((i) => [i.id, i]));
  const out: ImportRow[] = [];
  const lastYear = Math.min(LAST_PROGRESS_YEAR, Number(ctx.today.slice(0, 4)));
  for (const { row: n, r, before } of filledRows(ws, file, INDICATOR_SHEET, INDICATOR_COLUMNS, issues)) {
    const id = r.text('indicator_id');
    const indicator = onForm.get(id);
    if (!indicator) r.issue('indicator_id', 'an indicator id of this form', id);
    else if (r.text('name') !== indicator.name.normalize('NFC').trim())
      r.issue('indicator_id', `the id of the indicator named in "${INDICATOR_COLUMNS[1]!.header}" (the id or the name was changed)`, id);
    const year = cellNumber(r.cell('year'));
    if (year === undefined || !Number.isInteger(year) || year < FIRST_PROGRESS_YEAR || year > lastYear)
      r.issue('year', `a year from ${FIRST_PROGRESS_YEAR} to ${lastYear}`, r.text('year'));
    const value = cellNumber(r.cell('value'));
    if (value === undefined) r.issue('value', 'a number (decimal point or comma, no thousands separator)', r.text('value'));
    const pick = (key: 'qualifier' | 'basis') => {
      const text = r.text(key);
      const code = text === '' ? undefined : choose(CHOICE_LISTS[key], text);
      if (code === undefined) r.issue(key, `one of ${choiceText(CHOICE_LISTS[key])}`, ...(text === '' ? [] : [text]));
      return code;
    };
    const qualifier = pick('qualifier');
    const basis = pick('basis');
    const bounds = { from: '2000-01-01', to: ctx.today, required: false };
    const start = r.date('period_start', bounds);
    const end = r.date('period_end', bounds);
    const published = r.date('published_date', { from: ctx.planStart, to: ctx.today, required: false });
    const title = r.text('source_title');
    if (title === '') r.issue('source_title', 'the title of the source that states the value');
    const url = r.text('source_url');
    if (!isHttpsUrl(url))
      r.issue('source_url', 'an https:// address of the public source that states the value', ...(url === '' ? [] : [url]));
    const noteText = r.text('note');
    if (noteText === '') r.issue('note', "the source's words that carry the value");
    if (
      issues.length > before ||
      !indicator ||
      value === undefined ||
      !qualifier ||
      !basis ||
      start === undefined ||
      end === undefined ||
      published === undefined
    )
      continue;
    const values = {
      indicator_id: indicator.id,
      year: String(year),
      value: String(value),
      qualifier,
      period_start: start,
      period_end: end,
      derivation: '',
      basis,
      source_title: title,
      source_url: url,
      published_date: published,
      note: noteText,
      source_kind: FORM_SOURCE_KIND,
      reported_by: form.body.id,
    };
    // The lists are checked above; the parser adds each unit's range and the period's rules.
    const units = new Map([...ctx.indicators.values()].map((i) => [i.id, i.unit]));
    const rule = tableRuleIssue(values, PROGRESS_TABLE_COLUMNS, (text) =>
      parseProgressTable(text, 'form', units, ctx.today, formReporters(ctx)),
    );
    if (rule) {
      const column = INDICATOR_COLUMNS.find((c) => c.key === rule.key) ?? INDICATOR_COLUMNS.find((c) => c.key === 'value')!;
      r.issue(column.key, rule.expected, rule.found);
      continue;
    }
    out.push({ file, sheet: INDICATOR_SHEET, row: n, values });
  }
  return out;
}

/** The body and release a form was made for: its locked cells, which the document properties must not contradict. */
function formIdentity(
  wb: ExcelJS.Workbook,
  file: string,
  ctx: CheckContext,
  issues: FormIssue[],
): { form: FormPlan; release: string } | undefined {
  const guide = wb.getWorksheet(GUIDE_SHEET);
  if (!guide) {
    issues.push({
      file,
      expected: `the sheet "${GUIDE_SHEET}" of a form made by npm run forms`,
      found: wb.worksheets.map((w) => w.name).join(', '),
    });
    return undefined;
  }
  const at = (address: string) => cellText(readCell(guide.getCell(address))).trim();
  const bodyId = at(META_CELLS.bodyId);
  const release = at(META_CELLS.release);
  const form = ctx.forms.find((f) => f.body.id === bodyId);
  const place = { file, sheet: GUIDE_SHEET, row: Number(META_CELLS.bodyId.slice(1)), column: 'Mã cơ quan' };
  if (!form) {
    issues.push({ ...place, expected: `the id of a body with a form (${ctx.forms.map((f) => f.body.id).join(', ')})`, found: bodyId });
    return undefined;
  }
  const subject = (wb.subject ?? '').trim();
  if (subject !== '' && subject !== bodyId) {
    issues.push({ ...place, expected: `the body of the document properties (subject "${subject}")`, found: bodyId });
    return undefined;
  }
  return { form, release };
}

/** Checks a loaded form; rows only when the whole form passed. */
export function checkForm(wb: ExcelJS.Workbook, file: string, ctx: CheckContext): { form?: CheckedForm; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const identity = formIdentity(wb, file, ctx, issues);
  if (!identity) return { issues };
  const { form, release } = identity;
  const tasksSheet = wb.getWorksheet(TASK_SHEET);
  const taskRows = tasksSheet ? checkTaskSheet(tasksSheet, file, form, ctx, issues) : [];
  if (!tasksSheet) issues.push({ file, expected: `the sheet "${TASK_SHEET}"`, found: wb.worksheets.map((w) => w.name).join(', ') });
  const indicatorSheet = wb.getWorksheet(INDICATOR_SHEET);
  let progressRows: ImportRow[] = [];
  if (form.indicators.length > 0) {
    if (indicatorSheet) progressRows = checkIndicatorSheet(indicatorSheet, file, form, ctx, issues);
    else
      issues.push({
        file,
        expected: `the sheet "${INDICATOR_SHEET}" (the coordinator's form has it)`,
        found: wb.worksheets.map((w) => w.name).join(', '),
      });
  }
  if (issues.length > 0) return { issues };
  return { form: { file, bodyId: form.body.id, release, taskRows, progressRows }, issues };
}
