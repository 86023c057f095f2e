/**
 * Finding a date in the chart: a point of a series at a time, and the reporting date nearest to a
 * pixel (hover). Binary searches: a series can have 100k points and the pointer moves often. Pure.
 */
import type { TrendLayout, TrendPoint } from './types.js';

/** The index of the first point at or after `time` in points sorted by time (points.length when none). */
export function pointIndex(points: readonly TrendPoint[], time: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.t < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The point at exactly `time`, if the series has one. Dates of different precision can share a
 * time (`2024`, `2024-01`): the most precise one, which names the date in the table and tooltip.
 */
export function pointAt(points: readonly TrendPoint[], time: number): TrendPoint | undefined {
  let found: TrendPoint | undefined;
  for (let i = pointIndex(points, time); points[i]?.t === time; i++) {
    if (!found || (points[i]!.key?.length ?? 0) > (found.key?.length ?? 0)) found = points[i];
  }
  return found;
}

/** The index of the reporting date nearest to pixel `px` (for hover), or -1 when there are none. */
export function nearestDate(layout: Pick<TrendLayout, 'dateX'>, px: number): number {
  const xs = layout.dateX;
  const n = xs.length;
  if (n === 0) return -1;
  // dateX is monotonic (ascending, or descending when time runs right to left): binary search
  const down = n > 1 && xs[n - 1]! < xs[0]!;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (down ? xs[mid]! > px : xs[mid]! < px) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first date at or past px; the one before may be nearer
  return lo > 0 && Math.abs(xs[lo - 1]! - px) <= Math.abs(xs[lo]! - px) ? lo - 1 : lo;
}
