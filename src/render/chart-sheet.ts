/**
 * One indicator's chart outside its page: the standalone chart (the wide layout, same marks as on the
 * page) and the sheet around it with title, source, licence and address — served as
 * /data/chi-tieu/<id>.svg and .png, and the page's preview image (og:image).
 */
import chartCss from '../styles/chart.css?raw';
import { catalogueManifest } from '../loaders/catalogue-manifest.ts';
import { siteData } from '../loaders/site-data.ts';
import { INDICATOR_CHART_WIDE, indicatorChartLayout, indicatorChartSpec } from '../lib/view/charts/indicator-chart.ts';
import { renderSvg } from '../lib/view/charts/svg.ts';
import { LICENCE_NAME, SITE_NAME } from '../lib/model/publication.ts';
import { chartInput } from '../lib/view/indicator-pages.ts';
import { formatDate } from '../lib/model/labels.ts';
import type { IndicatorRecord, ProgressRecord } from '../lib/model/records.ts';
import { chartSheetSvg, resolveCssVariables, shownAddress } from '../lib/view/share-image.ts';
import { NO_VALUE } from '../lib/view/indicator-format.ts';
import { indicatorView, type IndicatorView } from '../lib/model/record-queries.ts';
import { paths } from '../lib/model/paths.ts';
import { absolute } from '../lib/model/release.ts';

/**
 * The chart with the stylesheet embedded, its CSS variables written in place (renderers outside
 * browsers, such as the one that draws the PNG, and drawing programs do not all read them).
 */
export function indicatorChartDocument(view: IndicatorView): string {
  return renderSvg(indicatorChartSpec(indicatorChartLayout(chartInput(view), INDICATOR_CHART_WIDE)), {
    standalone: { css: resolveCssVariables(chartCss) },
  });
}

/** "dti.gov.vn, kinhtenongthon.vn": the sites the published values come from, in order of first use. */
export function sourceHosts(progress: readonly Pick<ProgressRecord, 'source_url'>[]): string[] {
  return [...new Set(progress.map((p) => new URL(p.source_url).host.replace(/^www\./, '')))];
}

/**
 * Where a chart's figures come from, one clause each, without a final stop (the sheet and the embed
 * page end it their own way): the plan for the targets, the sites for the published values.
 */
export function chartSource(
  plan: { issuer: string; implements: { number: string } },
  progress: readonly Pick<ProgressRecord, 'source_url'>[],
): { text: string; hasValues: boolean } {
  const hosts = sourceHosts(progress);
  const values = hosts.length ? `số liệu công bố theo ${hosts.join(', ')}` : NO_VALUE;
  return {
    text: `Nguồn: chỉ tiêu theo Kế hoạch của ${plan.issuer} thực hiện Nghị quyết ${plan.implements.number}; ${values}`,
    hasValues: hosts.length > 0,
  };
}

/** Each indicator's sheet, made once per build: the .svg and the .png endpoints both draw it. */
const sheets = new Map<string, Promise<string>>();

/** The sheet: the chart with its title, source, licence and the indicator page's address. */
export function indicatorChartSheet(indicator: IndicatorRecord): Promise<string> {
  let sheet = sheets.get(indicator.id);
  if (!sheet) sheets.set(indicator.id, (sheet = renderChartSheet(indicator)));
  return sheet;
}

async function renderChartSheet(indicator: IndicatorRecord): Promise<string> {
  const { plan, targetById, progress } = await siteData();
  const { release, site_url: siteUrl } = catalogueManifest();
  const view = indicatorView(indicator, targetById, progress);
  const source = chartSource(plan, view.progress);
  return chartSheetSvg({
    siteName: SITE_NAME,
    title: indicator.name,
    chartSvg: indicatorChartDocument(view),
    source: `${source.text}${source.hasValues ? ' (chi tiết trên trang chỉ số)' : ''}.`,
    licence: `Giấy phép ${LICENCE_NAME} · Dữ liệu phiên bản ${release.version}, ngày ${formatDate(release.date)}`,
    address: shownAddress(absolute(siteUrl, paths.indicator(indicator.id))),
  });
}
