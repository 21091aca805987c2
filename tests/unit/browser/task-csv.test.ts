import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetSpec } from '../../../src/lib/model/dictionary.ts';
import { toExcelCsv, toJson } from '../../../src/lib/model/serialise.ts';
import { selectRows, tasksExcelCsv } from '../../../src/lib/browser/task-csv.ts';
import type { Row } from '../../../src/lib/model/records.ts';
import { fileText, publishedFiles } from '../../helpers/published-files.ts';
import { reviewedTable, reviewedText } from '../../helpers/reviewed-tables.ts';

// tasks.json is reviewed; tasks.excel.csv is not: the data stage renders it, in memory, once per worker.
const tasksJson = reviewedText('tasks.json');
const tasksExcel = fileText((await publishedFiles()).files, 'tasks.excel.csv');
const rows = JSON.parse(tasksJson) as Row[];
const allIds = rows.map((r) => String(r.id));

describe('the filtered-list CSV (built in the browser from tasks.json)', () => {
  it('is byte-identical to tasks.excel.csv when every task is visible', () => {
    expect(tasksExcelCsv(rows, allIds)).toBe(tasksExcel);
  });

  it('keeps the file’s order and only the visible ids', () => {
    const csv = tasksExcelCsv(rows, ['III.13', 'I.5.2', 'nope']);
    expect(csv.startsWith('\uFEFFid,slug,group_id,')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed.map((r) => r[0])).toEqual(['id', 'I.5.2', 'III.13']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('prefixes formula-trigger cells with an apostrophe (I.5.2’s notes start with "-")', () => {
    const [, row] = Papa.parse<string[]>(tasksExcelCsv(rows, ['I.5.2']).slice(1), { skipEmptyLines: true }).data;
    const notes = row![Object.keys(rows[0]!).indexOf('note_text')]!;
    expect(notes.startsWith("'- ")).toBe(true);
  });

  it('with the agencies, writes their full names after each agency-id column', () => {
    const agencies = reviewedTable('agencies');
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    const csv = tasksExcelCsv(rows, ['III.13', 'I.5.2'], names);
    const [header, ...body] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const at = (k: string) => header!.indexOf(k);
    expect(at('lead_agency_names')).toBe(at('lead_agency_ids') + 1);
    expect(at('cooperating_agency_names')).toBe(at('cooperating_agency_ids') + 1);
    for (const row of body) {
      const task = rows.find((r) => r.id === row[0])!;
      expect(row[at('lead_agency_names')]).toBe((task.lead_agency_ids as string[]).map((id) => names.get(id)).join(';'));
      expect(row[at('lead_agency_names')]).not.toBe('');
    }
  });

  it('writes only the header when nothing is visible (the page disables the button then anyway)', () => {
    const csv = tasksExcelCsv(rows, []);
    expect(csv.startsWith(`\uFEFF${Object.keys(rows[0]!).join(',')}\r\n`)).toBe(true);
    expect(Papa.parse(csv.slice(1), { skipEmptyLines: true }).data).toHaveLength(1);
    expect(selectRows(rows, [])).toEqual([]);
  });
});

describe('the per-task data files (/data/nhiem-vu/<slug>.json and .csv)', () => {
  const spec = datasetSpec('tasks');
  it('are the tasks dataset limited to one task, for spreadsheets: the CSV rows add up to tasks.excel.csv', () => {
    const perTask = rows.map((r) => toExcelCsv(spec, [r]));
    const head = perTask[0]!.split('\r\n')[0]!;
    expect(head.startsWith('\uFEFFid,')).toBe(true);
    for (const csv of perTask) expect(csv.startsWith(`${head}\r\n`)).toBe(true);
    expect(`${head}\r\n${perTask.map((c) => c.slice(head.length + 2)).join('')}`).toBe(tasksExcel);
    expect(perTask).toHaveLength(rows.length);
  });

  it('as JSON: each one-row array holds the same object as tasks.json', () => {
    const all = JSON.parse(tasksJson) as Row[];
    rows.forEach((r, i) => expect(JSON.parse(toJson(spec, [r]))).toEqual([all[i]]));
    // Same formatting as the dataset: the first task's block is a slice of tasks.json.
    const one = toJson(spec, [rows[0]!]);
    expect(tasksJson.startsWith(one.slice(0, one.lastIndexOf('}') + 1))).toBe(true);
  });
});
