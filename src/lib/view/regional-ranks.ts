/**
 * What the indicator page shows of the thirteen Mekong Delta provinces' DTI ranks (the dataset
 * regional_ranks): one row per province, one cell per year a source gives any rank, the position in
 * the region where the pipeline worked it out, and the sources. Pure: records in, a view out.
 */
import { MEKONG_PROVINCE, MEKONG_PROVINCES, PLAN_PROVINCE } from '../model/codes.ts';
import type { RegionalRankRecord } from '../model/records.ts';
import { REGION_SIZE, regionalLeadValue } from '../model/regional-lead.ts';

export interface RegionalCell {
  year: number;
  /** The national rank, or null where no source found gives it. */
  rank: number | null;
  /** The position among the thirteen (only in a year all thirteen are ranked). */
  position: number | null;
}

export interface RegionalRow {
  provinceId: string;
  name: string;
  /** The plan's own province (Đồng Tháp): marked on the chart and in the table. */
  own: boolean;
  cells: RegionalCell[];
}

export interface RegionalSource {
  title: string;
  url: string;
  published: string | null;
  /** The years and provinces it gives, in words ("2022: 13 tỉnh"). */
  gives: string;
}

export interface RegionalView {
  /** Every year with at least one rank, ascending. */
  years: number[];
  /** The years all thirteen are ranked (positions known). */
  completeYears: number[];
  /** Ordered by position in the latest complete year, then by the region's list. */
  rows: RegionalRow[];
  sources: RegionalSource[];
}

export function regionalView(ranks: readonly RegionalRankRecord[]): RegionalView {
  const years = [...new Set(ranks.map((r) => r.year))].sort((a, b) => a - b);
  const completeYears = years.filter((y) => ranks.some((r) => r.year === y && r.region_position !== null));
  const at = new Map(ranks.map((r) => [`${r.province_id}|${r.year}`, r]));
  const latestComplete = completeYears.at(-1);
  const order = (id: string) => (latestComplete === undefined ? null : (at.get(`${id}|${latestComplete}`)?.region_position ?? null));
  const rows = MEKONG_PROVINCES.map((id, listed) => ({
    listed,
    row: {
      provinceId: id,
      name: MEKONG_PROVINCE[id].label,
      own: id === PLAN_PROVINCE,
      cells: years.map((year) => {
        const r = at.get(`${id}|${year}`);
        return { year, rank: r?.rank ?? null, position: r?.region_position ?? null };
      }),
    },
  }))
    .sort((a, b) => (order(a.row.provinceId) ?? 99) - (order(b.row.provinceId) ?? 99) || a.listed - b.listed)
    .map((x) => x.row);
  const bySource = new Map<string, RegionalRankRecord[]>();
  for (const r of ranks) bySource.set(r.source_url, [...(bySource.get(r.source_url) ?? []), r]);
  const sources = [...bySource.values()].map((rs) => {
    const first = rs[0]!;
    const perYear = [...new Set(rs.map((r) => r.year))].sort((a, b) => a - b);
    const gives = perYear
      .map((y) => {
        const of = rs.filter((r) => r.year === y);
        return `${y}: ${of.length === 1 ? MEKONG_PROVINCE[of[0]!.province_id].label : `${of.length} tỉnh`}`;
      })
      .join('; ');
    return { title: first.source_title, url: first.source_url, published: first.source_published, gives };
  });
  return { years, completeYears, rows, sources };
}

/** The rule applied to the plan's province in each year its position is known, in words. */
export function regionalVerdicts(view: RegionalView): { year: number; text: string; value: 0 | 1 | null }[] {
  const own = view.rows.find((r) => r.own);
  if (!own) return [];
  return own.cells.flatMap((c) => {
    if (c.position === null || c.rank === null) return [];
    const value = regionalLeadValue(c.position);
    const verdict =
      value === 1
        ? 'nằm trong nhóm dẫn đầu'
        : value === 0
          ? 'không nằm trong nhóm dẫn đầu'
          : 'chưa kết luận được có nằm trong nhóm dẫn đầu hay không';
    return [
      {
        year: c.year,
        value,
        text: `DTI ${c.year}: ${own.name} hạng ${c.rank}/63 cả nước, thứ ${c.position}/${REGION_SIZE} trong vùng, nên ${verdict}.`,
      },
    ];
  });
}
