import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnnotations } from '../../../src/components/trend/annotations.js';
import { chartSummary, salient, seriesStory } from '../../../src/components/trend/chart-summary.js';
import { dateKeyTime } from '../../../src/components/trend/scales.js';
import { summarise, type SummaryPoint } from '../../../src/components/trend/summary.js';
import { type TrendSeries } from '../../../src/components/trend/types.js';
import { seriesFromPoints } from './series-points.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

const en = resolveLocale('en');
const y = (year: number): number => Date.UTC(year, 0, 1);
const yearly = (key: string, values: (number | undefined)[]): TrendSeries =>
  seriesFromPoints(
    key,
    key,
    values.map((value, i) => ({ t: y(2020 + i), value, key: String(2020 + i) })),
  );

describe('chartSummary', () => {
  it('tells each visible series, then the events within the dates drawn', () => {
    const a = yearly('A', [10, 20, 30]);
    const events = readAnnotations('[{"date": "2021", "label": "Floods"}, {"date": "2030", "label": "Later"}]');
    const text = chartSummary([a, yearly('B', [1, 2, 3])], new Set(['B']), en, events, [y(2020), y(2021), y(2022)]);
    expect(text).toBe(`${seriesStory([a], en)} Marked on the chart: Floods (2021).`);
    expect(text).not.toContain('B');
  });

  it('separates events with the Arabic semicolon in right-to-left languages', () => {
    const ar = resolveLocale('ar');
    const events = readAnnotations('[{"date": "2020", "label": "أ"}, {"date": "2021", "label": "ب"}]');
    expect(chartSummary([yearly('A', [1, 2])], new Set(), ar, events, [y(2020), y(2021)])).toContain('؛ ');
  });
});

describe('seriesStory', () => {
  it('tells more than three series as their total, only where every one has a figure', () => {
    const four = ['A', 'B', 'C', 'D'].map((k) => yearly(k, [1, 2, k === 'D' ? undefined : 3]));
    const text = seriesStory(four, en);
    expect(text).toMatch(/^The 4 series together/);
    // 2022 lacks D: the total is not told there (missing is not zero)
    expect(text).not.toContain('2022');
  });

  it('tells the first three one by one when no date has every series', () => {
    const apart = ['A', 'B', 'C', 'D'].map((k, i) => seriesFromPoints(k, k, [{ t: y(2020 + i), value: 5, key: String(2020 + i) }]));
    const text = seriesStory(apart, en);
    expect(text).toContain('A');
    expect(text).toContain('C');
    expect(text).not.toContain('D');
  });
});

describe('salient', () => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  // dates of every precision, over years, within a month or within a day (the summary names
  // dates by the finest precision and the span: each must be reached)
  const dateKey = fc
    .record({
      scale: fc.constantFrom('years', 'month', 'day'),
      y: fc.integer({ min: 2018, max: 2022 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      h: fc.integer({ min: 0, max: 23 }),
      precision: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ scale, y: year, m, d, h, precision }) => {
      const [yy, mm, dd] = scale === 'years' ? [year, m, d] : scale === 'month' ? [2020, 3, d] : [2020, 3, 31];
      return [`${yy}`, `${yy}-${pad(mm)}`, `${yy}-${pad(mm)}-${pad(dd)}`, `${yy}-${pad(mm)}-${pad(dd)}T${pad(h)}:00`][precision]!;
    });
  // small figures (equal peaks and lows), large ones, zero, and gaps (NaN: "no figure")
  const value = fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 10_000_000 }));
  const series = fc.array(fc.tuple(dateKey, value), { maxLength: 30 }).map((rows) => {
    // sorted by time (stable: dates of one time but another precision keep their order)
    const sorted = rows.map(([key, v]) => ({ key, t: dateKeyTime(key), v })).sort((a, b) => a.t - b.t);
    return { times: Float64Array.from(sorted, (r) => r.t), values: Float64Array.from(sorted, (r) => r.v), keys: sorted.map((r) => r.key) };
  });

  it('keeps the points the summary tells: the same sentence as from every point with a figure, in en and ar', () => {
    const locales = [resolveLocale('en'), resolveLocale('ar')];
    fc.assert(
      fc.property(series, ({ times, values, keys }) => {
        const every: SummaryPoint[] = [];
        times.forEach((t, i) => {
          if (!Number.isNaN(values[i]!)) every.push({ t, value: values[i]!, key: keys[i]! });
        });
        const kept = salient(times, values, (i) => keys[i]);
        for (const loc of locales) expect(summarise(kept, loc, 'IDPs'), loc.tag).toBe(summarise(every, loc, 'IDPs'));
      }),
      { numRuns: 500 },
    );
  });
});
