import { describe, expect, it } from 'vitest';
import { markInputs, peakAndLatest, placeMarks, withoutCrowding } from '../../../src/components/trend/marks.js';
import { linearScale } from '../../../src/components/trend/scales.js';
import { type PlacedMark, type TrendSeries } from '../../../src/components/trend/types.js';
import { seriesFromPoints } from './series-points.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

const en = resolveLocale('en');
const plot = { left: 0, right: 400, top: 0, bottom: 200 };
const x = linearScale([0, 4], [0, 400]);
const y = linearScale([0, 100], [200, 0]);
const s: TrendSeries = seriesFromPoints('a', 'A', [0, 1, 2, 3, 4].map((t) => ({ t, value: [10, 90, 90, undefined, 40][t] })));

describe('marks', () => {
  it('finds the first highest point and the last point with a figure', () => {
    const { peak, latest } = peakAndLatest(s.times, s.values);
    expect([peak?.t, latest?.t]).toEqual([1, 4]);
    expect(peakAndLatest([0], [undefined])).toEqual({ peak: undefined, latest: undefined });
    expect(peakAndLatest(Float64Array.of(0), Float64Array.of(Number.NaN))).toEqual({ peak: undefined, latest: undefined });
  });

  it('marks the peak and the latest figure, labelled in the widget language, anchored inward at the edges', () => {
    const inputs = markInputs([{ s, index: 2 }], [peakAndLatest(s.times, s.values)], [], undefined);
    const marks = placeMarks(inputs, { peak: true, latest: true }, x, y, plot, en);
    expect(marks.map((m) => [m.kind, m.index, m.x, m.y, m.label, m.anchor])).toEqual([
      ['peak', 2, 100, 20, '90', 'middle'],
      ['latest', 2, 400, 120, '40', 'end'],
    ]);
    expect(placeMarks(inputs, { peak: false, latest: false }, x, y, plot, en)).toEqual([]);
  });

  it('marks the total of a stack once', () => {
    const inputs = markInputs([{ s, index: 0 }], [], [0, 1], [5, 7]);
    expect(inputs).toEqual([{ key: 'total', index: -1, peak: { t: 1, value: 7 }, latest: { t: 1, value: 7 } }]);
  });

  it('takes the text from a label that would overlap a higher one', () => {
    const m = (y0: number, label: string): PlacedMark => ({ key: label, index: 0, kind: 'peak', x: 100, y: y0, label, anchor: 'middle' });
    expect(withoutCrowding([m(50, 'low'), m(45, 'high'), m(150, 'far')]).map((k) => k.label)).toEqual(['', 'high', 'far']);
  });
});
