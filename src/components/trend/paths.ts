/**
 * The marks in pixels: lines with a break at each gap, areas, stacked layers and bars, decimated
 * (M4, or the highest per pixel column for bars) when a series has more points than the plot has
 * pixel columns. Pure.
 *
 * The loops over every point live in small functions, not in one big layout function: a hot loop
 * gets its function compiled by the optimizing compiler (on-stack replacement), and for a big
 * function, with everything it inlines, that compile took 130 ms of CPU, more than the loops it
 * speeds up, on a page that lays the chart out once.
 */
import { m4 } from './decimate.js';
import type { Scale } from './scales.js';
import { round, type PlacedBar, type PlacedLine, type PlotBox, type TrendKind, type TrendSeries } from './types.js';

/** A visible series and its position in the palette. */
export interface Visible {
  readonly s: TrendSeries;
  readonly index: number;
}

export interface Marks {
  readonly lines: PlacedLine[];
  readonly bars: PlacedBar[];
  readonly decimated: boolean;
}

/**
 * Polylines with a break at each gap. A figure with a gap on both sides (or a one-date series)
 * is a zero-length segment, which the round line cap draws as a dot: never an invisible `M`.
 */
export function segmentsPath(xs: readonly number[], ys: readonly (number | undefined)[]): string {
  let d = '';
  let run = 0; // points in the current polyline
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (y === undefined) {
      if (run === 1) d += 'h0';
      run = 0;
      continue;
    }
    d += `${run > 0 ? 'L' : 'M'}${round(xs[i]!)},${round(y)}`;
    run++;
  }
  if (run === 1) d += 'h0';
  return d;
}

/** Closed areas between `tops` and `bases`, one per run of defined points. */
export function areaPath(xs: readonly number[], tops: readonly (number | undefined)[], bases: readonly number[]): string {
  let d = '';
  let start = -1;
  const close = (end: number): void => {
    if (start < 0) return;
    let part = '';
    for (let i = start; i <= end; i++) part += `${i === start ? 'M' : 'L'}${round(xs[i]!)},${round(tops[i]!)}`;
    for (let i = end; i >= start; i--) part += `L${round(xs[i]!)},${round(bases[i]!)}`;
    d += `${part}Z`;
    start = -1;
  };
  for (let i = 0; i < xs.length; i++) {
    if (tops[i] === undefined) close(i - 1);
    else if (start < 0) start = i;
  }
  close(xs.length - 1);
  return d;
}

/** Lines (and areas down to the axis) of each visible series; `origin` is the x of the first date (pixel columns count from it). */
export function placeLines(visible: readonly Visible[], kind: TrendKind, x: Scale, y: Scale, plot: PlotBox, origin: number): Marks {
  const lines: PlacedLine[] = [];
  const columns = plot.right - plot.left;
  let decimated = false;
  for (const { s, index } of visible) {
    // M4 when there are more points than pixel columns: the same picture, far fewer nodes
    const thin = s.times.length > columns * 2;
    if (thin) decimated = true;
    const { xs, ys } = placePoints(s, x, y, thin ? origin : undefined);
    const line: PlacedLine = { key: s.key, index, d: segmentsPath(xs, ys) };
    lines.push(kind === 'area' ? { ...line, area: areaPath(xs, ys, xs.map(() => plot.bottom)) } : line);
  }
  return { lines, bars: [], decimated };
}

/** Stacked layers on one set of dates, so that each sits exactly on the one below. */
export function placeStack(visible: readonly Visible[], tops: readonly (readonly (number | undefined)[])[], dateX: readonly number[], y: Scale, plot: PlotBox, origin: number): Marks {
  let keep: number[] = dateX.map((_, i) => i);
  let decimated = false;
  if (dateX.length > (plot.right - plot.left) * 2) {
    keep = keptByAnyLayer(dateX, origin, tops);
    decimated = true;
  }
  const xs = keep.map((i) => dateX[i]!);
  const lines = visible.map(({ s, index }, k) => {
    const top = keep.map((i) => (tops[k]![i] === undefined ? undefined : y(tops[k]![i]!)));
    // where a layer is known, so is everything under it
    const bottom = keep.map((i) => y(k === 0 ? 0 : (tops[k - 1]![i] ?? 0)));
    return { key: s.key, index, d: segmentsPath(xs, top), area: areaPath(xs, top, bottom) };
  });
  return { lines, bars: [], decimated };
}

/** Bars side by side in each date's slot (mirrored when time runs right to left). */
export function placeBars(visible: readonly Visible[], dateX: readonly number[], x: Scale, y: Scale, plot: PlotBox, origin: number, reverseTime: boolean): Marks {
  const columns = plot.right - plot.left;
  const slot = Math.min(columns / Math.max(dateX.length, 1), narrowestStep(dateX));
  const group = Math.max(1, slot * 0.8);
  const w = Math.max(1, group / Math.max(visible.length, 1));
  const bars: PlacedBar[] = [];
  let decimated = false;
  visible.forEach(({ s, index }, k) => {
    const offset = reverseTime ? group / 2 - (k + 1) * w : -group / 2 + k * w;
    // more bars than pixel columns (100k hourly figures would be 100k rects and freeze the
    // page): one bar per column, the column's highest, which is what the thin bars would
    // paint; a one-day surge stays
    const thin = s.times.length > columns;
    if (thin) decimated = true;
    const drawn = thin ? highestPerColumn(s, x, origin) : definedPoints(s);
    for (const i of drawn) {
      const top = y(s.values[i]!);
      bars.push({ key: s.key, index, x: round(x(s.times[i]!) + offset), y: round(top), w: round(w), h: round(plot.bottom - top) });
    }
  });
  return { lines: [], bars, decimated };
}

/** The dates M4 keeps for any layer of a stack, ascending: every layer is drawn on the same dates. */
function keptByAnyLayer(dateX: readonly number[], origin: number, tops: readonly (readonly (number | undefined)[])[]): number[] {
  const columns = new Float64Array(dateX.length);
  for (let i = 0; i < dateX.length; i++) columns[i] = Math.abs(dateX[i]! - origin);
  const kept = new Set<number>();
  for (const layer of tops) for (const i of m4(columns, layer)) kept.add(i);
  return [...kept].sort((a, b) => a - b);
}

/** x of each time. */
export function positions(times: readonly number[], x: Scale): number[] {
  const out = new Array<number>(times.length);
  for (let i = 0; i < times.length; i++) out[i] = x(times[i]!);
  return out;
}

/** The smallest distance between neighbouring positions (Infinity for fewer than two). */
function narrowestStep(xs: readonly number[]): number {
  let step = Infinity;
  for (let i = 1; i < xs.length; i++) step = Math.min(step, Math.abs(xs[i]! - xs[i - 1]!));
  return step;
}

/** The indices of the points with a figure. */
function definedPoints(s: TrendSeries): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.values.length; i++) if (!Number.isNaN(s.values[i]!)) out.push(i);
  return out;
}

/** Per pixel column (from `origin`), the index of the point with the highest figure; gaps are left out. */
function highestPerColumn(s: TrendSeries, x: Scale, origin: number): number[] {
  const { times, values } = s;
  const out: number[] = [];
  let column = Number.NaN;
  let best = -1;
  for (let i = 0; i < times.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const c = Math.floor(Math.abs(x(times[i]!) - origin));
    if (c !== column) {
      if (best >= 0) out.push(best);
      column = c;
      best = i;
    } else if (v > values[best]!) best = i;
  }
  if (best >= 0) out.push(best);
  return out;
}

/**
 * A series in pixels, a gap as undefined: every point, or, given the x `origin` of the pixel
 * columns, M4's few per column. The columns go to M4 as they are: no number is boxed per point.
 */
function placePoints(s: TrendSeries, x: Scale, y: Scale, origin: number | undefined): { xs: number[]; ys: (number | undefined)[] } {
  const { times, values } = s;
  const n = times.length;
  const xs: number[] = [];
  const ys: (number | undefined)[] = [];
  if (origin === undefined) {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      xs.push(x(times[i]!));
      ys.push(Number.isNaN(v) ? undefined : y(v));
    }
    return { xs, ys };
  }
  const px = new Float64Array(n);
  const columns = new Float64Array(n);
  // x written out (the same arithmetic as linearScale): this loop runs once per chart over every
  // point, mostly before the engine has optimised it, where a call per point costs
  const [d0, d1] = x.domain;
  const [r0, r1] = x.range;
  const span = d1 - d0 || 1;
  const dr = r1 - r0;
  for (let i = 0; i < n; i++) {
    const p = r0 + ((times[i]! - d0) / span) * dr;
    px[i] = p;
    columns[i] = p < origin ? origin - p : p - origin;
  }
  for (const i of m4(columns, values)) {
    const v = values[i]!;
    xs.push(px[i]!);
    ys.push(Number.isNaN(v) ? undefined : y(v));
  }
  return { xs, ys };
}
