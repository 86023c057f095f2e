import { describe, expect, it } from 'vitest';
import { computeChange } from '../../../src/format/change.js';

describe('computeChange', () => {
  it('computes an increase', () => {
    expect(computeChange(140_000, 128_000)).toEqual({ direction: 'up', delta: 12_000, ratio: 12_000 / 128_000 });
  });
  it('computes a decrease as a positive delta with direction down', () => {
    // Iraq's IDPs, March 2016 peak to April 2024: down 68%
    const c = computeChange(1_098_913, 3_417_768)!;
    expect(c.direction).toBe('down');
    expect(c.delta).toBe(2_318_855);
    expect(Math.round(c.ratio! * 100)).toBe(68);
  });
  it('reports no change', () => {
    expect(computeChange(5, 5)).toEqual({ direction: 'none', delta: 0, ratio: 0 });
  });
  it('has no percentage against zero', () => {
    expect(computeChange(10, 0)).toEqual({ direction: 'up', delta: 10, ratio: undefined });
  });
  it('returns undefined for non-finite input', () => {
    expect(computeChange(Number.NaN, 1)).toBeUndefined();
    expect(computeChange(1, Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});
