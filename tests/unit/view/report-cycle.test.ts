/** The report cycle page's view: the Part V deadlines read from the plan's blocks, the forms from the bodies. */
import { describe, expect, it } from 'vitest';
import { cycleDeadlines, cycleForms, type CycleBody } from '../../../src/lib/view/report-cycle.ts';
import { DEADLINES } from '../../../src/lib/reports/form-writer.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';
import { seedLines } from '../../helpers/seed.ts';

describe('cycleDeadlines', () => {
  const deadlines = cycleDeadlines(reviewedTable('plan_blocks'));

  it('finds the two dated duties of Part V, as the forms state them', () => {
    expect(deadlines.map((d) => [d.section_id, d.day])).toEqual([
      ['V.1', DEADLINES.bodies],
      ['V.2', DEADLINES.coordinator],
    ]);
  });

  it('quotes each from the source line it names', () => {
    for (const d of deadlines) expect(seedLines()[d.source_line - 1]).toContain(d.text);
  });
});

describe('cycleForms', () => {
  const body = (id: string, over: Partial<CycleBody> = {}): CycleBody => ({
    id,
    name: id,
    is_coordinator: false,
    form_task_count: 1,
    report_form: `bieu-mau/${id}.xlsx`,
    ...over,
  });
  it('lists the bodies with a form, the coordinator first', () => {
    const forms = cycleForms([
      body('so-y-te'),
      body('so-khcn', { is_coordinator: true }),
      body('x', { form_task_count: 0, report_form: null }),
      body('so-gddt'),
    ]);
    expect(forms.map((b) => b.id)).toEqual(['so-khcn', 'so-gddt', 'so-y-te']);
  });
});
