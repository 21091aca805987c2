import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AgencyRecord, IndicatorRecord, ProgressRecord, TargetRecord, TaskRecord } from '../../src/lib/model/records.ts';
import { agencyTasksRows, renderRecordFiles } from '../../src/lib/publish/record-files.ts';
import { planYears, tasksInYear } from '../../src/lib/model/record-queries.ts';
import { ROOT } from '../helpers/seed.ts';
import { parseManifest } from '../../src/lib/model/manifest.ts';
import type { PlanRecord } from '../../src/lib/model/plan.ts';

const data = <T>(name: string): T => JSON.parse(readFileSync(join(ROOT, 'public', 'data', name), 'utf8')) as T;
const text = (name: string): string => readFileSync(join(ROOT, 'public', 'data', name), 'utf8');
const tables = {
  tasks: data<TaskRecord[]>('tasks.json'),
  agencies: data<AgencyRecord[]>('agencies.json'),
  indicators: data<IndicatorRecord[]>('indicators.json'),
  targets: data<TargetRecord[]>('targets.json'),
  progress: data<ProgressRecord[]>('progress.json'),
  period: data<PlanRecord>('plan.json').period,
};
const manifest = parseManifest(text('manifest.json'));
const files = await renderRecordFiles(tables, {
  release: manifest.release,
  siteUrl: manifest.site_url,
  plan: data<PlanRecord>('plan.json'),
});
const csvRows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;

describe('renderRecordFiles (the per-record downloads, written by the data stage)', () => {
  it('writes a CSV and a JSON per task and indicator, and a CSV and a workbook per agency and per year of the plan', () => {
    const expected = [
      ...tables.tasks.flatMap((t) => [`nhiem-vu/${t.slug}.csv`, `nhiem-vu/${t.slug}.json`]),
      ...planYears(tables.period).flatMap((y) => [`nhiem-vu/nam/${y}.csv`, `nhiem-vu/nam/${y}.xlsx`]),
      ...tables.agencies.flatMap((a) => [`co-quan/${a.id}.csv`, `co-quan/${a.id}.xlsx`]),
      ...tables.indicators.flatMap((i) => [`chi-tieu/${i.id}.csv`, `chi-tieu/${i.id}.json`]),
    ];
    expect([...files.keys()]).toEqual(expected);
    expect(files.size).toBe(2 * (90 + 9 + tables.agencies.length + tables.indicators.length));
  });

  it("gives a task's CSV as the tasks.csv header and that task's row, byte for byte", () => {
    const lines = text('tasks.csv').split('\r\n');
    tables.tasks.forEach((t, i) => expect(files.get(`nhiem-vu/${t.slug}.csv`)).toBe(`${lines[0]}\r\n${lines[i + 1]}\r\n`));
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

  it("gives an indicator's JSON its row of each dataset and its CSV the progress rows, oldest first", () => {
    const doc = JSON.parse(files.get('chi-tieu/dvc-muc-do-4.json') as string) as { indicator: IndicatorRecord; progress: ProgressRecord[] };
    expect(doc.indicator).toEqual(tables.indicators.find((i) => i.id === 'dvc-muc-do-4'));
    const years = doc.progress.map((p) => p.year);
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort());
    expect(csvRows(files.get('chi-tieu/dvc-muc-do-4.csv') as string).length).toBe(years.length + 1);
  });
});
