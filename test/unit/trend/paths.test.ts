import { describe, expect, it } from 'vitest';
import { areaPath, placeBars, placeLines, placeStack, positions, segmentsPath } from '../../../src/components/trend/paths.js';
import { linearScale } from '../../../src/components/trend/scales.js';
import { type TrendSeries } from '../../../src/components/trend/types.js';
import { seriesFromPoints } from './series-points.js';

const plot = { left: 0, right: 100, top: 0, bottom: 100 };
const x = linearScale([0, 10], [0, 100]);
const y = linearScale([0, 10], [100, 0]);
const series = (values: (number | undefined)[]): TrendSeries => seriesFromPoints('a', 'A', values.map((value, t) => ({ t, value })));

describe('paths', () => {
  it('breaks a line at each gap, and draws a lone figure as a dot', () => {
    expect(segmentsPath([0, 10, 20, 30], [5, 6, undefined, 7])).toBe('M0,5L10,6M30,7h0');
  });

  it('closes one area per run of figures', () => {
    expect(areaPath([0, 10, 20], [5, undefined, 7], [100, 100, 100])).toBe('M0,5L0,100ZM20,7L20,100Z');
  });

  it('places lines and areas, decimating only beyond two points per pixel column', () => {
    const line = placeLines([{ s: series([1, 2]), index: 3 }], 'area', x, y, plot, x(0));
    expect(line.lines).toEqual([{ key: 'a', index: 3, d: 'M0,90L10,80', area: 'M0,90L10,80L10,100L0,100Z' }]);
    expect(line.decimated).toBe(false);
    const long = series(Array.from({ length: 1_000 }, (_, i) => i % 7));
    const wide = linearScale([0, 999], [0, 100]);
    expect(placeLines([{ s: long, index: 0 }], 'line', wide, y, plot, 0).decimated).toBe(true);
  });

  it('stacks each layer on the one below, and places bars side by side in their slot', () => {
    const stacked = placeStack([{ s: series([1]), index: 0 }, { s: series([2]), index: 1 }], [[1], [3]], [50], y, plot, 50);
    expect(stacked.lines.map((l) => l.area)).toEqual(['M50,90L50,100Z', 'M50,70L50,90Z']);
    const bars = placeBars([{ s: series([4, undefined]), index: 0 }, { s: series([2, 1]), index: 1 }], positions([0, 1], x), x, y, plot, x(0), false);
    expect(bars.bars.map((b) => [b.index, b.x, b.y, b.w, b.h])).toEqual([
      [0, -4, 60, 4, 40],
      [1, 0, 80, 4, 20],
      [1, 10, 90, 4, 10],
    ]);
  });
});
