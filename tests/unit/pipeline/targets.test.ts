import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { parseBody } from '../../../src/lib/pipeline/outline.ts';
import type { BlockRecord, SectionRecord, TargetRecord } from '../../../src/lib/model/records.ts';
import { parseTargetStatement, parseTargets } from '../../../src/lib/pipeline/targets.ts';
import { thrown } from '../../helpers/source-errors.ts';

const FILE = 'seeds/ke-hoach-04-NQ-TU-dong-thap.txt';
const body = parseBody(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8').split('\n'), FILE);
const blocks: BlockRecord[] = body.blocks;
const sections: Omit<SectionRecord, 'pillar'>[] = body.sections;
const targets = parseTargets(blocks, sections, FILE);
const byId = new Map(targets.map((t) => [t.id, t]));

/** A copy of the real blocks with the block at seed line `line` changed; checks it is the one we mean. */
function withBlock(line: number, startsWith: string, change: Partial<BlockRecord>): BlockRecord[] {
  const i = blocks.findIndex((b) => b.source_line_start === line);
  if (i < 0 || !blocks[i]!.text.startsWith(startsWith)) throw new Error(`block at line ${line} is ${JSON.stringify(blocks[i]?.text)}`);
  const copy = [...blocks];
  copy[i] = { ...copy[i]!, ...change };
  return copy;
}
function withSection(id: string, change: Partial<SectionRecord>): Omit<SectionRecord, 'pillar'>[] {
  return sections.map((s) => (s.id === id ? { ...s, ...change } : s));
}

// Every target statement of section II, written out from reading the plan (lines 29–107):
// [id, comparator, value, unit, target year, pillar, seed line].
type Row = [string, TargetRecord['comparator'], number | null, TargetRecord['unit'], number, TargetRecord['pillar'], number];
const EXPECTED: Row[] = [
  // II.1 — "Phấn đấu đến năm 2025, Đồng Tháp nằm trong nhóm 25, đến năm 2030 nằm trong nhóm 20 tỉnh, thành phố …
  //         và nằm trong nhóm dẫn đầu khu vực Đồng bằng sông Cửu Long."
  ['II.1.rank-2025', 'lte', 25, 'rank', 2025, 'overall', 35],
  ['II.1.rank-2030', 'lte', 20, 'rank', 2030, 'overall', 35],
  ['II.1.region-lead-2030', 'eq', null, 'boolean', 2030, 'overall', 35],
  // II.2.a Chính quyền số (2025)
  ['II.2.a.1', 'eq', 100, 'percent', 2025, 'digital_government', 41], // 100% thủ tục hành chính … mức độ 4
  ['II.2.a.2', 'eq', 100, 'percent', 2025, 'digital_government', 43], // 100% văn bản … (trừ văn bản mật)
  ['II.2.a.3', 'eq', 100, 'percent', 2025, 'digital_government', 45], // 100% cơ quan nhà nước … dữ liệu mở
  ['II.2.a.4', 'eq', 100, 'percent', 2025, 'digital_government', 47], // 100% lãnh đạo, CBCCVC … kỹ năng số
  // II.2.b Kinh tế số (2025)
  ['II.2.b.1', 'gt', 55, 'percent', 2025, 'digital_economy', 51], // Trên 55% doanh nghiệp vừa và nhỏ …
  ['II.2.b.2', 'gte', 60, 'percent', 2025, 'digital_economy', 53], // 60% dân số trở lên … mua sắm trực tuyến
  ['II.2.b.3', 'eq', 100, 'percent', 2025, 'digital_economy', 55], // 100% sản phẩm OCOP …
  ['II.2.b.4', 'gt', 60, 'percent', 2025, 'digital_economy', 57], // Trên 60% nông dân … IoT
  ['II.2.b.5', 'gte', 7, 'percent_per_year', 2025, 'digital_economy', 59], // Năng suất lao động hằng năm tăng tối thiểu 7%
  // II.2.c Xã hội số (2025)
  ['II.2.c.1', 'gt', 80, 'percent', 2025, 'digital_society', 63], // Trên 80% hộ gia đình … băng rộng cố định
  ['II.2.c.2', 'eq', 100, 'percent', 2025, 'digital_society', 65], // 100% thuê bao … điện thoại thông minh
  ['II.2.c.3', 'gt', 60, 'percent', 2025, 'digital_society', 67], // Trên 60% dân số có tài khoản thanh toán điện tử
  ['II.2.c.4', 'gte', 70, 'percent', 2025, 'digital_society', 69], // 70% dân số có kiến thức số … (a floor)
  ['II.2.c.5', 'eq', 100, 'percent', 2025, 'digital_society', 71], // 100% dân số có danh tính số
  ['II.2.c.6', 'gte', 60, 'percent', 2025, 'digital_society', 73], // 60% các cơ sở giáo dục … môi trường số
  ['II.2.c.7', 'gte', 90, 'percent', 2025, 'digital_society', 75], // 90% dân số có hồ sơ sức khỏe điện tử
  ['II.2.c.8', 'eq', 100, 'percent', 2025, 'digital_society', 77], // 100% các cơ sở khám bệnh … từ xa
  // II.3.a Chính quyền số (2030)
  ['II.3.a.1', 'gt', 90, 'percent', 2030, 'digital_government', 83], // Trên 90% người dân, doanh nghiệp hài lòng …
  ['II.3.a.2', 'eq', 100, 'percent', 2030, 'digital_government', 85], // 100% cơ quan … dữ liệu mở, … máy có khả năng đọc
  ['II.3.a.3', 'eq', null, 'boolean', 2030, 'digital_government', 87], // Tỉnh có nền tảng … trí tuệ nhân tạo …
  // II.3.b Kinh tế số (2030)
  ['II.3.b.1', 'gt', 70, 'percent', 2030, 'digital_economy', 91], // Trên 70% doanh nghiệp vừa và nhỏ …
  ['II.3.b.2', 'gte', 70, 'percent', 2030, 'digital_economy', 93], // 70% dân số trở lên … mua sắm trực tuyến
  ['II.3.b.3', 'gt', 80, 'percent', 2030, 'digital_economy', 95], // Trên 80% nông dân … IoT
  ['II.3.b.4', 'gte', 8, 'percent_per_year', 2030, 'digital_economy', 97], // … hằng năm tăng tối thiểu 8%
  // II.3.c Xã hội số (2030)
  ['II.3.c.1', 'eq', 100, 'percent', 2030, 'digital_society', 101], // 100% hộ gia đình có nhu cầu … cáp quang hoặc 5G
  ['II.3.c.2', 'gt', 80, 'percent', 2030, 'digital_society', 103], // Trên 80% dân số có tài khoản thanh toán điện tử
  ['II.3.c.3', 'eq', 100, 'percent', 2030, 'digital_society', 105], // 100% các cơ sở giáo dục …
  ['II.3.c.4', 'eq', 100, 'percent', 2030, 'digital_society', 107], // 100% dân số có hồ sơ sức khoẻ điện tử
];

describe('parseTargets on the real plan', () => {
  it('finds every target statement of section II, in document order, and nothing else', () => {
    expect(targets.map((t) => t.id)).toEqual(EXPECTED.map((r) => r[0]));
  });

  test.each(EXPECTED)('%s: %s %s %s, %i, %s (line %i)', (id, comparator, value, unit, year, pillar, line) => {
    const t = byId.get(id)!;
    expect({ comparator: t.comparator, value: t.value, unit: t.unit, year: t.target_year, pillar: t.pillar, line: t.source_line }).toEqual({
      comparator,
      value,
      unit,
      year,
      pillar,
      line,
    });
    expect(t.indicator_id).toBeNull();
    expect(t.section_id).toBe(id.startsWith('II.1') ? 'II.1' : id.split('.').slice(0, 3).join('.'));
  });

  it('keeps each statement verbatim from plan_blocks, without the trailing ";" or "."', () => {
    for (const t of targets) {
      const block = blocks.find((b) => b.section_id === t.section_id && b.source_line_start === t.source_line)!;
      expect(block.text).toContain(t.statement);
      expect(t.statement).not.toMatch(/[;.]$/);
      expect(t.statement).toBe(t.statement.trim());
    }
    expect(byId.get('II.2.a.2')!.statement).toBe('100% văn bản được trao đổi qua môi trường mạng (trừ văn bản mật)');
    expect(byId.get('II.3.c.4')!.statement).toBe('100% dân số có hồ sơ sức khoẻ điện tử');
    // In II.2/II.3 the statement is the whole bullet.
    for (const t of targets.filter((x) => x.section_id !== 'II.1')) {
      const block = blocks.find((b) => b.source_line_start === t.source_line)!;
      expect(block.text.replace(/[;.]$/, '')).toBe(t.statement);
    }
  });

  it('splits the II.1 ranking goal into its three clauses', () => {
    expect(targets.filter((t) => t.section_id === 'II.1').map((t) => [t.id, t.statement, t.subject])).toEqual([
      ['II.1.rank-2025', 'Phấn đấu đến năm 2025, Đồng Tháp nằm trong nhóm 25', 'tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất cả nước'],
      [
        'II.1.rank-2030',
        'đến năm 2030 nằm trong nhóm 20 tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất cả nước',
        'tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất cả nước',
      ],
      ['II.1.region-lead-2030', 'nằm trong nhóm dẫn đầu khu vực Đồng bằng sông Cửu Long', 'nhóm dẫn đầu khu vực Đồng bằng sông Cửu Long'],
    ]);
  });

  it('reads the subject after the number', () => {
    const subject = (id: string) => byId.get(id)!.subject;
    expect(subject('II.2.b.1')).toBe('doanh nghiệp vừa và nhỏ tiến hành hoạt động kinh doanh trên các sàn giao dịch thương mại điện tử');
    expect(subject('II.2.b.2')).toBe('dân số tham gia mua sắm trực tuyến'); // "trở lên" dropped
    expect(subject('II.3.b.2')).toBe('dân số tham gia mua sắm trực tuyến');
    expect(subject('II.2.b.5')).toBe('Năng suất lao động');
    expect(subject('II.2.c.4')).toBe('dân số có kiến thức số, kỹ năng số cơ bản');
    expect(subject('II.3.c.1')).toBe('hộ gia đình có nhu cầu đều được kết nối internet băng rộng bằng cáp quang hoặc mạng di động 5G');
    expect(subject('II.3.a.3')).toBe(
      'nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung, có ứng dụng trí tuệ nhân tạo để tối ưu hóa hoạt động',
    );
    for (const t of targets) expect(t.subject).not.toMatch(/^\s|\s$|%/);
  });

  it('counts 31 targets: 3 in II.1, 17 for 2025, 11 for 2030', () => {
    expect(targets).toHaveLength(31);
    expect(targets.filter((t) => t.section_id.startsWith('II.2'))).toHaveLength(17);
    expect(targets.filter((t) => t.section_id.startsWith('II.3'))).toHaveLength(11);
    expect(new Set(targets.map((t) => t.id)).size).toBe(31);
    for (const t of targets) expect(t.id).toMatch(/^[\x21-\x7e]+$/);
  });
});

describe('parseTargetStatement rules', () => {
  test.each([
    ['Trên 55% doanh nghiệp', 'gt', 55, 'percent', 'doanh nghiệp'],
    ['60% dân số trở lên tham gia mua sắm trực tuyến', 'gte', 60, 'percent', 'dân số tham gia mua sắm trực tuyến'],
    ['100% dân số có danh tính số', 'eq', 100, 'percent', 'dân số có danh tính số'],
    ['70% dân số có kỹ năng số', 'gte', 70, 'percent', 'dân số có kỹ năng số'],
    ['79,2% cán bộ được tập huấn', 'gte', 79.2, 'percent', 'cán bộ được tập huấn'],
    ['Dưới 5% hồ sơ trễ hạn', 'lt', 5, 'percent', 'hồ sơ trễ hạn'],
    ['Năng suất lao động hằng năm tăng tối thiểu 7%', 'gte', 7, 'percent_per_year', 'Năng suất lao động'],
    ['Năng suất lao động hàng năm tăng ít nhất 6,5%', 'gte', 6.5, 'percent_per_year', 'Năng suất lao động'],
    ['Tỉnh có nền tảng dữ liệu', 'eq', null, 'boolean', 'nền tảng dữ liệu'],
  ])('%j → %s %s %s', (text, comparator, value, unit, subject) => {
    expect(parseTargetStatement(text)).toEqual({ comparator, value, unit, subject });
  });

  test.each([
    'Khoảng 55% doanh nghiệp vừa và nhỏ', // no rule for "khoảng"
    'Nâng cao chất lượng dịch vụ công', // no number, not "Tỉnh có …"
    '150% doanh nghiệp', // a percentage above 100
    '0% hồ sơ giấy', // zero is no target
    '100% văn bản điện tử và 50% hồ sơ số hóa', // two targets in one bullet
    'Tỉnh có 3 nền tảng dữ liệu', // a number without a rule
    'Phấn đấu tăng trưởng kinh tế số',
  ])('%j is not a target statement', (text) => {
    expect(parseTargetStatement(text)).toBeUndefined();
  });
});

describe('parseTargets on broken input', () => {
  it('names the line of a 2025 bullet it cannot read', () => {
    const e = thrown(() => parseTargets(withBlock(51, 'Trên 55%', { text: 'Khoảng 55% doanh nghiệp vừa và nhỏ;' }), sections, FILE));
    expect(e.file).toBe(FILE);
    expect(e.line).toBe(51);
    expect(e.expected).toMatch(/^a target statement/);
    expect(e.found).toBe('Khoảng 55% doanh nghiệp vừa và nhỏ;');
    expect(e.message).toMatch(/^seeds\/ke-hoach-04-NQ-TU-dong-thap\.txt:51: expected a target statement/);
  });

  it('names the line of a 2030 bullet without a number that is not "Tỉnh có …"', () => {
    const e = thrown(() => parseTargets(withBlock(87, 'Tỉnh có', { text: 'Xây dựng nền tảng phân tích dữ liệu.' }), sections, FILE));
    expect(e.line).toBe(87);
  });

  it('rejects a percentage above 100 and two targets in one bullet', () => {
    expect(
      thrown(() => parseTargets(withBlock(65, '100% thuê bao', { text: '150% thuê bao điện thoại di động;' }), sections, FILE)).line,
    ).toBe(65);
    expect(
      thrown(() => parseTargets(withBlock(71, '100% dân số', { text: '100% dân số có danh tính số và 50% có chữ ký số;' }), sections, FILE))
        .line,
    ).toBe(71);
  });

  it('rejects a paragraph in a target section', () => {
    const e = thrown(() => parseTargets(withBlock(63, 'Trên 80%', { kind: 'paragraph' }), sections, FILE));
    expect(e.line).toBe(63);
    expect(e.expected).toMatch(/as a bullet$/);
  });

  it('rejects a II.1 ranking sentence it cannot read, and a II.1 without a ranking goal', () => {
    const vague = withBlock(35, 'Phấn đấu', { text: 'Phấn đấu Đồng Tháp nằm trong nhóm dẫn đầu cả nước về chuyển đổi số.' });
    expect(thrown(() => parseTargets(vague, sections, FILE)).line).toBe(35);
    const none = withBlock(35, 'Phấn đấu', { text: 'Lựa chọn nông nghiệp, giáo dục, y tế là 03 lĩnh vực ưu tiên hàng đầu.' });
    const e = thrown(() => parseTargets(none, sections, FILE));
    expect(e.line).toBe(31);
    expect(e.expected).toMatch(/ranking goal in II\.1/);
  });

  it('rejects a rank clause whose subject is never written', () => {
    const e = thrown(() =>
      parseTargets(withBlock(35, 'Phấn đấu', { text: 'Phấn đấu đến năm 2025, Đồng Tháp nằm trong nhóm 25.' }), sections, FILE),
    );
    expect(e.line).toBe(35);
    expect(e.expected).toMatch(/what the rank counts/);
  });

  it('rejects an unknown pillar heading and a target group without a year', () => {
    const pillar = thrown(() => parseTargets(blocks, withSection('II.2.b', { title: 'Công nghiệp số' }), FILE));
    expect(pillar.line).toBe(49);
    expect(pillar.found).toBe('Công nghiệp số');
    const year = thrown(() => parseTargets(blocks, withSection('II.3', { title: 'Định hướng' }), FILE));
    expect(year.line).toBe(79);
  });

  it('rejects a target group missing a pillar, and a missing section', () => {
    const noC = sections.filter((s) => s.id !== 'II.3.c');
    expect(thrown(() => parseTargets(blocks, noC, FILE)).expected).toMatch(/three pillars/);
    expect(
      thrown(() =>
        parseTargets(
          blocks,
          sections.filter((s) => s.id !== 'II.2'),
          FILE,
        ),
      ).expected,
    ).toMatch(/section II\.2/);
    expect(
      thrown(() =>
        parseTargets(
          blocks,
          sections.filter((s) => s.id !== 'II.1'),
          FILE,
        ),
      ).expected,
    ).toMatch(/II\.1/);
  });

  it('rejects a pillar section without bullets', () => {
    const e = thrown(() =>
      parseTargets(
        blocks.filter((b) => b.section_id !== 'II.2.a'),
        sections,
        FILE,
      ),
    );
    expect(e.expected).toMatch(/at least one target statement in II\.2\.a/);
  });
});
