/**
 * Trend layout: series, size, language and options in; everything the chart draws out, in pixels
 * (axes and their localised labels, paths with gaps, bars, peak/latest marks, annotations).
 * Pure: no DOM, so it is tested in node and never reads the page.
 */
import { formatShortDate, type ShortDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { m4 } from './decimate.js';
import { linearScale, timeInterval, timeTicks, valueTicks, type Scale, type TimeUnit } from './scales.js';
import { formatClock } from './summary.js';

export type TrendKind = 'line' | 'area' | 'stacked-area' | 'bar';

export interface TrendPoint {
  /** UTC ms of the reporting date. */
  readonly t: number;
  /** undefined: the data says "no figure" here; the line breaks. */
  readonly value: number | undefined;
  /** The reporting date as published (`2024-04-30`, or `2024-04` at month precision), for labels. */
  readonly key?: string;
}

export interface TrendSeries {
  readonly key: string;
  readonly label: string;
  /** Sorted by time. */
  readonly points: readonly TrendPoint[];
}

export interface LayoutOptions {
  readonly width: number;
  readonly height: number;
  readonly loc: ResolvedLocale;
  readonly kind: TrendKind;
  readonly hidden?: ReadonlySet<string>;
  readonly marks?: { readonly peak: boolean; readonly latest: boolean };
  readonly annotations?: readonly { readonly t: number; readonly label: string }[];
  /** Time runs right to left (Arabic and Sorani by default). */
  readonly reverseTime?: boolean;
  /** The value axis on the right (right-to-left languages). */
  readonly axisRight?: boolean;
}

export interface Tick {
  readonly at: number;
  readonly label: string;
}

export interface PlacedLine {
  readonly key: string;
  /** Position in the palette (the series' order, hidden ones included). */
  readonly index: number;
  readonly d: string;
  readonly area?: string;
}

export interface PlacedBar {
  readonly key: string;
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PlacedMark {
  readonly key: string;
  readonly index: number;
  readonly kind: 'peak' | 'latest';
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /** Where the label sits relative to the point. */
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface TrendLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly x: Scale;
  readonly y: Scale;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Every reporting date of the visible series, ascending, and its x. */
  readonly dates: readonly number[];
  readonly dateX: readonly number[];
  readonly lines: readonly PlacedLine[];
  readonly bars: readonly PlacedBar[];
  readonly marks: readonly PlacedMark[];
  /** Events marked: `row` 0 is the line just above the plot, 1 the one above it (no overlaps). */
  readonly annotations: readonly { readonly x: number; readonly label: string; readonly row: number; readonly anchor: 'start' | 'middle' | 'end' }[];
  /** True when a series had more points than pixels and was drawn decimated (M4). */
  readonly decimated: boolean;
}

const CHAR = 7; // average width of a 12px label character, for margins only
/** Height of a row of annotation labels. */
export const ANNOTATION_ROW = 14;
const round = (v: number): number => Math.round(v * 10) / 10;

/** Where a label of `width` px drawn at `x` with `anchor` starts (the SVG is left to right). */
const labelStart = (x: number, width: number, anchor: 'start' | 'middle' | 'end'): number =>
  anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;

/**
 * Polylines with a break at each gap. A figure with a gap on both sides (or a one-date series)
 * is a zero-length segment, which the round line cap draws as a dot: never an invisible `M`.
 */
function segmentsPath(xs: readonly number[], ys: readonly (number | undefined)[]): string {
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
function areaPath(xs: readonly number[], tops: readonly (number | undefined)[], bases: readonly number[]): string {
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

/**
 * The ascending union of the series' times (each series is sorted). Series read from the same
 * rows share their dates, and then the first list is the answer; otherwise a merge, not a set and
 * a sort: a 100k-point series is common.
 */
export function unionOfTimes(lists: readonly (readonly TrendPoint[])[]): number[] {
  const first = lists[0] ?? [];
  if (lists.every((l) => sameTimes(l, first))) {
    // keys of different precision can share a time (`2024` and `2024-01`): one date each
    const out: number[] = [];
    for (const p of first) if (out.length === 0 || out[out.length - 1] !== p.t) out.push(p.t);
    return out;
  }
  let out: number[] = [];
  for (const list of lists) {
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < out.length || j < list.length) {
      const a = i < out.length ? out[i]! : Infinity;
      const b = j < list.length ? list[j]!.t : Infinity;
      const t = Math.min(a, b);
      if (a === t) i++;
      if (b === t) j++;
      if (merged.length === 0 || merged[merged.length - 1] !== t) merged.push(t);
    }
    out = merged;
  }
  return out;
}

/** True when both lists have the same times (plain loops: this runs over every point, once, in cold code). */
function sameTimes(a: readonly TrendPoint[], b: readonly TrendPoint[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.t !== b[i]!.t) return false;
  return true;
}

/**
 * Layers of a stacked chart on the shared dates: `tops[k][i]` is the top of layer k at date i
 * (the sum of layers 0..k), undefined where that layer or one under it has no figure: a stack
 * with a missing layer has no known height, and is never drawn as if the layer were zero.
 */
export function stackOn(dates: readonly number[], layers: readonly (readonly TrendPoint[])[]): { tops: (number | undefined)[][]; total: (number | undefined)[] } {
  const at = new Map<number, number>();
  dates.forEach((t, i) => at.set(t, i));
  let below: (number | undefined)[] = dates.map(() => 0);
  const tops = layers.map((points) => {
    const own = new Array<number | undefined>(dates.length).fill(undefined);
    for (const p of points) if (p.value !== undefined) own[at.get(p.t)!] = (own[at.get(p.t)!] ?? 0) + p.value;
    const top = below.map((b, i) => (b === undefined || own[i] === undefined ? undefined : b + own[i]!));
    below = top;
    return top;
  });
  return { tops, total: layers.length ? below : [] };
}

export function layoutTrend(series: readonly TrendSeries[], o: LayoutOptions): TrendLayout {
  const hidden = o.hidden ?? new Set<string>();
  const visible = series.map((s, index) => ({ s, index })).filter(({ s }) => !hidden.has(s.key));
  const compact = formatNumber(o.loc, { notation: 'compact' });
  const full = formatNumber(o.loc);

  // dates and the value domain
  const dates = unionOfTimes(visible.map(({ s }) => s.points));
  const stacked = o.kind === 'stacked-area';
  let max = 0;
  const stack = stacked ? stackOn(dates, visible.map(({ s }) => s.points)) : undefined;
  // every drawn top of a stack: where an upper layer is missing, a lower one is still drawn
  // each visible series' highest and latest figure: the value domain, then the marks
  const extremes = stack ? [] : visible.map(({ s }) => peakAndLatest(s.points));
  if (stack) for (const tops of stack.tops) max = Math.max(max, largest(tops));
  else for (const { peak } of extremes) max = Math.max(max, peak?.value ?? 0);

  // margins: room for the value labels on the axis side, the time labels below
  const width = Math.max(o.width, 60);
  const height = Math.max(o.height, 60);
  const yCount = Math.max(2, Math.min(8, Math.floor(height / 55)));
  const yValues = valueTicks(max, yCount);
  const yLabels = yValues.map(compact);
  const axisWidth = Math.max(...yLabels.map((l) => l.length)) * CHAR + 12;
  const plot = {
    left: o.axisRight ? 8 : axisWidth,
    right: width - (o.axisRight ? axisWidth : 12),
    top: 16,
    bottom: height - 24,
  };
  const t0 = dates[0] ?? 0;
  const t1 = dates[dates.length - 1] ?? 1;
  // bars need half a slot of room at both ends
  const pad = o.kind === 'bar' && dates.length > 1 ? (t1 - t0) / (dates.length - 1) / 2 : o.kind === 'bar' ? 43_200_000 : 0;
  const x = linearScale([t0 - pad, t1 + pad], o.reverseTime ? [plot.right, plot.left] : [plot.left, plot.right]);
  // annotation labels sit above the plot, one row each where neighbours would overlap; the plot
  // starts under the last row
  const annotations: TrendLayout['annotations'][number][] = [];
  const rowEnds: number[] = [];
  // up to three rows, and only as many as leave a plot of 10 px under them
  const maxRows = Math.max(1, Math.min(3, Math.floor((plot.bottom - 10 - plot.top) / ANNOTATION_ROW) + 1));
  const inRange = (o.annotations ?? []).filter((a) => a.t >= t0 - pad && a.t <= t1 + pad).map((a) => ({ x: round(x(a.t)), label: a.label }));
  for (const a of [...inRange].sort((p, q) => p.x - q.x)) {
    const w = a.label.length * CHAR;
    // near an edge the label runs inward, not over the value axis; then where it really spans
    const anchor = a.x - w / 2 < plot.left ? 'start' : a.x + w / 2 > plot.right ? 'end' : 'middle';
    const x0 = labelStart(a.x, w, anchor) - 4;
    const x1 = x0 + w + 8;
    let row = rowEnds.findIndex((end) => end <= x0);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    if (row < 0) {
      // no row has room (a small chart, crowded events): the line stays, without its label
      annotations.push({ ...a, label: '', row: 0, anchor });
      continue;
    }
    rowEnds[row] = x1;
    annotations.push({ ...a, row, anchor });
  }
  // the rows above the plot, never so many that a small chart turns upside down
  plot.top += Math.max(0, rowEnds.length - 1) * ANNOTATION_ROW;
  const y = linearScale([0, yValues[yValues.length - 1]!], [plot.bottom, plot.top]);

  // time ticks: about one per 60 px, then fewer while the labels would not fit side by side
  // (Sorani and Arabic month names are long: "کانوونی دووەم ٢٠٢٣")
  const plotWidth = plot.right - plot.left;
  // ticks no finer than the dates published: monthly figures are labelled by month, hourly ones by the hour
  const finest = finestUnit(visible.map(({ s }) => s.points));
  const ticksFor = (count: number): Tick[] => {
    const interval = timeInterval(t0, t1, count, finest);
    return timeTicks(t0 - pad, t1 + pad, interval).map((t, i) => {
      const d = new Date(t);
      if (interval.unit === 'hour') {
        // the day at the first tick and at each midnight, the hour everywhere
        const clock = formatClock(o.loc, t);
        return { at: x(t), label: i === 0 || d.getUTCHours() === 0 ? `${formatShortDate(o.loc, t, 'md')} ${clock}` : clock };
      }
      const parts: ShortDate = interval.unit === 'year' ? 'y' : interval.unit === 'day' ? 'md' : i === 0 || d.getUTCMonth() === 0 ? 'ym' : 'm';
      return { at: x(t), label: formatShortDate(o.loc, t, parts) };
    });
  };
  let count = Math.max(1, Math.floor(plotWidth / 60));
  let xTicks = ticksFor(count);
  for (let tries = 0; tries < 4 && xTicks.length > 1; tries++) {
    const widest = Math.max(...xTicks.map((tick) => tick.label.length)) * CHAR + 16;
    if (xTicks.length * widest <= plotWidth) break;
    count = Math.max(1, Math.min(count - 1, Math.floor(plotWidth / widest)));
    xTicks = ticksFor(count);
  }
  const yTicks: Tick[] = yValues.map((v, i) => ({ at: y(v), label: yLabels[i]! }));
  const dateX = positions(dates, x);

  const lines: PlacedLine[] = [];
  const bars: PlacedBar[] = [];
  let decimated = false;
  const origin = x(t0);

  if (o.kind === 'bar') {
    const slot = Math.min(plotWidth / Math.max(dates.length, 1), narrowestStep(dateX));
    const group = Math.max(1, slot * 0.8);
    const w = Math.max(1, group / Math.max(visible.length, 1));
    visible.forEach(({ s, index }, k) => {
      const offset = o.reverseTime ? group / 2 - (k + 1) * w : -group / 2 + k * w;
      // more bars than pixel columns (100k hourly figures would be 100k rects and freeze the
      // page): one bar per column, the column's highest, which is what the thin bars would
      // paint; a one-day surge stays
      const thin = s.points.length > plotWidth;
      if (thin) decimated = true;
      const drawn = thin ? highestPerColumn(s.points, x, origin) : s.points.filter((p) => p.value !== undefined);
      for (const p of drawn) {
        const top = y(p.value!);
        bars.push({ key: s.key, index, x: round(x(p.t) + offset), y: round(top), w: round(w), h: round(plot.bottom - top) });
      }
    });
  } else if (stack) {
    // one set of dates for every layer, so that each sits exactly on the one below
    let keep: number[] = dates.map((_, i) => i);
    if (dates.length > plotWidth * 2) {
      keep = keptByAnyLayer(dateX, origin, stack.tops);
      decimated = true;
    }
    const xs = keep.map((i) => dateX[i]!);
    visible.forEach(({ s, index }, k) => {
      const tops = keep.map((i) => (stack.tops[k]![i] === undefined ? undefined : y(stack.tops[k]![i]!)));
      // where a layer is known, so is everything under it
      const bottoms = keep.map((i) => y(k === 0 ? 0 : (stack.tops[k - 1]![i] ?? 0)));
      lines.push({ key: s.key, index, d: segmentsPath(xs, tops), area: areaPath(xs, tops, bottoms) });
    });
  } else {
    for (const { s, index } of visible) {
      // M4 when there are more points than pixel columns: the same picture, far fewer nodes
      const thin = s.points.length > plotWidth * 2;
      if (thin) decimated = true;
      const { xs, ys } = placePoints(s.points, x, y, thin ? origin : undefined);
      const line: PlacedLine = { key: s.key, index, d: segmentsPath(xs, ys) };
      lines.push(o.kind === 'area' ? { ...line, area: areaPath(xs, ys, xs.map(() => plot.bottom)) } : line);
    }
  }

  // peak and latest, per visible series (the stack's total for stacked areas)
  const marks: PlacedMark[] = [];
  const wantPeak = o.marks?.peak ?? true;
  const wantLatest = o.marks?.latest ?? true;
  const anchorFor = (px: number): PlacedMark['anchor'] => (px < plot.left + 40 ? 'start' : px > plot.right - 40 ? 'end' : 'middle');
  const markSeries: { key: string; index: number; peak: TrendPoint | undefined; latest: TrendPoint | undefined }[] = stack
    ? visible.length
      ? [{ key: 'total', index: -1, ...peakAndLatest(dates.map((t, i) => ({ t, value: stack.total[i] }))) }]
      : []
    : visible.map(({ s, index }, k) => ({ key: s.key, index, ...extremes[k]! }));
  for (const { peak, latest, ...m } of markSeries) {
    // the latest point, when marked, already carries the peak's label
    if (peak && wantPeak && (peak !== latest || !wantLatest)) {
      const px = x(peak.t);
      marks.push({ key: m.key, index: m.index, kind: 'peak', x: round(px), y: round(y(peak.value!)), label: full(peak.value!), anchor: anchorFor(px) });
    }
    if (latest && wantLatest) {
      const px = x(latest.t);
      marks.push({ key: m.key, index: m.index, kind: 'latest', x: round(px), y: round(y(latest.value!)), label: full(latest.value!), anchor: anchorFor(px) });
    }
  }

  return { width, height, plot, x, y, xTicks, yTicks, dates, dateX, lines, bars, marks: withoutCrowding(marks), annotations, decimated };
}

/*
 * The loops over every point live in these small functions, not in layoutTrend: a hot loop gets
 * its function compiled by the optimizing compiler (on-stack replacement), and for layoutTrend,
 * with everything it inlines, that compile took 130 ms of CPU, more than the loops it speeds up,
 * on a page that lays the chart out once.
 */

/** The largest of `values` (0 when none is known). */
function largest(values: readonly (number | undefined)[]): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== undefined && v > max) max = v;
  }
  return max;
}

/** How precisely the series' dates are published: years, months, days, or hours (`…T06:00`). */
function finestUnit(lists: readonly (readonly TrendPoint[])[]): TimeUnit {
  let longest = 0;
  for (const points of lists) {
    for (let i = 0; i < points.length; i++) {
      const n = points[i]!.key?.length ?? 10; // a point without its key: a date
      if (n > longest) longest = n;
    }
  }
  return longest > 10 ? 'hour' : longest > 7 ? 'day' : longest > 4 ? 'month' : longest > 0 ? 'year' : 'day';
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
function positions(times: readonly number[], x: Scale): number[] {
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

/** Per pixel column (from `origin`), the point with the highest figure; gaps are left out. */
function highestPerColumn(points: readonly TrendPoint[], x: Scale, origin: number): TrendPoint[] {
  const out: TrendPoint[] = [];
  let column = Number.NaN;
  let best: TrendPoint | undefined;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.value === undefined) continue;
    const c = Math.floor(Math.abs(x(p.t) - origin));
    if (c !== column) {
      if (best) out.push(best);
      column = c;
      best = p;
    } else if (p.value > best!.value!) best = p;
  }
  if (best) out.push(best);
  return out;
}

/**
 * A series in pixels, a gap as undefined: every point, or, given the x `origin` of the pixel
 * columns, M4's few per column. The M4 input is typed arrays, a gap as NaN: no number is boxed per point.
 */
function placePoints(points: readonly TrendPoint[], x: Scale, y: Scale, origin: number | undefined): { xs: number[]; ys: (number | undefined)[] } {
  const n = points.length;
  const xs: number[] = [];
  const ys: (number | undefined)[] = [];
  if (origin === undefined) {
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      xs.push(x(p.t));
      ys.push(p.value === undefined ? undefined : y(p.value));
    }
    return { xs, ys };
  }
  const px = new Float64Array(n);
  const columns = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    px[i] = x(p.t);
    columns[i] = Math.abs(px[i]! - origin);
    values[i] = p.value ?? Number.NaN;
  }
  for (const i of m4(columns, values)) {
    xs.push(px[i]!);
    ys.push(Number.isNaN(values[i]!) ? undefined : y(values[i]!));
  }
  return { xs, ys };
}

/** The highest point (the first of equals) and the last point with a figure. */
function peakAndLatest(points: readonly TrendPoint[]): { peak: TrendPoint | undefined; latest: TrendPoint | undefined } {
  let peak: TrendPoint | undefined;
  let latest: TrendPoint | undefined;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.value === undefined) continue;
    if (!peak || p.value > peak.value!) peak = p;
    latest = p;
  }
  return { peak, latest };
}

/**
 * Mark labels that would overlap one already placed lose their text (the point stays marked):
 * 18 governorates would otherwise pile 36 figures on each other. Higher marks are placed first.
 */
function withoutCrowding(marks: PlacedMark[]): PlacedMark[] {
  const placed: { x0: number; x1: number; y: number }[] = [];
  const kept = new Set<PlacedMark>();
  for (const m of [...marks].sort((a, b) => a.y - b.y)) {
    const w = m.label.length * CHAR;
    const x0 = labelStart(m.x, w, m.anchor);
    const box = { x0, x1: x0 + w, y: m.y - 9 };
    if (placed.some((p) => box.x0 < p.x1 + 4 && p.x0 < box.x1 + 4 && Math.abs(box.y - p.y) < 14)) continue;
    placed.push(box);
    kept.add(m);
  }
  return marks.map((m) => (kept.has(m) ? m : { ...m, label: '' }));
}

/** The index of the first point at or after `time` in points sorted by time (points.length when none). */
export function pointIndex(points: readonly TrendPoint[], time: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.t < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The point at exactly `time`, if the series has one. Dates of different precision can share a
 * time (`2024`, `2024-01`): the most precise one, which names the date in the table and tooltip.
 */
export function pointAt(points: readonly TrendPoint[], time: number): TrendPoint | undefined {
  let found: TrendPoint | undefined;
  for (let i = pointIndex(points, time); points[i]?.t === time; i++) {
    if (!found || (points[i]!.key?.length ?? 0) > (found.key?.length ?? 0)) found = points[i];
  }
  return found;
}

/** The index of the reporting date nearest to pixel `px` (for hover), or -1 when there are none. */
export function nearestDate(layout: Pick<TrendLayout, 'dateX'>, px: number): number {
  const xs = layout.dateX;
  const n = xs.length;
  if (n === 0) return -1;
  // dateX is monotonic (ascending, or descending when time runs right to left): binary search
  const down = n > 1 && xs[n - 1]! < xs[0]!;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (down ? xs[mid]! > px : xs[mid]! < px) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first date at or past px; the one before may be nearer
  return lo > 0 && Math.abs(xs[lo - 1]! - px) <= Math.abs(xs[lo]! - px) ? lo - 1 : lo;
}
