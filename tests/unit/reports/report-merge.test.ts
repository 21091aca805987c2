/** Appending a form's rows to a curated table: by its header, append-only, idempotent, strict on a changed row. */
import { describe, expect, it } from 'vitest';
import { appendRows, TABLE_KEYS } from '../../../src/lib/reports/report-merge.ts';
import type { ImportRow } from '../../../src/lib/reports/row-checker.ts';
import { importTables } from '../../helpers/report-forms.ts';

const real = importTables().taskStatus;
const [first] = real.text.split('\n').slice(1);
const header = real.text.split('\n')[0]!.split(',');
const rowOf = (values: Record<string, string>): ImportRow => ({ values, file: 'so-y-te.xlsx', sheet: 'Nhiệm vụ', row: 7 });
const report = rowOf({
  task_id: first!.split(',')[0]!,
  as_of: '2026-11-20',
  status: 'done',
  summary: 'Đã xong, theo báo cáo.',
  source_title: 'Báo cáo số 1/BC-SYT',
  source_url: '',
  source_published: '2026-11-15',
  checked: '2026-11-21',
  source_kind: 'official_report',
  reported_by: 'so-y-te',
});

describe('appendRows', () => {
  it('keeps every byte of the table and appends the row in the header’s order, quoting as CSV needs', () => {
    const out = appendRows(real, [report], TABLE_KEYS.task_status);
    expect(out.issues).toEqual([]);
    expect(out.text.startsWith(real.text)).toBe(true);
    expect(out.text.slice(real.text.length)).toBe(
      `${header.map((c) => (c === 'summary' ? '"Đã xong, theo báo cáo."' : report.values[c])).join(',')}\n`,
    );
  });

  it('skips a row already there (importing twice adds nothing)', () => {
    const once = appendRows(real, [report], TABLE_KEYS.task_status).text;
    const twice = appendRows({ ...real, text: once }, [report], TABLE_KEYS.task_status);
    expect(twice.text).toBe(once);
    expect(twice.skipped).toHaveLength(1);
  });

  it('refuses the same key with other content, naming the form’s cell', () => {
    const once = appendRows(real, [report], TABLE_KEYS.task_status).text;
    const changed = appendRows({ ...real, text: once }, [rowOf({ ...report.values, status: 'in_progress' })], TABLE_KEYS.task_status);
    expect(changed.text).toBe(once);
    expect(changed.issues[0]).toMatchObject({ file: 'so-y-te.xlsx', sheet: 'Nhiệm vụ', row: 7 });
  });

  it('refuses a table without the columns that say whose word a row is', () => {
    const text = real.text.replace(',source_kind,reported_by', '');
    const out = appendRows({ ...real, text }, [report], TABLE_KEYS.task_status);
    expect(out.text).toBe(text);
    expect(out.issues[0]!.expected).toBe('the columns source_kind and reported_by in the header (whose word each row is)');
  });
});
