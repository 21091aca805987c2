/** Stage 6 of the data stage: plan.json (the document's metadata and counts) and the outline as a tree. */
import { planSchema, type PlanRecord } from '../../model/plan.ts';
import type { BlockRecord, Row } from '../../model/records.ts';
import type { PipelineInput } from '../inputs.ts';
import type { PlanSection } from '../types.ts';
import { sectionRow, type ParsedDocument } from './parse-document.ts';

/** The name of the source document's copy in the published data folder. */
export const SOURCE_FILE = 'source.txt';

/** The outline as nested sections, each with its own blocks and its children. */
export function sectionTree(sections: readonly PlanSection[], blocks: readonly BlockRecord[]): unknown[] {
  const node = (s: PlanSection): Row => ({
    ...sectionRow(s),
    blocks: blocks
      .filter((b) => b.section_id === s.id)
      .map((b) => ({
        order: b.order,
        kind: b.kind,
        text: b.text,
        source_line_start: b.source_line_start,
        source_line_end: b.source_line_end,
      })),
    children: sections.filter((c) => c.parent_id === s.id).map(node),
  });
  return sections.filter((s) => s.parent_id === null).map(node);
}

/** Stage 6 (plan.json): the document's metadata, where its appendix skips numbers, and the row counts. */
export function planDocument(
  { body, appendix }: ParsedDocument,
  input: PipelineInput,
  tables: ReadonlyMap<string, readonly Row[]>,
): PlanRecord {
  const meta = body.meta;
  const accounting = appendix.accounting;
  const count = (name: string) => tables.get(name)?.length ?? 0;
  // Parsed by its published schema, so plan.json cannot drift from its type.
  return planSchema.parse({
    title: meta.title,
    subtitle: meta.subtitle,
    issuer: meta.issuer,
    implements: meta.implements,
    signer: meta.signer,
    recipients: meta.recipients,
    appendix: {
      title: meta.appendix_title,
      subtitle: meta.appendix_subtitle,
      first_line: accounting.first_line,
      numbering_gaps: appendix.gaps,
    },
    period: input.period,
    source: {
      file: input.seed.file,
      sha256: input.seed.sha256,
      bytes: input.seed.bytes,
      line_count: meta.source_line_count,
      published_as: SOURCE_FILE,
    },
    counts: {
      sections: count('plan_sections'),
      blocks: count('plan_blocks'),
      tasks: count('tasks'),
      groups: count('groups'),
      agencies: count('agencies'),
      legal_documents: count('legal_documents'),
      targets: count('targets'),
      indicators: count('indicators'),
      progress: count('progress'),
      task_status: count('task_status'),
    },
  });
}
