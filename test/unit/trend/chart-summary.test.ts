import { describe, expect, it } from 'vitest';
import { readAnnotations } from '../../../src/components/trend/annotations.js';
import { chartSummary, seriesStory } from '../../../src/components/trend/chart-summary.js';
import type { TrendSeries } from '../../../src/components/trend/types.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

const en = resolveLocale('en');
const y = (year: number): number => Date.UTC(year, 0, 1);
const yearly = (key: string, values: (number | undefined)[]): TrendSeries => ({
  key,
  label: key,
  points: values.map((value, i) => ({ t: y(2020 + i), value, key: String(2020 + i) })),
});

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
    const apart = ['A', 'B', 'C', 'D'].map((k, i) => ({ key: k, label: k, points: [{ t: y(2020 + i), value: 5, key: String(2020 + i) }] }));
    const text = seriesStory(apart, en);
    expect(text).toContain('A');
    expect(text).toContain('C');
    expect(text).not.toContain('D');
  });
});
