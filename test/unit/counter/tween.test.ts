import { describe, expect, it } from 'vitest';
import { decimalsOf, easeOutCubic, tween } from '../../../src/components/counter/tween.js';

describe('tween', () => {
  it('starts at from and ends exactly at to', () => {
    expect(tween(0, 139_999, 0)).toBe(0);
    expect(tween(0, 139_999, 1)).toBe(139_999);
    expect(tween(0, 139_999, 1.7)).toBe(139_999);
    expect(tween(0, 3.14159, 1)).toBe(3.14159);
  });
  it('rises monotonically and never overshoots', () => {
    let last = -1;
    for (let t = 0; t <= 1; t += 0.01) {
      const v = tween(0, 140_000, t);
      expect(v).toBeGreaterThanOrEqual(last);
      expect(v).toBeLessThanOrEqual(140_000);
      last = v;
    }
  });
  it('shows no more decimals than the end value', () => {
    for (let t = 0.05; t < 1; t += 0.05) {
      expect(Number.isInteger(tween(0, 2_200, t))).toBe(true);
      expect(decimalsOf(tween(0, 3.1, t))).toBeLessThanOrEqual(1);
    }
  });
  it('counts down too', () => {
    expect(tween(100, 0, 0.5)).toBeLessThan(100);
    expect(tween(100, 0, 1)).toBe(0);
  });
  it('eases out', () => {
    expect(easeOutCubic(0)).toBe(0);
    expect(easeOutCubic(1)).toBe(1);
    expect(easeOutCubic(0.5)).toBeGreaterThan(0.5);
  });
});
