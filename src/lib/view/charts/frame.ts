/**
 * What every chart layout shares (the indicator chart and the pillar chart): its id, the size variant
 * it was laid out for, the text size, the box, the plot area inside the margins, and the horizontal axis.
 */
export interface ChartFrame<Variant extends string> {
  id: string;
  variant: Variant;
  fontSize: number;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /**
   * The horizontal axis: years on the indicator chart, percentages on the pillar chart. `label` is
   * empty for a tick left unlabelled, so that labels never touch.
   */
  x: { domain: [number, number]; ticks: { value: number; x: number; label: string }[] };
}
