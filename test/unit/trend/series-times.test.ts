import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/data/pipeline.js';
import { dateKeyTime } from '../../../src/components/trend/scales.js';
import { buildSeries } from '../../../src/components/trend/series.js';
import { pointsOf } from './series-points.js';

/** The series as built before times were shared between series: every date parsed on its own. */
function reference(observations: readonly Observation[]): { key: string; points: { t: number; value: number; key: string }[] }[] {
  const bySeries = new Map<string, Map<string, number>>();
  for (const o of observations) {
    const key = o.series ?? 'value';
    let sums = bySeries.get(key);
    if (!sums) bySeries.set(key, (sums = new Map()));
    sums.set(o.date!, (sums.get(o.date!) ?? 0) + o.value);
  }
  return [...bySeries].map(([key, sums]) => ({
    key,
    // a stable sort: dates of one time but another precision (2024, 2024-01) keep their order
    points: [...sums].map(([date, value]) => ({ t: dateKeyTime(date), value, key: date })).sort((a, b) => a.t - b.t),
  }));
}

const pad = (n: number): string => String(n).padStart(2, '0');
const dateKey = fc
  .record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 0, max: 23 }), precision: fc.integer({ min: 0, max: 3 }) })
  .map(({ y, m, d, h, precision }) => [`${y}`, `${y}-${pad(m)}`, `${y}-${pad(m)}-${pad(d)}`, `${y}-${pad(m)}-${pad(d)}T${pad(h)}:00`][precision]!);

describe('buildSeries with times shared between series', () => {
  it('gives every point the time of its own date key, and the same series as parsing each date', () => {
    const table = fc.record({
      dates: fc.array(dateKey, { minLength: 1, maxLength: 40 }),
      series: fc.uniqueArray(fc.constantFrom('idps', 'returnees', 'a', 'b'), { minLength: 1, maxLength: 4 }),
      // some series skip some rows, so that their dates differ from the previous series' at an index
      skip: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 20 }),
      shuffle: fc.boolean(),
    });
    fc.assert(
      fc.property(table, ({ dates, series, skip, shuffle }) => {
        const observations: Observation[] = [];
        dates.forEach((date, row) =>
          series.forEach((s, k) => {
            // the same string for every column of a row, as the pipeline gives it; or a copy
            const own = shuffle && k % 2 ? `${date} `.trimEnd() : date;
            if (!skip.includes(row * 4 + k)) observations.push({ date: own, series: s, value: row * 10 + k });
          }),
        );
        const built = buildSeries(observations, []);
        for (const s of built) for (const p of pointsOf(s)) expect(p.t).toBe(dateKeyTime(p.key!));
        expect(built.map((s) => ({ key: s.key, points: pointsOf(s) }))).toEqual(reference(observations));
      }),
      { numRuns: 300 },
    );
  });
});
