/** Change between two figures, for "up 12,000 (9.4%) from 128,000". Pure. */

export interface Change {
  readonly direction: 'up' | 'down' | 'none';
  /** Absolute difference, always >= 0; the direction carries the sign. */
  readonly delta: number;
  /** |delta| / |previous|, or undefined when the previous figure is 0 (no meaningful percentage). */
  readonly ratio: number | undefined;
}

/** Returns undefined unless both figures are finite. */
export function computeChange(value: number, previous: number): Change | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(previous)) return undefined;
  const diff = value - previous;
  return {
    direction: diff > 0 ? 'up' : diff < 0 ? 'down' : 'none',
    delta: Math.abs(diff),
    ratio: previous === 0 ? undefined : Math.abs(diff) / Math.abs(previous),
  };
}
