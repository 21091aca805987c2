/**
 * Gate: a corpus of bad inputs — mutated copies of the real seed and of the curated tables in
 * content/. Each case either builds (and the repair or the escaping is checked) or stops the data
 * stage with `file:line: expected …` at a stated line, leaving the previous output byte for byte as
 * it was. The cases run in-process (runDataStage, the CLI's own code) for speed; a few run the CLI
 * as a user would, for its exit code and messages.
 */
import { mkdirSync, readFileSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT, DEFAULT_SEED, runDataStage, type DataStageResult } from '../../scripts/lib/data-stage.ts';
import { buildData, mutatedContent, mutatedSeed, scratch, snapshotDir } from '../helpers/cli.ts';
import { rejected as rejectedWith } from '../helpers/source-errors.ts';
import { ROOT, contentText, lineStarting, seedLines, seedText } from '../helpers/seed.ts';
import { REVIEW_DATE } from '../helpers/content-release.ts';

interface Inputs {
  seed?: string;
  content?: string;
}
type Outcome =
  | { builds: true; check: (r: DataStageResult, out: string) => void }
  /** `file` ends the path in the message (e.g. "seed.txt", "content/agencies.csv"). */
  | { fails: RegExp; file: string; line: number };
interface Case {
  name: string;
  input: (dir: string) => Inputs;
  expect: Outcome;
}

// ---- building mutated inputs ---------------------------------------------------------------

const seed = (edit: (lines: string[]) => void) => (dir: string) => ({ seed: mutatedSeed(dir, edit) });
const seedBytes = (make: (text: string) => Buffer | string) => (dir: string) => {
  const path = join(dir, 'seed.txt');
  writeFileSync(path, make(seedText()));
  return { seed: path };
};
/** The seed with cell `col` (0-based) of line `n` replaced. */
const cell = (n: number, col: number, value: (old: string) => string) =>
  seed((l) => {
    const c = l[n - 1]!.split('\t');
    c[col] = value(c[col]!);
    l[n - 1] = c.join('\t');
  });
const content = (file: string, edit: (text: string) => string) => (dir: string) => ({ content: mutatedContent(dir, file, edit) });
const contentBytes = (file: string, make: (text: string) => Buffer) => (dir: string) => {
  const dirContent = mutatedContent(dir, file, (t) => t);
  writeFileSync(join(dirContent, file), make(contentText(file)));
  return { content: dirContent };
};
/** A curated table with its line `n` (1-based) edited. */
const contentLine = (file: string, n: number, edit: (line: string) => string) =>
  content(file, (t) => {
    const l = t.split('\n');
    l[n - 1] = edit(l[n - 1]!);
    return l.join('\n');
  });
/** The 1-based line of a curated file's first line starting with `prefix`. */
const rowLineOf = (file: string, prefix: string) => {
  const i = contentText(file)
    .split('\n')
    .findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starting ${prefix} in ${file}`);
  return i + 1;
};
/** The 1-based line of a curated file's first line containing `text`. */
const lineOf = (file: string, text: string) => {
  const i = contentText(file)
    .split('\n')
    .findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`no line with ${text} in ${file}`);
  return i + 1;
};
/** The 1-based line of a curated table's row whose first field is `id`. */
const rowLine = (file: string, id: string) => rowLineOf(file, `${id},`);
/** A day of the year after the review (content/release.json's date), when no curated date may fall. */
const afterReview = (monthDay: string) => `${Number(REVIEW_DATE.slice(0, 4)) + 1}-${monthDay}`;
const replaceOnce = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, to);
};
/** One text of a curated file replaced, and the stop it must cause in that file: the message and the line. */
type Replacement = [file: string, what: string, from: string, to: string, fails: RegExp, line: number];
/** Cases that each replace one text (which must occur) in a curated file; each is named "<file>: <what>". */
const replacing = (replacements: Replacement[]): Case[] =>
  replacements.map(([file, what, from, to, fails, line]) => ({
    name: `${file}: ${what}`,
    input: content(file, (t) => replaceOnce(t, from, to)),
    expect: { fails, file: `content/${file}`, line },
  }));

// ---- what the outputs look like --------------------------------------------------------------

let work: string;
let out: string;
let before: Map<string, Buffer>;

const csvRows = (dir: string, name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
    .data;
const sameTasks = (dir: string) => expect(readFileSync(join(dir, 'tasks.csv')).equals(readFileSync(join(out, 'tasks.csv')))).toBe(true);
const warned = (r: DataStageResult, message: RegExp) =>
  expect(r.output.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toContainEqual(expect.stringMatching(message));

// ---- the corpus --------------------------------------------------------------------------------

const L = {
  t22: lineStarting('2.2\t'),
  t32: lineStarting('3.2\t'),
  t43: lineStarting('4.3\t'),
  t44: lineStarting('4.4\t'),
  t72: lineStarting('7.2\t'),
  t73: lineStarting('7.3\t'),
  t93: lineStarting('9.3\t'),
  t105: lineStarting('10.5\t'),
  t111: lineStarting('11.1\t'),
  header: lineStarting('Stt\t'),
  appendixTitle: seedLines().findIndex((l) => l.includes('**Phụ lục**')) + 1,
  groupI: lineStarting('<b>I</b>\t'),
  groupIII: lineStarting('<b>III</b>\t'),
  sub4: lineStarting('<b>4</b>\t'),
  sectionII: lineStarting('## **II. MỤC TIÊU**'),
  sectionIII: lineStarting('## **III. NHIỆM VỤ VÀ GIẢI PHÁP**'),
  goals2025: lineStarting('### **2. Mục tiêu cụ thể đến năm 2025**'),
  pillarA: lineStarting('#### ***a) Chính quyền số***'),
  firstTarget: lineStarting('- 100% thủ tục hành chính có đủ điều kiện'),
  cites749: lineStarting('- Phổ biến, quán triệt, triển khai thực hiện Quyết định số 749/QĐ-TTg'),
};
const INJECTION = '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) " onmouseover="x';

const CASES: Case[] = [
  // The appendix table
  {
    name: 'an unknown agency in a lead cell',
    input: cell(L.t22, 2, () => 'Sở Ngoại vụ'),
    expect: { fails: /expected a known agency .*"Cơ quan chủ trì".*found "Sở Ngoại vụ"/, file: 'seed.txt', line: L.t22 },
  },
  {
    name: 'an unknown agency among cooperating agencies',
    input: seed(
      (l) =>
        (l[L.t111 - 1] = replaceOnce(l[L.t111 - 1]!, 'Ban QLKKT, UBND huyện, thành phố', 'Ban QLKKT, Sở Ngoại vụ, UBND huyện, thành phố')),
    ),
    expect: { fails: /expected a known agency .*found "Sở Ngoại vụ"/, file: 'seed.txt', line: L.t111 },
  },
  {
    name: 'a missing cell (5 of 6)',
    input: seed((l) => (l[L.t43 - 1] = l[L.t43 - 1]!.split('\t').slice(0, 5).join('\t'))),
    expect: { fails: /expected 6 tab-separated cells .*found "5 cells/, file: 'seed.txt', line: L.t43 },
  },
  {
    name: 'an extra cell (7 of 6)',
    input: seed((l) => (l[L.t43 - 1] = `${l[L.t43 - 1]}\tthêm`)),
    expect: { fails: /expected 6 tab-separated cells .*found "7 cells/, file: 'seed.txt', line: L.t43 },
  },
  {
    name: 'an empty task content cell',
    input: cell(L.t43, 1, () => ''),
    expect: { fails: /expected the task content in column 2/, file: 'seed.txt', line: L.t43 },
  },
  {
    name: 'an empty lead agency cell',
    input: cell(L.t43, 2, () => ''),
    expect: { fails: /expected a lead agency in column 3/, file: 'seed.txt', line: L.t43 },
  },
  {
    name: 'a duplicate task id',
    input: seed((l) => (l[L.t73 - 1] = l[L.t73 - 1]!.replace(/^7\.3/, '7.2'))),
    expect: { fails: new RegExp(`expected a unique task id \\(I\\.7\\.2 is already on line ${L.t72}\\)`), file: 'seed.txt', line: L.t73 },
  },
  {
    name: 'broken numbering: a task number jumps ahead (4.3 → 4.9), so 4.4 comes after 4.9',
    input: seed((l) => (l[L.t43 - 1] = l[L.t43 - 1]!.replace(/^4\.3/, '4.9'))),
    expect: { fails: /expected a task numbered after 9 in I\.4, found "4"/, file: 'seed.txt', line: L.t44 },
  },
  {
    name: 'broken numbering: a sub-group row out of order (4 → 6)',
    input: seed((l) => (l[L.sub4 - 1] = l[L.sub4 - 1]!.replace('<b>4</b>', '<b>6</b>'))),
    expect: { fails: /expected a task of the open sub-group I\.6, found "4\.1"/, file: 'seed.txt', line: L.sub4 + 1 },
  },
  {
    name: 'broken numbering: a group row out of order (III → V)',
    input: seed((l) => (l[L.groupIII - 1] = l[L.groupIII - 1]!.replace('<b>III</b>', '<b>V</b>'))),
    expect: { fails: /expected group III, found "V"/, file: 'seed.txt', line: L.groupIII },
  },
  {
    name: 'a task row before the first group row',
    input: seed((l) => l.splice(L.groupI - 1, 0, '1.1\tNhiệm vụ\tSở Nội vụ\t\tNăm 2022\t')),
    expect: { fails: /expected a group row \(I, II …\) before the first task/, file: 'seed.txt', line: L.groupI },
  },
  {
    name: 'a renamed column in the appendix header',
    input: seed((l) => (l[L.header - 1] = replaceOnce(l[L.header - 1]!, 'Nội dung nhiệm vụ', 'Nội dung'))),
    expect: { fails: /expected header cell "Nội dung nhiệm vụ" in column 2, found "Nội dung"/, file: 'seed.txt', line: L.header },
  },
  {
    name: 'an unknown time frame',
    input: cell(L.t32, 4, () => 'Sớm nhất có thể'),
    expect: { fails: /expected a time frame: "Hàng năm", "Năm 2022"/, file: 'seed.txt', line: L.t32 },
  },
  {
    name: 'a bad time frame: quarter V',
    input: cell(L.t43, 4, () => 'Quý V/2022'),
    expect: { fails: /expected a time frame: .*found "Quý V\/2022"/, file: 'seed.txt', line: L.t43 },
  },
  {
    name: 'a bad time frame: a range that ends before it starts',
    input: cell(L.t43, 4, () => '2025 - 2022'),
    expect: { fails: /expected a year range whose end is not before its start, found "2025 - 2022"/, file: 'seed.txt', line: L.t43 },
  },
  {
    name: 'a bad time frame: year 1999',
    input: cell(L.t43, 4, () => 'Năm 1999'),
    expect: { fails: /expected a year between 2000 and 2100 in the time frame, found "Năm 1999"/, file: 'seed.txt', line: L.t43 },
  },
  {
    name: 'an unknown legal document in a note',
    input: seed((l) => (l[L.t72 - 1] = replaceOnce(l[L.t72 - 1]!, 'Chỉ thị 14/CT-TTg', 'Chỉ thị 99/CT-TTg'))),
    expect: { fails: /expected a legal document listed in content\/legal_documents\.csv.*99\/CT-TTg/, file: 'seed.txt', line: L.t72 },
  },
  {
    name: 'an unknown legal document in the body',
    input: seed((l) => (l[L.cites749 - 1] = replaceOnce(l[L.cites749 - 1]!, '749/QĐ-TTg', '7490/QĐ-TTg'))),
    expect: {
      fails: /expected a legal document listed in content\/legal_documents\.csv, found "7490\/QĐ-TTg"/,
      file: 'seed.txt',
      line: L.cites749,
    },
  },
  {
    name: 'no appendix (the file ends before the table)',
    input: seedBytes((t) => t.slice(0, t.indexOf('Stt\t'))),
    // Reported at the last line of the file.
    expect: {
      fails: /expected the appendix header row starting with 'Stt<TAB>', found "end of file"/,
      file: 'seed.txt',
      line: L.header - 1,
    },
  },
  {
    name: 'a truncated seed (cut at the appendix title)',
    input: seedBytes((t) => t.slice(0, t.indexOf('**Phụ lục**'))),
    expect: {
      fails: /expected the appendix header row starting with 'Stt<TAB>', found "end of file"/,
      file: 'seed.txt',
      line: L.appendixTitle - 1,
    },
  },
  {
    name: 'an appendix with its header and no task row',
    input: seedBytes((t) => t.slice(0, t.indexOf('<b>I</b>'))),
    expect: { fails: /expected at least one task row in the appendix/, file: 'seed.txt', line: L.header },
  },
  // The body's outline and targets
  {
    name: 'a heading the parser cannot place in the outline',
    input: seed((l) => l.splice(L.pillarA - 1, 0, '## **Ghi chú thêm**', '')),
    expect: { fails: /expected /, file: 'seed.txt', line: L.pillarA },
  },
  {
    name: 'a section heading out of order (II. → IV., so III. goes backwards)',
    input: seed((l) => (l[L.sectionII - 1] = '## **IV. MỤC TIÊU**')),
    expect: { fails: /expected a Roman numeral after IV \(numbering must go forward\)/, file: 'seed.txt', line: L.sectionIII },
  },
  {
    name: 'a duplicate sub-section number (2. → 1. under II)',
    input: seed((l) => (l[L.goals2025 - 1] = '### **1. Mục tiêu cụ thể đến năm 2025**')),
    expect: { fails: /expected a section id not used before \(II\.1 is a duplicate\)/, file: 'seed.txt', line: L.goals2025 },
  },
  {
    name: 'a target statement that cannot be parsed',
    input: seed((l) => (l[L.firstTarget - 1] = '- Phần lớn thủ tục hành chính được cung cấp trực tuyến;')),
    expect: { fails: /expected a target statement \("Trên X% …"/, file: 'seed.txt', line: L.firstTarget },
  },
  {
    // The ranking goal's clause is not read, so the curated row that measures it names the missing target.
    name: 'a ranking goal without a number (caught by the indicator that measures it)',
    input: seed(
      (l) =>
        (l[lineStarting('- Phấn đấu đến năm 2025') - 1] = replaceOnce(
          l[lineStarting('- Phấn đấu đến năm 2025') - 1]!,
          'nằm trong nhóm 25',
          'nằm trong nhóm đầu',
        )),
    ),
    expect: {
      fails: /expected target_2025_id: a target id of the plan .*found "II\.1\.rank-2025"/,
      file: 'content/indicators.csv',
      line: rowLine('indicators.csv', 'dti-rank'),
    },
  },
  // Bytes and encodings
  {
    name: 'an empty seed',
    input: seedBytes(() => ''),
    expect: { fails: /expected a non-empty UTF-8 text file/, file: 'seed.txt', line: 1 },
  },
  {
    name: 'a Latin-1 seed',
    input: seedBytes((t) => Buffer.from(t, 'latin1')),
    // Line 3 is the first with a letter outside ASCII ("KẾ HOẠCH").
    expect: { fails: /expected UTF-8 text, found "invalid byte/, file: 'seed.txt', line: 3 },
  },
  {
    name: 'a UTF-16 seed (with its BOM)',
    input: seedBytes((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])),
    expect: { fails: /expected UTF-8 text, found "invalid byte 0xff at byte 0"/, file: 'seed.txt', line: 1 },
  },
  {
    name: 'a NUL character in the seed',
    input: seed((l) => (l[L.t43 - 1] = `${l[L.t43 - 1]}\u0000`)),
    expect: {
      fails: /expected text without control, direction or invisible characters \(column \d+\), found "U\+0000 \(NULL\)"/,
      file: 'seed.txt',
      line: L.t43,
    },
  },
  {
    name: 'a noncharacter U+FFFE in the seed (it made the workbooks unreadable)',
    input: cell(L.t43, 1, (c) => `${c.slice(0, 10)}\uFFFE${c.slice(10)}`),
    expect: {
      fails: /expected text without control, direction or invisible characters \(column \d+\), found "U\+FFFE \(noncharacter\)"/,
      file: 'seed.txt',
      line: L.t43,
    },
  },
  ...replacing([
    [
      'task_status.csv',
      "Word's line break U+000B in a summary (it made the RSS feed invalid XML)",
      '\nIV.4.1,2022-12-20,done,',
      '\nIV.4.1,2022-12-20,done,Dòng một\u000B',
      /\(column 32\), found "U\+000B \(LINE TABULATION\)"/,
      rowLineOf('task_status.csv', 'IV.4.1,'),
    ],
    [
      'agencies.csv',
      'a right-to-left override in a name',
      'ban-qlkkt,Ban Quản lý',
      'ban-qlkkt,Ban \u202EQuản lý',
      /\(column 15\), found "U\+202E \(RIGHT-TO-LEFT OVERRIDE\)"/,
      rowLine('agencies.csv', 'ban-qlkkt'),
    ],
    [
      'indicators.csv',
      'a zero-width space in an id',
      '\ndti-mekong-lead,',
      '\ndti-mekong\u200B-lead,',
      /found "U\+200B \(ZERO WIDTH SPACE\)"/,
      rowLine('indicators.csv', 'dti-mekong-lead'),
    ],
    [
      'progress.csv',
      'DEL in a note',
      'Tỉnh Đồng Tháp (cũ) nằm ở dòng',
      'Tỉnh Đồng Tháp (cũ)\u007F nằm ở dòng',
      /found "U\+007F \(DELETE\)"/,
      rowLineOf('progress.csv', 'dti-rank,2022,'),
    ],
    [
      'legal_documents.csv',
      'a C1 control (U+0085 NEXT LINE) in a title',
      'về chuyển đổi số tỉnh Đồng Tháp,',
      'về chuyển đổi số\u0085tỉnh Đồng Tháp,',
      /found "U\+0085 \(NEXT LINE\)"/,
      rowLine('legal_documents.csv', '04-nq-tu'),
    ],
    [
      'agency_successors.csv',
      'a byte order mark inside the file',
      '\nso-gtvt,',
      '\n\uFEFFso-gtvt,',
      /\(column 1\), found "U\+FEFF \(ZERO WIDTH NO-BREAK SPACE\)"/,
      rowLine('agency_successors.csv', 'so-gtvt'),
    ],
    [
      'bao-cao/2023.mdx',
      'a directional isolate in the text (reports are inputs like the others)',
      '## Tóm tắt',
      '## Tóm \u2066tắt',
      /found "U\+2066 \(LEFT-TO-RIGHT ISOLATE\)"/,
      lineOf('bao-cao/2023.mdx', '## Tóm tắt'),
    ],
    [
      'plan_period.json',
      'a noncharacter in the note',
      '"note": "',
      '"note": "\uFDD0',
      /found "U\+FDD0 \(noncharacter\)"/,
      lineOf('plan_period.json', '"note"'),
    ],
  ]),
  {
    name: 'a changed committed seed (checksum recorded beside it)',
    input: (dir) => {
      const seeds = join(dir, 'seeds');
      mkdirSync(seeds, { recursive: true });
      copyFileSync(join(ROOT, 'seeds', 'SHA256SUMS'), join(seeds, 'SHA256SUMS'));
      return {
        seed: mutatedSeed(seeds, (l) => (l[6] = l[6]!.replace('Ủy ban nhân dân Tỉnh', 'UBND Tỉnh')), 'ke-hoach-04-NQ-TU-dong-thap.txt'),
      };
    },
    expect: { fails: /expected sha256 f92f9fc0.* as recorded in .*SHA256SUMS/, file: 'ke-hoach-04-NQ-TU-dong-thap.txt', line: 1 },
  },
  // Curated tables
  ...replacing([
    [
      'agencies.csv',
      'an unknown kind',
      'Ban QLKKT,provincial_office',
      'Ban QLKKT,ministry',
      /expected kind: Invalid enum value.*found "ministry"/,
      rowLine('agencies.csv', 'ban-qlkkt'),
    ],
  ]),
  {
    name: 'agencies.csv: a duplicate id',
    input: content('agencies.csv', (t) => {
      const l = t.split('\n');
      l.splice(3, 0, l[2]!);
      return l.join('\n');
    }),
    expect: { fails: /expected a unique id \(already used on line 3\)/, file: 'content/agencies.csv', line: 4 },
  },
  {
    name: "agencies.csv: an alias that is another agency's name",
    input: content('agencies.csv', (t) =>
      replaceOnce(
        t,
        'Ban QLKKT,provincial_office,false,Ban QLKKT,',
        'Ban QLKKT,provincial_office,false,Ban QLKKT|Bảo hiểm xã hội tỉnh Đồng Tháp,',
      ),
    ),
    expect: {
      fails: /expected an alias not already claimed by "ban-qlkkt" \(line 2\)/,
      file: 'content/agencies.csv',
      line: rowLine('agencies.csv', 'bhxh-tinh'),
    },
  },
  ...replacing([
    [
      'agencies.csv',
      'is_collective neither true nor false',
      'Ban QLKKT,provincial_office,false,',
      'Ban QLKKT,provincial_office,có,',
      /expected is_collective: must be true or false/,
      rowLine('agencies.csv', 'ban-qlkkt'),
    ],
    [
      'agencies.csv',
      'a missing column',
      ',plan_section_ids\n',
      '\n',
      /expected the header id,name,short_name,kind,is_collective,aliases,note,plan_section_ids/,
      1,
    ],
  ]),
  {
    name: 'agencies.csv: an extra cell in a row',
    input: contentLine('agencies.csv', 6, (l) => `${l},x`),
    expect: { fails: /expected a row of 8 fields, found "Too many fields/, file: 'content/agencies.csv', line: 6 },
  },
  {
    // Every agency of the plan has a row in the successor table, which is read with the curated tables,
    // before the appendix's agency cells are resolved: the dangling successor row is what stops the build.
    // (An agency name the table does not know, in the seed itself, is the case of lines 126 and 134.)
    name: 'agencies.csv: an agency the plan and the successor table name is removed',
    input: content('agencies.csv', (t) =>
      t
        .split('\n')
        .filter((l) => !l.startsWith('so-gtvt,'))
        .join('\n'),
    ),
    expect: {
      fails: /expected agency_id: an agency id of content\/agencies\.csv, found "so-gtvt"/,
      file: 'content/agency_successors.csv',
      line:
        contentText('agency_successors.csv')
          .split('\n')
          .findIndex((l) => l.startsWith('so-gtvt,')) + 1,
    },
  },
  {
    name: 'agencies.csv in Latin-1',
    input: contentBytes('agencies.csv', (t) => Buffer.from(t, 'latin1')),
    expect: { fails: /expected UTF-8 text, found "invalid byte/, file: 'content/agencies.csv', line: 2 },
  },
  {
    name: 'legal_documents.csv: a duplicate id',
    input: content('legal_documents.csv', (t) => {
      const l = t.split('\n');
      l.splice(3, 0, l[2]!);
      return l.join('\n');
    }),
    expect: { fails: /expected an id not already used on line 3/, file: 'content/legal_documents.csv', line: 4 },
  },
  ...replacing([
    [
      'legal_documents.csv',
      'a bad date',
      '2021-12-31',
      '2021-13-45',
      /expected issued_date: an ISO date yyyy-mm-dd or nothing, found "2021-13-45"/,
      rowLine('legal_documents.csv', '04-nq-tu'),
    ],
  ]),
  {
    name: 'legal_documents.csv: truncated inside a quoted field',
    // Cut inside the note of the row of 14/CT-TTg.
    input: content('legal_documents.csv', (t) => t.slice(0, t.indexOf('"Kế hoạch') + 10)),
    expect: {
      fails: /expected a row of 14 fields, found "Quoted field unterminated"/,
      file: 'content/legal_documents.csv',
      line: rowLine('legal_documents.csv', '14-ct-ttg'),
    },
  },
  ...replacing([
    [
      'legal_documents.csv',
      'a validity outside the codes',
      ',in_force,"Có hiệu lực từ ngày 16/6/2025',
      ',valid,"Có hiệu lực từ ngày 16/6/2025',
      /expected validity: one of in_force, partly_repealed, repealed or nothing, found "valid"/,
      rowLine('legal_documents.csv', '72-2025-qh15'),
    ],
    [
      'legal_documents.csv',
      'a validity without the source that says so',
      ',https://doanhnghieptiepthi.com/dong-thap-doi-cach-to-chuc-quan-ly-khu-kinh-te-nhu-the-nao',
      ',',
      /expected validity_source_url: a note and an https source for the validity/,
      rowLine('legal_documents.csv', '1548-qd-ttg'),
    ],
    [
      'indicators.csv',
      'an unknown target id',
      'II.1.rank-2025',
      'II.1.rank-2026',
      /expected target_2025_id: a target id of the plan .*found "II\.1\.rank-2026"/,
      rowLine('indicators.csv', 'dti-rank'),
    ],
    [
      'indicators.csv',
      'an unknown task id',
      ',I.1.6|I.1.7|III.7,',
      ',I.1.6|I.1.99|III.7,',
      /expected task_ids: ids of tasks in the appendix, found "I\.1\.99"/,
      rowLine('indicators.csv', 'dti-rank'),
    ],
    [
      'indicators.csv',
      'a duplicate id',
      '\ndti-mekong-lead,',
      '\ndti-rank,',
      /expected an id not already used on line 2, found "dti-rank"/,
      rowLine('indicators.csv', 'dti-mekong-lead'),
    ],
    [
      'indicators.csv',
      'an unknown pillar',
      '(DTI),overall,',
      '(DTI),everything,',
      /expected pillar: Invalid enum value.*found "everything"/,
      rowLine('indicators.csv', 'dti-rank'),
    ],
  ]),
  {
    name: "indicators.csv: a pillar that is not its target's",
    input: contentLine('indicators.csv', rowLine('indicators.csv', 'dvc-muc-do-4'), (l) =>
      replaceOnce(l, ',digital_government,', ',digital_economy,'),
    ),
    expect: {
      fails: /expected pillar digital_government, the pillar of target II\.2\.a\.1, found "digital_economy"/,
      file: 'content/indicators.csv',
      line: rowLine('indicators.csv', 'dvc-muc-do-4'),
    },
  },
  {
    name: 'indicators.csv: a target left without its indicator row',
    input: content('indicators.csv', (t) =>
      t
        .split('\n')
        // An indicator with no published value: its targets are what the build misses.
        .filter((l) => !l.startsWith('nang-suat-lao-dong,'))
        .join('\n'),
    ),
    expect: { fails: /expected a row measuring target II\.2\.b\.5 \(seed line \d+\)/, file: 'content/indicators.csv', line: 1 },
  },
  ...replacing([
    [
      'progress.csv',
      'an unknown indicator',
      'dvc-muc-do-4,2022',
      'dvc-muc-do-5,2022',
      /expected indicator_id: an indicator id of content\/indicators\.csv, found "dvc-muc-do-5"/,
      rowLineOf('progress.csv', 'dvc-muc-do-4,2022,'),
    ],
    [
      'progress.csv',
      'a source that is not https',
      'https://dti.gov.vn/xep-hang-2022',
      'http://dti.gov.vn/xep-hang-2022',
      /expected source_url: an https URL, found "http:\/\/dti\.gov\.vn\/xep-hang-2022"/,
      rowLineOf('progress.csv', 'dti-rank,2022,'),
    ],
    [
      'progress.csv',
      'a year outside the plan',
      'dti-rank,2022',
      'dti-rank,1999',
      /expected year: a year from 2019 to 2030, found "1999"/,
      rowLineOf('progress.csv', 'dti-rank,2022,'),
    ],
    [
      'progress.csv',
      'a year written as words',
      'dti-rank,2022',
      'dti-rank,năm 2022',
      /expected year: a year yyyy, found "năm 2022"/,
      rowLineOf('progress.csv', 'dti-rank,2022,'),
    ],
    [
      'progress.csv',
      'a value with a decimal comma',
      'dti-rank,2022,39,',
      'dti-rank,2022,"39,5",',
      /expected value: a number \(decimal point, no thousands separator\), found "39,5"/,
      rowLineOf('progress.csv', 'dti-rank,2022,'),
    ],
    [
      'progress.csv',
      'two values for one indicator, year and basis',
      '\nvan-ban-dien-tu,2022',
      '\ndvc-muc-do-4,2022',
      /expected one value per indicator, year, basis and reporting body \(already on line \d+\), found "dvc-muc-do-4\|2022\|province_2022"/,
      rowLineOf('progress.csv', 'van-ban-dien-tu,2022,'),
    ],
    [
      'progress.csv',
      'an unknown qualifier',
      'sme-tmdt,2023,58,at_least,',
      'sme-tmdt,2023,58,trên,',
      /expected qualifier: one of exact, at_least, at_most, approximately, estimate, found "trên"/,
      rowLineOf('progress.csv', 'sme-tmdt,2023,'),
    ],
    [
      'progress.csv',
      'a period that ends before it starts',
      'sme-tmdt,2023,58,at_least,2021-01-01,2023-12-31,',
      'sme-tmdt,2023,58,at_least,2023-12-31,2023-01-01,',
      /expected period_end: a date on or after period_start 2023-12-31, found "2023-01-01"/,
      rowLineOf('progress.csv', 'sme-tmdt,2023,'),
    ],
    [
      'progress.csv',
      'a percent over 100',
      'ky-nang-so-cbccvc,2022,79.2,',
      'ky-nang-so-cbccvc,2022,792,',
      /expected value: a percent from 0 to 100, found "792"/,
      rowLineOf('progress.csv', 'ky-nang-so-cbccvc,2022,'),
    ],
    [
      'progress.csv',
      'a published date after the review date',
      '2023-04-07',
      afterReview('04-07'),
      new RegExp(`expected published_date: a date on or before the review date ${REVIEW_DATE}`),
      lineOf('progress.csv', '2023-04-07'),
    ],
    [
      'task_status.csv',
      'an unknown task id',
      '\nIV.4.1,',
      '\nIV.4.9,',
      /expected task_id: a task id of the appendix \(e\.g\. I\.4\.6\), found "IV\.4\.9"/,
      rowLineOf('task_status.csv', 'IV.4.1,'),
    ],
    [
      'evaluations.csv',
      'an evaluation with a subject outside its list',
      '\nkh-99-nam-2023,yearly_plan,',
      '\nkh-99-nam-2023,ke_hoach,',
      /expected subject: one of resolution_targets, plan, yearly_plan, found "ke_hoach"/,
      rowLine('evaluations.csv', 'kh-99-nam-2023'),
    ],
    [
      'evaluations.csv',
      'a count written the way the source prints it',
      ',51,17,26,43,',
      ',51,17,26,43/51,',
      /expected met_or_exceeded_count: a whole number of targets, or nothing where the source does not say, found "43\/51"/,
      rowLine('evaluations.csv', 'kh-99-nam-2023'),
    ],
    [
      'evaluations.csv',
      'exceeded and met that do not add up to the source\'s "đạt và vượt"',
      ',51,17,26,43,',
      ',51,17,26,44,',
      /expected met_or_exceeded_count: exceeded_count \+ met_count = 43, found "44"/,
      rowLine('evaluations.csv', 'kh-99-nam-2023'),
    ],
    [
      'task_status.csv',
      'a source kind outside the list',
      ',official_document,\n',
      ',văn bản,\n',
      /expected source_kind: one of official_report, official_document, public_record, found "văn bản"/,
      lineOf('task_status.csv', ',official_document,'),
    ],
    [
      'task_status.csv',
      'a reporting body that is not known',
      ',official_report,\n',
      ',official_report,so-y-tee\n',
      /expected reported_by: a body id of \S*content\/bodies\.csv, or nothing, found "so-y-tee"/,
      lineOf('task_status.csv', ',official_report,'),
    ],
    [
      'task_status.csv',
      "a body's own report filed as a public page",
      ',public_record,\n',
      ',public_record,so-y-te\n',
      /expected source_kind: official_report \(the row is so-y-te's own report\), found "public_record"/,
      lineOf('task_status.csv', ',public_record,'),
    ],
    [
      'progress.csv',
      'a value without its source kind',
      ',official_document,\n',
      ',,\n',
      /expected source_kind: one of official_report, official_document, public_record, found ""/,
      lineOf('progress.csv', ',official_document,'),
    ],
    [
      'progress.csv',
      'a value reported by a body that is not known',
      ',official_report,\n',
      ',official_report,so-khcn-moi\n',
      /expected reported_by: a body id of \S*content\/bodies\.csv, or nothing, found "so-khcn-moi"/,
      lineOf('progress.csv', ',official_report,'),
    ],
    [
      'task_status.csv',
      'an unknown status',
      'IV.4.1,2022-12-20,done,',
      'IV.4.1,2022-12-20,hoàn thành,',
      /expected status: one of no_information, in_progress, done, delayed, dropped, found "hoàn thành"/,
      rowLineOf('task_status.csv', 'IV.4.1,'),
    ],
    [
      'regional_ranks.csv',
      'a province outside the Mekong Delta',
      '2022,dti_63,dong-thap,',
      '2022,dti_63,tay-ninh,',
      /expected province_id: one of the thirteen Mekong Delta provinces: long-an, .*, found "tay-ninh"/,
      rowLineOf('regional_ranks.csv', '2022,dti_63,dong-thap,'),
    ],
    [
      'regional_ranks.csv',
      'a rank of the 34-province ranking',
      '2022,dti_63,dong-thap,',
      '2022,dti_34,dong-thap,',
      /expected basis: dti_63 \(the 63-province DTI; from DTI 2024 the thirteen are five merged provinces of 34/,
      rowLineOf('regional_ranks.csv', '2022,dti_63,dong-thap,'),
    ],
    [
      'regional_ranks.csv',
      'a rank beyond the 63 provinces ranked',
      '2022,dti_63,bac-lieu,Bạc Liêu,60,',
      '2022,dti_63,bac-lieu,Bạc Liêu,64,',
      /expected rank: a rank from 1 to 63, found "64"/,
      rowLineOf('regional_ranks.csv', '2022,dti_63,bac-lieu,'),
    ],
  ]),
  // The regional target's values are derived from the thirteen provinces' ranks, never typed in (issue #26).
  {
    name: 'progress.csv: a value of dti-mekong-lead typed in by hand',
    input: content(
      'progress.csv',
      (t) => `${t.replace(/\n?$/, '\n')}dti-mekong-lead,2023,1,exact,,,,province_2022,Báo,https://example.vn/a,,«dẫn đầu»,public_record,\n`,
    ),
    expect: {
      fails: /expected no row for dti-mekong-lead \(its values are derived from \S*content\/regional_ranks\.csv; add the ranks there\)/,
      file: 'content/progress.csv',
      line: contentText('progress.csv').replace(/\n?$/, '\n').split('\n').length,
    },
  },
  // A status rests on a public https page, or on an issued document's number and date (issue #25).
  {
    name: "task_status.csv: a status without a source URL, its document's number without a date",
    input: content('task_status.csv', (t) =>
      replaceOnce(t, 'https://thuvienphapluat.vn/bulletin/', 'xhttps://thuvienphapluat.vn/bulletin/').replace(
        /,xhttps:\/\/thuvienphapluat\.vn\/bulletin\/[^,]*,2022-12-20,/,
        ',,,',
      ),
    ),
    expect: {
      fails:
        /expected source_url: a source URL \(status done must rest on a source\), or an issued document's number in source_title and its date in source_published/,
      file: 'content/task_status.csv',
      line: rowLineOf('task_status.csv', 'IV.4.1,'),
    },
  },
  {
    name: 'task_status.csv: a dated status without a source URL whose title names no document number',
    input: content('task_status.csv', (t) =>
      replaceOnce(
        replaceOnce(t, '"Quyết định 1398/QĐ-UBND-HC ban hành Đề án', '"Quyết định ban hành Đề án'),
        'https://thuvienphapluat.vn/bulletin/',
        'xhttps://thuvienphapluat.vn/bulletin/',
      ).replace(/,xhttps:\/\/thuvienphapluat\.vn\/bulletin\/[^,]*,/, ',,'),
    ),
    expect: {
      fails: /expected source_url: a source URL \(status done must rest on a source\), or an issued document's number/,
      file: 'content/task_status.csv',
      line: rowLineOf('task_status.csv', 'IV.4.1,'),
    },
  },
  ...replacing([
    [
      'task_status.csv',
      'an as_of in the future of the review',
      'IV.4.1,2022-12-20,',
      `IV.4.1,${afterReview('12-20')},`,
      new RegExp(`expected as_of: a date on or before the review date ${REVIEW_DATE}`),
      rowLineOf('task_status.csv', 'IV.4.1,'),
    ],
  ]),
  {
    name: 'task_status.csv: a checked date that is not a date',
    // The row's last cell, the date it was checked, written the way a spreadsheet shows it.
    input: content('task_status.csv', (t) =>
      t.replace(/(\nIV\.4\.1,.*),(\d{4})-(\d{2})-(\d{2})(,[a-z_]+,[a-z-]*)(\r?\n|$)/, '$1,$4/$3/$2$5$6'),
    ),
    expect: {
      fails: /expected checked: a date yyyy-mm-dd, found "\d{2}\/\d{2}\/\d{4}"/,
      file: 'content/task_status.csv',
      line: rowLineOf('task_status.csv', 'IV.4.1,'),
    },
  },
  {
    name: 'task_status.csv: two findings for one task and date',
    input: content('task_status.csv', (t) => `${t}${t.split('\n').find((l) => l.startsWith('IV.4.1,'))!}\n`),
    expect: {
      fails: /expected one finding per task, date and reporting body \(already on line \d+\), found "IV\.4\.1 2022-12-20"/,
      file: 'content/task_status.csv',
      line: contentText('task_status.csv').split('\n').length,
    },
  },
  ...replacing([
    [
      'bao-cao/2023.mdx',
      'an unknown indicator in a component',
      '<IndicatorChart id="sme-tmdt" />',
      '<IndicatorChart id="sme-tmdtt" />',
      /expected an indicator id of content\/indicators\.csv in <IndicatorChart>, found "sme-tmdtt"/,
      lineOf('bao-cao/2023.mdx', '<IndicatorChart id="sme-tmdt" />'),
    ],
    [
      'bao-cao/2023.mdx',
      'an unknown task in a component',
      '<TaskLink id="III.2" />',
      '<TaskLink id="III.20" />',
      /expected a task id of the appendix \(e\.g\. I\.4\.6\) in <TaskLink>, found "III\.20"/,
      lineOf('bao-cao/2023.mdx', '<TaskLink id="III.2" />'),
    ],
    [
      'bao-cao/2023.mdx',
      'a script',
      '## Tóm tắt',
      '## Tóm tắt\n\n<script>alert(1)</script>',
      /expected Markdown or one of IndicatorChart, TasksDue, YearValues, TaskLink; found the element <script>/,
      lineOf('bao-cao/2023.mdx', '## Tóm tắt') + 2,
    ],
    [
      'bao-cao/2023.mdx',
      'an expression',
      '<YearValues year="2023" />',
      '<YearValues year={2023} />',
      /expected <YearValues year="…" \/> with that one attribute, its value in quotes; found <YearValues> with a \{ \} expression/,
      lineOf('bao-cao/2023.mdx', '<YearValues year="2023" />'),
    ],
    [
      'bao-cao/2023.mdx',
      'an import',
      '## Tóm tắt',
      "import X from '../../src/x.ts';\n\n## Tóm tắt",
      /expected Markdown or one of IndicatorChart, TasksDue, YearValues, TaskLink; found an import/,
      lineOf('bao-cao/2023.mdx', '## Tóm tắt'),
    ],
    [
      'bao-cao/2023.mdx',
      'frontmatter without sources',
      'sources:',
      'nguon:',
      /expected frontmatter: Unrecognized key\(s\) in object: 'nguon'|expected sources: Required/,
      1,
    ],
    [
      'bao-cao/2023.mdx',
      "a year that is not the file's",
      'year: 2023',
      'year: 2024',
      /expected year: 2023, the year in the file name, found "2024"/,
      lineOf('bao-cao/2023.mdx', 'year: 2023'),
    ],
    [
      'bao-cao/2023.mdx',
      'a source that is not https',
      'url: "https://lawnet.vn/',
      'url: "http://lawnet.vn/',
      /expected sources\.1\.url: an https URL/,
      lineOf('bao-cao/2023.mdx', 'sources:'),
    ],
    [
      'agency_successors.csv',
      'an unknown agency id',
      '\nso-gtvt,',
      '\nso-gtvtt,',
      /expected agency_id: an agency id of content\/agencies\.csv, found "so-gtvtt"/,
      rowLine('agency_successors.csv', 'so-gtvt'),
    ],
    [
      'agency_successors.csv',
      'a relation outside the codes',
      '\nubnd-huyen-cao-lanh,,,abolished,',
      '\nubnd-huyen-cao-lanh,,,giai_the,',
      /expected relation: one of unchanged, renamed, merged_into, split_between, abolished, not_determined, found "giai_the"/,
      rowLine('agency_successors.csv', 'ubnd-huyen-cao-lanh'),
    ],
    [
      'agency_successors.csv',
      'a change without its effective date',
      '\nubnd-huyen-cao-lanh,,,abolished,2025-07-01,',
      '\nubnd-huyen-cao-lanh,,,abolished,,',
      /expected effective_date: a date yyyy-mm-dd \(relation abolished takes effect on a day\)/,
      rowLine('agency_successors.csv', 'ubnd-huyen-cao-lanh'),
    ],
    [
      'agency_successors.csv',
      'a legal document that is not in legal_documents',
      '\nubnd-huyen-cao-lanh,,,abolished,2025-07-01,72-2025-qh15|',
      '\nubnd-huyen-cao-lanh,,,abolished,2025-07-01,72-2025-qh16|',
      /expected legal_document_ids: ids of content\/legal_documents\.csv separated by "\|" \(unknown: 72-2025-qh16\)/,
      rowLine('agency_successors.csv', 'ubnd-huyen-cao-lanh'),
    ],
  ]),
  {
    name: 'agency_successors.csv: an abolished row without a note',
    input: content('agency_successors.csv', (t) =>
      t.replace(/\nubnd-huyen-cao-lanh,,,abolished,2025-07-01,([^,]*),,[^\n]*/, '\nubnd-huyen-cao-lanh,,,abolished,2025-07-01,$1,,,,'),
    ),
    expect: {
      fails: /expected note: where the functions went, or what was searched \(relation abolished\)/,
      file: 'content/agency_successors.csv',
      line: rowLine('agency_successors.csv', 'ubnd-huyen-cao-lanh'),
    },
  },
  ...replacing([
    [
      'legal_documents.csv',
      'a link that is not https',
      'https://mic.gov.vn/',
      'http://mic.gov.vn/',
      /expected url: an https URL or nothing/,
      rowLine('legal_documents.csv', '55-2025-nd-cp'),
    ],
  ]),
  // Bounds: values, dates, sizes that no real input has
  {
    // It was published and judged met: "1" and 308 zeros is a number, and no range held it.
    name: 'progress.csv: a yearly growth of 1e308 percent',
    input: content(
      'progress.csv',
      (t) =>
        `${t}nang-suat-lao-dong,2024,1${'0'.repeat(308)},exact,,,,province_2022,Nguồn,https://dongthap.gov.vn/x,,«tăng»,public_record,\n`,
    ),
    expect: {
      fails: /expected value: a percent per year from -100 to 100/,
      file: 'content/progress.csv',
      line: contentText('progress.csv').split('\n').length,
    },
  },
  ...replacing([
    // Past Number.MAX_VALUE the text reads as Infinity, which the dataset check then blamed on the seed's line 1.
    [
      'progress.csv',
      'a value too long to be a number',
      'ky-nang-so-cbccvc,2022,79.2,',
      `ky-nang-so-cbccvc,2022,${'9'.repeat(400)},`,
      /expected value: a number within its unit's range/,
      rowLineOf('progress.csv', 'ky-nang-so-cbccvc,2022,'),
    ],
  ]),
  {
    name: 'progress.csv: published before the year the value is for',
    input: content('progress.csv', (t) =>
      replaceOnce(t, 'ky-nang-so-cbccvc,2022,79.2,exact,,,,province_2022', 'ky-nang-so-cbccvc,2024,79.2,exact,,,,province_2022').replace(
        'ky-nang-so-cbccvc,2024,100,',
        'ky-nang-so-cbccvc,2023,100,',
      ),
    ),
    expect: {
      fails: /expected published_date: a date in or after the row's year 2024, found "2023-04-07"/,
      file: 'content/progress.csv',
      line: rowLineOf('progress.csv', 'ky-nang-so-cbccvc,2022,'),
    },
  },
  ...replacing([
    [
      'progress.csv',
      'a period starting in year 0',
      'sme-tmdt,2023,58,at_least,2021-01-01,',
      'sme-tmdt,2023,58,at_least,0000-01-01,',
      /expected period_start: a date from 2000-01-01/,
      rowLineOf('progress.csv', 'sme-tmdt,2023,'),
    ],
    [
      'task_status.csv',
      'a finding dated 0000 (before the plan period)',
      'IV.4.1,2022-12-20,',
      'IV.4.1,0000-12-20,',
      /expected as_of: a date on or after 2022-01-01, the start of the plan period \(content\/plan_period\.json\), found "0000-12-20"/,
      rowLineOf('task_status.csv', 'IV.4.1,'),
    ],
  ]),
  {
    name: 'task_status.csv: a source published in 1999',
    // I.1.3's finding of 2023-05-14 cites a source published that day.
    input: content('task_status.csv', (t) => t.replace(/(\nI\.1\.3,2023-05-14,.*),2023-05-14,/, '$1,1999-05-14,')),
    expect: {
      fails: /expected source_published: a date on or after 2022-01-01, .*found "1999-05-14"/,
      file: 'content/task_status.csv',
      line: rowLineOf('task_status.csv', 'I.1.3,2023-05-14,'),
    },
  },
  ...replacing([
    [
      'agency_successors.csv',
      'a change dated 9999',
      '\nubnd-huyen-cao-lanh,,,abolished,2025-07-01,',
      '\nubnd-huyen-cao-lanh,,,abolished,9999-03-01,',
      new RegExp(
        `expected effective_date: a date from 2022-01-01 \\(the plan period's start\\) to the review date ${REVIEW_DATE}, found "9999-03-01"`,
      ),
      rowLine('agency_successors.csv', 'ubnd-huyen-cao-lanh'),
    ],
    [
      'legal_documents.csv',
      'a document dated 0000',
      '2021-12-31',
      '0000-12-31',
      /expected issued_date: a date from 1945-09-02 \(the founding of the state\) or nothing, found "0000-12-31"/,
      rowLine('legal_documents.csv', '04-nq-tu'),
    ],
    [
      'legal_documents.csv',
      'a document issued after the review',
      '2021-12-31',
      afterReview('01-01'),
      new RegExp(
        `expected issued_date: a date on or before the review date ${REVIEW_DATE} \\(content/release\\.json "date"\\), found "${afterReview('01-01')}"`,
      ),
      rowLine('legal_documents.csv', '04-nq-tu'),
    ],
  ]),
  {
    name: 'task_status.csv: cut to its header',
    input: content('task_status.csv', (t) => `${t.split('\n')[0]}\n`),
    expect: { fails: /expected at least one row below the header \(the table is empty\)/, file: 'content/task_status.csv', line: 2 },
  },
  {
    name: 'progress.csv: cut to its header (no newline after it)',
    input: content('progress.csv', (t) => t.split('\n')[0]!),
    expect: { fails: /expected at least one row below the header/, file: 'content/progress.csv', line: 2 },
  },
  ...replacing([
    // Excel's limit; the workbook writer stopped with a stack trace after every check had passed.
    [
      'task_status.csv',
      'a summary longer than a spreadsheet cell',
      '\nIV.4.1,2022-12-20,done,"',
      `\nIV.4.1,2022-12-20,done,"${'x'.repeat(40_000)}`,
      /expected summary: at most 32767 characters \(a spreadsheet cell's limit\), found "40\d{3} characters"/,
      rowLineOf('task_status.csv', 'IV.4.1,'),
    ],
    [
      'release.json',
      "a publisher's name longer than a spreadsheet cell (each workbook's Giới thiệu sheet)",
      '"name": "Ủy ban nhân dân tỉnh Đồng Tháp"',
      `"name": "${'x'.repeat(40_000)}"`,
      /expected text of at most 32767 characters \(a spreadsheet cell's limit\), found "40000 characters"/,
      lineOf('release.json', '"name": "Ủy ban nhân dân tỉnh Đồng Tháp"'),
    ],
  ]),
  {
    name: 'a task cell of the seed longer than a spreadsheet cell',
    input: cell(L.t43, 1, (c) => `${c} ${'x'.repeat(33_000)}`),
    expect: { fails: /expected tasks\.content: at most 32767 characters \(a spreadsheet cell's limit\)/, file: 'seed.txt', line: L.t43 },
  },
  {
    name: 'a paragraph of the seed longer than a spreadsheet cell',
    input: seed((l) => (l[L.cites749 - 1] = `${l[L.cites749 - 1]} ${'x '.repeat(17_000)}`)),
    expect: {
      fails: /expected a paragraph of at most 32767 characters \(a spreadsheet cell's limit\)/,
      file: 'seed.txt',
      line: L.cites749,
    },
  },
  // Checks of a whole dataset name the curated file and row, not the seed's line 1
  {
    name: 'agency_successors.csv: a row given twice',
    input: content('agency_successors.csv', (t) => `${t}${t.split('\n').find((l) => l.startsWith('so-gtvt,'))!}\n`),
    expect: {
      fails: new RegExp(
        `expected one row per agency, relation, date and successor \\(already on line ${rowLine('agency_successors.csv', 'so-gtvt')}\\)`,
      ),
      file: 'content/agency_successors.csv',
      line: contentText('agency_successors.csv').split('\n').length,
    },
  },
  {
    name: 'agency_successors.csv: a merger without a note (required in the dataset)',
    input: content('agency_successors.csv', (t) => t.replace(/\nban-qlkkt,([^\n]*),"Lập trên[^"]*",/, '\nban-qlkkt,$1,,')),
    expect: {
      fails: /expected agency_successors\.note to be valid/,
      file: 'content/agency_successors.csv',
      line: rowLine('agency_successors.csv', 'ban-qlkkt'),
    },
  },
  ...replacing([
    [
      'agency_successors.csv',
      'a successor name with ";" (agencies.successor_names is a ;-list)',
      'Ban Quản lý Khu kinh tế tỉnh Đồng Tháp (lập năm 2025)',
      'Ban A; Ban B',
      /expected successor_name: a name without ";"/,
      rowLine('agency_successors.csv', 'ban-qlkkt'),
    ],
  ]),
  {
    name: 'agency_successors.csv: an agency left without a row (named at its row of agencies.csv)',
    input: content('agency_successors.csv', (t) =>
      t
        .split('\n')
        .filter((l) => !l.startsWith('so-gtvt,'))
        .join('\n'),
    ),
    expect: {
      fails: /expected a row for this agency in .*agency_successors\.csv \(every agency of the plan has one\), found "so-gtvt"/,
      file: 'content/agencies.csv',
      line: rowLine('agencies.csv', 'so-gtvt'),
    },
  },
  // Today's bodies (content/bodies.csv) and the body_id of the successor table that points at them.
  ...replacing([
    [
      'bodies.csv',
      'a kind outside the codes',
      '\nso-y-te,Sở Y tế tỉnh Đồng Tháp,,provincial_department,',
      '\nso-y-te,Sở Y tế tỉnh Đồng Tháp,,department,',
      /expected kind: one of provincial_department, .*found "department"/,
      rowLine('bodies.csv', 'so-y-te'),
    ],
    [
      'bodies.csv',
      'a member_of that names no body',
      '\nso-y-te,Sở Y tế tỉnh Đồng Tháp,,provincial_department,false,cac-so-ban-nganh-tinh,',
      '\nso-y-te,Sở Y tế tỉnh Đồng Tháp,,provincial_department,false,cac-so-ban-nganh,',
      /expected member_of: ids of content\/bodies\.csv separated by "\|", found "cac-so-ban-nganh"/,
      rowLine('bodies.csv', 'so-y-te'),
    ],
    [
      'bodies.csv',
      'a member_of that names a body that is not a collective',
      '\nso-y-te,Sở Y tế tỉnh Đồng Tháp,,provincial_department,false,cac-so-ban-nganh-tinh,',
      '\nso-y-te,Sở Y tế tỉnh Đồng Tháp,,provincial_department,false,so-khcn,',
      new RegExp(
        `expected member_of: collective bodies \\(so-khcn on line ${rowLine('bodies.csv', 'so-khcn')} has is_collective false\\), found "so-khcn"`,
      ),
      rowLine('bodies.csv', 'so-y-te'),
    ],
    [
      'bodies.csv',
      'a right-to-left override in a name',
      'Sở Y tế tỉnh Đồng Tháp',
      'Sở Y tế\u202E tỉnh Đồng Tháp',
      /expected text without control, direction or invisible characters \(column \d+\), found "U\+202E \(RIGHT-TO-LEFT OVERRIDE\)"/,
      rowLine('bodies.csv', 'so-y-te'),
    ],
    [
      'agency_successors.csv',
      'a body_id that is not in bodies.csv',
      ',https://news.laodong.vn/thoi-su/dong-thap-giu-nguyen-hien-trang-so-luong-can-bo-cong-chuc-sau-sap-nhap-1533728.ldo,so-y-te\n',
      ',https://news.laodong.vn/thoi-su/dong-thap-giu-nguyen-hien-trang-so-luong-can-bo-cong-chuc-sau-sap-nhap-1533728.ldo,so-y-te-tinh\n',
      /expected body_id: an id of .*content\/bodies\.csv, found "so-y-te-tinh"/,
      rowLine('agency_successors.csv', 'so-y-te'),
    ],
    [
      'agency_successors.csv',
      'an agency’s latest row that names no body holding the role today',
      ',https://news.laodong.vn/thoi-su/dong-thap-giu-nguyen-hien-trang-so-luong-can-bo-cong-chuc-sau-sap-nhap-1533728.ldo,so-y-te\n',
      ',https://news.laodong.vn/thoi-su/dong-thap-giu-nguyen-hien-trang-so-luong-can-bo-cong-chuc-sau-sap-nhap-1533728.ldo,\n',
      /expected body_id: the id of the body of .*content\/bodies\.csv that holds this role today \(the agency's latest row, relation merged_into\)/,
      rowLine('agency_successors.csv', 'so-y-te'),
    ],
  ]),
  {
    name: 'agency_successors.csv: a body_id on an abolished row',
    input: content('agency_successors.csv', (t) => t.replace(/(\nubnd-huyen-cao-lanh,,,abolished,[^\n]*),\n/, '$1,so-noi-vu\n')),
    expect: {
      fails: /expected body_id: nothing \(relation abolished: no body holds the role\), found "so-noi-vu"/,
      file: 'content/agency_successors.csv',
      line: rowLine('agency_successors.csv', 'ubnd-huyen-cao-lanh'),
    },
  },
  {
    name: 'agency_successors.csv: a body_id on a row a later row replaced',
    input: content('agency_successors.csv', (t) => t.replace(/(\nso-nnptnt,[^\n]*,2025-03-01,[^\n]*),\n/, '$1,so-nnmt\n')),
    expect: {
      fails:
        /expected body_id: nothing \(a later row of so-nnptnt says who holds the role today; a body_id goes on an agency's latest rows\), found "so-nnmt"/,
      file: 'content/agency_successors.csv',
      line: rowLine('agency_successors.csv', 'so-nnptnt'),
    },
  },
  {
    name: 'agency_successors.csv: a chain of successors that returns to where it started',
    input: content('agency_successors.csv', (t) =>
      t
        .replace(/\nso-tttt,(Sở Khoa học và Công nghệ tỉnh[^,]*),,(merged_into,2025-07-02,[^\n]*),so-khcn\n/, '\nso-tttt,$1,so-khcn,$2,\n')
        .replace(/\nso-khcn,([^,]*),,(merged_into,2025-07-02,[^\n]*),so-khcn\n/, '\nso-khcn,$1,so-tttt,$2,\n'),
    ),
    expect: {
      fails: /expected successor_agency_id: a chain that ends at a body, not one that returns, found "so-khcn → so-tttt → so-khcn"/,
      file: 'content/agency_successors.csv',
      line: rowLine('agency_successors.csv', 'so-tttt') + 1,
    },
  },
  {
    name: 'agency_successors.csv: the plan’s coordinator left with no body today (the forms need one)',
    input: content('agency_successors.csv', (t) =>
      t.replace(/\nso-tttt,[^,]*,,merged_into,2025-07-02,([^\n]*),so-khcn\n/, '\nso-tttt,,,not_determined,2025-07-02,$1,\n'),
    ),
    expect: {
      fails:
        /expected one body, not a collective, holding the role of the plan's coordinator so-tttt today \(the forms are sent to it\), found "none"/,
      file: 'content/agency_successors.csv',
      line: rowLine('agency_successors.csv', 'so-tttt') + 1,
    },
  },
  {
    name: 'bodies.csv: an id given twice',
    input: content('bodies.csv', (t) => `${t}${t.split('\n').find((l) => l.startsWith('so-y-te,'))!}\n`),
    expect: {
      fails: new RegExp(`expected a unique id \\(already used on line ${rowLine('bodies.csv', 'so-y-te')}\\), found "so-y-te"`),
      file: 'content/bodies.csv',
      line: contentText('bodies.csv').split('\n').length,
    },
  },
  {
    name: 'bodies.csv: a body that holds no agency’s role today',
    input: content('bodies.csv', (t) => `${t}so-moi,Sở Mới tỉnh Đồng Tháp,,provincial_department,false,cac-so-ban-nganh-tinh,\n`),
    expect: {
      fails:
        /expected a body that holds some agency's role today \(a body_id on an agency's latest row of .*content\/agency_successors\.csv\), or a collective other bodies are member_of, found "so-moi"/,
      file: 'content/bodies.csv',
      line: contentText('bodies.csv').split('\n').length,
    },
  },
  ...replacing([
    [
      'agencies.csv',
      'an alias with ";" (a list item in the dataset)',
      'Ban QLKKT,provincial_office,false,Ban QLKKT,',
      'Ban QLKKT,provincial_office,false,Ban QLKKT|Ban QL; KKT,',
      /expected agencies\.aliases\.1 to be valid \(list items cannot contain ";"\)/,
      rowLine('agencies.csv', 'ban-qlkkt'),
    ],
  ]),
  {
    name: 'agencies.csv: a part-V section that does not exist',
    input: contentLine('agencies.csv', rowLine('agencies.csv', 'van-phong-ubnd-tinh'), (l) => l.replace(/,V\.3$/, ',V.99')),
    expect: {
      fails: /expected agencies\.plan_section_ids to name an existing plan_sections id, found "V\.99"/,
      file: 'content/agencies.csv',
      line: rowLine('agencies.csv', 'van-phong-ubnd-tinh'),
    },
  },
  // Links: every URL an editor can set is https:// and a real host, written as a browser reads it.
  ...replacing([
    [
      'task_status.csv',
      'a source that runs script (javascript:)',
      'https://stttt.dongthap.gov.vn/web/',
      'javascript:alert(1)//https://stttt.dongthap.gov.vn/web/',
      /expected source_url: an https URL or nothing, found "javascript:alert\(1\)/,
      rowLineOf('task_status.csv', 'I.1.3,2022-06-30,'),
    ],
    // A URL parser repairs "https:host" into https://host/; the dataset's own check then blamed the seed's line 1.
    [
      'task_status.csv',
      'a source written https: without the slashes',
      'https://stttt.dongthap.gov.vn/web/',
      'https:stttt.dongthap.gov.vn/web/',
      /expected source_url: an https URL or nothing, found "https:stttt/,
      rowLineOf('task_status.csv', 'I.1.3,2022-06-30,'),
    ],
    [
      'progress.csv',
      'a source that is a data: URL',
      'https://dti.gov.vn/xep-hang-2022',
      '"data:text/html,<script>alert(1)</script>"',
      /expected source_url: an https URL, found "data:text\/html/,
      rowLineOf('progress.csv', 'dti-rank,2022,'),
    ],
    [
      'progress.csv',
      'a source with a space in it',
      'https://dti.gov.vn/xep-hang-2022',
      'https://dti.gov.vn/xep hang 2022',
      /expected source_url: an https URL, found "https:\/\/dti\.gov\.vn\/xep hang 2022"/,
      rowLineOf('progress.csv', 'dti-rank,2022,'),
    ],
    [
      'agency_successors.csv',
      'a protocol-relative source (//host)',
      ',https://news.laodong.vn/xa-hoi/',
      ',//news.laodong.vn/xa-hoi/',
      /expected source_url: an https URL or nothing, found "\/\/news\.laodong\.vn/,
      rowLine('agency_successors.csv', 'ban-qlkkt'),
    ],
    [
      'agency_successors.csv',
      'a source with a user name before a look-alike host',
      ',https://news.laodong.vn/xa-hoi/',
      ',https://news.laodong.vn@example.com/xa-hoi/',
      /expected source_url: an https URL or nothing/,
      rowLine('agency_successors.csv', 'ban-qlkkt'),
    ],
    [
      'legal_documents.csv',
      'a relative link to the text',
      'https://mic.gov.vn/',
      '/van-ban/',
      /expected url: an https URL or nothing, found "\/van-ban\//,
      rowLine('legal_documents.csv', '55-2025-nd-cp'),
    ],
    [
      'legal_documents.csv',
      'a validity source over http',
      ',https://doanhnghieptiepthi.com/',
      ',http://doanhnghieptiepthi.com/',
      /expected validity_source_url: an https URL or nothing, found "http:\/\/doanhnghieptiepthi/,
      rowLine('legal_documents.csv', '1548-qd-ttg'),
    ],
    [
      'legal_documents.csv',
      'a link with a Vietnamese letter in its host',
      'https://mic.gov.vn/',
      'https://mіc.gov.vn/',
      /expected url: an https URL or nothing/,
      rowLine('legal_documents.csv', '55-2025-nd-cp'),
    ],
    [
      'plan_period.json',
      'not JSON (a missing comma, named at the line that lacks it)',
      '"end_year": 2030,',
      '"end_year": 2030',
      /expected valid JSON, found "comma expected"/,
      lineOf('plan_period.json', '"end_year"'),
    ],
    [
      'plan_period.json',
      'ends before it starts',
      '"end_year": 2030',
      '"end_year": 2020',
      /expected end_year to be a year from start_year 2022 to 2042 \(a period of at most 21 years\), found "2020"/,
      lineOf('plan_period.json', '"end_year"'),
    ],
    // Every year of the period is a page and downloads: 9999 made the data stage write 16,329 files.
    [
      'plan_period.json',
      'an end year of 9999',
      '"end_year": 2030',
      '"end_year": 9999',
      /expected end_year to be a year from 2000 to 2100/,
      lineOf('plan_period.json', '"end_year"'),
    ],
    [
      'plan_period.json',
      'a period of more than 21 years',
      '"end_year": 2030',
      '"end_year": 2043',
      /expected end_year to be a year from start_year 2022 to 2042/,
      lineOf('plan_period.json', '"end_year"'),
    ],
    [
      'plan_period.json',
      'a start year before 2000',
      '"start_year": 2022',
      '"start_year": 1022',
      /expected start_year to be a year from 2000 to 2100/,
      lineOf('plan_period.json', '"start_year"'),
    ],
    [
      'plan_period.json',
      'a year written as text',
      '"start_year": 2022',
      '"start_year": "2022"',
      /expected start_year to be an integer year/,
      lineOf('plan_period.json', '"start_year"'),
    ],
    [
      'plan_period.json',
      'a key given twice',
      '"end_year": 2030,',
      '"end_year": 2030,\n  "end_year": 2031,',
      /expected each key once in an object \("end_year" is already on line 3\)/,
      4,
    ],
  ]),
  {
    name: 'plan_period.json: empty',
    input: content('plan_period.json', () => ''),
    expect: { fails: /expected a non-empty UTF-8 text file/, file: 'content/plan_period.json', line: 1 },
  },
  {
    name: 'release.json: not JSON (cut in half: named at its last line)',
    input: content('release.json', (t) => t.slice(0, t.length / 2)),
    expect: {
      fails: /expected valid JSON/,
      file: 'content/release.json',
      line: contentText('release.json')
        .slice(0, contentText('release.json').length / 2)
        .split('\n').length,
    },
  },
  {
    name: 'release.json: a date not written YYYY-MM-DD',
    input: content('release.json', (t) => replaceOnce(t, /"date": "\d{4}-\d{2}-\d{2}"/.exec(t)![0], '"date": "26/11/2026"')),
    expect: {
      fails: /expected date to be a date YYYY-MM-DD, found "26\/11\/2026"/,
      file: 'content/release.json',
      line: lineOf('release.json', '"date"'),
    },
  },
  {
    name: 'release.json: a review date of 9999',
    input: content('release.json', (t) => replaceOnce(t, /"date": "\d{4}-\d{2}-\d{2}"/.exec(t)![0], '"date": "9999-12-01"')),
    expect: {
      fails: /expected date to be a real date from 2000 to 2100, found "9999-12-01"/,
      file: 'content/release.json',
      line: lineOf('release.json', '"date"'),
    },
  },
  ...replacing([
    [
      'release.json',
      'a homepage that runs script',
      '"homepage": "https://dongthap.gov.vn/"',
      '"homepage": "javascript:alert(document.domain)"',
      /expected publisher\.homepage to be an https URL, found "javascript:alert/,
      lineOf('release.json', '"homepage"'),
    ],
    [
      'release.json',
      'a feedback address that is a data: URL',
      '"feedback_url": ""',
      '"feedback_url": "data:text/html,<script>alert(1)</script>"',
      /expected publisher\.feedback_url to be an https URL, a mailto: address or ""/,
      lineOf('release.json', '"feedback_url"'),
    ],
    [
      'release.json',
      'a feedback address over http',
      '"feedback_url": ""',
      '"feedback_url": "http://dongthap.gov.vn/gop-y"',
      /expected publisher\.feedback_url to be an https URL/,
      lineOf('release.json', '"feedback_url"'),
    ],
    [
      'release.json',
      "Word's line break written as a JSON escape in the notes (the RSS feed)",
      '"notes": "Chỉ đổi',
      '"notes": "Chỉ\\u000b đổi',
      /found "U\+000B \(LINE TABULATION\)"/,
      lineOf('release.json', '"notes": "Chỉ đổi'),
    ],
  ]),
  {
    name: 'release.json: a key given twice (JSON.parse would keep the second)',
    input: content('release.json', (t) =>
      replaceOnce(
        t,
        '"homepage": "https://dongthap.gov.vn/",',
        '"homepage": "https://dongthap.gov.vn/",\n    "homepage": "https://example.com/",',
      ),
    ),
    expect: {
      fails: /expected each key once in an object \("homepage" is already on line \d+\)/,
      file: 'content/release.json',
      line: lineOf('release.json', '"homepage"') + 1,
    },
  },
  // Inputs that build
  {
    name: 'a new numbering gap is a warning listed in the manifest',
    input: seed((l) => l.splice(L.t93 - 1, 1)),
    expect: {
      builds: true,
      check: (r, dir) => {
        warned(r, /seed\.txt:\d+: numbering gap: III\.9\.3 not in the appendix/);
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { warnings: string[] };
        expect(manifest.warnings.some((w) => w.includes('III.9.3'))).toBe(true);
      },
    },
  },
  {
    name: 'CRLF line ends and a BOM are repaired with warnings: same tasks',
    input: seedBytes((t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`),
    expect: {
      builds: true,
      check: (r, dir) => {
        warned(r, /seed\.txt:1: byte order mark removed/);
        warned(r, /seed\.txt:1: CR\/CRLF line endings converted to LF/);
        sameTasks(dir);
      },
    },
  },
  {
    name: 'NFD text is normalised to NFC with a warning: same tasks',
    input: seedBytes((t) => t.normalize('NFD')),
    expect: {
      builds: true,
      check: (r, dir) => {
        warned(r, /seed\.txt:3: text normalised to Unicode NFC/);
        sameTasks(dir);
      },
    },
  },
  {
    name: 'agencies.csv with a BOM and CRLF builds with warnings: same tasks',
    input: content('agencies.csv', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`),
    expect: {
      builds: true,
      check: (r, dir) => {
        warned(r, /agencies\.csv:1: byte order mark removed/);
        sameTasks(dir);
      },
    },
  },
  {
    name: "formula triggers (= + - @) at the start of cells: built, and prefixed with ' in the Excel CSV only",
    input: seed((l) => {
      for (const [prefix, trigger] of [
        ['2.1\t', '='],
        ['2.2\t', '+'],
        ['2.3\t', '-'],
        ['2.4\t', '@'],
      ] as const) {
        const n = l.findIndex((x) => x.startsWith(prefix));
        const c = l[n]!.split('\t');
        c[1] = `${trigger}${c[1]}`;
        c[5] = `${trigger}SUM(A1:A9)`;
        l[n] = c.join('\t');
      }
    }),
    expect: {
      builds: true,
      check: (_r, dir) => {
        const plain = new Map(csvRows(dir, 'tasks.csv').map((t) => [t.id, t]));
        const excel = new Map(csvRows(dir, 'tasks.excel.csv').map((t) => [t.id, t]));
        expect(readFileSync(join(dir, 'tasks.excel.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
        for (const [id, trigger] of [
          ['I.2.1', '='],
          ['I.2.2', '+'],
          ['I.2.3', '-'],
          ['I.2.4', '@'],
        ]) {
          expect(plain.get(id)!.content!.startsWith(trigger!)).toBe(true);
          expect(excel.get(id)!.content!.startsWith(`'${trigger}`)).toBe(true);
          expect(plain.get(id)!.note_text).toBe(`${trigger}SUM(A1:A9)`);
          expect(excel.get(id)!.note_text).toBe(`'${trigger}SUM(A1:A9)`);
        }
      },
    },
  },
  {
    name: 'HTML and script in task content and notes: built; tags are stripped, a nested tag survives as text for the site to escape',
    input: cell(L.t43, 1, (c) => `${INJECTION} <<script>script>alert(2)<</script>/script> ${c}`),
    expect: {
      builds: true,
      check: (_r, dir) => {
        const tasks = JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8')) as { id: string; content: string }[];
        // The appendix's tag stripping is tidying, not a defence (tests/gates/injection.test.ts tests the site).
        expect(tasks.find((t) => t.id === 'I.4.3')!.content).toMatch(
          /^alert\(1\) javascript:alert\(1\) " onmouseover="x <script>alert\(2\)<\/script> Chuẩn hóa/,
        );
      },
    },
  },
  {
    name: 'plan_period.json with another valid period builds',
    input: content('plan_period.json', (t) => replaceOnce(t, '"end_year": 2030', '"end_year": 2029')),
    expect: {
      builds: true,
      check: (_r, dir) => {
        const tasks = JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8')) as { timeframe_kind: string; end_year: number }[];
        expect(tasks.filter((t) => t.timeframe_kind === 'annual').every((t) => t.end_year === 2029)).toBe(true);
      },
    },
  },
];

beforeAll(async () => {
  work = scratch('dt-corpus-');
  out = join(work, 'data');
  await runDataStage({ seed: DEFAULT_SEED, content: DEFAULT_CONTENT, out });
  before = snapshotDir(out);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function expectOutputUnchanged() {
  const after = snapshotDir(out);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe(`bad input corpus (${CASES.length} cases)`, () => {
  it('has at least 30 cases, both kinds', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => 'builds' in c.expect).length).toBeGreaterThan(3);
  });

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = CASES[i]!;
    const dir = join(work, `case-${i}`);
    mkdirSync(dir, { recursive: true });
    const inputs = c.input(dir);
    const opts = { seed: inputs.seed ?? DEFAULT_SEED, content: inputs.content ?? DEFAULT_CONTENT };
    if ('builds' in c.expect) {
      const target = join(dir, 'data');
      const r = await runDataStage({ ...opts, out: target });
      c.expect.check(r, target);
      rmSync(dir, { recursive: true, force: true });
      return;
    }
    const { message } = await rejectedWith(runDataStage({ ...opts, out }));
    expect(message).toMatch(new RegExp(`${escape(c.expect.file)}:${c.expect.line}: expected `));
    expect(message).toMatch(c.expect.fails);
    expectOutputUnchanged();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the CLI on bad input: exit code 1, file:line on stderr, output untouched', () => {
  const rejected = (args: string[], message: RegExp) => {
    const r = buildData([...args, '--out', out]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('nothing was written; the previous output is unchanged');
    expect(r.status).toBe(1);
    expectOutputUnchanged();
  };

  it('an unknown agency in the seed', () => {
    const dir = join(work, 'cli-seed');
    mkdirSync(dir, { recursive: true });
    const { seed: path } = CASES[0]!.input(dir);
    rejected(['--seed', path!], new RegExp(`^build:data: error: .*seed\\.txt:${L.t22}: expected a known agency`, 'm'));
  });

  it('a Latin-1 curated table', () => {
    const dir = join(work, 'cli-latin1');
    mkdirSync(dir, { recursive: true });
    const { content: path } = contentBytes('agencies.csv', (t) => Buffer.from(t, 'latin1'))(dir);
    rejected(['--content', path!], /^build:data: error: .*content\/agencies\.csv:2: expected UTF-8 text/m);
  });

  it('a missing curated table', () => {
    const dir = join(work, 'cli-missing');
    mkdirSync(dir, { recursive: true });
    const path = mutatedContent(dir, 'progress.csv', (t) => t);
    rmSync(join(path, 'progress.csv'));
    rejected(['--content', path], /^build:data: error: ENOENT: no such file or directory, open '.*content\/progress\.csv'/m);
  });

  it('repairable input builds with warnings and exit code 0', () => {
    const dir = join(work, 'cli-crlf');
    mkdirSync(dir, { recursive: true });
    const { seed: path } = seedBytes((t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`)(dir);
    const r = buildData(['--seed', path!, '--out', join(dir, 'data')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/seed\.txt:1: warning: byte order mark removed/);
    expect(r.stdout).toMatch(/90 tasks/);
  });
});
