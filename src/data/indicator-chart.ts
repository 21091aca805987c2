/**
 * One indicator's chart as a standalone SVG document, the same marks as on its page: served as
 * /data/chi-tieu/<id>.svg and drawn into its preview card (/anh/chi-tieu/<id>.png).
 */
import chartCss from '../styles/chart.css?raw';
import { siteData } from './site.ts';
import { INDICATOR_CHART_WIDE, indicatorChartLayout, indicatorChartSpec } from '../lib/charts/indicator-chart.ts';
import { renderSvg } from '../lib/charts/svg.ts';
import { chartInput, indicatorView } from '../lib/indicator-pages.ts';
import type { IndicatorRecord } from '../lib/records.ts';
import { resolveCssVariables } from '../lib/share-image.ts';

/**
 * The chart with the stylesheet embedded. `resolveVariables` writes the CSS variables' values in
 * place, for renderers outside browsers (the PNG card); the .svg file keeps the stylesheet as is.
 */
export async function indicatorChartDocument(indicator: IndicatorRecord, options: { resolveVariables?: boolean } = {}): Promise<string> {
  const { targetById, progress } = await siteData();
  const view = indicatorView(indicator, targetById, progress);
  const css = options.resolveVariables ? resolveCssVariables(chartCss) : chartCss;
  return renderSvg(indicatorChartSpec(indicatorChartLayout(chartInput(view), INDICATOR_CHART_WIDE)), { standalone: { css } });
}
