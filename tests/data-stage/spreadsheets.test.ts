/**
 * The published spreadsheets, read back two ways: with exceljs (sheets, headers, frozen row,
 * autofilter, every cell typed and equal to the JSON dataset) and, independently, with LibreOffice
 * headless (Vietnamese text intact, numbers numeric, dates dates, a text cell starting with "=" is
 * still text and shows no prefix, comparators are words). Plus the same bytes from the same inputs.
 * And the per-record CSVs as a reader's LibreOffice opens them: text stays text, no formula runs.
 * The files are the data stage's, written once to a scratch folder (no site build needed).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS, datasetSpec, type DatasetSpec } from '../../src/lib/model/dictionary.ts';
import { renderWorkbook, sheetColumns } from '../../src/lib/publish/spreadsheet.ts';
import { convertWithLibreOffice, CSV_AS_READERS_OPEN_IT, hasLibreOffice, odsSheet } from '../helpers/libreoffice.ts';
import { DEFAULT_CONTENT, DEFAULT_SEED, runDataStage } from '../../scripts/lib/data-stage.ts';
import { scratch } from '../helpers/cli.ts';
import { AGENCY_TASKS_SPEC, taskCsv } from '../../src/lib/publish/record-files.ts';
import type { TaskRecord } from '../../src/lib/model/records.ts';
import { capitalise, TASK_STATUS } from '../../src/lib/model/codes.ts';

type Json = Record<string, any>;
const out = join(scratch('dt-xlsx-'), 'data');
await runDataStage({ seed: DEFAULT_SEED, content: DEFAULT_CONTENT, out, siteUrl: 'https://example.gov.vn/cds/' });
const data = (path: string) => join(out, path);
const json = (name: string) => JSON.parse(readFileSync(data(`${name}.json`), 'utf8')) as Json[];
const manifest = JSON.parse(readFileSync(data('manifest.json'), 'utf8')) as Json;

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(data(path)) as unknown as ArrayBuffer);
  return wb;
}

const agencyNames = new Map(json('agencies').map((a) => [a.id as string, a.name as string]));

/** What the cell of `key` should hold for a JSON row: the typed value exceljs reads back. */
function expected(spec: DatasetSpec, row: Json, key: string): unknown {
  const col = sheetColumns(spec).find((c) => c.key === key)!;
  const raw = row[col.namesOf ?? col.labelsOf?.column ?? key];
  if (raw === null || raw === undefined || (Array.isArray(raw) && raw.length === 0)) return null;
  if (col.labelsOf) return capitalise(col.labelsOf.labels[raw as string]!);
  if (col.namesOf) return (Array.isArray(raw) ? raw : [raw]).map((id: string) => agencyNames.get(id)).join('; ');
  if (col.spec.type === 'list') return (raw as unknown[]).join('; ');
  if (col.spec.type === 'date') return new Date(`${raw}T00:00:00Z`).toISOString();
  return raw;
}

function actual(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return v;
}

/** Checks a data sheet cell by cell against the rows it was made from. */
function expectSheetMatches(ws: ExcelJS.Worksheet, spec: DatasetSpec, rows: Json[]): void {
  const columns = sheetColumns(spec);
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.spec.title));
  expect(ws.rowCount).toBe(rows.length + 1);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.autoFilter).toBeTruthy();
  rows.forEach((row, i) => {
    const got = ws.getRow(i + 2);
    columns.forEach((c, j) => {
      const cell = got.getCell(j + 1);
      expect(cell.formula, `${spec.name} ${i + 2}:${c.key}`).toBeUndefined();
      expect(actual(cell), `${spec.name} row ${i + 2}, ${c.key}`).toEqual(expected(spec, row, c.key));
    });
  });
}

describe('<dataset>.xlsx', () => {
  it('is published for every dataset, listed in the manifest with its size, hash and rows', () => {
    for (const spec of DATASETS) {
      const f = (manifest.files as Json[]).find((x) => x.path === `${spec.name}.xlsx`)!;
      const csv = (manifest.files as Json[]).find((x) => x.path === `${spec.name}.csv`)!;
      expect(f, spec.name).toMatchObject({
        dataset: spec.name,
        format: 'xlsx',
        media_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        rows: csv.rows,
      });
      expect(readFileSync(data(f.path)).length).toBe(f.bytes);
    }
  });

  it('holds Giới thiệu, the data and Từ điển; every cell typed and equal to the JSON dataset', async () => {
    for (const spec of DATASETS) {
      const wb = await workbook(`${spec.name}.xlsx`);
      expect(
        wb.worksheets.map((w) => w.name),
        spec.name,
      ).toEqual(['Giới thiệu', spec.name, 'Từ điển']);
      // plan_sections.json keeps the outline as a tree; its flat rows are those of the CSV.
      if (spec.name === 'plan_sections')
        expect(wb.getWorksheet(spec.name)!.rowCount - 1).toBe((manifest.files as Json[]).find((x) => x.path === 'plan_sections.csv')!.rows);
      else expectSheetMatches(wb.getWorksheet(spec.name)!, spec, json(spec.name));
    }
  });

  it('gives numbers as numbers, dates as dates, true/false as booleans and agency names beside ids', async () => {
    const ws = (await workbook('tasks.xlsx')).getWorksheet('tasks')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const row = ws.getRow(2);
    const at = (title: string) => row.getCell(header.indexOf(title) + 1).value;
    expect(typeof at('Năm bắt đầu')).toBe('number');
    expect(at('Hạn theo Kế hoạch')).toBeInstanceOf(Date);
    expect(typeof at('Đã quá thời hạn trong Kế hoạch')).toBe('boolean');
    expect(header.indexOf('Tên cơ quan chủ trì')).toBe(header.indexOf('Mã cơ quan chủ trì') + 1);
    expect(String(at('Tên cơ quan chủ trì'))).toMatch(/^(Sở|Ủy ban|Văn phòng|Công an|Ban|Bảo hiểm|Các|Tỉnh)/);
  });

  it('writes the comparators as words with a Vietnamese label, nothing a spreadsheet reads as a formula', async () => {
    const ws = (await workbook('targets.xlsx')).getWorksheet('targets')!;
    const columns = sheetColumns(datasetSpec('targets'));
    const at = (key: string) => ws.getColumn(columns.findIndex((c) => c.key === key) + 1).values.slice(2);
    expect(new Set(at('comparator'))).toEqual(new Set(json('targets').map((t) => t.comparator)));
    expect(at('comparator_label')).toEqual(json('targets').map((t) => t.comparator_label));
    expect(at('comparator')).toContain('eq');
    expect(at('comparator_label')).toContain('bằng');
  });

  it('puts the Vietnamese words beside every column of codes, and the codes with their words in the dictionary', async () => {
    const wb = await workbook('tasks.xlsx');
    const ws = wb.getWorksheet('tasks')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const at = header.indexOf('Tình trạng thực hiện');
    expect(header[at + 1]).toBe('Tình trạng thực hiện (bằng lời)');
    const statuses = json('tasks').map((t) => t.status as keyof typeof TASK_STATUS);
    expect(ws.getColumn(at + 2).values.slice(2)).toEqual(statuses.map((s) => capitalise(TASK_STATUS[s].label)));
    expect(ws.getColumn(at + 2).values).toContain('Chưa có thông tin công khai');
    // Every column of codes in every workbook, and no second label column where the data already have one.
    for (const spec of DATASETS) {
      const keys = sheetColumns(spec).map((c) => c.key);
      for (const c of spec.columns.filter((x) => x.labels))
        expect(keys[keys.indexOf(c.name) + 1], `${spec.name}.${c.name}`).toBe(`${c.name}_label`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const dict = wb
      .getWorksheet('Từ điển')!
      .getSheetValues()
      .slice(2)
      .map((r) => r as unknown[]);
    expect(dict.find((r) => r[2] === 'status')![6]).toContain('no_information = chưa có thông tin công khai; in_progress = đang thực hiện');
  });

  it('opens with the source, licence, citation, version and date, and ends with the dictionary', async () => {
    const wb = await workbook('tasks.xlsx');
    const about = new Map(
      wb
        .getWorksheet('Giới thiệu')!
        .getSheetValues()
        .slice(2)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(about.get('Tên')).toBe('Nhiệm vụ trọng tâm (tasks)');
    expect(about.get('Số bản ghi')).toBe('90');
    expect(about.get('Phiên bản dữ liệu')).toBe(manifest.release.version);
    expect(String(about.get('Giấy phép'))).toContain('CC BY 4.0');
    expect(String(about.get('Cách trích dẫn'))).toMatch(
      /^Nguồn: Ủy ban nhân dân tỉnh Đồng Tháp, .*bộ dữ liệu “Nhiệm vụ trọng tâm” \(tasks\)/,
    );
    expect(about.get('Trang')).toBe(`${manifest.site_url}du-lieu/tasks/`);
    const dict = wb.getWorksheet('Từ điển')!;
    const keys = dict
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[])[2]);
    expect(keys).toEqual(sheetColumns(datasetSpec('tasks')).map((c) => c.key));
    expect((dict.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['tasks', 'id', 'Mã nhiệm vụ', 'văn bản']);
    expect(wb.creator).toBe(manifest.release.publisher.name);
    expect(wb.created.toISOString()).toBe(`${manifest.release.date}T00:00:00.000Z`);
  });
});

describe('all-data.xlsx and the cut downloads', () => {
  it('all-data.xlsx has a sheet per dataset between Giới thiệu and Từ điển, and is in the catalogue', async () => {
    const wb = await workbook('all-data.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Giới thiệu', ...DATASETS.map((d) => d.name), 'Từ điển']);
    expectSheetMatches(wb.getWorksheet('task_agencies')!, datasetSpec('task_agencies'), json('task_agencies'));
    const entry = (manifest.catalogue as Json[]).find((c) => c.format === 'workbook')!;
    expect(entry.path).toBe('all-data.xlsx');
    expect(readFileSync(data('all-data.xlsx')).length).toBe(entry.bytes);
  });

  it('an agency’s file lists the tasks it leads and cooperates on, with its name, role and the tasks’ columns', async () => {
    const wb = await workbook('co-quan/so-tttt.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Giới thiệu', 'agency_tasks', 'Từ điển']);
    const ws = wb.getWorksheet('agency_tasks')!;
    const agency = json('agencies').find((a) => a.id === 'so-tttt')!;
    expect(ws.rowCount - 1).toBe(agency.lead_task_count + agency.cooperating_task_count);
    // The sheet has the agency's name already: no second name column beside its id.
    expect((ws.getRow(1).values as unknown[]).filter((v) => v === 'Tên cơ quan').length).toBe(1);
    expect(sheetColumns(AGENCY_TASKS_SPEC)[1]!.key).toBe('agency_name');
    expect(ws.getRow(2).getCell(2).value).toBe(agency.name);
  });

  it('a year’s file lists the tasks of that year with the tasks’ columns', async () => {
    const ws = (await workbook('nhiem-vu/nam/2023.xlsx')).getWorksheet('tasks')!;
    const csvRows = readFileSync(data('nhiem-vu/nam/2023.csv'), 'utf8').trim().split('\r\n').length - 1;
    expect(ws.rowCount - 1).toBe(csvRows);
  });
});

describe.runIf(hasLibreOffice)('opened by LibreOffice (headless)', () => {
  let targets: string;
  let tasks: string;
  let formulaLike: string;
  beforeAll(async () => {
    targets = convertWithLibreOffice(data('targets.xlsx'), 'fods');
    tasks = convertWithLibreOffice(data('tasks.xlsx'), 'fods');
    const rows = json('tasks').slice(0, 2);
    rows[0]!.content = '=HYPERLINK("http://example.com";"x")';
    const file = join(mkdtempSync(join(tmpdir(), 'dt-xlsx-')), 'tasks.xlsx');
    writeFileSync(
      file,
      await renderWorkbook({
        title: 't',
        about: [],
        sheets: [{ spec: datasetSpec('tasks'), rows }],
        agencyNames,
        creator: 'x',
        date: '2025-12-31',
      }),
    );
    formulaLike = convertWithLibreOffice(file, 'fods');
  }, 240_000);

  it('keeps Vietnamese text intact and reads numbers as numbers, dates as dates', () => {
    const spec = datasetSpec('tasks');
    const columns = sheetColumns(spec);
    const rows = odsSheet(tasks, 'tasks', columns.length);
    expect(rows.length).toBe(91);
    expect(rows[0]!.map((c) => c.text)).toEqual(columns.map((c) => c.spec.title));
    const first = json('tasks')[0]!;
    const cell = (key: string) => rows[1]![columns.findIndex((c) => c.key === key)]!;
    expect(cell('content').type).toBe('string');
    expect(cell('content').text).toBe(first.content);
    expect(cell('start_year')).toMatchObject({ type: 'float', value: String(first.start_year) });
    expect(cell('due_date')).toMatchObject({ type: 'date', value: first.due_date });
    // LibreOffice's own form of a spreadsheet boolean: the value 1 or 0 as =TRUE() or =FALSE().
    expect(cell('past_due')).toMatchObject({ value: first.past_due ? '1' : '0', formula: first.past_due ? 'of:=TRUE()' : 'of:=FALSE()' });
    expect(rows.slice(1).every((r) => r.every((c, j) => c.formula === undefined || columns[j]!.spec.type === 'boolean'))).toBe(true);
    for (const [i, t] of json('tasks').entries()) expect(rows[i + 1]![0]!.text).toBe(t.id);
  });

  it('keeps a text cell starting with "=" as text with nothing before it', () => {
    // The published data have no such value any more (comparators are words): a real task row with a
    // formula-like content, through the same writer.
    const columns = sheetColumns(datasetSpec('tasks'));
    const at = columns.findIndex((c) => c.key === 'content');
    const rows = odsSheet(formulaLike, 'tasks', columns.length);
    expect(rows[1]![at]).toMatchObject({ type: 'string', text: '=HYPERLINK("http://example.com";"x")' });
    expect(rows[1]![at]!.formula).toBeUndefined();
    expect(rows[2]![at]).toMatchObject({ type: 'string', text: json('tasks')[1]!.content });
  });

  it('reads the comparator words as text', () => {
    const columns = sheetColumns(datasetSpec('targets'));
    const rows = odsSheet(targets, 'targets', columns.length).slice(1);
    const at = (key: string) => rows.map((r) => r[columns.findIndex((c) => c.key === key)]!);
    expect(at('comparator').map((c) => c.text)).toEqual(json('targets').map((t) => t.comparator));
    expect(at('comparator').every((c) => c.type === 'string')).toBe(true);
    expect(at('target_year').every((c) => c.type === 'float')).toBe(true);
  });
});

describe.runIf(hasLibreOffice)('the per-record CSVs, opened by LibreOffice (UTF-8, formulas evaluated)', () => {
  const columns = datasetSpec('tasks').columns;
  const at = (key: string) => columns.findIndex((c) => c.name === key);
  const hostile = {
    content: '=HYPERLINK("https://evil.example","x")',
    note_text: '-1',
    lead_agencies_text: '+1',
    timeframe_text: '@SUM(A1)',
  };
  let published: string;
  let forged: string;
  beforeAll(() => {
    published = convertWithLibreOffice(data('nhiem-vu/i-5-2.csv'), 'fods', CSV_AS_READERS_OPEN_IT);
    // The published tasks hold no such cells: a real task with hostile ones, through the same writer.
    const file = join(mkdtempSync(join(tmpdir(), 'dt-csv-')), 'hostile.csv');
    writeFileSync(file, taskCsv({ ...(json('tasks')[0] as TaskRecord), ...hostile }));
    forged = convertWithLibreOffice(file, 'fods', CSV_AS_READERS_OPEN_IT);
  }, 240_000);

  it('shows task I.5.2 as its text: the note that starts with "- " behind its guard, not a formula', () => {
    const task = json('tasks').find((t) => t.id === 'I.5.2')!;
    const rows = odsSheet(published, 'i-5-2', columns.length);
    expect(rows.map((r) => r[0]!.text)).toEqual(['id', 'I.5.2']);
    expect(rows[1]![at('content')]).toMatchObject({ type: 'string', text: task.content });
    expect(rows[1]![at('note_text')]).toMatchObject({ type: 'string', text: `'${task.note_text}` });
    expect(String(task.note_text).startsWith('- ')).toBe(true);
    expect(rows[1]!.every((c) => c.formula === undefined)).toBe(true);
  });

  it('keeps hostile cells as text: no formula runs and no number is read', () => {
    const rows = odsSheet(forged, 'hostile', columns.length);
    for (const [key, value] of Object.entries(hostile))
      expect(rows[1]![at(key)], key).toEqual({ type: 'string', value: `'${value}`, text: `'${value}` });
  });
});

/**
 * Task text in LibreOffice: a row of the workbook must be as tall as LibreOffice itself makes it when
 * it sizes the row to its text (an .ods row marked "optimal height", which LibreOffice recomputes on
 * opening; it does not for an .xlsx row). Under the two sans-serif fonts a reader without Calibri gets.
 */
describe.runIf(hasLibreOffice)('wrapped text in LibreOffice (rows tall enough, under Noto Sans and DejaVu Sans)', () => {
  const fontsConf = (family: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'dt-fonts-')), 'fonts.conf');
    writeFileSync(
      file,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
        `<match target="pattern"><test name="family"><string>Calibri</string></test><edit name="family" mode="assign" binding="strong"><string>${family}</string></edit></match></fontconfig>`,
    );
    return file;
  };
  /** Each row's height in pixels, as LibreOffice's HTML export of a sheet writes it. */
  const rowHeights = (html: string, sheet: number) => {
    const table = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)][sheet]![1]!;
    return table
      .split(/<tr\b/)
      .slice(1)
      .map((tr) => Number(/height="(\d+)"/.exec(tr)![1]));
  };

  it.each(['Noto Sans', 'DejaVu Sans'])(
    'gives every row of tasks.xlsx the lines its wrapped text needs under %s',
    (family) => {
      const env = { FONTCONFIG_FILE: fontsConf(family) };
      const ours = convertWithLibreOffice(data('tasks.xlsx'), 'html', undefined, env);
      const dir = mkdtempSync(join(tmpdir(), 'dt-opt-'));
      const fods = join(dir, 'tasks.fods');
      writeFileSync(
        fods,
        convertWithLibreOffice(data('tasks.xlsx'), 'fods', undefined, env).replace(
          /style:row-height="[^"]*"( fo:break-before="auto")? style:use-optimal-row-height="false"/g,
          'style:row-height="0.2in"$1 style:use-optimal-row-height="true"',
        ),
      );
      const optimal = convertWithLibreOffice(fods, 'html', undefined, env);
      // Giới thiệu, the tasks, Từ điển; a line is 20 px, and LibreOffice adds 2 px of its own.
      for (const sheet of [0, 1, 2]) {
        const got = rowHeights(ours, sheet);
        const needed = rowHeights(optimal, sheet);
        expect(got.length).toBe(needed.length);
        const short = got.flatMap((h, i) =>
          Math.round((h - 2) / 20) < Math.round((needed[i]! - 2) / 20) ? [`sheet ${sheet} row ${i + 1}: ${h} < ${needed[i]} px`] : [],
        );
        expect(short).toEqual([]);
      }
      // The content column does wrap: some task needs more than two lines.
      expect(Math.max(...rowHeights(optimal, 1))).toBeGreaterThan(60);
    },
    240_000,
  );
});
