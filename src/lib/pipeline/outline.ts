/**
 * Parses the plan's body — everything before the appendix table — into metadata, an outline of
 * sections and their paragraphs and bullets. The outline follows the numbering (I., 1., a), 6.4.),
 * not the `#` levels, which the PDF conversion scrambled.
 */
import { SourceError, type SourceWarning } from '../model/errors.ts';
import { squash, stripEmphasis } from './text.ts';
import type { ParsedBody, PlanBlock, PlanMeta, PlanSection } from './types.ts';

const APPENDIX_HEADER = /^Stt\t/;
const ATX_HEADING = /^#{1,6}\s+(.*)$/;
// `**1. Title**` (wholly bold) or `**3. Title:** text` (bold lead-in, then the first paragraph).
const BOLD_LEAD = /^(\*{2,3})(.+?)\1(.*)$/;
const ROMAN = /^([IVX]+)\.\s+(.+)$/;
const DOTTED = /^(\d+)\.(\d+)\.\s+(.+)$/;
const ARABIC = /^(\d+)\.\s+(.+)$/;
const LETTER = /^([a-zđ])\)\s+(.+)$/;
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
// Vietnamese documents letter their points without f, j, w, z and with đ after d.
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
// Terminal punctuation, possibly followed by closing quotes or brackets.
const TERMINAL = /[.;:!?…]["'”’)\]]*$/;
const RECIPIENTS_LABEL = /^Nơi nhận:?$/;
const APPENDIX_LABEL = /^Phụ lục$/;
const CLOSING_START = /^Trên đây là /;
const SIGNING_CAPACITY = /^(KT|TL|TUQ|Q)\.\s/;
const RESOLUTION = /Nghị quyết(?: số)? (\d+-NQ\/[\p{Lu}]+) ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4}) của (.+?) (về .+?),/u;
const ISSUING_BODY = /(Ủy ban nhân dân|UBND) [Tt]ỉnh ban hành/;
const PROVINCE = /(?:^| )tỉnh (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*)/u;
const NUMBERED_HEADING = 'a numbered heading (I., 1., a) or 6.4.)';

interface Numbering {
  level: 1 | 2 | 3;
  number: string;
  segment: string; // the id segment: "III", "2", "a", "4"
  ordinal: number; // position among siblings, for gap checks
  prefix?: string; // "6" of "6.4."
  title: string;
}

/** Reads the numbering at the start of a heading's plain text, or undefined if there is none. */
export function parseNumbering(text: string): Numbering | undefined {
  let m = ROMAN.exec(text);
  if (m && ROMANS.includes(m[1]!)) {
    return { level: 1, number: m[1]!, segment: m[1]!, ordinal: ROMANS.indexOf(m[1]!) + 1, title: m[2]! };
  }
  if ((m = DOTTED.exec(text))) {
    return { level: 3, number: `${m[1]}.${m[2]}`, segment: m[2]!, ordinal: Number(m[2]), prefix: m[1]!, title: m[3]! };
  }
  if ((m = ARABIC.exec(text))) return { level: 2, number: m[1]!, segment: m[1]!, ordinal: Number(m[1]), title: m[2]! };
  if ((m = LETTER.exec(text)) && LETTERS.includes(m[1]!)) {
    const letter = m[1]!;
    return { level: 3, number: letter, segment: letter === 'đ' ? 'dd' : letter, ordinal: LETTERS.indexOf(letter) + 1, title: m[2]! };
  }
  return undefined;
}

function plain(s: string): string {
  return squash(stripEmphasis(s));
}

type Phase = 'title' | 'subtitle' | 'body' | 'recipients' | 'signer' | 'appendix_title' | 'appendix_subtitle' | 'done';

/** Parses everything before the appendix table into meta, sections, blocks and numbering warnings. */
export function parseBody(lines: string[], file: string): ParsedBody {
  const lineCount = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const headerIndex = lines.findIndex((l) => APPENDIX_HEADER.test(l));
  if (headerIndex < 0) {
    throw new SourceError(file, lineCount, "the appendix header row starting with 'Stt<TAB>'", 'end of file');
  }
  const appendixStart = headerIndex + 1;

  const consumed = new Map<number, string>();
  const consume = (n: number, role: string): void => {
    const before = consumed.get(n);
    if (before !== undefined) throw new SourceError(file, n, 'each line to be read once', `${before} and ${role}`);
    consumed.set(n, role);
  };
  const warnings: SourceWarning[] = [];
  const warn = (line: number, message: string): void => void warnings.push({ file, line, message });

  const sections: PlanSection[] = [];
  const blocks: PlanBlock[] = [];
  const ids = new Set<string>();
  const open: PlanSection[] = []; // open[0] = level 1, open[1] = level 2, open[2] = level 3
  const lastChild = new Map<string, Numbering>(); // by parent id ("" for level 1)
  const blockCount = new Map<string, number>();
  let current: PlanSection | undefined;
  let unterminated: PlanBlock | undefined; // the last block, while it ends without punctuation

  const text = { title: '', subtitle: '', appendix_title: '', appendix_subtitle: '' };
  const recipients: string[] = [];
  const signerLines: { n: number; text: string }[] = [];
  let phase = 'title' as Phase; // widened: bodyLine() moves it on from inside a closure

  const addSection = (n: number, id: string, level: number, number: string, title: string, parent: PlanSection | null): PlanSection => {
    if (ids.has(id)) throw new SourceError(file, n, `a section id not used before (${id} is a duplicate)`, lines[n - 1]);
    ids.add(id);
    const s: PlanSection = {
      id,
      parent_id: parent?.id ?? null,
      level,
      number,
      title,
      text: '',
      order: sections.length + 1,
      source_line_start: n,
      source_line_end: n,
    };
    sections.push(s);
    current = s;
    return s;
  };

  const endUnterminated = (): void => {
    if (unterminated) {
      warn(unterminated.source_line_end, 'text ends without punctuation but the next line does not continue it');
      unterminated = undefined;
    }
  };

  const openNumbered = (n: number, num: Numbering, raw: string): void => {
    endUnterminated();
    const parent = num.level === 1 ? null : open[num.level - 2];
    if (num.level === 2 && !parent) {
      throw new SourceError(file, n, 'a level-2 heading (1., 2., …) inside a Roman-numbered section (I., II., …)', raw);
    }
    if (num.level === 3 && !parent) {
      throw new SourceError(file, n, 'a level-3 heading (a), b), … or 6.4.) inside a numbered section (1., 2., …)', raw);
    }
    if (parent && num.prefix !== undefined && num.prefix !== parent.number) {
      throw new SourceError(file, n, `a number starting "${parent.number}." (the open section ${parent.id})`, raw);
    }
    const key = parent?.id ?? '';
    const prev = lastChild.get(key);
    const prevOrdinal = prev?.ordinal ?? 0;
    if (num.level === 1 && num.ordinal <= prevOrdinal) {
      throw new SourceError(file, n, `a Roman numeral after ${prev!.number} (numbering must go forward)`, raw);
    }
    const id = parent ? `${parent.id}.${num.segment}` : num.segment;
    const where = parent ? ` in ${parent.id}` : '';
    if (num.ordinal > prevOrdinal + 1) {
      warn(n, prev ? `numbering skips from ${prev.number} to ${num.number}${where}` : `numbering starts at ${num.number}${where}`);
    } else if (num.ordinal <= prevOrdinal) {
      warn(n, `numbering goes back from ${prev!.number} to ${num.number}${where}`);
    }
    lastChild.set(key, num);
    open.length = num.level - 1;
    open.push(addSection(n, id, num.level, num.number, num.title, parent ?? null));
  };

  const addBlock = (n: number, kind: PlanBlock['kind'], blockText: string): void => {
    current ??= addSection(n, 'preamble', 1, '', '', null);
    const order = (blockCount.get(current.id) ?? 0) + 1;
    blockCount.set(current.id, order);
    const b: PlanBlock = { section_id: current.id, order, kind, text: blockText, source_line_start: n, source_line_end: n };
    blocks.push(b);
    unterminated = TERMINAL.test(blockText) ? undefined : b;
  };

  /** A heading line: its numbering and the text after a bold lead-in; undefined for an ordinary line. */
  const readHeading = (n: number, raw: string): { num: Numbering; rest: string } | undefined => {
    const atx = ATX_HEADING.exec(raw);
    if (atx) {
      const num = parseNumbering(plain(atx[1]!));
      if (!num) throw new SourceError(file, n, NUMBERED_HEADING, raw);
      return { num, rest: '' };
    }
    const bold = BOLD_LEAD.exec(raw);
    if (!bold) return undefined;
    const rest = plain(bold[3]!);
    const num = parseNumbering(plain(bold[2]!));
    if (num) return { num: { ...num, title: num.title.replace(/\s*:$/, '') }, rest };
    // A wholly bold line in the body is a heading whose numbering the conversion lost.
    if (rest === '') throw new SourceError(file, n, NUMBERED_HEADING, raw);
    return undefined;
  };

  const bodyLine = (n: number, raw: string): void => {
    const txt = plain(raw);
    if (RECIPIENTS_LABEL.test(txt)) {
      endUnterminated();
      consume(n, 'recipients heading');
      phase = 'recipients';
      return;
    }
    const heading = readHeading(n, raw);
    if (heading) {
      consume(n, 'heading');
      openNumbered(n, heading.num, raw);
      if (heading.rest !== '') addBlock(n, 'paragraph', heading.rest);
      return;
    }
    consume(n, 'block');
    if (raw.startsWith('- ')) {
      endUnterminated();
      addBlock(n, 'bullet', plain(raw.slice(2)));
      return;
    }
    const startsClosing = CLOSING_START.test(txt) && current !== undefined && current.number !== '';
    if (unterminated && !startsClosing) {
      unterminated.text = `${unterminated.text} ${txt}`;
      unterminated.source_line_end = n;
      if (TERMINAL.test(unterminated.text)) unterminated = undefined;
      return;
    }
    if (startsClosing) {
      endUnterminated();
      open.length = 0;
      addSection(n, 'closing', 1, '', '', null);
    }
    addBlock(n, 'paragraph', txt);
  };

  for (let i = 0; i < headerIndex; i++) {
    const n = i + 1;
    const raw = lines[i]!.trimEnd(); // trailing spaces are markdown hard breaks
    if (raw.trim() === '') continue;
    const txt = plain(raw);
    switch (phase) {
      case 'title':
      case 'subtitle': {
        const atx = ATX_HEADING.exec(raw);
        if (!atx) throw new SourceError(file, n, `the plan's ${phase} as a '#' heading`, raw);
        consume(n, phase);
        text[phase] = plain(atx[1]!);
        phase = phase === 'title' ? 'subtitle' : 'body';
        break;
      }
      case 'body':
        bodyLine(n, raw);
        break;
      case 'recipients':
        if (raw.startsWith('- ')) {
          consume(n, 'recipient');
          recipients.push(plain(raw.slice(2)));
          break;
        }
        phase = 'signer';
      // falls through: the first line that is not a recipient opens the signature block
      case 'signer':
        consume(n, APPENDIX_LABEL.test(txt) ? 'appendix label' : 'signer');
        if (APPENDIX_LABEL.test(txt)) phase = 'appendix_title';
        else signerLines.push({ n, text: txt });
        break;
      case 'appendix_title':
      case 'appendix_subtitle':
        consume(n, phase);
        text[phase] = txt;
        phase = phase === 'appendix_title' ? 'appendix_subtitle' : 'done';
        break;
      case 'done':
        break; // left unconsumed: the check below names it
    }
  }
  endUnterminated();

  const missing: Record<Exclude<Phase, 'done'>, string> = {
    title: "the plan's title as a '#' heading",
    subtitle: "the plan's subtitle as a '#' heading",
    body: "the recipients heading '***Nơi nhận:***' before the appendix",
    recipients: "the signature block and the appendix label '**Phụ lục**'",
    signer: "the appendix label '**Phụ lục**' after the signature block",
    appendix_title: 'the appendix title after **Phụ lục**',
    appendix_subtitle: 'the appendix subtitle after the appendix title',
  };
  if (phase !== 'done') throw new SourceError(file, appendixStart, missing[phase], lines[headerIndex]);

  for (let n = 1; n < appendixStart; n++) {
    if (lines[n - 1]!.trim() !== '' && !consumed.has(n)) {
      throw new SourceError(file, n, 'a title, heading, paragraph, bullet, recipient, signer or appendix title line', lines[n - 1]);
    }
  }

  finishSections(sections, blocks);
  const meta: PlanMeta = {
    title: text.title,
    subtitle: text.subtitle,
    ...readPreamble(sections, blocks, text.subtitle, file),
    signer: readSigner(signerLines, file),
    recipients,
    appendix_title: text.appendix_title,
    appendix_subtitle: text.appendix_subtitle,
    source_line_count: lineCount,
  };
  return { meta, sections, blocks, appendix_start_line: appendixStart, warnings };
}

/** Fills each section's text and extends its end line over its own blocks and its descendants. */
function finishSections(sections: PlanSection[], blocks: PlanBlock[]): void {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const texts = new Map<string, string[]>();
  for (const b of blocks) {
    const s = byId.get(b.section_id)!;
    texts.set(s.id, [...(texts.get(s.id) ?? []), b.text]);
    s.source_line_end = Math.max(s.source_line_end, b.source_line_end);
  }
  // Children come after their parents, so walking backwards finishes every child before its parent.
  for (const s of [...sections].reverse()) {
    s.text = (texts.get(s.id) ?? []).join('\n');
    const parent = s.parent_id === null ? undefined : byId.get(s.parent_id);
    if (parent) parent.source_line_end = Math.max(parent.source_line_end, s.source_line_end);
  }
}

function readPreamble(
  sections: PlanSection[],
  blocks: PlanBlock[],
  subtitle: string,
  file: string,
): Pick<PlanMeta, 'issuer' | 'implements'> {
  const first = blocks.find((b) => b.section_id === 'preamble');
  const line = first?.source_line_start ?? sections[0]?.source_line_start ?? 1;
  const m = first && RESOLUTION.exec(first.text);
  if (!m) {
    throw new SourceError(
      file,
      line,
      "an introduction naming the resolution ('Nghị quyết … ngày … tháng … năm … của … về …,')",
      first?.text,
    );
  }
  const body = ISSUING_BODY.exec(first.text);
  const province = PROVINCE.exec(subtitle);
  if (!body || !province) {
    throw new SourceError(file, line, "the issuer ('Ủy ban nhân dân Tỉnh ban hành') and a province in the subtitle ('tỉnh …')", first.text);
  }
  const [, number, day, month, year, issuer, title] = m;
  return {
    issuer: `${body[1]} tỉnh ${province[1]}`,
    implements: {
      number: number!,
      issued_date: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`,
      issuer: issuer!,
      title: title!,
    },
  };
}

function readSigner(signerLines: { n: number; text: string }[], file: string): PlanMeta['signer'] {
  const [onBehalf, ...rest] = signerLines;
  const expected = 'the signature block: TM. …, optionally KT. …, the position and the name';
  if (!onBehalf || !/^TM\.\s/.test(onBehalf.text)) throw new SourceError(file, onBehalf?.n ?? 1, expected, onBehalf?.text);
  const capacity = rest[0] && SIGNING_CAPACITY.test(rest[0].text) ? rest.shift()!.text : '';
  const [position, name, extra] = rest;
  if (!position || !name || extra) {
    const at = extra ?? rest.at(-1) ?? onBehalf;
    throw new SourceError(file, at.n, expected, at.text);
  }
  return { name: name.text, position: position.text, on_behalf_of: onBehalf.text, signing_capacity: capacity };
}

/**
 * Checks the parse result against the source: every non-blank line before the appendix must show up
 * in it — inside a block's text, as a heading's title, or as a piece of metadata.
 */
export function accountBody(lines: string[], parsed: ParsedBody): { nonBlankLines: number; accountedLines: number; unaccounted: number[] } {
  const { meta } = parsed;
  const metaTexts = new Set([
    meta.title,
    meta.subtitle,
    ...meta.recipients,
    meta.signer.on_behalf_of,
    meta.signer.signing_capacity,
    meta.signer.position,
    meta.signer.name,
    meta.appendix_title,
    meta.appendix_subtitle,
  ]);
  const headingAt = new Map(parsed.sections.filter((s) => s.number !== '').map((s) => [s.source_line_start, s]));
  const blocksAt = new Map<number, PlanBlock[]>();
  for (const b of parsed.blocks) {
    for (let n = b.source_line_start; n <= b.source_line_end; n++) blocksAt.set(n, [...(blocksAt.get(n) ?? []), b]);
  }
  let nonBlankLines = 0;
  const unaccounted: number[] = [];
  for (let n = 1; n < parsed.appendix_start_line; n++) {
    const raw = lines[n - 1] ?? '';
    if (raw.trim() === '') continue;
    nonBlankLines++;
    const txt = plain(raw.replace(/^(?:- |#{1,6}\s+)/, ''));
    const heading = headingAt.get(n);
    const ok =
      (heading !== undefined && txt.includes(heading.title)) ||
      (blocksAt.get(n) ?? []).some((b) => b.text.includes(txt) || txt.endsWith(b.text)) ||
      metaTexts.has(txt) ||
      RECIPIENTS_LABEL.test(txt) ||
      APPENDIX_LABEL.test(txt);
    if (!ok) unaccounted.push(n);
  }
  return { nonBlankLines, accountedLines: nonBlankLines - unaccounted.length, unaccounted };
}

/**
 * Nothing is lost: throws a SourceError at the first line before the appendix whose text reached no
 * block, heading or piece of metadata (a parser that drops text stops the build instead of publishing less).
 */
export function assertBodyAccounted(lines: string[], parsed: ParsedBody, file: string): void {
  const [first] = accountBody(lines, parsed).unaccounted;
  if (first !== undefined)
    throw new SourceError(file, first, 'every line of the plan body in a block, a heading or the metadata', lines[first - 1]);
}
