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
  const n = xs.length;
  const keep: number[] = [];
  const push = (k: number): void => {
    if (keep[keep.length - 1] !== k) keep.push(k);
  };
  let i = 0;
  while (i < n) {
    const v = ys[i];
    if (v === undefined || Number.isNaN(v)) {
      keep.push(i);
      i++;
      continue;
    }
    const column = Math.floor(xs[i]!);
    const first = i;
    let min = i;
    let max = i;
    let low = v;
    let high = v;
    i++;
    for (; i < n && Math.floor(xs[i]!) === column; i++) {
      const y = ys[i];
      if (y === undefined || Number.isNaN(y)) break;
      if (y < low) {
        min = i;
        low = y;
      }
      if (y > high) {
        max = i;
        high = y;
      }
    }
    // up to four points, in x order (first <= min, max <= last), without repeats
    push(first);
    push(Math.min(min, max));
    push(Math.max(min, max));
    push(i - 1);
  }
  return keep;
}
