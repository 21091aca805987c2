import { describe, expect, it } from 'vitest';
import { parseAppendix } from '../../../src/lib/pipeline/appendix.ts';
import { lineStarting, seedLines } from '../../helpers/seed.ts';
import { thrown } from '../../helpers/source-errors.ts';

const FILE = 'seed.txt';
const start = () => lineStarting('Stt\t');

/** Parses a copy of the real seed with `edit` applied to its lines. */
function parseMutated(edit: (lines: string[]) => void) {
  const lines = seedLines();
  edit(lines);
  return parseAppendix(lines, start(), FILE);
}

describe('parseAppendix on the real seed', () => {
  const parsed = parseAppendix(seedLines(), start(), FILE);

  it('finds the 90 tasks, 4 groups and 14 sub-groups', () => {
    expect(parsed.tasks).toHaveLength(90);
    expect(parsed.groups.map((g) => g.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(parsed.subgroups).toHaveLength(14);
  });

  it('accounts for every line of the appendix', () => {
    const a = parsed.accounting;
    expect(a.first_line).toBe(317);
    expect(a.last_line).toBe(seedLines().length);
    expect(a.rows_read).toBe(a.last_line - a.first_line + 1);
    expect(a.task_rows + a.group_rows + a.subgroup_rows + a.header_rows + a.blank_rows).toBe(a.rows_read);
    const headerLines = seedLines().filter((l) => l.startsWith('Stt\t')).length;
    expect(a.header_rows).toBe(headerLines);
  });

  it('gives tasks their path as id, including direct tasks and III.13 after a sub-group', () => {
    const ids = parsed.tasks.map((t) => t.id);
    expect(ids.slice(0, 3)).toEqual(['I.1.1', 'I.1.2', 'I.1.3']);
    expect(ids).toContain('II.9');
    expect(ids).toContain('IV.4.1');
    const t13 = parsed.tasks.find((t) => t.id === 'III.13')!;
    expect(t13.subgroup_id).toBeNull();
    expect(t13.content).toBe('Xây dựng thí điểm mô hình Làng thông minh và phối hợp đề xuất nhân rộng mô hình');
    expect(t13.cooperating_agencies_text).toBe('UBND TPCL, UBND HCL');
  });

  it('reads I.4.6 as written, tags stripped and the spaces around tagged words removed', () => {
    const t = parsed.tasks.find((x) => x.id === 'I.4.6')!;
    expect(t.source_line).toBe(359);
    expect(t.subgroup_id).toBe('I.4');
    expect(t.content).toContain('Công dữ liệu mở theo các tiêu chuẩn mở'); // typo kept as written
    expect(t.content).toContain('(data.gov.vn)');
    expect(t.content).not.toMatch(/<\/?i>/);
    expect(t.timeframe_text).toBe('2022 - 2030');
  });

  it('warns about the gap III.10.4 instead of failing', () => {
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]!.message).toContain('III.10.4');
    expect(parsed.warnings[0]!.line).toBe(lineStarting('10.5\t'));
  });
});

describe('parseAppendix on bad input', () => {
  it('rejects a row with the wrong number of cells, naming the line', () => {
    const line = lineStarting('1.3\t');
    const err = thrown(() => parseMutated((l) => (l[line - 1] = l[line - 1]!.replace(/\t[^\t]*$/, ''))));
    expect(err.message).toMatch(new RegExp(`^${FILE}:${line}: expected 6 tab-separated cells`));
  });

  it('rejects an extra cell', () => {
    const line = lineStarting('2.1\t');
    const err = thrown(() => parseMutated((l) => (l[line - 1] += '\textra')));
    expect(err.line).toBe(line);
  });

  it('rejects a duplicate task id, naming both lines', () => {
    const first = lineStarting('1.2\t');
    const second = lineStarting('1.3\t');
    const err = thrown(() => parseMutated((l) => (l[second - 1] = l[second - 1]!.replace(/^1\.3/, '1.2'))));
    expect(err.message).toBe(`${FILE}:${second}: expected a unique task id (I.1.2 is already on line ${first}), found "1.2"`);
  });

  it('rejects numbering that goes backwards', () => {
    const line = lineStarting('1.4\t');
    const err = thrown(() => parseMutated((l) => (l[line - 1] = l[line - 1]!.replace(/^1\.4/, '1.0'))));
    expect(err.message).toContain(`${FILE}:${line}: expected a task numbered after 3 in I.1`);
  });

  it('rejects a task of a sub-group that is not open', () => {
    const line = lineStarting('3.1\t');
    const err = thrown(() => parseMutated((l) => (l[line - 1] = l[line - 1]!.replace(/^3\.1/, '7.1'))));
    expect(err.message).toContain(`${FILE}:${line}: expected a task of the open sub-group I.3`);
  });

  it('rejects a changed header row', () => {
    const line = start();
    const err = thrown(() => parseMutated((l) => (l[line - 1] = l[line - 1]!.replace('Ghi chú', 'Ghi chu'))));
    expect(err.message).toContain(`${FILE}:${line}: expected header cell "Ghi chú"`);
  });

  it('rejects a task without a lead agency', () => {
    const line = lineStarting('2.2\t');
    const err = thrown(() =>
      parseMutated((l) => {
        const cells = l[line - 1]!.split('\t');
        cells[2] = '';
        l[line - 1] = cells.join('\t');
      }),
    );
    expect(err.message).toContain('a lead agency in column 3');
  });

  it('rejects a group row out of order', () => {
    const line = lineStarting('<b>III</b>');
    const err = thrown(() => parseMutated((l) => (l[line - 1] = l[line - 1]!.replace('<b>III</b>', '<b>IV</b>'))));
    expect(err.message).toContain(`${FILE}:${line}: expected group III`);
  });

  it('warns, not fails, on a new gap', () => {
    const line = lineStarting('1.5\t');
    const parsed = parseMutated((l) => l.splice(line - 1, 1));
    expect(parsed.tasks).toHaveLength(89);
    expect(parsed.warnings.map((w) => w.message).join('\n')).toContain('I.1.5');
  });
});
