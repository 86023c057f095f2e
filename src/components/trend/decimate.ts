/**
 * M4 decimation (Jugel et al., 2014): per pixel column keep the first, minimum, maximum and last
 * point. The drawn line is the same as with every point at that width, and a one-day surge is
 * never lost (LTTB can drop such spikes). Gaps (undefined or NaN values) are kept as gaps.
 * Pure; works on indices so the tooltip and the table still use the real points.
 */

/**
 * @param xs pixel x of each point, ascending
 * @param ys values (undefined or NaN = missing: a gap)
 * @returns indices of the points to draw, ascending; every gap point is kept so lines break there
 */
export function m4(xs: ArrayLike<number>, ys: ArrayLike<number | undefined>): number[] {
  // this loop runs once per chart over every point, mostly before the engine has optimised it:
  // few operations per point (`v !== v` is the NaN test, the keeps written inline)
  const n = xs.length;
  const keep: number[] = [];
  let last = -1;
  let i = 0;
  while (i < n) {
    const v = ys[i];
    if (v === undefined || v !== v) {
      keep.push(i);
      last = i;
      i++;
      continue;
    }
    const column = Math.floor(xs[i]!);
    const first = i;
    let min = i;
    let max = i;
    let low = v;
    let high = v;
    for (i++; i < n; i++) {
      const x = xs[i]!;
      if (!(x >= column && x < column + 1)) break; // another pixel column (NaN too)
      const y = ys[i];
      if (y === undefined || y !== y) break;
      if (y < low) {
        min = i;
        low = y;
      } else if (y > high) {
        max = i;
        high = y;
      }
    }
    // up to four points, in x order (first <= min, max <= last), without repeats
    const a = min < max ? min : max;
    const b = min < max ? max : min;
    if (first !== last) keep.push((last = first));
    if (a !== last) keep.push((last = a));
    if (b !== last) keep.push((last = b));
    if (i - 1 !== last) keep.push((last = i - 1));
  }
  return keep;
}
