/**
 * The DTI ranks of the thirteen Mekong Delta provinces: the curated table content/regional_ranks.csv
 * (docs/data.md), each rank as a public source prints it, and each province's position in the region
 * in the years every one of the thirteen has a rank. Pure: text in, records out.
 */
import { z } from 'zod';
import { BASIS, MEKONG_PROVINCE, MEKONG_PROVINCES, REGIONAL_BASES, SOURCE_KINDS } from '../model/codes.ts';
import type { RegionalRankRecord } from '../model/records.ts';
import { REGION_SIZE } from '../model/regional-lead.ts';
import { FIRST_PROGRESS_YEAR, LAST_PROGRESS_YEAR, isHttpsUrl, isIsoDate } from '../model/values.ts';
import { parseCsvRecords, type Located } from './curated-csv.ts';

export const REGIONAL_RANK_COLUMNS = [
  'year',
  'basis',
  'province_id',
  'province',
  'rank',
  'region_rank',
  'source_title',
  'source_url',
  'source_published',
  'source_kind',
  'note',
] as const;

/** The name a source may write for a province: its label, with or without "TP." / "Thành phố" before it. */
function namesProvince(id: keyof typeof MEKONG_PROVINCE, written: string): boolean {
  const bare = written.replace(/^(TP\.|Thành phố)\s*/u, '').normalize('NFC');
  return bare === MEKONG_PROVINCE[id].label;
}

/**
 * Parses the regional ranks; throws a SourceError naming the CSV line of the first bad row: a year
 * outside the plan's span, a basis other than the 63-province DTI, a province outside the thirteen or
 * written as another, a rank outside 1–63, a regional rank outside 1–13 or below the national one
 * allows, a source not https, a date that is not real or after the review date, a repeated province
 * in a year, an empty note.
 */
export function parseRegionalRankTable(csvText: string, file: string, reviewDate: string): Located<RegionalRankRecord>[] {
  const schema = z
    .object({
      year: z
        .string()
        .regex(/^\d{4}$/, 'a year yyyy')
        .transform(Number)
        .refine((y) => y >= FIRST_PROGRESS_YEAR && y <= LAST_PROGRESS_YEAR, `a year from ${FIRST_PROGRESS_YEAR} to ${LAST_PROGRESS_YEAR}`),
      basis: z.enum(REGIONAL_BASES, {
        message: `${REGIONAL_BASES.join(', ')} (the 63-province DTI; from DTI 2024 the thirteen are five merged provinces of 34, not a region of thirteen)`,
      }),
      province_id: z.enum(MEKONG_PROVINCES, { message: `one of the thirteen Mekong Delta provinces: ${MEKONG_PROVINCES.join(', ')}` }),
      province: z.string().trim().min(1, 'the name as the source writes it'),
      rank: z
        .string()
        .regex(/^\d{1,2}$/, 'a whole rank')
        .transform(Number),
      region_rank: z
        .string()
        .regex(/^(\d{1,2})?$/, 'a whole rank within the region, or nothing')
        .transform((s) => (s === '' ? null : Number(s))),
      source_title: z.string().trim().min(1, 'the title of the source'),
      source_url: z.string().refine(isHttpsUrl, 'an https URL'),
      source_published: z
        .string()
        .refine(
          (s) => s === '' || (isIsoDate(s) && s <= reviewDate),
          `a date yyyy-mm-dd on or before the review date ${reviewDate}, or nothing`,
        ),
      source_kind: z.enum(SOURCE_KINDS, { message: `one of ${SOURCE_KINDS.join(', ')}` }),
      note: z.string().trim().min(1, "the source's words carrying the rank, in «»"),
    })
    .superRefine((r, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const ranked = BASIS[r.basis].ranked;
      if (!namesProvince(r.province_id, r.province))
        issue('province', `the name of ${r.province_id} (${MEKONG_PROVINCE[r.province_id].label})`);
      if (r.rank < 1 || r.rank > ranked) issue('rank', `a rank from 1 to ${ranked}`);
      if (r.region_rank !== null && (r.region_rank < 1 || r.region_rank > Math.min(REGION_SIZE, r.rank)))
        issue(
          'region_rank',
          `a rank within the region from 1 to ${Math.min(REGION_SIZE, r.rank)} (no higher than the national rank ${r.rank})`,
        );
      if (r.source_published !== '' && r.source_published < `${r.year}-01-01`)
        issue('source_published', `a date in or after the ranked year ${r.year}`);
    });
  const key = {
    of: (r: z.output<typeof schema>) => `${r.year}|${r.basis}|${r.province_id}`,
    rule: (earlier: number) => `one rank per province, year and ranking (already on line ${earlier})`,
  };
  const rows: Located<RegionalRankRecord>[] = [];
  for (const { line, record: r } of parseCsvRecords(csvText, file, REGIONAL_RANK_COLUMNS, schema, key)) {
    rows.push({ ...r, source_published: r.source_published || null, region_position: null, line });
  }
  return withPositions(rows);
}

/**
 * Each row with its position in the region: in a year and ranking where all thirteen have a rank,
 * 1 + the number ranked strictly above it (two equal national ranks share a position); null otherwise,
 * since a missing province could stand above any of them. Sorted by year, then national rank.
 */
export function withPositions<R extends Omit<RegionalRankRecord, 'region_position'> & { region_position: number | null }>(
  rows: readonly R[],
): R[] {
  const byYear = new Map<string, R[]>();
  for (const r of rows) {
    const k = `${r.year}|${r.basis}`;
    byYear.set(k, [...(byYear.get(k) ?? []), r]);
  }
  const out: R[] = [];
  for (const group of byYear.values()) {
    const complete = group.length === REGION_SIZE;
    for (const r of group) out.push({ ...r, region_position: complete ? 1 + group.filter((o) => o.rank < r.rank).length : null });
  }
  return out.sort((a, b) => a.year - b.year || a.rank - b.rank || a.province_id.localeCompare(b.province_id));
}
