import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, naturalBreaks, quantileBreaks, quantizeBreaks, readThresholds, roundBreak } from '../../../src/components/map/classes.js';

// IDPs by governorate, April 2024 (DTM round 132; data/samples)
const APRIL_2024 = [33_354, 4_410, 636, 6_852, 2_256, 126_474, 16_170, 26_532, 233_162, 42_252, 222_865, 10_032, 92_610, 1_242, 229_120, 44_748, 2_046, 4_152];
const classesOf = (breaks: number[]): number[] => APRIL_2024.map((v) => classOf(v, breaks));
const counts = (breaks: number[], k: number): number[] => {
  const c = new Array<number>(k).fill(0);
  for (const i of classesOf(breaks)) c[i]!++;
  return c;
};

describe('readThresholds', () => {
  it.each<[string, number[]]>([
    ['1000, 10000, 100000', [1000, 10000, 100000]],
    ['1,000, 10,000, 100,000', [1000, 10000, 100000]],
    ['100,1000,5000', [100, 1000, 5000]],
    ['1 000; 10 000', [1000, 10000]],
    ['١٠٠٠، ١٠٠٠٠', [1000, 10000]],
    ['', []],
  ])('reads %j', (raw, values) => {
    expect(readThresholds(raw)).toEqual({ values, invalid: [] });
  });

  it('returns what is not a number apart, to be said', () => {
    expect(readThresholds('1000, lots, 5e3')).toEqual({ values: [1000], invalid: ['lots', '5e3'] });
  });
});

describe('class breaks', () => {
  it('puts about the same number of governorates in each quantile class (the default)', () => {
    const breaks = classBreaks(APRIL_2024, 'quantile', 5);
    expect(breaks).toHaveLength(4);
    for (const n of counts(breaks, 5)) expect(n === 3 || n === 4).toBe(true);
  });

  it('rounds breaks to few significant figures, ascending, above the minimum, never moving a value across', () => {
    for (const scale of ['quantile', 'quantize', 'natural'] as const) {
      const breaks = classBreaks(APRIL_2024, scale, 5);
      const raw = scale === 'quantile' ? quantileBreaks(APRIL_2024, 5) : scale === 'quantize' ? quantizeBreaks(APRIL_2024, 5) : naturalBreaks(APRIL_2024, 5);
      for (const b of breaks) expect(roundBreak(b, 3)).toBe(b); // two figures where that keeps the classes, else three
      expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
      expect(breaks[0]!).toBeGreaterThan(636);
      // every governorate is in the class the unrounded breaks put it in
      expect(APRIL_2024.map((v) => classOf(v, breaks))).toEqual(APRIL_2024.map((v) => classOf(v, raw)));
    }
  });

  it('keeps natural classes whole: Baghdad (26,532) stays with Al-Anbar, not in the smallest class', () => {
    const breaks = classBreaks(APRIL_2024, 'natural', 5);
    expect(breaks).toEqual([26_500, 92_600, 126_000, 220_000]);
    expect(classOf(26_532, breaks)).toBe(classOf(33_354, breaks));
    expect(classOf(92_610, breaks)).not.toBe(classOf(44_748, breaks));
  });

  it('shows why equal intervals suit skewed counts badly: most areas share the first class', () => {
    expect(counts(classBreaks(APRIL_2024, 'quantize', 5), 5)[0]).toBeGreaterThanOrEqual(12);
  });

  it('finds natural groups: the three largest hosts (Duhok, Ninewa, Erbil) together', () => {
    const breaks = naturalBreaks(APRIL_2024, 4);
    const top = [233_162, 229_120, 222_865].map((v) => classOf(v, breaks));
    expect(new Set(top).size).toBe(1);
    expect(classOf(126_474, breaks)).toBeLessThan(top[0]!);
    // the exact optimum on a small case
    expect(naturalBreaks([1, 2, 3, 10, 11, 12, 50, 51], 3)).toEqual([10, 50]);
  });

  it('uses the publisher\'s thresholds as given', () => {
    expect(classBreaks(APRIL_2024, 'threshold', 5, [100_000, 10_000, 1_000, Number.NaN, 10_000])).toEqual([1_000, 10_000, 100_000]);
  });

  it('gives fewer classes, never empty ones, when values cannot fill them', () => {
    expect(classBreaks([5, 5, 5, 5], 'quantile', 5)).toEqual([]);
    expect(classBreaks([1, 2], 'natural', 5)).toEqual([2]);
    expect(classBreaks([], 'quantile', 5)).toEqual([]);
  });

  it('computes quantiles and equal intervals exactly', () => {
    expect(quantileBreaks([1, 2, 3, 4, 5], 2)).toEqual([3]);
    expect(quantizeBreaks([0, 100], 4)).toEqual([25, 50, 75]);
  });

  it('assigns each value the number of breaks at or below it', () => {
    expect([0, 9, 10, 11, 99, 100, 1000].map((v) => classOf(v, [10, 100]))).toEqual([0, 0, 1, 1, 1, 2, 2]);
  });
});
