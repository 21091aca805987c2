/**
 * What the indicator pages (/chi-tieu/, /chi-tieu/<id>/) and their downloads show, computed from the
 * datasets: each indicator with its targets and published values, the pillars, the status explained
 * in a sentence, the sources, and the per-indicator JSON and CSV. Pure.
 */
import { BASIS, labelsOf } from '../model/codes.ts';
import {
  formatValue,
  latestLabel,
  NO_VALUE,
  qualifiedValueLabel,
  PILLARS_IN_ORDER,
  STATUS_ORDER,
  targetLabel,
  targetPhrase,
  valueLabel,
  type PillarInfo,
  pillarInfo,
  type PillarCode,
} from './indicator-format.ts';
import type { IndicatorRecord, ProgressRecord, TargetRecord, IndicatorStatus } from '../model/records.ts';
import { comparableProgress, type IndicatorView } from '../model/record-queries.ts';
import { formatDate, STATUS_LABELS_VI } from '../model/labels.ts';
import type { IndicatorChartInput } from './charts/indicator-chart.ts';
import type { PillarChartRow } from './charts/pillar-chart.ts';

/** One heading of /chi-tieu/: a pillar and its indicators in the dataset's order. */
export interface PillarSection extends PillarInfo {
  views: IndicatorView[];
}

/** The indicators by pillar, pillars in the plan's order; empty pillars are left out. */
export function pillarSections(views: readonly IndicatorView[]): PillarSection[] {
  return PILLARS_IN_ORDER.map((p) => ({ ...p, views: views.filter((v) => v.indicator.pillar === p.code) })).filter(
    (s) => s.views.length > 0,
  );
}

/**
 * The rows of a pillar's overview chart: the percentage indicators. Growth rates (%/năm) and yes/no
 * targets have no place on a 0–100% scale; they are returned as `excluded`, for the table only.
 */
export function pillarChartRows(views: readonly IndicatorView[]): { rows: PillarChartRow[]; excluded: IndicatorView[] } {
  const rows: PillarChartRow[] = [];
  const excluded: IndicatorView[] = [];
  for (const v of views) {
    if (v.indicator.unit !== 'percent') {
      excluded.push(v);
      continue;
    }
    // The latest value the status is judged on, as the indicators dataset publishes it.
    const { latest_year: year, latest_value: value, latest_qualifier: qualifier } = v.indicator;
    rows.push({
      id: v.indicator.id,
      name: v.indicator.name,
      target2025: v.target2025,
      target2030: v.target2030,
      latest: year !== null && value !== null ? { year, value, qualifier: qualifier ?? 'exact' } : null,
    });
  }
  return { rows, excluded };
}

/** The input of an indicator's chart. */
export function chartInput(v: IndicatorView): IndicatorChartInput {
  return {
    id: v.indicator.id,
    name: v.indicator.name,
    unit: v.indicator.unit,
    targets: v.targets,
    observations: comparableProgress(v.indicator, v.progress).map((p) => ({ year: p.year, value: p.value, qualifier: p.qualifier })),
  };
}

export interface StatusDetail {
  status: IndicatorStatus;
  label: string;
  /** The target the status is judged against (the 2025 one until 2025 data exist). */
  target: TargetRecord | null;
  /** One plain sentence: what was compared with what. */
  sentence: string;
  /** The distance from the latest exact value to the target, in words; null when not meaningful. */
  gap: string | null;
  targetYearPassedWithoutValue: boolean;
}

/**
 * The status as the pipeline judged it (indicators.status, against judged_target_id), with a sentence
 * saying why, the gap to the target, and whether the target year passed without a value. Reads the
 * published facts; decides nothing.
 */
export function statusDetail(v: IndicatorView): StatusDetail {
  const { indicator } = v;
  const target = v.targets.find((t) => t.id === indicator.judged_target_id);
  if (!target) throw new Error(`indicator ${indicator.id}: judged target ${indicator.judged_target_id} is not one of its targets`);
  const status = indicator.status;
  const latest =
    indicator.latest_year !== null && indicator.latest_value !== null
      ? { year: indicator.latest_year, value: indicator.latest_value, qualifier: indicator.latest_qualifier ?? 'exact' }
      : null;
  const goal = `chỉ tiêu năm ${target.target_year} (${targetPhrase(target)})`;
  const now = latest
    ? `Số liệu mới nhất, ${qualifiedValueLabel(latest.value, indicator.unit, latest.qualifier)} (năm ${latest.year}),`
    : '';
  const expected =
    indicator.expected_value === null ? '' : `${valueLabel(indicator.expected_value, indicator.unit)} năm ${latest?.year ?? ''}`;
  const passed = indicator.target_year_passed_without_value
    ? ` Đã qua mốc ${target.target_year}; chưa có số liệu năm ${target.target_year} được công bố.`
    : '';
  const valueCount = comparableProgress(v.indicator, v.progress).length;
  const sentences: Record<IndicatorStatus, string> = {
    no_data: `Chưa có số liệu công bố để so với ${goal}.${passed}`,
    achieved: `${now} đạt ${goal}.`,
    not_achieved: `${now} chưa đạt ${goal}, dù đã đến năm chỉ tiêu.`,
    on_track: `${now} chưa đạt ${goal}, nhưng bằng hoặc tốt hơn mức cần có theo đường thẳng từ số liệu đầu tiên đến chỉ tiêu (${expected}).`,
    off_track: `${now} chưa đạt ${goal} và kém hơn mức cần có theo đường thẳng từ số liệu đầu tiên đến chỉ tiêu (${expected}).`,
    insufficient_data:
      indicator.latest_verdict === 'undetermined'
        ? `${now} là một cận nên chưa cho biết đã đạt ${goal} hay chưa.${passed}`
        : indicator.target_year_passed_without_value
          ? `${now} chưa đạt ${goal}.${passed}`
          : `${now} chưa đạt ${goal}; mới có ${valueCount <= 1 ? 'một con số công bố' : 'ít số liệu'} nên chưa đủ để đánh giá xu hướng.`,
  };
  return {
    status,
    label: STATUS_LABELS_VI[status],
    target,
    sentence: sentences[status].replace(/\s+/g, ' ').trim(),
    gap: gapToTarget(indicator, target),
    targetYearPassedWithoutValue: indicator.target_year_passed_without_value,
  };
}

/**
 * How far the latest exact value is from the target, in words ("còn thiếu 20 điểm phần trăm",
 * "còn cách 14 hạng"); null when met, when there is no value or the value is a bound or a yes/no.
 */
export function gapToTarget(
  indicator: Pick<IndicatorRecord, 'unit' | 'latest_value' | 'latest_qualifier' | 'latest_verdict'>,
  target: Pick<TargetRecord, 'value'>,
): string | null {
  const latest = indicator.latest_value;
  if (latest === null || target.value === null || indicator.latest_verdict !== 'failed') return null;
  if (indicator.latest_qualifier === 'at_least' || indicator.latest_qualifier === 'at_most') return null;
  const gap = Math.round(Math.abs(target.value - latest) * 100) / 100;
  switch (indicator.unit) {
    case 'percent':
      return `còn cách chỉ tiêu ${formatValue(gap)} điểm phần trăm`;
    case 'percent_per_year':
      return `còn cách chỉ tiêu ${formatValue(gap)} điểm phần trăm mỗi năm`;
    case 'rank':
      return `còn cách chỉ tiêu ${formatValue(gap)} hạng`;
    default:
      return null;
  }
}

/** How many indicators have each status, in the order statuses are explained. */
export function statusCounts(
  indicators: readonly Pick<IndicatorRecord, 'status'>[],
): { status: IndicatorStatus; label: string; count: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    label: STATUS_LABELS_VI[status],
    count: indicators.filter((i) => i.status === status).length,
  }));
}

/** "Số liệu mới nhất" cell text. */
export function latestCell(ind: IndicatorRecord): string {
  return latestLabel(ind) ?? NO_VALUE;
}

/** The host of a source URL, shown next to the link so readers see it leads to another site. */
export function externalHost(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'https:') throw new Error(`source ${url} is not https`);
  return u.host;
}

/** A source of published values, once per URL, with the years it gives. */
export interface SourceItem {
  url: string;
  host: string;
  title: string;
  publishedDate: string | null;
  rows: ProgressRecord[];
}

/** The sources of an indicator's (or a list's) published values, in order of first use. */
export function sourceItems(progress: readonly ProgressRecord[]): SourceItem[] {
  const byUrl = new Map<string, SourceItem>();
  for (const p of progress) {
    const item = byUrl.get(p.source_url);
    if (item) item.rows.push(p);
    else
      byUrl.set(p.source_url, {
        url: p.source_url,
        host: externalHost(p.source_url),
        title: p.source_title,
        publishedDate: p.published_date,
        rows: [p],
      });
  }
  return [...byUrl.values()];
}

/** A row of the table under an indicator's chart: the same numbers as its marks. */
export interface ChartTableRow {
  year: number;
  kind: 'target' | 'published';
  /** "Chỉ tiêu năm 2025" or "Số liệu công bố". */
  label: string;
  /** The chart mark's value (a yes/no target is 1). */
  value: number;
  text: string;
}

/** Targets and published values by year (a target after a value of the same year). */
export function chartTable(v: IndicatorView): ChartTableRow[] {
  const rows: ChartTableRow[] = [
    ...v.progress.map((p): ChartTableRow => ({
      year: p.year,
      kind: 'published',
      label: publishedLabel(p, v.indicator.target_basis),
      value: p.value,
      text: qualifiedValueLabel(p.value, v.indicator.unit, p.qualifier),
    })),
    ...v.targets.map((t): ChartTableRow => ({
      year: t.target_year,
      kind: 'target',
      label: `Chỉ tiêu năm ${t.target_year}`,
      value: t.value ?? 1,
      text: targetLabel(t),
    })),
  ];
  return rows.sort((a, b) => a.year - b.year || (a.kind === b.kind ? 0 : a.kind === 'published' ? -1 : 1));
}

/** What the bases mean, in a few words, for tables and notes. */
export const BASIS_LABELS: Record<ProgressRecord['basis'], string> = labelsOf(BASIS);

/** "Số liệu công bố", with the period it covers, how it was derived, and a basis other than the target's. */
export function publishedLabel(
  p: Pick<ProgressRecord, 'period_start' | 'period_end' | 'derivation' | 'basis'>,
  targetBasis: ProgressRecord['basis'],
): string {
  const notes: string[] = [];
  if (p.period_start && p.period_end) notes.push(`kỳ ${formatDate(p.period_start)}–${formatDate(p.period_end)}`);
  if (p.derivation) notes.push('suy ra từ nguồn');
  if (p.basis !== targetBasis) notes.push(`${BASIS_LABELS[p.basis]}, không so với chỉ tiêu`);
  return notes.length ? `Số liệu công bố (${notes.join('; ')})` : 'Số liệu công bố';
}

/**
 * The bases of an indicator's values when they are not all the target's: the method change a reader
 * must see before comparing years (null when every value is on the target's basis).
 */
export function basisNote(v: IndicatorView): string | null {
  const other = [...new Set(v.progress.map((p) => p.basis))].filter((b) => b !== v.indicator.target_basis);
  if (other.length === 0) return null;
  return `Chỉ tiêu của Kế hoạch dựa trên ${BASIS_LABELS[v.indicator.target_basis]}. Có số liệu theo cơ sở khác (${other.map((b) => BASIS_LABELS[b]).join('; ')}): được công bố trong bảng nhưng không so sánh với chỉ tiêu và không vẽ trên biểu đồ.`;
}

/** The plan sections where a list of indicators' targets are written ("II.2.a", "II.3.a"), in order. */
export function targetSectionIds(views: readonly IndicatorView[]): string[] {
  const ids = new Set(views.flatMap((v) => v.targets.map((t) => t.section_id)));
  return [...ids].sort((a, b) => a.localeCompare(b, 'en'));
}

/** For a pillar (its code): its anchor on /chi-tieu/ and how many indicators it has. */
export function pillarIndicators(
  code: PillarCode,
  indicators: readonly Pick<IndicatorRecord, 'pillar'>[],
): { anchor: string; count: number } {
  return { anchor: pillarInfo(code).anchor, count: indicators.filter((i) => i.pillar === code).length };
}

/**
 * The name a reader's browser saves an indicator's file under (the `download` attribute): the
 * province and what the file holds, so "dti-rank.png" in a downloads folder still says where it is from.
 */
export function downloadName(indicatorId: string, kind: 'chart' | 'values', ext: 'png' | 'svg' | 'csv'): string {
  return `dong-thap-${kind === 'chart' ? 'bieu-do' : 'so-lieu'}-${indicatorId}.${ext}`;
}
