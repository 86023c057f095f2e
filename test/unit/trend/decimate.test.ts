import { describe, expect, it } from 'vitest';
import { m4 } from '../../../src/components/trend/decimate.js';

/** A seeded random walk (mulberry32), as the performance reference uses. */
function walk(n: number, seed = 42): number[] {
  let a = seed;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ys: number[] = [];
  let y = 1000;
  for (let i = 0; i < n; i++) ys.push((y += rand() - 0.5));
  return ys;
}

describe('m4 decimation', () => {
  it('keeps at most four points per pixel column, in order', () => {
    const n = 100_000;
    const width = 800;
    const xs = Array.from({ length: n }, (_, i) => (i / (n - 1)) * width);
    const keep = m4(xs, walk(n));
    expect(keep.length).toBeLessThanOrEqual(4 * (width + 1));
    expect(keep.length).toBeGreaterThan(width);
    for (let k = 1; k < keep.length; k++) expect(keep[k]!).toBeGreaterThan(keep[k - 1]!);
  });

  it('keeps the minimum and maximum of every column, so a one-day spike survives', () => {
    const n = 10_000;
    const xs = Array.from({ length: n }, (_, i) => (i / n) * 100);
    const ys = walk(n);
    ys[5_123] = 1e6; // a surge
    ys[7_777] = -1e6;
    const keep = new Set(m4(xs, ys));
    expect(keep.has(5_123)).toBe(true);
    expect(keep.has(7_777)).toBe(true);
    // every column's extremes are kept
    for (let c = 0; c < 100; c++) {
      const idx = [...Array(n).keys()].filter((i) => Math.floor(xs[i]!) === c);
      const vals = idx.map((i) => ys[i]!);
      expect(keep.has(idx[vals.indexOf(Math.max(...vals))]!)).toBe(true);
      expect(keep.has(idx[vals.indexOf(Math.min(...vals))]!)).toBe(true);
      expect(keep.has(idx[0]!)).toBe(true);
      expect(keep.has(idx[idx.length - 1]!)).toBe(true);
    }
  });

  it('keeps every point when there are fewer points than pixels', () => {
    const xs = [0, 10, 20, 30];
    expect(m4(xs, [1, 2, 3, 4])).toEqual([0, 1, 2, 3]);
  });

  it('keeps gaps as gaps: a missing value is never bridged or dropped', () => {
    const xs = [0, 0.2, 0.4, 0.6, 0.8];
    expect(m4(xs, [1, 5, undefined, 2, 3])).toEqual([0, 1, 2, 3, 4]);
    expect(m4([0, 0.5], [undefined, undefined])).toEqual([0, 1]);
  });

  it('reads NaN as a gap too (the layout passes values in a Float64Array)', () => {
    const xs = Float64Array.from([0, 0.2, 0.4, 0.6, 0.8]);
    expect(m4(xs, Float64Array.from([1, 5, Number.NaN, 2, 3]))).toEqual([0, 1, 2, 3, 4]);
    // a gap in the middle of a crowded column splits it: both sides keep their extremes
    expect(m4([0, 0.1, 0.2, 0.3, 0.4, 0.5], [4, 9, 1, Number.NaN, 7, 2])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps first, minimum, maximum and last in x order when the maximum comes first', () => {
    expect(m4([0, 0.1, 0.2, 0.3, 0.4], [5, 9, 3, 1, 4])).toEqual([0, 1, 3, 4]);
  });

  it('handles empty input', () => {
    expect(m4([], [])).toEqual([]);
  });
});
