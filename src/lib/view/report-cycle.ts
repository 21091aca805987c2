/**
 * The yearly report cycle's page (/bao-cao-hang-nam/): the plan's own words on who reports to whom
 * and by when (Part V, read from plan_blocks), the body that compiles the reports today, and every
 * body's form with its task count, from the published `bodies` dataset. Computes nothing the
 * pipeline decided. Pure.
 */
import type { BlockRecord, BodyRecord } from '../model/records.ts';

/** What the page reads of a `bodies` row (the dataset's own columns). */
export type CycleBody = Pick<BodyRecord, 'id' | 'name' | 'is_coordinator' | 'form_task_count' | 'report_form'>;

/** A Part V sentence that sets a date of the cycle, with its place in the plan. */
export interface CycleDeadline {
  /** "20/11" */
  day: string;
  text: string;
  section_id: string;
  source_line: number;
}

const DATE_IN_WORDS = /ngày (\d{1,2}) tháng (\d{1,2})/;

/** The sentences of Part V that date the cycle ("Định kỳ vào ngày 20 tháng 11 hằng năm …"), in the plan's order. */
export function cycleDeadlines(blocks: readonly BlockRecord[]): CycleDeadline[] {
  return blocks
    .filter((b) => b.section_id.startsWith('V.') && DATE_IN_WORDS.test(b.text) && /hằng năm/.test(b.text))
    .map((b) => {
      const [, d, m] = DATE_IN_WORDS.exec(b.text)!;
      return {
        day: `${d!.padStart(2, '0')}/${m!.padStart(2, '0')}`,
        text: b.text,
        section_id: b.section_id,
        source_line: b.source_line_start,
      };
    });
}

/** The forms, the coordinator's first, then by name. */
export function cycleForms(bodies: readonly CycleBody[]): (CycleBody & { report_form: string })[] {
  return bodies
    .filter((b): b is CycleBody & { report_form: string } => b.report_form !== null && b.form_task_count > 0)
    .sort((a, b) => Number(b.is_coordinator) - Number(a.is_coordinator) || a.name.localeCompare(b.name, 'vi'));
}
