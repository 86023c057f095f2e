/**
 * M4 decimation (Jugel et al., 2014): per pixel column keep the first, minimum, maximum and last
 * point. The drawn line is the same as with every point at that width, and a one-day surge is
 * never lost (LTTB can drop such spikes). Gaps (undefined values) are kept as gaps.
 * Pure; works on indices so the tooltip and the table still use the real points.
 */

/**
 * @param xs pixel x of each point, ascending
 * @param ys values (undefined = missing: a gap)
 * @returns indices of the points to draw, ascending; every gap point is kept so lines break there
 */
export function m4(xs: ArrayLike<number>, ys: ArrayLike<number | undefined>): number[] {
  const n = xs.length;
  const keep: number[] = [];
  let i = 0;
  while (i < n) {
    if (ys[i] === undefined) {
      keep.push(i);
      i++;
      continue;
    }
    const column = Math.floor(xs[i]!);
    const first = i;
    let min = i;
    let max = i;
    let last = i;
    i++;
    while (i < n && ys[i] !== undefined && Math.floor(xs[i]!) === column) {
      const y = ys[i]!;
      if (y < ys[min]!) min = i;
      if (y > ys[max]!) max = i;
      last = i;
      i++;
    }
    // up to four points, in x order, without repeats
    const picked = [first, min, max, last].sort((a, b) => a - b);
    for (let k = 0; k < picked.length; k++) if (k === 0 || picked[k] !== picked[k - 1]) keep.push(picked[k]!);
  }
  return keep;
}
