import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { IndicatorRecord, ProgressRecord } from '../../../src/lib/model/records.ts';
import { agencyTasksRows, BODY_TASKS_SPEC, renderRecordFiles } from '../../../src/lib/publish/record-files.ts';
import { planYears, tasksInYear } from '../../../src/lib/model/record-queries.ts';
import { datasetSpec } from '../../../src/lib/model/dictionary.ts';
import { toExcelCsv } from '../../../src/lib/model/serialise.ts';
import { RELEASE } from '../../helpers/content-release.ts';
import { reviewedPlan } from '../../helpers/reviewed-tables.ts';
import { snapshotTable } from '../../helpers/snapshot.ts';

// The datasets of the frozen outcomes (helpers/snapshot.ts): the files of an indicator with several values stay what they are.
const plan = reviewedPlan();
const tables = {
  tasks: snapshotTable('tasks'),
  agencies: snapshotTable('agencies'),
  bodies: snapshotTable('bodies'),
  taskBodies: snapshotTable('task_bodies'),
  indicators: snapshotTable('indicators'),
  targets: snapshotTable('targets'),
  progress: snapshotTable('progress'),
  period: plan.period,
};
const context = { release: RELEASE, siteUrl: 'https://example.gov.vn/cds/', plan };
const files = await renderRecordFiles(tables, context);
/** What a spreadsheet reads as the start of a formula (OWASP): = + - @, a tab, a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
const csvRows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;

describe('renderRecordFiles (the per-record downloads, written by the data stage)', () => {
  it('writes a CSV and a JSON per task and indicator, and a CSV and a workbook per agency, per body of today and per year of the plan', () => {
    const expected = [
      ...tables.tasks.flatMap((t) => [`nhiem-vu/${t.slug}.csv`, `nhiem-vu/${t.slug}.json`]),
      ...planYears(tables.period).flatMap((y) => [`nhiem-vu/nam/${y}.csv`, `nhiem-vu/nam/${y}.xlsx`]),
      ...tables.agencies.flatMap((a) => [`co-quan/${a.id}.csv`, `co-quan/${a.id}.xlsx`]),
      ...tables.bodies.flatMap((b) => [`co-quan-hien-nay/${b.id}.csv`, `co-quan-hien-nay/${b.id}.xlsx`]),
      ...tables.indicators.flatMap((i) => [`chi-tieu/${i.id}.csv`, `chi-tieu/${i.id}.json`]),
    ];
    expect([...files.keys()]).toEqual(expected);
    expect(files.size).toBe(2 * (90 + 9 + tables.agencies.length + tables.bodies.length + tables.indicators.length));
  });

  it("gives a task's CSV as the tasks.excel.csv header and that task's row, byte for byte", () => {
    const lines = toExcelCsv(datasetSpec('tasks'), tables.tasks).split('\r\n');
    tables.tasks.forEach((t, i) => expect(files.get(`nhiem-vu/${t.slug}.csv`)).toBe(`${lines[0]}\r\n${lines[i + 1]}\r\n`));
    expect(lines[0]!.startsWith('\uFEFFid,')).toBe(true);
  });

  it('writes every CSV for spreadsheets: a BOM, and no cell that starts a formula (I.5.2’s note starts with "- ")', () => {
    const csvs = [...files].filter(([path]) => path.endsWith('.csv'));
    expect(csvs).toHaveLength(90 + 9 + tables.agencies.length + tables.bodies.length + tables.indicators.length);
    for (const [path, csv] of csvs) {
      expect((csv as string).startsWith('\uFEFF'), path).toBe(true);
      for (const row of csvRows(csv as string)) for (const cell of row) expect(cell, path).not.toMatch(FORMULA_START);
    }
    const [header, row] = csvRows(files.get('nhiem-vu/i-5-2.csv') as string);
    expect(row![header!.indexOf('note_text')]).toBe(`'${tables.tasks.find((t) => t.id === 'I.5.2')!.note_text}`);
  });

  it('guards hostile cells in every kind of per-record CSV: a task, an indicator, an agency, a year', async () => {
    const hostile = {
      content: '=HYPERLINK("https://evil.example","x")',
      note_text: '+1',
      timeframe_text: '-1',
      lead_agencies_text: '@SUM(A1)',
      group_title: '\tTAB',
      subgroup_title: '\rCR',
    };
    const task = { ...tables.tasks[0]!, ...hostile };
    const value = {
      ...tables.progress.find((p) => p.indicator_id === 'dvc-muc-do-4')!,
      note: '=HYPERLINK("https://evil.example","x")',
      source_title: '-1',
    };
    const out = await renderRecordFiles({ ...tables, tasks: [task], progress: [value] }, context);
    const agency = task.lead_agency_ids[0]!;
    const year = task.start_year;
    for (const path of [`nhiem-vu/${task.slug}.csv`, `co-quan/${agency}.csv`, `nhiem-vu/nam/${year}.csv`]) {
      const [header, row] = csvRows(out.get(path) as string);
      for (const [key, v] of Object.entries(hostile)) expect(row![header!.indexOf(key)], `${path} ${key}`).toBe(`'${v}`);
    }
    // A body's list is headed with the columns' titles.
    const body = tables.taskBodies.find((r) => r.task_id === task.id && r.role === 'lead')!.body_id;
    const [bodyHeader, bodyRow] = csvRows(out.get(`co-quan-hien-nay/${body}.csv`) as string);
    const title = (name: string) => BODY_TASKS_SPEC.columns.find((c) => c.name === name)!.title;
    for (const [key, v] of Object.entries(hostile)) expect(bodyRow![bodyHeader!.indexOf(title(key))], `${body} ${key}`).toBe(`'${v}`);
    const [header, row] = csvRows(out.get('chi-tieu/dvc-muc-do-4.csv') as string);
    expect(row![header!.indexOf('note')]).toBe(`'=HYPERLINK("https://evil.example","x")`);
    expect(row![header!.indexOf('source_title')]).toBe("'-1");
  });

  it("gives a task's JSON as a one-element array equal to its element of tasks.json", () => {
    const task = tables.tasks[41]!;
    expect(JSON.parse(files.get(`nhiem-vu/${task.slug}.json`) as string)).toEqual([task]);
  });

  it('lists in a year the tasks whose time frame covers it, Excel-safe (BOM first)', () => {
    const csv = files.get('nhiem-vu/nam/2025.csv') as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(
      csvRows(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(tasksInYear(tables.tasks, 2025).map((t) => t.id));
  });

  it("lists an agency's lead tasks, then its cooperating ones, with the role", () => {
    const rows = csvRows(files.get('co-quan/so-tttt.csv') as string);
    const roles = rows.slice(1).map((r) => r[2]);
    expect(roles.indexOf('cooperating')).toBeGreaterThan(roles.lastIndexOf('lead'));
    expect(rows.length - 1).toBe(
      agencyTasksRows(
        tables.agencies.find((a) => a.id === 'so-tttt')!,
        tables.tasks,
      ).length,
    );
  });

  it("lists a body's tasks one row per task and role, headed in Vietnamese, with today's names beside the 2022 names", () => {
    // The body that holds the plan coordinator's role (Sở TT&TT) today.
    const khcn = tables.bodies.find((b) => b.agency_ids.includes('so-tttt'))!;
    const [header, ...rows] = csvRows(files.get(`co-quan-hien-nay/${khcn.id}.csv`) as string);
    expect(header).toEqual(BODY_TASKS_SPEC.columns.map((c) => c.title));
    const col = (name: string) => header!.indexOf(BODY_TASKS_SPEC.columns.find((c) => c.name === name)!.title);
    const mine = tables.taskBodies.filter((r) => r.body_id === khcn.id);
    const led = new Set(mine.filter((r) => r.role === 'lead' && r.via !== 'collective').map((r) => r.task_id));
    const ledRows = rows.filter((r) => r[col('role')] === 'lead' && r[col('via')] !== 'collective');
    expect(ledRows.map((r) => r[col('id')]).sort()).toEqual([...led].sort());
    expect(ledRows.length).toBe(khcn.lead_task_count);
    // One row per task and role, every pair of task_bodies present.
    const pairs = rows.map((r) => `${r[col('id')]}|${r[col('role')]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(pairs)).toEqual(new Set(mine.map((r) => `${r.task_id}|${r.role}`)));
    for (const r of rows) {
      expect([r[col('body_id')], r[col('body_name')]]).toEqual([khcn.id, khcn.name]);
      const task = tables.tasks.find((t) => t.id === r[col('id')])!;
      const bodyName = (id: string) => tables.bodies.find((b) => b.id === id)!.name;
      const agencyName = (id: string) => tables.agencies.find((a) => a.id === id)!.name;
      expect(r[col('lead_body_names')]).toBe(task.lead_body_ids.map(bodyName).join(';'));
      expect(r[col('lead_agency_names')]).toBe(task.lead_agency_ids.map(agencyName).join(';'));
    }
    // What it holds itself comes first; what it holds only as one of a collective after.
    const held = rows.map((r) => r[col('via')] !== 'collective');
    expect(held.indexOf(false)).toBeGreaterThan(held.lastIndexOf(true));
  });

  it("gives an indicator's JSON its row of each dataset and its CSV the progress rows, oldest first", () => {
    const doc = JSON.parse(files.get('chi-tieu/dvc-muc-do-4.json') as string) as { indicator: IndicatorRecord; progress: ProgressRecord[] };
    expect(doc.indicator).toEqual(tables.indicators.find((i) => i.id === 'dvc-muc-do-4'));
    const years = doc.progress.map((p) => p.year);
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort());
    expect(csvRows(files.get('chi-tieu/dvc-muc-do-4.csv') as string).length).toBe(years.length + 1);
  });
});
