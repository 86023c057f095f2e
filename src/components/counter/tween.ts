/** Count-up arithmetic. Pure: the frame loop lives in CountUpController. */

/** Ease-out cubic: fast start, gentle landing. */
export function easeOutCubic(t: number): number {
  const u = 1 - t;
  return 1 - u * u * u;
}

/** The number of decimals `value` needs (up to 6): intermediate frames use no more than the end value. */
export function decimalsOf(value: number): number {
  let d = 0;
  while (d < 6 && Math.round(value * 10 ** d) / 10 ** d !== value) d++;
  return d;
}

/**
 * The figure shown at progress `t` (0..1) of a count from `from` to `to`. Returns `to` exactly
 * for t >= 1, and rounds intermediate values to the end value's decimals.
 */
export function tween(from: number, to: number, t: number, decimals = decimalsOf(to)): number {
  if (t >= 1) return to;
  if (t <= 0) return from;
  const f = 10 ** decimals;
  return Math.round((from + (to - from) * easeOutCubic(t)) * f) / f;
}
