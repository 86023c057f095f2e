/**
 * Finding a date in the chart: a point of a series at a time, and the reporting date nearest to a
 * pixel (hover). Binary searches: a series can have 100k points and the pointer moves often. Pure.
 */
import type { TrendLayout, TrendSeries } from './types.js';

/** The index of the first time at or after `time` in ascending `times` (times.length when none). */
export function pointIndex(times: ArrayLike<number>, time: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the series' point at exactly `time`, or -1. Dates of different precision can share
 * a time (`2024`, `2024-01`): the most precise one, which names the date in the table and tooltip.
 */
export function pointAt(s: Pick<TrendSeries, 'times' | 'keys'>, time: number): number {
  let found = -1;
  for (let i = pointIndex(s.times, time); i < s.times.length && s.times[i] === time; i++) {
    if (found < 0 || s.keys[i]!.length > s.keys[found]!.length) found = i;
  }
  return found;
}

/** The series' figure at `time`: undefined when it has no point there or the data says "no figure". */
export function valueAt(s: TrendSeries, time: number): number | undefined {
  const i = pointAt(s, time);
  const v = i < 0 ? Number.NaN : s.values[i]!;
  return Number.isNaN(v) ? undefined : v;
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
