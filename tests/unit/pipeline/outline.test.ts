import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountBody, assertBodyAccounted, parseBody, parseNumbering } from '../../../src/lib/pipeline/outline.ts';
import type { ParsedBody } from '../../../src/lib/pipeline/types.ts';
import { thrown } from '../../helpers/source-errors.ts';

const FILE = 'seeds/ke-hoach-04-NQ-TU-dong-thap.txt';
const real = readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8').split('\n');
const parsed = parseBody(real, FILE);

const section = (r: ParsedBody, id: string) => {
  const s = r.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
const blocksOf = (r: ParsedBody, id: string) => r.blocks.filter((b) => b.section_id === id);

/** A copy of the real lines with line `n` (1-based) replaced; checks the line is the one we mean. */
function edit(lines: string[], n: number, startsWith: string, replacement: string): string[] {
  const copy = [...lines];
  if (!copy[n - 1]!.startsWith(startsWith)) throw new Error(`line ${n} is ${JSON.stringify(copy[n - 1])}`);
  copy[n - 1] = replacement;
  return copy;
}

/** Real line ranges [from, to] (inclusive) glued together into a small document. */
const snippet = (...ranges: [number, number][]) => ranges.flatMap(([a, b]) => real.slice(a - 1, b));

describe('parseBody on the real seed', () => {
  it('reads the document metadata from the text', () => {
    expect(parsed.meta).toEqual({
      title: 'KẾ HOẠCH',
      subtitle: 'Thực hiện Nghị quyết số 04-NQ/TU của Ban Chấp hành Đảng bộ Tỉnh Khoá XI về chuyển đổi số tỉnh Đồng Tháp',
      issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
      implements: {
        number: '04-NQ/TU',
        issued_date: '2021-12-31',
        issuer: 'Ban Chấp hành Đảng bộ Tỉnh Khoá XI',
        title: 'về chuyển đổi số tỉnh Đồng Tháp',
      },
      signer: {
        name: 'Trần Trí Quang',
        position: 'PHÓ CHỦ TỊCH',
        on_behalf_of: 'TM. ỦY BAN NHÂN DÂN',
        signing_capacity: 'KT. CHỦ TỊCH',
      },
      recipients: ['TT/TU, TT/HĐND Tỉnh;', 'CT và các PCT UBND Tỉnh;', 'Mục V;', 'Lãnh đạo VP/UBND Tỉnh;', 'Lưu: VT, THVX (Thg).'],
      appendix_title: 'DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM',
      appendix_subtitle: '(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2022 của Ủy ban nhân dân Tỉnh)',
      // The file has 454 newlines and no newline after its last row, so 455 lines.
      source_line_count: 455,
    });
    expect(parsed.appendix_start_line).toBe(317);
    expect(real[316]!.startsWith('Stt\t')).toBe(true);
  });

  it('builds the outline from the numbering, in document order', () => {
    expect(parsed.sections.map((s) => s.id)).toEqual([
      'preamble',
      'I',
      'I.1',
      'I.2',
      'II',
      'II.1',
      'II.2',
      'II.2.a',
      'II.2.b',
      'II.2.c',
      'II.3',
      'II.3.a',
      'II.3.b',
      'II.3.c',
      'III',
      'III.1',
      'III.2',
      'III.3',
      'III.4',
      'III.5',
      'III.5.a',
      'III.5.b',
      'III.5.c',
      'III.6',
      'III.6.a',
      'III.6.b',
      'III.6.c',
      'III.6.4',
      'IV',
      'V',
      'V.1',
      'V.2',
      'V.3',
      'V.4',
      'V.5',
      'V.6',
      'V.7',
      'V.8',
      'closing',
    ]);
    expect(parsed.sections.map((s) => s.order)).toEqual(parsed.sections.map((_, i) => i + 1));
    expect(parsed.warnings).toEqual([]);
  });

  it('counts sections, blocks, bullets and mended paragraphs', () => {
    expect(parsed.sections).toHaveLength(39);
    expect(parsed.blocks).toHaveLength(105);
    expect(parsed.blocks.filter((b) => b.kind === 'bullet')).toHaveLength(96);
    expect(parsed.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.source_line_start)).toEqual([
      7, 209, 213, 219, 237, 267, 275, 285, 295,
    ]);
    const mended = parsed.blocks.filter((b) => b.source_line_end !== b.source_line_start);
    expect(mended.map((b) => [b.source_line_start, b.source_line_end])).toEqual([
      [23, 25],
      [119, 121],
      [139, 141],
      [213, 215],
      [229, 231],
      [295, 297],
    ]);
  });

  it('sets levels, numbers and parents', () => {
    expect(section(parsed, 'III.6.4')).toMatchObject({ level: 3, number: '6.4', parent_id: 'III.6', title: 'Một số lĩnh vực khác' });
    expect(section(parsed, 'II.2.a')).toMatchObject({ level: 3, number: 'a', parent_id: 'II.2', title: 'Chính quyền số' });
    expect(section(parsed, 'III')).toMatchObject({ level: 1, number: 'III', parent_id: null, title: 'NHIỆM VỤ VÀ GIẢI PHÁP' });
    expect(section(parsed, 'preamble')).toMatchObject({ level: 1, number: '', title: '', parent_id: null });
    expect(section(parsed, 'closing')).toMatchObject({ level: 1, number: '', title: '', parent_id: null });
    for (const s of parsed.sections) {
      expect(s.id).toMatch(/^[\x21-\x7e]+$/);
      expect(s.parent_id === null).toBe(s.level === 1);
      if (s.parent_id !== null) expect(s.id.startsWith(`${s.parent_id}.`)).toBe(true);
    }
  });

  it('reads bold paragraphs that start with a number as headings', () => {
    expect(section(parsed, 'III.1').title).toMatch(/^Tăng cường sự lãnh đạo, chỉ đạo/);
    expect(section(parsed, 'III.1').source_line_start).toBe(111);
    expect(section(parsed, 'V.3').title).toBe('Văn phòng Ủy ban nhân dân Tỉnh');
    const [first, ...others] = blocksOf(parsed, 'V.3');
    expect(others).toEqual([]);
    expect(first).toMatchObject({ order: 1, kind: 'paragraph', source_line_start: 267, source_line_end: 267 });
    expect(first!.text).toMatch(/^Tham mưu Ủy ban nhân dân Tỉnh chỉ đạo/);
    expect(section(parsed, 'V.5').title).toBe('Sở Tài chính');
    expect(blocksOf(parsed, 'V.5')[0]!.text).toMatch(/^Căn cứ khả năng ngân sách/);
    expect(section(parsed, 'V.7').title).toBe('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh và các tổ chức chính trị - xã hội Tỉnh');
  });

  it('puts bullets and paragraphs in their innermost section', () => {
    const c = blocksOf(parsed, 'II.2.c');
    expect(c).toHaveLength(8);
    expect(c.every((b) => b.kind === 'bullet')).toBe(true);
    expect(c.map((b) => b.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(c[0]!.text).toBe('Trên 80% hộ gia đình có kết nối Internet băng rộng cố định;');
    expect(blocksOf(parsed, 'II.3.a').filter((b) => b.kind === 'bullet')).toHaveLength(3);
    expect(blocksOf(parsed, 'IV').map((b) => b.kind)).toEqual(['paragraph']);
    expect(blocksOf(parsed, 'II.2')).toEqual([]);
    expect(blocksOf(parsed, 'V.2')).toHaveLength(7);
    expect(blocksOf(parsed, 'III.6.4').map((b) => b.text.split(':')[0])).toEqual([
      'Lĩnh vực công thương',
      'Lĩnh vực giao thông - đô thị',
      'Lĩnh vực tài nguyên và môi trường',
      'Lĩnh vực văn hóa xã hội - du lịch',
      'Lĩnh vực tài chính - ngân hàng',
    ]);
  });

  it('mends paragraphs split by page breaks', () => {
    const b = parsed.blocks.find((x) => x.source_line_start === 23)!;
    expect(b).toMatchObject({ section_id: 'I.2', kind: 'bullet', order: 3, source_line_end: 25 });
    expect(b.text).toContain('phân công nhiệm vụ cụ thể các cơ quan, đơn vị, các huyện, thành phố để triển khai');
    expect(b.text).toMatch(/yêu cầu thực tiễn của địa phương, ngành, lĩnh vực\.$/);
    const closing = blocksOf(parsed, 'closing');
    expect(closing).toHaveLength(1);
    expect(closing[0]!.text).toContain('về chuyên đổi số tỉnh Đồng Tháp. Trong quá trình thực hiện');
    expect(closing[0]!.text.endsWith('quyết định./.')).toBe(true);
    // No block starts on a continuation line.
    const starts = new Set(parsed.blocks.map((x) => x.source_line_start));
    for (const n of [25, 121, 141, 215, 231, 297]) expect(starts.has(n)).toBe(false);
  });

  it('keeps the text as written, without markdown emphasis', () => {
    const a = blocksOf(parsed, 'II.2.a');
    expect(a[1]!.text).toBe('100% văn bản được trao đổi qua môi trường mạng (trừ văn bản mật);');
    expect(blocksOf(parsed, 'V.6')[0]!.text).toContain('làm nhiệm vụ chuyên đổi số');
    expect(blocksOf(parsed, 'V.6')[0]!.text).toMatch(/^Lòng ghép /);
    for (const b of parsed.blocks) {
      expect(b.text).not.toMatch(/\*|^- |\s{2}|^\s|\s$/);
    }
  });

  it('gives sections their own text and the line span of their descendants', () => {
    expect(section(parsed, 'V.2').text).toBe(
      blocksOf(parsed, 'V.2')
        .map((b) => b.text)
        .join('\n'),
    );
    expect(section(parsed, 'V.2').text.split('\n')).toHaveLength(7);
    expect(section(parsed, 'II.2').text).toBe('');
    const span = (id: string) => [section(parsed, id).source_line_start, section(parsed, id).source_line_end];
    expect(span('preamble')).toEqual([7, 7]);
    expect(span('I')).toEqual([9, 27]);
    expect(span('II')).toEqual([29, 107]);
    expect(span('II.2')).toEqual([37, 77]);
    expect(span('III')).toEqual([109, 233]);
    expect(span('III.6.b')).toEqual([211, 215]);
    expect(span('IV')).toEqual([235, 237]);
    expect(span('V')).toEqual([239, 293]);
    expect(span('V.3')).toEqual([267, 267]);
    expect(span('closing')).toEqual([295, 297]);
  });

  it('accounts for every non-blank line before the appendix', () => {
    expect(accountBody(real, parsed)).toEqual({ nonBlankLines: 160, accountedLines: 160, unaccounted: [] });
  });

  it('accountBody notices a block whose text lost a line', () => {
    const broken = structuredClone(parsed);
    broken.blocks.find((b) => b.source_line_start === 213)!.text = 'Nâng cao chất lượng khám và điều trị.';
    expect(accountBody(real, broken).unaccounted).toEqual([213, 215]);
    // The build runs the same check and stops at the first lost line, naming it.
    expect(() => assertBodyAccounted(real, broken, 'seed.txt')).toThrow(
      /^seed\.txt:213: expected every line of the plan body in a block, a heading or the metadata, found "/,
    );
    expect(() => assertBodyAccounted(real, parsed, 'seed.txt')).not.toThrow();
  });
});

describe('parseBody on small real snippets', () => {
  it('parses title, preamble, one section, closing, recipients, signature and appendix title', () => {
    const r = parseBody(snippet([1, 8], [235, 238], [295, 318]), 'snippet.md');
    expect(r.sections.map((s) => [s.id, s.source_line_start, s.source_line_end])).toEqual([
      ['preamble', 7, 7],
      ['IV', 9, 11],
      ['closing', 13, 15],
    ]);
    expect(r.meta.implements.number).toBe('04-NQ/TU');
    expect(r.meta.signer.name).toBe('Trần Trí Quang');
    expect(r.meta.source_line_count).toBe(36);
    expect(r.appendix_start_line).toBe(35);
    expect(r.warnings).toEqual([{ file: 'snippet.md', line: 9, message: 'numbering starts at IV' }]);
  });

  it('mends a paragraph across several blank lines', () => {
    const lines = snippet([1, 24], [24, 24], [24, 317]); // two extra blank lines after line 23
    const r = parseBody(lines, 'snippet.md');
    const b = r.blocks.find((x) => x.source_line_start === 23)!;
    expect(b.source_line_end).toBe(27);
    expect(b.text).toBe(parsed.blocks.find((x) => x.source_line_start === 23)!.text);
  });

  it('does not join an unterminated text to a following bullet, and warns', () => {
    const lines = edit(real, 25, 'cơ quan, đơn vị', '- cơ quan, đơn vị, các huyện, thành phố.');
    const r = parseBody(lines, FILE);
    expect(r.blocks.find((x) => x.source_line_start === 23)!.source_line_end).toBe(23);
    expect(r.blocks.find((x) => x.source_line_start === 25)!.kind).toBe('bullet');
    expect(r.warnings).toEqual([{ file: FILE, line: 23, message: 'text ends without punctuation but the next line does not continue it' }]);
  });

  it('does not join an unterminated text to a following heading', () => {
    const lines = edit(real, 27, '- Tranh thủ', real[26]!.replace(/\.$/, ''));
    const r = parseBody(lines, FILE);
    expect(r.blocks.find((x) => x.source_line_start === 27)!.source_line_end).toBe(27);
    expect(section(r, 'II').source_line_start).toBe(29);
    expect(r.warnings.map((w) => w.line)).toEqual([27]);
  });
});

describe('parseBody numbering gaps are warnings', () => {
  it('a missing Roman heading: its text joins the previous section, with a gap warning', () => {
    const r = parseBody(edit(real, 235, '#### **IV.', ''), FILE);
    expect(r.sections.some((s) => s.id === 'IV')).toBe(false);
    expect(blocksOf(r, 'III.6.4')).toHaveLength(6);
    expect(blocksOf(r, 'III.6.4')[5]!.source_line_start).toBe(237);
    expect(r.warnings).toEqual([{ file: FILE, line: 239, message: 'numbering skips from III to V' }]);
  });

  it('a skipped level-2 number', () => {
    const r = parseBody(edit(real, 287, '## **8.', '## **9. Đề nghị các doanh nghiệp**'), FILE);
    expect(section(r, 'V.9').number).toBe('9');
    expect(r.warnings).toEqual([{ file: FILE, line: 287, message: 'numbering skips from 7 to 9 in V' }]);
  });

  it('a skipped letter', () => {
    const r = parseBody(edit(real, 61, '### ***c)', '### ***d) Xã hội số***'), FILE);
    expect(section(r, 'II.2.d').source_line_start).toBe(61);
    expect(r.warnings).toEqual([{ file: FILE, line: 61, message: 'numbering skips from b to d in II.2' }]);
  });
});

describe('parseBody errors name the file and line', () => {
  it('an unnumbered # heading', () => {
    const e = thrown(() => parseBody(edit(real, 236, '', '## **Ghi chú**'), FILE));
    expect(e.line).toBe(236);
    expect(e.message).toContain(`${FILE}:236: expected a numbered heading`);
    expect(e.message).toContain('Ghi chú');
  });

  it('a wholly bold paragraph without numbering', () => {
    const e = thrown(() => parseBody(edit(real, 236, '', '**Ghi chú**'), FILE));
    expect(e.message).toContain(`${FILE}:236: expected a numbered heading`);
  });

  it('a missing Roman heading that makes a section id repeat', () => {
    // Without "II. MỤC TIÊU", "1. Mục tiêu chung" lands under I, which already has a 1.
    const e = thrown(() => parseBody(edit(real, 29, '## **II. MỤC TIÊU**', ''), FILE));
    expect(e.message).toContain(`${FILE}:31: expected a section id not used before (I.1 is a duplicate)`);
  });

  it('a level-3 heading with no open level-2 section', () => {
    const lines = edit(edit(real, 31, '### **1. Mục tiêu chung', ''), 37, '### **2. Mục tiêu cụ thể', '');
    const e = thrown(() => parseBody(lines, FILE));
    expect(e.message).toContain(`${FILE}:39: expected a level-3 heading`);
  });

  it('a level-2 heading with no open level-1 section', () => {
    const e = thrown(() => parseBody(edit(real, 9, '#### **I. MỤC ĐÍCH', ''), FILE));
    expect(e.message).toContain(`${FILE}:11: expected a level-2 heading`);
  });

  it('a dotted number whose prefix is not the open level-2 number', () => {
    const e = thrown(() => parseBody(edit(real, 221, '### ***6.4.', '### ***5.4. Một số lĩnh vực khác***'), FILE));
    expect(e.message).toContain(`${FILE}:221: expected a number starting "6." (the open section III.6)`);
  });

  it('a Roman numeral that goes backwards or repeats', () => {
    const back = thrown(() => parseBody(edit(real, 239, '#### **V.', '#### **II. TỔ CHỨC THỰC HIỆN**'), FILE));
    expect(back.message).toContain(`${FILE}:239: expected a Roman numeral after IV`);
    const again = thrown(() => parseBody(edit(real, 239, '#### **V.', '#### **IV. TỔ CHỨC THỰC HIỆN**'), FILE));
    expect(again.line).toBe(239);
  });

  it('a missing appendix header row', () => {
    const lines = real.map((l) => (l.startsWith('Stt\t') ? 'STT\tNội dung' : l));
    const e = thrown(() => parseBody(lines, FILE));
    expect(e.message).toContain(`${FILE}:455: expected the appendix header row starting with 'Stt<TAB>'`);
  });

  it('a line before the appendix table that nothing reads', () => {
    const e = thrown(() => parseBody(edit(real, 316, '', 'Ghi chú thêm'), FILE));
    expect(e.message).toContain(`${FILE}:316: expected a title, heading, paragraph`);
  });

  it('a preamble that does not name the resolution', () => {
    const e = thrown(() => parseBody(edit(real, 7, 'Thực hiện', 'Ủy ban nhân dân Tỉnh ban hành Kế hoạch.'), FILE));
    expect(e.message).toContain(`${FILE}:7: expected an introduction naming the resolution`);
  });

  it('a signature block without a position', () => {
    const e = thrown(() => parseBody(edit(real, 309, '**PHÓ CHỦ TỊCH**', ''), FILE));
    expect(e.message).toContain(`${FILE}:311: expected the signature block`);
  });

  it('no recipients heading before the appendix', () => {
    const e = thrown(() => parseBody(edit(real, 299, '***Nơi nhận:***', ''), FILE));
    // The recipients' bullets then read as body bullets; the bold signer line is an unnumbered heading.
    expect(e.message).toContain(`${FILE}:307: expected a numbered heading`);
  });
});

describe('parseNumbering', () => {
  it('reads each numbering style', () => {
    expect(parseNumbering('III. NHIỆM VỤ')).toMatchObject({ level: 1, number: 'III', segment: 'III', ordinal: 3 });
    expect(parseNumbering('6.4. Một số lĩnh vực khác')).toMatchObject({ level: 3, number: '6.4', segment: '4', prefix: '6' });
    expect(parseNumbering('12. Sở Y tế')).toMatchObject({ level: 2, number: '12', ordinal: 12, title: 'Sở Y tế' });
    expect(parseNumbering('đ) Lĩnh vực khác')).toMatchObject({ level: 3, number: 'đ', segment: 'dd', ordinal: 5 });
  });

  it('rejects text without numbering', () => {
    expect(parseNumbering('Ghi chú')).toBeUndefined();
    expect(parseNumbering('IIII. Sai')).toBeUndefined();
    expect(parseNumbering('TM. ỦY BAN NHÂN DÂN')).toBeUndefined();
    expect(parseNumbering('2022 là năm')).toBeUndefined();
  });
});
