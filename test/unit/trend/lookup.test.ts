import { describe, expect, it } from 'vitest';
import { nearestDate, pointAt, pointIndex, valueAt } from '../../../src/components/trend/lookup.js';
import { pointsOf, seriesFromPoints } from './series-points.js';

const s = seriesFromPoints('s', 'S', [
  { t: 10, value: 1, key: '2024' },
  { t: 10, value: 2, key: '2024-01' },
  { t: 20, value: undefined, key: '2024-02' },
  { t: 30, value: 4, key: '2024-03' },
]);

describe('lookup', () => {
  it('finds the first point at or after a time', () => {
    expect(pointIndex(s.times, 5)).toBe(0);
    expect(pointIndex(s.times, 10)).toBe(0);
    expect(pointIndex(s.times, 11)).toBe(2);
    expect(pointIndex(s.times, 31)).toBe(4);
  });

  it('gives the most precise point at a time, a gap included, and none between dates', () => {
    expect(pointsOf(s)[pointAt(s, 10)]).toEqual({ t: 10, value: 2, key: '2024-01' });
    expect(valueAt(s, 10)).toBe(2);
    expect(valueAt(s, 20)).toBeUndefined();
    expect(pointAt(s, 20)).toBe(2);
    expect(pointAt(s, 25)).toBe(-1);
    expect(valueAt(s, 25)).toBeUndefined();
  });

  it('finds the date nearest a pixel, time running either way', () => {
    expect(nearestDate({ dateX: [0, 100, 200] }, 140)).toBe(1);
    expect(nearestDate({ dateX: [0, 100, 200] }, 160)).toBe(2);
    expect(nearestDate({ dateX: [200, 100, 0] }, 160)).toBe(0);
    expect(nearestDate({ dateX: [] }, 5)).toBe(-1);
  });
});
