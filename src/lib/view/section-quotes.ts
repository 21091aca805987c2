/**
 * Quoting the plan's body on other pages: a section's label and its paragraphs and bullets as the
 * plan writes them (runs of bullets become one list).
 */
import type { BlockRecord, SectionRecord } from '../model/records.ts';

/** "Mục V.2. Sở Thông tin và Truyền thông"; the untitled opening and closing get a name. */
export function sectionLabel(s: Pick<SectionRecord, 'id' | 'title'>): string {
  if (s.id === 'preamble') return 'Phần mở đầu';
  if (s.id === 'closing') return 'Phần kết';
  return s.title ? `Mục ${s.id}. ${s.title}` : `Mục ${s.id}`;
}

export type BlockRun = { kind: 'paragraph'; block: BlockRecord } | { kind: 'bullets'; blocks: BlockRecord[] };

/** A section's blocks in order, consecutive bullets gathered so they render as one <ul>. */
export function blockRuns(blocks: readonly BlockRecord[], sectionId: string): BlockRun[] {
  const own = blocks.filter((b) => b.section_id === sectionId).sort((a, b) => a.order - b.order);
  const runs: BlockRun[] = [];
  for (const block of own) {
    const last = runs.at(-1);
    if (block.kind === 'bullet' && last?.kind === 'bullets') last.blocks.push(block);
    else runs.push(block.kind === 'bullet' ? { kind: 'bullets', blocks: [block] } : { kind: 'paragraph', block });
  }
  return runs;
}
