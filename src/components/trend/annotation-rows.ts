/**
 * Events marked on the chart: a line at each date, its label above the plot, in rows so that
 * neighbours never overlap. Pure.
 */
import type { Scale } from './scales.js';
import { CHAR, labelStart, round, type PlacedAnnotation, type PlotBox } from './types.js';

/** Height of a row of annotation labels. */
export const ANNOTATION_ROW = 14;
/** Rows of labels at most. */
const MOST_ROWS = 3;

/**
 * The events between `from` and `to` (times) placed, and how many rows of labels they take. An
 * event with no room in any row keeps its line, without its label (a small chart, crowded events).
 */
export function placeAnnotations(
  events: readonly { readonly t: number; readonly label: string }[],
  x: Scale,
  plot: PlotBox,
  from: number,
  to: number,
): { annotations: PlacedAnnotation[]; rows: number } {
  const annotations: PlacedAnnotation[] = [];
  const rowEnds: number[] = [];
  // up to three rows, and only as many as leave a plot of 10 px under them
  const maxRows = Math.max(1, Math.min(MOST_ROWS, Math.floor((plot.bottom - 10 - plot.top) / ANNOTATION_ROW) + 1));
  const inRange = events.filter((a) => a.t >= from && a.t <= to).map((a) => ({ x: round(x(a.t)), label: a.label }));
  for (const a of inRange.sort((p, q) => p.x - q.x)) {
    const w = a.label.length * CHAR;
    // near an edge the label runs inward, not over the value axis; then where it really spans
    const anchor = a.x - w / 2 < plot.left ? 'start' : a.x + w / 2 > plot.right ? 'end' : 'middle';
    const x0 = labelStart(a.x, w, anchor) - 4;
    let row = rowEnds.findIndex((end) => end <= x0);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    if (row < 0) {
      annotations.push({ ...a, label: '', row: 0, anchor });
      continue;
    }
    rowEnds[row] = x0 + w + 8;
    annotations.push({ ...a, row, anchor });
  }
  return { annotations, rows: rowEnds.length };
}
