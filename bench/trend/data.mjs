// 3 series × n points: hourly times from 2000-01-01, seeded random walks (mulberry32, seed 42).
// Plain JavaScript so that the page (prepared arrays) and scripts/bench-trend.mjs (the published
// JSON text every library fetches) make the same figures.

/** @returns {{ t: Float64Array, series: Float64Array[] }} t in UTC ms */
export function generate(n, seed = 42) {
  let a = seed;
  const rand = () => {
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

/** The JSON a partner publishes for it: one row per hour, `date` (ISO, minutes) and a, b, c. */
export function publishedJson(n) {
  const d = generate(n);
  const rows = Array.from(d.t, (t, i) => ({ date: new Date(t).toISOString().slice(0, 16), a: d.series[0][i], b: d.series[1][i], c: d.series[2][i] }));
  return JSON.stringify(rows);
}
