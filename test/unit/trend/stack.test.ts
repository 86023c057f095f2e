import { describe, expect, it } from 'vitest';
import { largest, stackOn, unionOfTimes } from '../../../src/components/trend/stack.js';
import { type TrendPoint, type TrendSeries } from '../../../src/components/trend/types.js';
import { seriesFromPoints } from './series-points.js';

const p = (t: number, value: number | undefined): TrendPoint => ({ t, value });
const layer = (...points: TrendPoint[]): TrendSeries => seriesFromPoints('k', 'K', points);

describe('stack', () => {
  it('merges the series dates in order, once each', () => {
    expect(unionOfTimes([layer(p(1, 1), p(3, 1)), layer(p(2, 1), p(3, 1), p(4, 1))])).toEqual([1, 2, 3, 4]);
    expect(unionOfTimes([layer(p(1, 1), p(1, 2), p(2, 1))])).toEqual([1, 2]);
    expect(unionOfTimes([])).toEqual([]);
  });

  it('stacks layers, unknown where a layer or one under it has no figure (never as zero)', () => {
    const { tops, total } = stackOn([1, 2, 3], [layer(p(1, 10), p(2, 10), p(3, undefined)), layer(p(1, 5), p(3, 5))]);
    expect(tops).toEqual([
      [10, 10, undefined],
      [15, undefined, undefined],
    ]);
    expect(total).toEqual([15, undefined, undefined]);
    expect(stackOn([1], []).total).toEqual([]);
  });

  it('gives the largest known value, 0 when none is known', () => {
    expect(largest([undefined, 3, 7, undefined])).toBe(7);
    expect(largest([undefined])).toBe(0);
  });
});
