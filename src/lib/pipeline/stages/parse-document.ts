/** Stage 1 of the data stage: the seed document parsed into its body and appendix, every line accounted for. */
import { SourceError } from '../../model/errors.ts';
import type { SectionRecord } from '../../model/records.ts';
import { MAX_CELL_CHARS } from '../../model/values.ts';
import { parseAppendix, type ParsedAppendix } from '../appendix.ts';
import type { PipelineInput } from '../inputs.ts';
import { assertBodyAccounted, parseBody } from '../outline.ts';
import { pillarAtEnd } from '../pillars.ts';
import type { ParsedBody, PlanSection } from '../types.ts';
import { orNull } from './row-helpers.ts';

/** The plan as read: its body (outline, blocks, metadata) and its appendix, every line accounted for. */
export interface ParsedDocument {
  body: ParsedBody;
  appendix: ParsedAppendix;
}

/**
 * Stage 1: parse the document; stops at the first body line that reaches no output, and at a
 * paragraph longer than a spreadsheet cell (at its first line: stage 5 would name its section's).
 */
export function parseDocument(seed: PipelineInput['seed']): ParsedDocument {
  const lines = seed.text.split('\n');
  const body = parseBody(lines, seed.file);
  assertBodyAccounted(lines, body, seed.file);
  for (const b of body.blocks) {
    if (b.text.length > MAX_CELL_CHARS) {
      throw new SourceError(
        seed.file,
        b.source_line_start,
        `a paragraph of at most ${MAX_CELL_CHARS} characters (a spreadsheet cell's limit)`,
        `${b.text.length} characters`,
      );
    }
  }
  return { body, appendix: parseAppendix(lines, body.appendix_start_line, seed.file) };
}

/** A section of the parsed outline as its published row (plan_sections). */
export function sectionRow(s: PlanSection): SectionRecord {
  // Only the sub-sections named by a pillar (II.2.a, III.5.b …) carry it; "1. Mục tiêu chung" does not.
  const pillar = s.level === 3 ? pillarAtEnd(s.title) : null;
  return { ...s, number: orNull(s.number), title: orNull(s.title), text: orNull(s.text), pillar };
}
