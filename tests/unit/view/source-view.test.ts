import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineId, sourceLines } from '../../../src/lib/view/source-view.ts';
import { routes } from '../../../src/utils/routes.ts';
import { reviewedPlan, reviewedTable } from '../../helpers/reviewed-tables.ts';
import { SEED_PATH } from '../../helpers/seed.ts';

const plan = reviewedPlan();
// The committed document, which the data stage publishes byte for byte as plan.source.published_as.
const bytes = readFileSync(SEED_PATH);
const lines = sourceLines(bytes.toString('utf8'));

describe('sourceLines on the source document', () => {
  it('is the file plan.json describes', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(plan.source.sha256);
    expect(lines).toHaveLength(plan.source.line_count);
  });

  it('numbers lines as the datasets do', () => {
    for (const t of reviewedTable('tasks')) expect(lines[t.source_line - 1]!.startsWith(`${t.number}\t`)).toBe(true);
    const blocks = reviewedTable('plan_blocks');
    const first = blocks.find((b) => b.section_id === 'preamble')!;
    expect(lines[first.source_line_start - 1]).toBe(first.text);
  });

  it('drops a BOM and CRs, and does not count a final newline as a line', () => {
    expect(sourceLines('\uFEFFa\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
    expect(sourceLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(sourceLines('')).toEqual(['']);
  });

  it('gives the anchor routes.sourceLine links to', () => {
    expect(routes.sourceLine(359).endsWith(`#${lineId(359)}`)).toBe(true);
  });
});

describe('the about page examples', () => {
  it('quotes typos that really are in the source', () => {
    const text = bytes.toString('utf8');
    expect(text).toContain('chuyên đổi số');
    expect(text).toContain('Công dữ liệu mở');
  });
});
