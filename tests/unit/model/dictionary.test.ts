import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS, rowSchema } from '../../../src/lib/model/dictionary.ts';
import { dictionaryMarkdown } from '../../../src/lib/publish/dictionary-markdown.ts';
import { ROOT } from '../../helpers/seed.ts';

describe('data dictionary', () => {
  it('documents every column in Vietnamese, with unique column names per dataset', () => {
    for (const d of DATASETS) {
      const names = d.columns.map((c) => c.name);
      expect(new Set(names).size, d.name).toBe(names.length);
      for (const c of d.columns) {
        expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(c.title.length, `${d.name}.${c.name}`).toBeGreaterThan(2);
        expect(c.description.length, `${d.name}.${c.name}`).toBeGreaterThan(5);
      }
      for (const k of d.primaryKey) expect(names).toContain(k);
    }
  });

  it('builds row schemas that reject "" for a present string and accept null only where allowed', () => {
    const tasks = rowSchema(DATASETS.find((d) => d.name === 'tasks')!);
    const sample = {
      id: 'I.1.1',
      slug: 'i-1-1',
      group_id: 'I',
      group_title: 'x',
      subgroup_id: null,
      subgroup_title: null,
      number: '1.1',
      content: 'x',
      lead_agency_ids: ['a'],
      cooperating_agency_ids: [],
      lead_agencies_text: 'x',
      cooperating_agencies_text: null,
      timeframe_text: 'Hàng năm',
      timeframe_kind: 'annual',
      start_year: 2022,
      end_year: 2030,
      note_text: null,
      legal_document_ids: [],
      source_line: 1,
      due_date: '2030-12-31',
      status: 'no_information',
      status_as_of: '2025-12-31',
      past_due: false,
      quarter: null,
      lead_body_ids: ['so-khcn'],
      report_body_ids: ['so-khcn'],
      status_source_kind: null,
      status_reported_by: null,
      status_evidence_year: null,
      independent_status: 'no_information',
      independent_status_as_of: '2025-12-31',
      independent_status_evidence_year: null,
    };
    expect(tasks.safeParse(sample).success).toBe(true);
    expect(tasks.safeParse({ ...sample, note_text: '' }).success).toBe(false);
    expect(tasks.safeParse({ ...sample, content: null }).success).toBe(false);
    expect(tasks.safeParse({ ...sample, lead_agency_ids: [] }).success).toBe(false);
    expect(tasks.safeParse({ ...sample, timeframe_kind: 'sometimes' }).success).toBe(false);
    expect(tasks.safeParse({ ...sample, extra: 1 }).success).toBe(false);
    // past_due is a boolean, the status one of the codes.
    expect(tasks.safeParse({ ...sample, past_due: 'false' }).success).toBe(false);
    expect(tasks.safeParse({ ...sample, status: 'finished' }).success).toBe(false);
    // The quarter is an integer or empty, never missing.
    expect(tasks.safeParse({ ...sample, quarter: 2 }).success).toBe(true);
    // Whose word a status is: a code of SOURCE_KIND or nothing.
    expect(tasks.safeParse({ ...sample, status_source_kind: 'public_record', status_evidence_year: 2023 }).success).toBe(true);
    expect(tasks.safeParse({ ...sample, status_source_kind: 'press' }).success).toBe(false);
    const { quarter: _quarter, ...withoutQuarter } = sample;
    expect(tasks.safeParse(withoutQuarter).success).toBe(false);
  });

  it('docs/data-dictionary.md is current (run `npm run docs` after changing the dictionary)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'data-dictionary.md'), 'utf8')).toBe(dictionaryMarkdown());
  });
});
