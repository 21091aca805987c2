import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildAgencyIndex,
  findAgency,
  normaliseAgencyName,
  parseAgencyTable,
  splitAgencyCell,
} from '../../../src/lib/pipeline/agencies.ts';
import { cellText } from '../../../src/lib/pipeline/text.ts';
import { thrown } from '../../helpers/source-errors.ts';

const TABLE_FILE = 'content/agencies.csv';
const SEED_FILE = 'seeds/ke-hoach-04-NQ-TU-dong-thap.txt';
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

const entries = parseAgencyTable(read(TABLE_FILE), TABLE_FILE);
const index = buildAgencyIndex(entries);
const split = (cell: string, line = 1) => splitAgencyCell(cell, index, { file: SEED_FILE, line, column: 'Cơ quan chủ trì' });

/** The appendix task rows of the real seed: first cell a number like "1.1" or "13". */
const taskRows = read(SEED_FILE)
  .split('\n')
  .map((text, i) => ({ line: i + 1, cells: text.split('\t') }))
  .filter(({ cells }) => cells.length === 6 && /^\d+(\.\d+)*$/.test(cells[0]!));

const HEADER = 'id,name,short_name,kind,is_collective,aliases,note,plan_section_ids';
const ROW_A = 'so-a,Sở A,,provincial_department,false,Sở A,,';

describe('normaliseAgencyName', () => {
  it('folds case, spaces, trailing punctuation and old/new tone placement', () => {
    expect(normaliseAgencyName('  Văn phòng   Tỉnh uỷ ')).toBe(normaliseAgencyName('Văn phòng Tỉnh ủy'));
    expect(normaliseAgencyName('Sở Văn hoá')).toBe(normaliseAgencyName('Sở Văn hóa'));
    expect(normaliseAgencyName('Các bộ, ngành TW;')).toBe('các bộ, ngành tw');
    expect(normaliseAgencyName('Các sở ,ban,ngành tỉnh')).toBe('các sở, ban, ngành tỉnh');
    expect(normaliseAgencyName('Sở Công thương'.normalize('NFD'))).toBe(normaliseAgencyName('Sở Công Thương'));
    // The tone stays on the last vowel before a final consonant, whatever the style.
    expect(normaliseAgencyName('hoàn')).toBe('hoàn');
  });
});

describe('the real agency table', () => {
  it('is sorted by id and covers every part-V section', () => {
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    const sections = entries.flatMap((e) => e.plan_section_ids);
    expect(new Set(sections)).toEqual(new Set(['V.1', 'V.2', 'V.3', 'V.4', 'V.5', 'V.6', 'V.7', 'V.8']));
    expect(entries.filter((e) => e.plan_section_ids.includes('V.1')).map((e) => e.id)).toEqual([
      'cac-so-ban-nganh-tinh',
      'ubnd-huyen-thanh-pho',
    ]);
  });

  it('has 90 appendix task rows whose agency cells all split', () => {
    expect(taskRows).toHaveLength(90);
    for (const { line, cells } of taskRows) {
      const lead = splitAgencyCell(cellText(cells[2]!), index, { file: SEED_FILE, line, column: 'Cơ quan chủ trì' });
      expect(lead.length, `line ${line}`).toBeGreaterThan(0);
      splitAgencyCell(cellText(cells[3]!), index, { file: SEED_FILE, line, column: 'Cơ quan phối hợp' });
    }
  });

  it('has no row that is neither named in the appendix nor given a part-V section', () => {
    const used = new Set(taskRows.flatMap(({ cells }) => [...split(cells[2]!), ...split(cells[3]!)]));
    const unused = entries.filter((e) => !used.has(e.id) && e.plan_section_ids.length === 0).map((e) => e.id);
    expect(unused).toEqual([]);
  });

  it('has aliases that each name their own body', () => {
    for (const e of entries) for (const alias of e.aliases) expect(findAgency(index, alias)).toBe(e.id);
  });
});

describe('splitAgencyCell on real cells', () => {
  it.each([
    ['Ban QLKKT, UBND huyện, thành phố', ['ban-qlkkt', 'ubnd-huyen-thanh-pho']],
    ['UBND TPCL, UBND HCL', ['ubnd-thanh-pho-cao-lanh', 'ubnd-huyen-cao-lanh']],
    ['Các sở, ban, ngành tỉnh; UBND huyện, thành phố', ['cac-so-ban-nganh-tinh', 'ubnd-huyen-thanh-pho']],
    ['Các bộ, ngành TW;', ['cac-bo-nganh-tw']],
    ['Sở TT&TT; UBND huyện, thành phố', ['so-tttt', 'ubnd-huyen-thanh-pho']],
    ['Công an Tỉnh; Sở KH&ĐT', ['cong-an-tinh', 'so-khdt']],
    ['Sở Thông tin và Truyền thông; Các sở quản lý hạ tầng', ['so-tttt', 'cac-so-quan-ly-ha-tang']],
    ['Các cơ quan Đảng, Nhà nước, mặt trận, tổ chức chính trị - xã hội,', ['cac-co-quan-dang-nha-nuoc-mat-tran']],
    ['Các DN viễn thông, CNTT', ['cac-dn-vien-thong-cntt']],
    ['Các Hiệp hội, doanh nghiệp, Viện, Trường, tổ chức quốc tế', ['cac-hiep-hoi-doanh-nghiep-vien-truong']],
    ['Sở Văn hoá, Thể thao và Du lịch', ['so-vhttdl']],
    [
      'Các sở, ban, ngành tỉnh; UBND huyện, thành phố; Các ngân hàng, tổ chức tài chính',
      ['cac-so-ban-nganh-tinh', 'ubnd-huyen-thanh-pho', 'cac-ngan-hang-to-chuc-tai-chinh'],
    ],
    ['Các sở, ban, ngành tỉnh; UBND huyện, thành phố; đơn vị tư vấn', ['cac-so-ban-nganh-tinh', 'ubnd-huyen-thanh-pho', 'don-vi-tu-van']],
  ])('%s', (cell, ids) => {
    expect(split(cell)).toEqual(ids);
  });

  it('maps spelling variants to one body', () => {
    expect(split('Văn phòng Tỉnh uỷ')).toEqual(split('Văn phòng Tỉnh ủy'));
    expect(split('Sở Công thương')).toEqual(['so-cong-thuong']);
    expect(split('Sở Công Thương')).toEqual(['so-cong-thuong']);
    expect(split('Văn phòng UBND tỉnh')).toEqual(split('Văn phòng UBND Tỉnh'));
    expect(split('Sở TT&TT')).toEqual(split('Sở Thông tin và Truyền thông'));
  });

  it('is robust to tags, empty cells, odd spacing and repeats', () => {
    expect(split('')).toEqual([]);
    expect(split('  ;  ')).toEqual([]);
    expect(split('<i>Sở TT&TT</i>;Sở TT&TT ;UBND huyện,thành phố')).toEqual(['so-tttt', 'ubnd-huyen-thanh-pho']);
  });

  it('throws a SourceError naming the place and the unknown text', () => {
    const e = thrown(() => split('Sở TT&TT; Sở Ngoại vụ, Ban Dân tộc; UBND TPCL', 321));
    expect(e.message).toContain(`${SEED_FILE}:321`);
    expect(e.message).toContain('Sở Ngoại vụ, Ban Dân tộc');
    expect(e.message).toContain('column "Cơ quan chủ trì"');
    expect(e.line).toBe(321);
  });
});

describe('parseAgencyTable on malformed tables', () => {
  const lineOf = (csv: string) => thrown(() => parseAgencyTable(csv, 'bad.csv'));

  it('parses a well-formed row', () => {
    expect(parseAgencyTable(`${HEADER}\n"so-b","Sở B, C",Sở B,provincial_department,false,"Sở B|Sở b, c",note,V.1|V.2\n`, 'x.csv')).toEqual(
      [
        {
          id: 'so-b',
          name: 'Sở B, C',
          short_name: 'Sở B',
          kind: 'provincial_department',
          is_collective: false,
          aliases: ['Sở B', 'Sở b, c'],
          note: 'note',
          plan_section_ids: ['V.1', 'V.2'],
          line: 2,
        },
      ],
    );
  });

  it('rejects a bad kind at its line', () => {
    const e = lineOf(`${HEADER}\n${ROW_A}\n\nso-b,Sở B,,department,false,Sở B,,\n`);
    expect(e.message).toMatch(/^bad\.csv:4: expected kind: Invalid enum value/);
    expect(e.found).toBe('department');
  });

  it('counts lines of quoted fields that span lines', () => {
    const e = lineOf(`${HEADER}\n${ROW_A}\nso-b,Sở B,,provincial_department,false,Sở B,"two\nlines",\nSo C,Sở C,,other,false,Sở C,,\n`);
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/expected id: must be ASCII kebab-case/);
  });

  it('rejects empty aliases and names', () => {
    expect(lineOf(`${HEADER}\n${ROW_A}\nso-b,Sở B,,other,false, | ,,\n`).message).toMatch(
      /^bad\.csv:3: expected aliases: must list at least one alias/,
    );
    expect(lineOf(`${HEADER}\nso-b,,,other,false,Sở B,,\n`).message).toMatch(/^bad\.csv:2: expected name: must not be empty/);
  });

  it('rejects an is_collective that is not true or false', () => {
    const e = lineOf(`${HEADER}\n${ROW_A}\nso-b,Sở B,,provincial_department,có,Sở B,,\n`);
    expect(e.message).toMatch(/^bad\.csv:3: expected is_collective: must be true or false/);
  });

  it('rejects a duplicate id', () => {
    const e = lineOf(`${HEADER}\n${ROW_A}\nso-a,Sở A2,,other,false,Sở A2,,\n`);
    expect(e.message).toMatch(/^bad\.csv:3: expected a unique id \(already used on line 2\)/);
  });

  it('rejects an alias claimed by two bodies, after normalisation', () => {
    const e = lineOf(
      `${HEADER}\nvp-a,Văn phòng Tỉnh ủy,,party_body,false,Văn phòng Tỉnh ủy,,\nvp-b,Văn phòng B,,party_body,false,VĂN PHÒNG TỈNH UỶ;,,\n`,
    );
    expect(e.message).toMatch(/^bad\.csv:3: expected an alias not already claimed by "vp-a" \(line 2\)/);
  });

  it('rejects a wrong header and a short row', () => {
    expect(lineOf('id,name\nso-a,Sở A\n').line).toBe(1);
    expect(lineOf(`${HEADER}\nso-a,Sở A,,provincial_department\n`).line).toBe(2);
  });

  it('buildAgencyIndex refuses an alias shared by two bodies', () => {
    const base = { short_name: '', kind: 'other' as const, is_collective: false, note: '', plan_section_ids: [], line: 2 };
    expect(() =>
      buildAgencyIndex([
        { ...base, id: 'a', name: 'A', aliases: ['X'] },
        { ...base, id: 'b', name: 'B', aliases: ['x.'] },
      ]),
    ).toThrow(/claimed by both "a" and "b"/);
  });
});
