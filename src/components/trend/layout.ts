/**
 * Trend layout: series, size, language and options in; everything the chart draws out, in pixels
 * (axes and their localised labels, paths with gaps, bars, peak/latest marks, annotations).
 * Pure: no DOM, so it is tested in node and never reads the page. The steps live beside it:
 * shared dates and stacks (stack.ts), the time axis (time-axis.ts), annotation rows
 * (annotation-rows.ts), lines, areas and bars (paths.ts), peak and latest marks (marks.ts).
 */
import { formatNumber } from '../../format/number.js';
import { placeAnnotations, ANNOTATION_ROW } from './annotation-rows.js';
import { markInputs, peakAndLatest, placeMarks } from './marks.js';
import { placeBars, placeLines, placeStack, positions, type Visible } from './paths.js';
import { linearScale, valueTicks, type Scale } from './scales.js';
import { largest, stackOn, unionOfTimes } from './stack.js';
import { finestUnit, timeAxisTicks } from './time-axis.js';
import { CHAR, type LayoutOptions, type Tick, type TrendLayout, type TrendSeries } from './types.js';

export type { LayoutOptions, PlacedBar, PlacedLine, PlacedMark, Tick, TrendKind, TrendLayout, TrendPoint, TrendSeries } from './types.js';
export { ANNOTATION_ROW };

/** The picture's frame: its size, the plot inside its margins, the value ticks and the time scale. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly plot: { left: number; top: number; right: number; bottom: number };
  readonly yValues: readonly number[];
  readonly yLabels: readonly string[];
  readonly x: Scale;
  /** Room kept at both ends of the time axis (half a bar slot), in ms. */
  readonly pad: number;
}

/** Margins: room for the value labels on the axis side, the time labels below; bars need half a slot at both ends. */
function frameFor(max: number, dates: readonly number[], o: LayoutOptions): Frame {
  const width = Math.max(o.width, 60);
  const height = Math.max(o.height, 60);
  const yCount = Math.max(2, Math.min(8, Math.floor(height / 55)));
  const yValues = valueTicks(max, yCount);
  const yLabels = yValues.map(formatNumber(o.loc, { notation: 'compact' }));
  const axisWidth = Math.max(...yLabels.map((l) => l.length)) * CHAR + 12;
  const plot = { left: o.axisRight ? 8 : axisWidth, right: width - (o.axisRight ? axisWidth : 12), top: 16, bottom: height - 24 };
  const t0 = dates[0] ?? 0;
  const t1 = dates[dates.length - 1] ?? 1;
  const pad = o.kind === 'bar' && dates.length > 1 ? (t1 - t0) / (dates.length - 1) / 2 : o.kind === 'bar' ? 43_200_000 : 0;
  const x = linearScale([t0 - pad, t1 + pad], o.reverseTime ? [plot.right, plot.left] : [plot.left, plot.right]);
  return { width, height, plot, yValues, yLabels, x, pad };
}

export function layoutTrend(series: readonly TrendSeries[], o: LayoutOptions): TrendLayout {
  const hidden = o.hidden ?? new Set<string>();
  const visible: Visible[] = series.map((s, index) => ({ s, index })).filter(({ s }) => !hidden.has(s.key));
  const layers = visible.map(({ s }) => s);
  const dates = unionOfTimes(layers);
  const stack = o.kind === 'stacked-area' ? stackOn(dates, layers) : undefined;
  // the value domain: every drawn top of a stack (where an upper layer is missing, a lower one is
  // still drawn), else each visible series' highest figure, which its marks use too
  const extremes = stack ? [] : layers.map((l) => peakAndLatest(l.times, l.values));
  let max = 0;
  if (stack) for (const tops of stack.tops) max = Math.max(max, largest(tops));
  else for (const { peak } of extremes) max = Math.max(max, peak?.value ?? 0);

  const { width, height, plot, yValues, yLabels, x, pad } = frameFor(max, dates, o);
  const t0 = dates[0] ?? 0;
  const t1 = dates[dates.length - 1] ?? 1;
  // annotation labels sit above the plot; the plot starts under the last row, never so many
  // rows that a small chart turns upside down
  const { annotations, rows } = placeAnnotations(o.annotations ?? [], x, plot, t0 - pad, t1 + pad);
  plot.top += Math.max(0, rows - 1) * ANNOTATION_ROW;
  const y = linearScale([0, yValues[yValues.length - 1]!], [plot.bottom, plot.top]);

  const xTicks = timeAxisTicks(t0, t1, pad, x, plot.right - plot.left, finestUnit(layers.map((l) => l.keys)), o.loc);
  const yTicks: Tick[] = yValues.map((v, i) => ({ at: y(v), label: yLabels[i]! }));
  const dateX = positions(dates, x);
  const origin = x(t0);
  const drawn =
    o.kind === 'bar'
      ? placeBars(visible, dateX, x, y, plot, origin, o.reverseTime ?? false)
      : stack
        ? placeStack(visible, stack.tops, dateX, y, plot, origin)
        : placeLines(visible, o.kind, x, y, plot, origin);
  const want = { peak: o.marks?.peak ?? true, latest: o.marks?.latest ?? true };
  const marks = placeMarks(markInputs(visible, extremes, dates, stack?.total), want, x, y, plot, o.loc);
  return { width, height, plot, x, y, xTicks, yTicks, dates, dateX, ...drawn, marks, annotations };
}
