/**
 * The peak and latest marks of each visible series (of the stack's total for stacked areas),
 * their figures as labels; a label that would overlap one already placed loses its text. Pure.
 */
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import type { Visible } from './paths.js';
import type { Scale } from './scales.js';
import { CHAR, labelStart, round, type PlacedMark, type PlotBox, type TrendPoint } from './types.js';

export interface Extremes {
  readonly peak: TrendPoint | undefined;
  readonly latest: TrendPoint | undefined;
}

/** The highest point (the first of equals) and the last point with a figure; undefined or NaN is "no figure". */
export function peakAndLatest(times: ArrayLike<number>, values: ArrayLike<number | undefined>): Extremes {
  // one pass over every point, mostly before the engine has optimised it: few operations each
  let peak = -1;
  let high = -Infinity;
  let latest = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || v !== v) continue; // no figure (NaN is the only value not equal to itself)
    if (v > high || peak < 0) {
      peak = i;
      high = v;
    }
    latest = i;
  }
  const point = (i: number): TrendPoint | undefined => (i < 0 ? undefined : { t: times[i]!, value: values[i]! });
  // the same point when the latest figure is the peak: it then carries one mark, not two
  const last = point(latest);
  return { peak: peak === latest ? last : point(peak), latest: last };
}

export interface MarkInput extends Extremes {
  readonly key: string;
  /** Position in the palette; -1 for the stack's total. */
  readonly index: number;
}

/** What to mark: each visible series' extremes, or the stack's total (`total` given). */
export function markInputs(visible: readonly Visible[], extremes: readonly Extremes[], dates: readonly number[], total: readonly (number | undefined)[] | undefined): MarkInput[] {
  if (!total) return visible.map(({ s, index }, k) => ({ key: s.key, index, ...extremes[k]! }));
  return visible.length ? [{ key: 'total', index: -1, ...peakAndLatest(dates, total) }] : [];
}

/** The marks in pixels. The latest point, when marked, already carries the peak's label. */
export function placeMarks(inputs: readonly MarkInput[], want: { readonly peak: boolean; readonly latest: boolean }, x: Scale, y: Scale, plot: PlotBox, loc: ResolvedLocale): PlacedMark[] {
  const full = formatNumber(loc);
  const anchorFor = (px: number): PlacedMark['anchor'] => (px < plot.left + 40 ? 'start' : px > plot.right - 40 ? 'end' : 'middle');
  const mark = (m: MarkInput, kind: PlacedMark['kind'], p: TrendPoint): PlacedMark => {
    const px = x(p.t);
    return { key: m.key, index: m.index, kind, x: round(px), y: round(y(p.value!)), label: full(p.value!), anchor: anchorFor(px) };
  };
  const marks: PlacedMark[] = [];
  for (const m of inputs) {
    if (m.peak && want.peak && (m.peak !== m.latest || !want.latest)) marks.push(mark(m, 'peak', m.peak));
    if (m.latest && want.latest) marks.push(mark(m, 'latest', m.latest));
  }
  return withoutCrowding(marks);
}

/**
 * Mark labels that would overlap one already placed lose their text (the point stays marked):
 * 18 governorates would otherwise pile 36 figures on each other. Higher marks are placed first.
 */
export function withoutCrowding(marks: readonly PlacedMark[]): PlacedMark[] {
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
