/**
 * Trend series written as points, for the tests: a series is columns (src/components/trend/types.ts),
 * which are long to write by hand and hard to read in an expectation.
 */
import { valueOf, type TrendPoint, type TrendSeries } from '../../../src/components/trend/types.js';

/** A series from points (sorted by time); a point without a key gets its ISO date. */
export function seriesFromPoints(key: string, label: string, points: readonly TrendPoint[]): TrendSeries {
  const times = new Float64Array(points.length);
  const values = new Float64Array(points.length);
  const keys: string[] = [];
  points.forEach((p, i) => {
    times[i] = p.t;
    values[i] = p.value ?? Number.NaN;
    keys.push(p.key ?? new Date(p.t).toISOString().slice(0, 10));
  });
  return { key, label, times, values, keys };
}

/** A series' points as objects. */
export function pointsOf(s: TrendSeries): TrendPoint[] {
  return Array.from(s.times, (t, i) => ({ t, value: valueOf(s, i), key: s.keys[i]! }));
}
