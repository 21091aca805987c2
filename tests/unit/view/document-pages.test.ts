import { describe, expect, it } from 'vitest';
import { citingSections, citingTasks, compareDocuments } from '../../../src/lib/view/document-pages.ts';
import { documentLabel } from '../../../src/lib/model/labels.ts';
import { reviewedSite } from '../../helpers/reviewed-tables.ts';

const { documents, tasks, taskRefs, sectionRefs, sections } = reviewedSite();
const doc = (id: string) => documents.find((d) => d.id === id)!;

describe('documentLabel', () => {
  it('is type and number, or the title when the plan gives no number', () => {
    expect(documentLabel(doc('749-qd-ttg'))).toBe('Quyết định 749/QĐ-TTg');
    expect(documentLabel(doc('45-2020-nd-cp'))).toBe('Nghị định 45/2020/NĐ-CP');
    expect(documentLabel(doc('bo-chi-so-cds-cap-tinh'))).toBe('Bộ chỉ số Chuyển đổi số cấp tỉnh');
  });
});

describe('compareDocuments', () => {
  it('puts the most cited first', () => {
    const ids = [...documents].sort(compareDocuments).map((d) => d.id);
    expect(ids.slice(0, 4)).toEqual(['749-qd-ttg', '04-nq-tu', '942-qd-ttg', '14-ct-ttg']);
    expect(ids).toHaveLength(documents.length);
  });
});

describe('citingTasks and citingSections', () => {
  it('find as many tasks and sections as the datasets count, for every document', () => {
    for (const d of documents) {
      expect(citingTasks(d.id, taskRefs, tasks).length, d.id).toBe(d.cited_by_task_count);
      expect(citingSections(d.id, sectionRefs, sections).length, d.id).toBe(d.cited_by_section_count);
    }
  });

  it('list each task once with all its clauses, in document order', () => {
    const cited = citingTasks('749-qd-ttg', taskRefs, tasks);
    expect(cited[0]!.record.id).toBe('I.1.1');
    expect(cited[0]!.references[0]!.clause).toBe('Điểm a, Khoản 1, Mục IV');
    expect(cited.find((c) => c.record.id === 'II.2')!.references.map((r) => [r.clause, r.cited_in])).toEqual([['Khoản 6 Mục V', 'notes']]);
    const strategy = citingTasks('942-qd-ttg', taskRefs, tasks);
    expect(strategy.map((c) => c.record.id)).toEqual(['I.7.1', 'II.2', 'II.6']);
  });

  it('list the sections citing Nghị quyết 04-NQ/TU in document order', () => {
    expect(citingSections('04-nq-tu', sectionRefs, sections).map((c) => c.record.id)).toEqual([
      'preamble',
      'I.1',
      'I.2',
      'III.1',
      'V.2',
      'closing',
    ]);
    const v2 = citingSections('04-nq-tu', sectionRefs, sections).find((c) => c.record.id === 'V.2')!;
    expect(v2.references[0]!.source_line).toBe(253);
  });

  it('refuses a reference to a task that does not exist', () => {
    const bad = [{ ...taskRefs[0]!, task_id: 'IX.9' }];
    expect(() => citingTasks(bad[0]!.legal_document_id, bad, tasks)).toThrow(/unknown record IX\.9/);
  });
});
