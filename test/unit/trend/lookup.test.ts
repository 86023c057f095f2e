import { describe, expect, it } from 'vitest';
import { nearestDate, pointAt, pointIndex } from '../../../src/components/trend/lookup.js';

const points = [
  { t: 10, value: 1, key: '2024' },
  { t: 10, value: 2, key: '2024-01' },
  { t: 20, value: undefined, key: '2024-02' },
  { t: 30, value: 4, key: '2024-03' },
];

describe('lookup', () => {
  it('finds the first point at or after a time', () => {
    expect(pointIndex(points, 5)).toBe(0);
    expect(pointIndex(points, 10)).toBe(0);
    expect(pointIndex(points, 11)).toBe(2);
    expect(pointIndex(points, 31)).toBe(4);
  });

  it('gives the most precise point at a time, a gap included, and none between dates', () => {
    expect(pointAt(points, 10)).toEqual({ t: 10, value: 2, key: '2024-01' });
    expect(pointAt(points, 20)?.value).toBeUndefined();
    expect(pointAt(points, 20)).toBeDefined();
    expect(pointAt(points, 25)).toBeUndefined();
  });

  it('finds the date nearest a pixel, time running either way', () => {
    expect(nearestDate({ dateX: [0, 100, 200] }, 140)).toBe(1);
    expect(nearestDate({ dateX: [0, 100, 200] }, 160)).toBe(2);
    expect(nearestDate({ dateX: [200, 100, 0] }, 160)).toBe(0);
    expect(nearestDate({ dateX: [] }, 5)).toBe(-1);
  });
});
