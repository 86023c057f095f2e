/**
 * Classing for choropleths: breaks that split values into colour classes. Pure.
 *   quantile  - the same number of areas in each class (the default: displacement counts are very
 *               skewed, 636 to 233,162 across Iraq's governorates, and equal intervals would paint
 *               almost every area the same colour)
 *   quantize  - equal intervals from the minimum to the maximum
 *   natural   - Jenks natural breaks (Fisher's exact optimisation), for clustered values
 *   threshold - breaks given by the publisher
 * Breaks are rounded to two significant figures so that legends read "5,000 – 23,000".
 */
import { parseStrictNumber } from '../../data/strict-number.js';

export type ClassScale = 'quantile' | 'quantize' | 'natural' | 'threshold';

/** Rounds to `digits` significant figures (breaks for legends, not data). */
export function roundBreak(v: number, digits = 2): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(v))) - digits + 1);
  return Math.round(v / p) * p;
}

function sorted(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

function unique(breaks: number[]): number[] {
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/** k − 1 inner breaks at the quantiles. */
export function quantileBreaks(values: readonly number[], k: number): number[] {
  const v = sorted(values);
  if (v.length === 0 || k < 2) return [];
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const pos = (v.length - 1) * (i / k);
    const lo = Math.floor(pos);
    breaks.push(v[lo]! + (v[Math.min(lo + 1, v.length - 1)]! - v[lo]!) * (pos - lo));
  }
  return breaks;
}

/** k − 1 equal intervals between the minimum and the maximum. */
export function quantizeBreaks(values: readonly number[], k: number): number[] {
  const v = sorted(values);
  if (v.length === 0 || k < 2) return [];
  const [min, max] = [v[0]!, v[v.length - 1]!];
  return Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
}

/**
 * Jenks natural breaks: the k classes that minimise the within-class variance (Fisher's dynamic
 * programme, O(k·n²), fine for the few hundred areas a map has).
 */
export function naturalBreaks(values: readonly number[], k: number): number[] {
  const v = sorted(values);
  const n = v.length;
  if (n === 0 || k < 2) return [];
  if (k >= n) return v.slice(1);
  // prefix sums for O(1) class variance
  const s1 = [0];
  const s2 = [0];
  for (const x of v) {
    s1.push(s1[s1.length - 1]! + x);
    s2.push(s2[s2.length - 1]! + x * x);
  }
  const ssd = (i: number, j: number): number => {
    // sum of squared deviations of v[i..j] (inclusive)
    const m = j - i + 1;
    const sum = s1[j + 1]! - s1[i]!;
    return s2[j + 1]! - s2[i]! - (sum * sum) / m;
  };
  // cost[c][j]: best cost of splitting v[0..j] into c+1 classes; from[c][j]: start of the last class
  const cost: number[][] = [Array.from({ length: n }, (_, j) => ssd(0, j))];
  const from: number[][] = [Array.from({ length: n }, () => 0)];
  for (let c = 1; c < k; c++) {
    const row = new Array<number>(n).fill(Infinity);
    const back = new Array<number>(n).fill(0);
    for (let j = c; j < n; j++) {
      for (let i = c; i <= j; i++) {
        const total = cost[c - 1]![i - 1]! + ssd(i, j);
        if (total < row[j]!) {
          row[j] = total;
          back[j] = i;
        }
      }
    }
    cost.push(row);
    from.push(back);
  }
  const breaks: number[] = [];
  let j = n - 1;
  for (let c = k - 1; c > 0; c--) {
    const i = from[c]![j]!;
    breaks.unshift(v[i]!);
    j = i - 1;
  }
  return breaks;
}

/**
 * The inner breaks for `scale`, rounded and without repeats (fewer classes when the values
 * cannot fill them). A value v falls in class i where i is the number of breaks <= v.
 */
/**
 * The `thresholds` attribute: breaks separated by `;`, an Arabic comma, or a comma with a space
 * after it, so that a figure may keep its thousands separators (`1,000, 10,000, 100,000`);
 * without spaces, commas separate (`100,1000,5000`). Each break is read by the strict number
 * grammar; what is not a number is returned apart, to be said.
 */
export function readThresholds(raw: string | undefined): { values: number[]; invalid: string[] } {
  const text = (raw ?? '').trim();
  if (!text) return { values: [], invalid: [] };
  const parts = /[;،]|,\s/.test(text) ? text.split(/\s*[;،]\s*|,\s+/) : text.split(',');
  const values: number[] = [];
  const invalid: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const n = parseStrictNumber(part);
    if (n.kind === 'number') values.push(n.value);
    else invalid.push(part);
  }
  return { values, invalid };
}

export function classBreaks(values: readonly number[], scale: ClassScale, k: number, thresholds: readonly number[] = []): number[] {
  const classes = Math.max(2, Math.min(9, Math.round(k)));
  if (scale === 'threshold') return unique(thresholds.filter((t) => Number.isFinite(t)));
  const raw = scale === 'quantize' ? quantizeBreaks(values, classes) : scale === 'natural' ? naturalBreaks(values, classes) : quantileBreaks(values, classes);
  const v = sorted(values);
  // never a break at or below the minimum: the first class would be empty
  return unique(raw.map((b) => roundWithin(b, v))).filter((b) => v.length === 0 || b > v[0]!);
}

/**
 * `b` rounded to as few significant digits as keep every value on its side of it: 26,532 as the
 * first value of a natural class becomes 26,500, not 27,000, which would move it down a class.
 */
function roundWithin(b: number, v: readonly number[]): number {
  let below = -Infinity; // the largest value under b
  let above = Infinity; // the smallest value at or over b
  for (const x of v) {
    if (x < b && x > below) below = x;
    if (x >= b && x < above) above = x;
  }
  for (let digits = 2; digits <= 15; digits++) {
    const r = roundBreak(b, digits);
    if (r > below && r <= above) return r;
  }
  return b;
}

/** The class of `value`: how many breaks are at or below it. */
export function classOf(value: number, breaks: readonly number[]): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
