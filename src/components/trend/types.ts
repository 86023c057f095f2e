/**
 * The trend's data and layout types: series in (TrendSeries), the placed chart out (TrendLayout),
 * in the picture's pixels.
 */
import type { ResolvedLocale } from '../../i18n/locale.js';
import type { Scale } from './scales.js';

export type TrendKind = 'line' | 'area' | 'stacked-area' | 'bar';

/** One reporting date of a series, as an object: the few points the chart names (its peak, its latest). */
export interface TrendPoint {
  /** UTC ms of the reporting date. */
  readonly t: number;
  /** undefined: the data says "no figure" here; the line breaks. */
  readonly value: number | undefined;
  /** The reporting date as published (`2024-04-30`, or `2024-04` at month precision), for labels. */
  readonly key?: string;
}

/**
 * A series as columns, one entry per reporting date, sorted by time: 3 × 100k hourly figures are
 * three typed arrays and a list of the published date strings, not 300,000 objects to allocate,
 * walk and collect (issue #15). Point `i` is (`times[i]`, `values[i]`, `keys[i]`).
 */
export interface TrendSeries {
  readonly key: string;
  readonly label: string;
  /** UTC ms of each reporting date, ascending (dates of different precision can share a time). */
  readonly times: Float64Array;
  /** The figure at each date; NaN where the data says "no figure" (the line breaks: missing is not zero). */
  readonly values: Float64Array;
  /** Each date as published (`2024-04-30`, or `2024-04` at month precision), for labels. */
  readonly keys: readonly string[];
}

/** The figure of point `i`, undefined for "no figure". */
export const valueOf = (s: Pick<TrendSeries, 'values'>, i: number): number | undefined => {
  const v = s.values[i];
  return v === undefined || Number.isNaN(v) ? undefined : v;
};

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

/** Where a label sits relative to its point (the SVG runs left to right). */
export type Anchor = 'start' | 'middle' | 'end';

export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
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
  readonly anchor: Anchor;
}

/** An event marked: `row` 0 is the line just above the plot, 1 the one above it (no overlaps). */
export interface PlacedAnnotation {
  readonly x: number;
  readonly label: string;
  readonly row: number;
  readonly anchor: Anchor;
}

export interface TrendLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: PlotBox;
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
  readonly annotations: readonly PlacedAnnotation[];
  /** True when a series had more points than pixel columns and was drawn decimated (M4). */
  readonly decimated: boolean;
}

/** Average width of a 12px label character, for margins and overlaps only. */
export const CHAR = 7;

/** Where a label of `width` px drawn at `x` with `anchor` starts. */
export const labelStart = (x: number, width: number, anchor: Anchor): number => (anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2);

/** A coordinate to a tenth of a pixel: shorter paths, the same picture. */
export const round = (v: number): number => Math.round(v * 10) / 10;
