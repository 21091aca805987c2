/** The per-record downloads (a task, an indicator, an agency's and a year's tasks): the rows the pages show, spreadsheet-safe, linked from the pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AgencyRecord, IndicatorRecord, ProgressRecord, TaskRecord } from '../../src/lib/model/records.ts';
import { DIST } from '../helpers/built-site.ts';
import { builtData as data, hrefsOn } from '../helpers/built-pages.ts';

const tasks = data<TaskRecord>('tasks');
const agencies = data<AgencyRecord>('agencies');
const indicators = data<IndicatorRecord>('indicators');
const progress = data<ProgressRecord>('progress');
const csv = (path: string) => {
  const text = readFileSync(join(DIST, 'data', path), 'utf8');
  expect(text.startsWith('\uFEFF'), path).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
};

describe('/data/co-quan/<id>.csv', () => {
  it('lists every task an agency leads, then every one it cooperates on, with its role and full name', () => {
    for (const a of agencies) {
      const rows = csv(`co-quan/${a.id}.csv`);
      const lead = tasks.filter((t) => t.lead_agency_ids.includes(a.id)).map((t) => t.id);
      const coop = tasks.filter((t) => t.cooperating_agency_ids.includes(a.id)).map((t) => t.id);
      expect(
        rows.map((r) => [r.role, r.id]),
        a.id,
      ).toEqual([...lead.map((id) => ['lead', id]), ...coop.map((id) => ['cooperating', id])]);
      for (const r of rows) expect([r.agency_id, r.agency_name]).toEqual([a.id, a.name]);
      expect(hrefsOn(`co-quan/${a.id}`)).toContain(`/data/co-quan/${a.id}.csv`);
    }
  });

  it('keeps a cell that starts with "=" from running as a formula', () => {
    const text = readFileSync(join(DIST, 'data', 'co-quan', 'so-tttt.csv'), 'utf8');
    expect(text.split('\r\n').some((l) => /(^|,)=/.test(l))).toBe(false);
  });
});

describe('/data/nhiem-vu/nam/<year>.csv', () => {
  it("holds exactly the tasks of the year's page, with the tasks dataset's columns", () => {
    const header = readFileSync(join(DIST, 'data', 'tasks.csv'), 'utf8').split('\r\n')[0];
    for (let year = 2022; year <= 2030; year++) {
      const text = readFileSync(join(DIST, 'data', 'nhiem-vu', 'nam', `${year}.csv`), 'utf8');
      expect(text.slice(1).split('\r\n')[0]).toBe(header);
      expect(csv(`nhiem-vu/nam/${year}.csv`).map((r) => r.id)).toEqual(
        tasks.filter((t) => t.start_year <= year && year <= t.end_year).map((t) => t.id),
      );
      expect(hrefsOn(`nhiem-vu/nam/${year}`)).toContain(`/data/nhiem-vu/nam/${year}.csv`);
    }
  });
});

describe('/data/nhiem-vu/<slug>.csv and /data/chi-tieu/<id>.csv', () => {
  it('holds a task’s row, for spreadsheets like the others (I.5.2’s note, which starts with "- ", guarded)', () => {
    for (const t of tasks) {
      expect(csv(`nhiem-vu/${t.slug}.csv`).map((r) => r.id)).toEqual([t.id]);
      expect(hrefsOn(`nhiem-vu/${t.slug}`)).toContain(`/data/nhiem-vu/${t.slug}.csv`);
    }
    const [row] = csv('nhiem-vu/i-5-2.csv');
    expect(row!.note_text).toBe(`'${tasks.find((t) => t.id === 'I.5.2')!.note_text}`);
  });

  it('holds an indicator’s published values, for spreadsheets like the others', () => {
    for (const i of indicators) {
      expect(csv(`chi-tieu/${i.id}.csv`).map((r) => r.year)).toEqual(
        progress.filter((p) => p.indicator_id === i.id).map((p) => String(p.year)),
      );
      expect(hrefsOn(`chi-tieu/${i.id}`)).toContain(`/data/chi-tieu/${i.id}.csv`);
    }
  });
});
