import { describe, expect, it } from 'vitest';
import * as outline from '../../../src/lib/view/outline-view.ts';
import type { BlockRecord } from '../../../src/lib/model/records.ts';
import { documentLabel } from '../../../src/lib/model/labels.ts';
import { reviewedSite } from '../../helpers/reviewed-tables.ts';
import { sectionAnchor } from '../../../src/lib/model/paths.ts';

const { sections, blocks, sectionRefs, agencies, documentById, plan } = reviewedSite();
const byId = (id: string) => sections.find((s) => s.id === id)!;

describe('outlineTree on the real outline', () => {
  const tree = outline.outlineTree(sections);
  const ids = (nodes: outline.OutlineNode[]): string[] => nodes.flatMap((n) => [n.section.id, ...ids(n.children)]);

  it('keeps every section once, in document order', () => {
    expect(ids(tree)).toEqual([...sections].sort((a, b) => a.order - b.order).map((s) => s.id));
    expect(ids(tree)).toHaveLength(plan.counts.sections!);
  });

  it('nests by parent', () => {
    expect(tree.map((n) => n.section.id)).toEqual(['preamble', 'I', 'II', 'III', 'IV', 'V', 'closing']);
    const iii = tree.find((n) => n.section.id === 'III')!;
    expect(iii.children.map((n) => n.section.id)).toEqual(['III.1', 'III.2', 'III.3', 'III.4', 'III.5', 'III.6']);
    expect(iii.children[5]!.children.map((n) => n.section.id)).toEqual(['III.6.a', 'III.6.b', 'III.6.c', 'III.6.4']);
  });

  it('refuses a dangling parent', () => {
    expect(() => outline.outlineTree([{ ...byId('I.1'), parent_id: 'X' }])).toThrow(/unknown parent X/);
  });

  it('gives anchors that are unique and safe in a URL fragment', () => {
    const anchors = sections.map((s) => sectionAnchor(s.id));
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of anchors) expect(a).toMatch(/^[A-Za-z0-9-]+$/);
  });
});

describe('headings', () => {
  it('number sections the way the document does', () => {
    expect(outline.sectionHeading(byId('I'))).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(outline.sectionHeading(byId('I.1'))).toBe('1. Mục đích');
    expect(outline.sectionHeading(byId('II.2.a'))).toBe('a) Chính quyền số');
    expect(outline.sectionHeading(byId('III.6.4'))).toBe('6.4. Một số lĩnh vực khác');
    expect(outline.sectionHeading(byId('V.3'))).toBe('3. Văn phòng Ủy ban nhân dân Tỉnh');
  });

  it('name the untitled opening and closing', () => {
    expect(outline.sectionHeading(byId('preamble'))).toBe('Phần mở đầu');
    expect(outline.sectionHeading(byId('closing'))).toBe('Phần kết');
    expect(outline.isUntitled(byId('preamble'))).toBe(true);
    expect(outline.isUntitled(byId('V'))).toBe(false);
  });

  it('map outline levels to h2–h4 and lines to a label', () => {
    expect([1, 2, 3].map(outline.headingLevel)).toEqual([2, 3, 4]);
    expect(outline.lineRangeLabel(9, 27)).toBe('dòng 9–27');
    expect(outline.lineRangeLabel(267, 267)).toBe('dòng 267');
  });
});

describe('blocks', () => {
  it('group consecutive bullets into one list and keep paragraphs', () => {
    const b = (order: number, kind: BlockRecord['kind'], text: string): BlockRecord => ({
      section_id: 'x',
      order,
      kind,
      text,
      source_line_start: order,
      source_line_end: order,
    });
    expect(outline.groupBlocks([b(3, 'bullet', 'c'), b(1, 'paragraph', 'a'), b(2, 'bullet', 'b'), b(4, 'paragraph', 'd')])).toEqual([
      { kind: 'paragraph', text: 'a' },
      { kind: 'list', items: ['b', 'c'] },
      { kind: 'paragraph', text: 'd' },
    ]);
  });

  it('render every real block exactly once', () => {
    const grouped = outline.blocksBySection(blocks);
    const count = [...grouped.values()].flat().reduce((n, g) => n + (g.kind === 'list' ? g.items.length : 1), 0);
    expect(count).toBe(blocks.length);
    expect(grouped.get('I.2')).toEqual([{ kind: 'list', items: blocks.filter((x) => x.section_id === 'I.2').map((x) => x.text) }]);
    expect(grouped.get('closing')![0]!.kind).toBe('paragraph');
    // Sections with only sub-sections have no blocks of their own.
    expect(grouped.has('III')).toBe(false);
  });
});

describe('citations and agencies', () => {
  const cites = outline.citationsBySection(sectionRefs, documentById);

  it('list each document once per section, in order of citation, with clauses', () => {
    expect(cites.get('III.1')!.map((c) => c.document.id)).toEqual(['749-qd-ttg', '942-qd-ttg', '04-nq-tu']);
    expect(cites.get('III.3')).toEqual([{ document: documentById.get('942-qd-ttg'), clauses: ['phụ lục'] }]);
    expect([...cites.keys()].sort()).toEqual([...new Set(sectionRefs.map((r) => r.section_id))].sort());
    for (const id of cites.keys()) expect(sections.some((s) => s.id === id)).toBe(true);
  });

  it('refuses an unknown document', () => {
    expect(() => outline.citationsBySection([{ ...sectionRefs[0]!, legal_document_id: 'nope' }], documentById)).toThrow(
      /unknown document nope/,
    );
  });

  it('label documents by number, or title when unnumbered', () => {
    expect(documentLabel(documentById.get('749-qd-ttg')!)).toBe('Quyết định 749/QĐ-TTg');
    expect(documentLabel(documentById.get('bo-chi-so-cds-cap-tinh')!)).toBe('Bộ chỉ số Chuyển đổi số cấp tỉnh');
  });

  it('find the agencies section V assigns', () => {
    const bySection = outline.agenciesBySection(agencies);
    expect(bySection.get('V.2')!.map((a) => a.id)).toEqual(['so-tttt']);
    expect(
      bySection
        .get('V.1')!
        .map((a) => a.id)
        .sort(),
    ).toEqual(['cac-so-ban-nganh-tinh', 'ubnd-huyen-thanh-pho']);
    for (const id of bySection.keys()) expect(id.startsWith('V.')).toBe(true);
  });
});

describe('recipients', () => {
  const ids = new Set(sections.map((s) => s.id));
  it('link "Mục V;" to section V and leave the other lines as written', () => {
    const views = plan.recipients.map((r) => outline.recipientView(r, ids));
    expect(views.find((v) => v.sectionId)).toEqual({ text: 'Mục V;', sectionId: 'V', linkText: 'Mục V', rest: ';' });
    expect(views.filter((v) => v.sectionId)).toHaveLength(1);
    expect(outline.recipientView('Mục IX;', ids)).toEqual({ text: 'Mục IX;' });
    expect(outline.recipientView('Lưu: VT, THVX (Thg).', ids)).toEqual({ text: 'Lưu: VT, THVX (Thg).' });
  });
});
