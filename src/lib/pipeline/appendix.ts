/**
 * The appendix table ("Danh mục các nhiệm vụ trọng tâm"): tab-separated rows with repeated header
 * rows, bold group (I…IV) and sub-group (1, 2 …) rows, and task rows numbered within their group.
 * Pure: lines in, typed rows and an accounting of every line out.
 */
import { SourceError, type SourceWarning } from '../model/errors.ts';
import { cellText } from './text.ts';
import type { AppendixAccounting } from '../model/manifest.ts';

export const APPENDIX_HEADER = [
  'Stt',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Ghi chú',
] as const;

const COLUMN_COUNT = APPENDIX_HEADER.length;

export interface AppendixGroup {
  id: string; // "I"
  title: string;
  source_line: number;
}

export interface AppendixSubgroup {
  id: string; // "I.4"
  group_id: string;
  number: string; // "4"
  title: string;
  source_line: number;
}

/** A task row with its cells as plain text (tags stripped), before agencies and time frames are resolved. */
export interface AppendixTaskRow {
  id: string; // path: "I.4.6", "II.9", "III.13"
  group_id: string;
  subgroup_id: string | null;
  number: string; // as written: "4.6", "9", "13"
  content: string;
  lead_agencies_text: string;
  cooperating_agencies_text: string;
  timeframe_text: string;
  note_text: string;
  source_line: number;
}

/** Every line of the appendix, by what it turned out to be; the build fails unless it balances. */
export interface ParsedAppendix {
  groups: AppendixGroup[];
  subgroups: AppendixSubgroup[];
  tasks: AppendixTaskRow[];
  accounting: AppendixAccounting;
  warnings: SourceWarning[];
  /** Numbers the appendix skips (III.10.4), with the line of the row after the gap. */
  gaps: NumberingGap[];
}

export interface NumberingGap {
  id: string;
  source_line: number;
}

const BOLD = /^<b>\s*(.*?)\s*<\/b>$/;
const ROMAN = /^[IVXLCDM]+$/;

/**
 * Parses the appendix starting at `startLine` (1-based, the first header row) to the end of `lines`.
 * Throws a SourceError for a malformed row; numbering gaps become warnings.
 */
export function parseAppendix(lines: string[], startLine: number, file: string): ParsedAppendix {
  const groups: AppendixGroup[] = [];
  const subgroups: AppendixSubgroup[] = [];
  const tasks: AppendixTaskRow[] = [];
  const warnings: SourceWarning[] = [];
  const gaps: NumberingGap[] = [];
  const seenIds = new Map<string, number>();
  const lastLine = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const acc: AppendixAccounting = {
    first_line: startLine,
    last_line: lastLine,
    rows_read: 0,
    task_rows: 0,
    group_rows: 0,
    subgroup_rows: 0,
    header_rows: 0,
    blank_rows: 0,
  };

  let group: AppendixGroup | null = null;
  let subgroup: AppendixSubgroup | null = null;
  // Item numbers seen at each level, to report gaps: key "I" (group level) or "I.4" (in a sub-group).
  const lastNumberAt = new Map<string, number>();

  const checkSequence = (scope: string, n: number, line: number, label: string) => {
    const prev = lastNumberAt.get(scope) ?? 0;
    if (n <= prev) {
      throw new SourceError(file, line, `${label} numbered after ${prev} in ${scope}`, String(n));
    }
    if (n > prev + 1) {
      const missing = Array.from({ length: n - prev - 1 }, (_, i) => `${scope}.${prev + 1 + i}`);
      warnings.push({ file, line, message: `numbering gap: ${missing.join(', ')} not in the appendix` });
      gaps.push(...missing.map((id) => ({ id, source_line: line })));
    }
    lastNumberAt.set(scope, n);
  };

  for (let lineNo = startLine; lineNo <= lastLine; lineNo++) {
    const raw = lines[lineNo - 1]!;
    acc.rows_read++;
    if (raw.trim() === '') {
      acc.blank_rows++;
      continue;
    }
    const cells = raw.split('\t');
    if (cells.length !== COLUMN_COUNT) {
      throw new SourceError(
        file,
        lineNo,
        `${COLUMN_COUNT} tab-separated cells (${APPENDIX_HEADER.join(' | ')})`,
        `${cells.length} cells: ${raw}`,
      );
    }
    const plain = cells.map(cellText);
    if (plain[0] === APPENDIX_HEADER[0]) {
      APPENDIX_HEADER.forEach((name, i) => {
        if (plain[i] !== name) throw new SourceError(file, lineNo, `header cell "${name}" in column ${i + 1}`, plain[i]);
      });
      acc.header_rows++;
      continue;
    }

    const bold = BOLD.exec(cells[0]!.trim());
    if (bold) {
      const label = bold[1]!;
      const title = plain[1]!;
      if (!title) throw new SourceError(file, lineNo, 'a title in column 2 of a group row', raw);
      if (plain.slice(2).some((c) => c !== '')) {
        throw new SourceError(file, lineNo, 'empty agency, time and note cells on a group row', raw);
      }
      if (ROMAN.test(label)) {
        const expected = toRoman(groups.length + 1);
        if (label !== expected) throw new SourceError(file, lineNo, `group ${expected}`, label);
        group = { id: label, title, source_line: lineNo };
        groups.push(group);
        subgroup = null;
        acc.group_rows++;
        continue;
      }
      if (/^\d+$/.test(label)) {
        if (!group) throw new SourceError(file, lineNo, 'a group row (I, II …) before the first sub-group', raw);
        checkSequence(group.id, Number(label), lineNo, 'a sub-group');
        subgroup = { id: `${group.id}.${label}`, group_id: group.id, number: label, title, source_line: lineNo };
        subgroups.push(subgroup);
        acc.subgroup_rows++;
        continue;
      }
      throw new SourceError(file, lineNo, 'a bold group number (I, II …) or sub-group number (1, 2 …)', label);
    }

    const number = plain[0]!;
    const m = /^(\d+)(?:\.(\d+))?$/.exec(number);
    if (!m) throw new SourceError(file, lineNo, 'a task number like "4" or "4.6" in column 1', number);
    if (!group) throw new SourceError(file, lineNo, 'a group row (I, II …) before the first task', raw);
    // "4.6" belongs to the open sub-group 4; a plain number is a task directly under the group and
    // closes any open sub-group (III.13 follows sub-group 12).
    const inSubgroup = m[2] !== undefined;
    if (inSubgroup && (!subgroup || subgroup.number !== m[1])) {
      throw new SourceError(file, lineNo, `a task of the open sub-group ${subgroup?.id ?? '(none)'}`, number);
    }
    const id = `${group.id}.${number}`;
    const previous = seenIds.get(id);
    if (previous !== undefined) {
      throw new SourceError(file, lineNo, `a unique task id (${id} is already on line ${previous})`, number);
    }
    if (inSubgroup) {
      checkSequence(subgroup!.id, Number(m[2]), lineNo, 'a task');
    } else {
      checkSequence(group.id, Number(m[1]), lineNo, 'a task');
      subgroup = null;
    }
    const subgroupId = inSubgroup ? subgroup!.id : null;
    seenIds.set(id, lineNo);
    const [, content, lead, cooperating, timeframe, notes] = plain as [string, string, string, string, string, string];
    if (!content) throw new SourceError(file, lineNo, 'the task content in column 2', raw);
    if (!lead) throw new SourceError(file, lineNo, 'a lead agency in column 3', raw);
    if (!timeframe) throw new SourceError(file, lineNo, 'a time frame in column 5', raw);
    tasks.push({
      id,
      group_id: group.id,
      subgroup_id: subgroupId,
      number,
      content,
      lead_agencies_text: lead,
      cooperating_agencies_text: cooperating,
      timeframe_text: timeframe,
      note_text: notes,
      source_line: lineNo,
    });
    acc.task_rows++;
  }

  const balanced = acc.task_rows + acc.group_rows + acc.subgroup_rows + acc.header_rows + acc.blank_rows;
  if (balanced !== acc.rows_read) {
    throw new SourceError(file, lastLine, `the appendix accounting to balance (${acc.rows_read} rows read)`, String(balanced));
  }
  if (tasks.length === 0) throw new SourceError(file, startLine, 'at least one task row in the appendix');
  return { groups, subgroups, tasks, accounting: acc, warnings, gaps };
}

/** 1 → "I", 14 → "XIV"; groups are numbered in Roman numerals and must follow each other. */
export function toRoman(n: number): string {
  const digits: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, glyph] of digits) {
    while (n >= value) {
      out += glyph;
      n -= value;
    }
  }
  return out;
}
