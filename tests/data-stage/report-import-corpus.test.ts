/**
 * Gate: every hostile or mistaken form of tests/helpers/hostile-forms.ts, imported into a copy of
 * content/ by the importer's own code (scripts/lib/report-forms.ts importReportFiles, what
 * `npm run import:reports` runs), is refused with its message, and the copy stays byte for byte as
 * it was. Then a form filled right is imported into the same copy: only the two tables change, by
 * appended lines, and a second import of it changes nothing.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT, DEFAULT_SEED, prepareDataStage } from '../../scripts/lib/data-stage.ts';
import { importReportFiles, localToday } from '../../scripts/lib/report-forms.ts';
import { formatIssue } from '../../src/lib/reports/issues.ts';
import { TASK_SHEET } from '../../src/lib/reports/form-layout.ts';
import { scratch, snapshotDir } from '../helpers/cli.ts';
import { BODY, fillTask, hostileForms } from '../helpers/hostile-forms.ts';
import { filledForm, formsFrom, type TestForms } from '../helpers/report-forms.ts';

const today = localToday();
let dir: string;
let content: string;
let t: TestForms;

beforeAll(() => {
  dir = scratch('dt-import-');
  content = join(dir, 'content');
  mkdirSync(content);
  cpSync(DEFAULT_CONTENT, content, { recursive: true });
  // The forms of the copy's own data, as npm run forms would make them from it.
  const checked = prepareDataStage({ seed: DEFAULT_SEED, content });
  t = formsFrom(checked.output, checked.release);
});

const run = (files: string[]) => importReportFiles({ seed: DEFAULT_SEED, content, files, today });

describe('import:reports refuses every hostile form and writes nothing', () => {
  it('refuses each case with its message, content/ byte for byte as it was', async () => {
    const before = snapshotDir(content);
    const cases = hostileForms(t, today);
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const c of cases) {
      const file = join(dir, c.file);
      writeFileSync(file, await c.bytes(t, today));
      const result = await run([file]);
      const messages = result.ok ? [] : result.issues.map(formatIssue);
      expect(messages, c.name).toHaveLength(1);
      if (typeof c.error === 'string') expect(messages[0], c.name).toBe(c.error);
      else expect(messages[0], c.name).toMatch(c.error);
      expect(snapshotDir(content), c.name).toEqual(before);
    }
  }, 120_000);

  it('refuses a good file and a bad one together, writing neither', async () => {
    const before = snapshotDir(content);
    const good = join(dir, 'good.xlsx');
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(good, await filledForm(t, BODY, (wb) => fillTask(wb.getWorksheet(TASK_SHEET)!, 2, today)));
    writeFileSync(bad, new TextEncoder().encode('not a workbook'));
    const result = await run([good, bad]);
    expect(result.ok).toBe(false);
    expect(snapshotDir(content)).toEqual(before);
  });

  it('appends a good form’s rows and nothing else, once', async () => {
    const before = snapshotDir(content);
    const good = join(dir, `${BODY}.xlsx`);
    writeFileSync(good, await filledForm(t, BODY, (wb) => fillTask(wb.getWorksheet(TASK_SHEET)!, 2, today)));
    const result = await run([good]);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const after = snapshotDir(content);
    const changed = [...after.keys()].filter((k) => !before.get(k)!.equals(after.get(k)!));
    expect(changed).toEqual(['task_status.csv']);
    const old = before.get('task_status.csv')!.toString('utf8');
    const now = after.get('task_status.csv')!.toString('utf8');
    expect(now.startsWith(old)).toBe(true);
    expect(now.slice(old.length).trim().split('\n')).toHaveLength(1);
    expect(now.trim().endsWith(`,${today},official_report,${BODY}`)).toBe(true);
    const again = await run([good]);
    expect(again.ok && again.written).toEqual([]);
    expect(snapshotDir(content)).toEqual(after);
  });
});
