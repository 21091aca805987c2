/**
 * The plan's targets (chỉ tiêu): one record per target statement of section II (Mục tiêu).
 *
 * - II.1 (Mục tiêu chung): the ranking goal, split into its clauses: rank ≤ 25 by 2025, rank ≤ 20 by
 *   2030, and "nằm trong nhóm dẫn đầu khu vực Đồng bằng sông Cửu Long" (boolean, year of the clause it
 *   is joined to by "và", i.e. 2030). Bullets of II.1 without a ranking clause are aims, not targets.
 * - II.2.a/b/c (2025) and II.3.a/b/c (2030): every bullet is one target.
 *
 * Comparator rules (docs/indicators.md): "Trên X%" → >; "X% … trở lên" → ≥; "… hằng năm tăng tối
 * thiểu X%" → ≥ (percent_per_year); "100%" → =; a bare "X%" below 100 → ≥ (a target is a floor);
 * "Dưới X%" → <; "nhóm N" → rank ≤ N; "Tỉnh có …" without a number → boolean (=, value null).
 * Anything else in those sections stops the build with a SourceError.
 *
 * Pure: records in, records out.
 */
import { SourceError } from '../model/errors.ts';
import type { BlockRecord, SectionRecord, Comparator, Pillar, TargetRecord, TargetUnit } from '../model/records.ts';

import { COMPARATOR, COMPARATORS, PILLARS, TARGET_UNITS } from '../model/codes.ts';
import { pillarNamed } from './pillars.ts';

export { COMPARATORS, PILLARS, TARGET_UNITS };

/** Section ids of section II: general goals, then the 2025 targets and the 2030 orientation. */
export const GENERAL_GOALS_SECTION = 'II.1';
export const TARGET_GROUP_SECTIONS = ['II.2', 'II.3'] as const;

const EXPECTED_STATEMENT = 'a target statement ("Trên X% …", "X% … trở lên …", "X% …", "… hằng năm tăng tối thiểu X%", "Tỉnh có …")';

// A number as the plan writes it: digits, with a decimal comma ("79,2").
const NUM = String.raw`(\d+(?:,\d+)?)`;
const PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => Omit<Parsed, 'value'> & { value: string } }[] = [
  // "Năng suất lao động hằng năm tăng tối thiểu 7%"
  {
    re: new RegExp(String.raw`^(.+?)\s+(?:hằng|hàng) năm tăng (?:tối thiểu|ít nhất)\s+${NUM}%$`, 'u'),
    build: (m) => ({ comparator: 'gte', value: m[2]!, unit: 'percent_per_year', subject: m[1]! }),
  },
  // "Trên 55% doanh nghiệp vừa và nhỏ …"
  {
    re: new RegExp(String.raw`^Trên\s+${NUM}%\s+(.+)$`, 'u'),
    build: (m) => ({ comparator: 'gt', value: m[1]!, unit: 'percent', subject: m[2]! }),
  },
  // "Dưới 5% …" (not in the plan; the symmetric rule)
  {
    re: new RegExp(String.raw`^Dưới\s+${NUM}%\s+(.+)$`, 'u'),
    build: (m) => ({ comparator: 'lt', value: m[1]!, unit: 'percent', subject: m[2]! }),
  },
  // "60% dân số trở lên tham gia mua sắm trực tuyến"
  {
    re: new RegExp(String.raw`^${NUM}%\s+(.+?)\s+trở lên\s+(.+)$`, 'u'),
    build: (m) => ({ comparator: 'gte', value: m[1]!, unit: 'percent', subject: `${m[2]!} ${m[3]!}` }),
  },
  // "100% văn bản …" (=) and "70% dân số có kiến thức số …" (≥, a floor)
  {
    re: new RegExp(String.raw`^${NUM}%\s+(.+)$`, 'u'),
    build: (m) => ({ comparator: m[1] === '100' ? 'eq' : 'gte', value: m[1]!, unit: 'percent', subject: m[2]! }),
  },
];
// "Tỉnh có nền tảng …": a boolean target (something exists), only when the text has no number.
const EXISTS = /^(?:Tỉnh|Đồng Tháp)\s+có\s+(.+)$/u;

interface Parsed {
  comparator: Comparator;
  value: number | null;
  unit: TargetUnit;
  subject: string;
}

/** Parses one target statement (a bullet of II.2/II.3 without its trailing punctuation), or undefined. */
export function parseTargetStatement(statement: string): Parsed | undefined {
  for (const { re, build } of PATTERNS) {
    const m = re.exec(statement);
    if (!m) continue;
    const p = build(m);
    const value = Number(p.value.replace(',', '.'));
    // One number per statement: a second percentage means two targets in one bullet.
    if (/\d+(?:,\d+)?\s*%/u.test(p.subject)) return undefined;
    if (p.unit === 'percent' && !(value > 0 && value <= 100)) return undefined;
    if (p.unit === 'percent_per_year' && !(value > 0)) return undefined;
    return { ...p, value };
  }
  const exists = EXISTS.exec(statement);
  if (exists && !/\d/u.test(statement)) {
    return { comparator: 'eq', value: null, unit: 'boolean', subject: exists[1]! };
  }
  return undefined;
}

// II.1: "Phấn đấu đến năm 2025, Đồng Tháp nằm trong nhóm 25, đến năm 2030 nằm trong nhóm 20 tỉnh,
// thành phố có chỉ số chuyển đổi số tốt nhất cả nước và nằm trong nhóm dẫn đầu khu vực …".
const RANK_CLAUSE =
  /(?:Phấn đấu\s+)?đến năm (\d{4}),?\s+(?:Đồng Tháp\s+)?nằm trong nhóm (\d+)(?!\d)(?:\s+(tỉnh, thành phố [^.;]*?cả nước))?/gu;
const LEAD_CLAUSE = /nằm trong nhóm dẫn đầu (khu vực [^.;,]+)/gu;
const RANKING_WORDS = /nhóm\s+(?:\d|dẫn đầu)/u;

/** The targets of section II, in document order; throws a SourceError on a statement it cannot read. */
export function parseTargets(
  blocks: readonly BlockRecord[],
  sections: readonly Omit<SectionRecord, 'pillar'>[],
  file: string,
): TargetRecord[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const blocksOf = (id: string) => blocks.filter((b) => b.section_id === id).sort((a, b) => a.order - b.order);
  const targets: TargetRecord[] = [];

  // II.1: the ranking goals.
  const general = byId.get(GENERAL_GOALS_SECTION);
  if (!general) {
    throw new SourceError(
      file,
      byId.get('II')?.source_line_start ?? 1,
      `the section ${GENERAL_GOALS_SECTION} (Mục tiêu chung)`,
      'no such section',
    );
  }
  for (const b of blocksOf(general.id)) {
    if (!RANKING_WORDS.test(b.text)) continue; // an aim without a measure
    const found = parseRankingGoals(b, file);
    if (found.length === 0) {
      throw new SourceError(
        file,
        b.source_line_start,
        'a ranking goal ("đến năm YYYY … nằm trong nhóm N tỉnh, thành phố … cả nước")',
        b.text,
      );
    }
    targets.push(...found);
  }
  if (targets.length === 0) {
    throw new SourceError(file, general.source_line_start, `a ranking goal in ${general.id} ("nằm trong nhóm N …")`, general.text ?? '');
  }

  // II.2 and II.3: one target per bullet of the pillar sub-sections.
  for (const groupId of TARGET_GROUP_SECTIONS) {
    const group = byId.get(groupId);
    if (!group) throw new SourceError(file, general.source_line_end, `the section ${groupId}`, 'no such section');
    const year = /năm (\d{4})/u.exec(group.title ?? '');
    if (!year) throw new SourceError(file, group.source_line_start, `a title naming the target year ("… đến năm YYYY")`, group.title ?? '');
    const targetYear = Number(year[1]);
    const pillars = sections.filter((s) => s.parent_id === groupId).sort((a, b) => a.order - b.order);
    const seen = new Set<Pillar>();
    for (const s of pillars) {
      const pillar = pillarNamed(s.title ?? '');
      if (!pillar || seen.has(pillar)) {
        throw new SourceError(
          file,
          s.source_line_start,
          'a pillar heading ("Chính quyền số", "Kinh tế số" or "Xã hội số"), each once',
          s.title ?? '',
        );
      }
      seen.add(pillar);
      const bullets = blocksOf(s.id);
      if (bullets.length === 0) throw new SourceError(file, s.source_line_start, `at least one target statement in ${s.id}`, s.title ?? '');
      for (const b of bullets) {
        const statement = stripEnd(b.text);
        if (b.kind !== 'bullet') throw new SourceError(file, b.source_line_start, `${EXPECTED_STATEMENT} as a bullet`, b.text);
        const p = parseTargetStatement(statement);
        if (!p) throw new SourceError(file, b.source_line_start, EXPECTED_STATEMENT, b.text);
        targets.push({
          id: `${s.id}.${b.order}`,
          indicator_id: null,
          pillar,
          target_year: targetYear,
          statement,
          ...p,
          comparator_label: COMPARATOR[p.comparator].label,
          section_id: s.id,
          source_line: b.source_line_start,
        });
      }
    }
    if (seen.size !== 3) {
      throw new SourceError(
        file,
        group.source_line_start,
        `the three pillars (a, b, c) under ${groupId}`,
        pillars.map((p) => p.title).join(', '),
      );
    }
  }

  const ids = new Set<string>();
  for (const t of targets) {
    if (ids.has(t.id)) throw new SourceError(file, t.source_line, 'one target per id', t.id);
    ids.add(t.id);
  }
  return targets;
}

/** The ranking clauses of one II.1 bullet. */
function parseRankingGoals(b: BlockRecord, file: string): TargetRecord[] {
  const ranks = [...b.text.matchAll(RANK_CLAUSE)].map((m) => ({
    index: m.index,
    statement: m[0],
    year: Number(m[1]),
    value: Number(m[2]),
    subject: m[3],
  }));
  // "nhóm 25, đến năm 2030 nằm trong nhóm 20 tỉnh, thành phố …": the subject is written once, for both.
  for (const r of ranks) {
    r.subject ??= ranks.find((o) => o.index > r.index && o.subject)?.subject;
    if (!r.subject) throw new SourceError(file, b.source_line_start, 'what the rank counts ("tỉnh, thành phố … cả nước")', r.statement);
  }
  const at = { section_id: b.section_id, source_line: b.source_line_start, indicator_id: null, pillar: 'overall' as const };
  const out: TargetRecord[] = ranks.map((r) => ({
    id: `${b.section_id}.rank-${r.year}`,
    ...at,
    target_year: r.year,
    statement: r.statement,
    comparator: 'lte',
    comparator_label: COMPARATOR.lte.label,
    value: r.value,
    unit: 'rank',
    subject: r.subject!,
  }));
  for (const m of b.text.matchAll(LEAD_CLAUSE)) {
    // Joined by "và" to the clause before it: it shares that clause's year.
    const before = ranks.filter((r) => r.index < m.index).at(-1);
    if (!before) throw new SourceError(file, b.source_line_start, 'a year ("đến năm YYYY") before "nằm trong nhóm dẫn đầu …"', m[0]);
    out.push({
      id: `${b.section_id}.region-lead-${before.year}`,
      ...at,
      target_year: before.year,
      statement: m[0].trim(),
      comparator: 'eq',
      comparator_label: COMPARATOR.eq.label,
      value: null,
      unit: 'boolean',
      subject: `nhóm dẫn đầu ${m[1]!.trim()}`,
    });
  }
  return out;
}

/** The statement without the list punctuation that ends a bullet. */
function stripEnd(text: string): string {
  return text
    .trim()
    .replace(/[;.]+$/u, '')
    .trimEnd();
}
