/** 3 series × n points: hourly times from 2000-01-01, seeded random walks (mulberry32, seed 42). */
export interface BenchData {
  readonly t: Float64Array; // UTC ms
  readonly series: readonly Float64Array[];
}

export function generate(n: number, seed = 42): BenchData {
  let a = seed;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const t = new Float64Array(n);
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < n; i++) t[i] = start + i * 3_600_000;
  const series = [0, 1, 2].map((k) => {
    const ys = new Float64Array(n);
    let y = 100_000 * (k + 1);
    for (let i = 0; i < n; i++) ys[i] = y = Math.max(0, y + (rand() - 0.5) * 2_000);
    return ys;
  });
  return { t, series };
}
