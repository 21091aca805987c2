/**
 * Every hostile or mistaken form of tests/helpers/hostile-forms.ts is refused by the importer (in
 * memory) with exactly its message, and a form filled right beside it imports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/reports/issues.ts';
import { importReports } from '../../../src/lib/reports/report-import.ts';
import { localToday } from '../../../scripts/lib/report-forms.ts';
import { hostileForms } from '../../helpers/hostile-forms.ts';
import { checkContextOf, importTables, testForms, type TestForms } from '../../helpers/report-forms.ts';

const today = localToday();
let t: TestForms;
beforeAll(async () => {
  t = await testForms();
});

describe('hostile forms, each refused with its message', async () => {
  const forms = hostileForms(await testForms(), today);
  it('has a case for every rule', () => {
    expect(forms.length).toBeGreaterThanOrEqual(25);
  });
  for (const c of forms) {
    it(c.name, async () => {
      const outcome = await importReports([{ file: c.file, bytes: await c.bytes(t, today) }], checkContextOf(t, today), importTables());
      expect(outcome.ok).toBe(false);
      const messages = outcome.ok ? [] : outcome.issues.map(formatIssue);
      expect(messages).toHaveLength(1);
      if (typeof c.error === 'string') expect(messages[0]).toBe(c.error);
      else expect(messages[0]).toMatch(c.error);
    });
  }
});
