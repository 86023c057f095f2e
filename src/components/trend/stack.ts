/**
 * The series on shared dates: the union of their reporting dates, and stacked layers with their
 * total (the stacked chart and the summary's total of many series tell the same figures). Pure.
 */
import type { TrendSeries } from './types.js';

type Layer = Pick<TrendSeries, 'times' | 'values'>;

/**
 * The ascending union of the series' times (each series is sorted). Series read from the same
 * rows share their dates, and then the first list is the answer; otherwise a merge, not a set and
 * a sort: a 100k-point series is common.
 */
export function unionOfTimes(lists: readonly Layer[]): number[] {
  const first = lists[0]?.times ?? new Float64Array(0);
  if (lists.every((l) => sameTimes(l.times, first))) {
    // keys of different precision can share a time (`2024` and `2024-01`): one date each
    const out: number[] = [];
    for (let i = 0; i < first.length; i++) if (i === 0 || first[i] !== first[i - 1]) out.push(first[i]!);
    return out;
  }
  let out: number[] = [];
  for (const { times } of lists) {
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < out.length || j < times.length) {
      const a = i < out.length ? out[i]! : Infinity;
      const b = j < times.length ? times[j]! : Infinity;
      const t = Math.min(a, b);
      if (a === t) i++;
      if (b === t) j++;
      if (merged.length === 0 || merged[merged.length - 1] !== t) merged.push(t);
    }
    out = merged;
  }
  return out;
}

/** True when both lists have the same times (plain loops: this runs over every point, once, in cold code). */
function sameTimes(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Layers of a stacked chart on the shared dates: `tops[k][i]` is the top of layer k at date i
 * (the sum of layers 0..k), undefined where that layer or one under it has no figure: a stack
 * with a missing layer has no known height, and is never drawn as if the layer were zero.
 */
export function stackOn(dates: readonly number[], layers: readonly Layer[]): { tops: (number | undefined)[][]; total: (number | undefined)[] } {
  const at = new Map<number, number>();
  dates.forEach((t, i) => at.set(t, i));
  let below: (number | undefined)[] = dates.map(() => 0);
  const tops = layers.map(({ times, values }) => {
    const own = new Array<number | undefined>(dates.length).fill(undefined);
    for (let j = 0; j < times.length; j++) {
      const v = values[j]!;
      if (Number.isNaN(v)) continue;
      const i = at.get(times[j]!)!;
      own[i] = (own[i] ?? 0) + v;
    }
    const top = below.map((b, i) => (b === undefined || own[i] === undefined ? undefined : b + own[i]!));
    below = top;
    return top;
  });
  return { tops, total: layers.length ? below : [] };
}

/** The largest of `values` (0 when none is known). */
export function largest(values: readonly (number | undefined)[]): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== undefined && v > max) max = v;
  }
  return max;
}
