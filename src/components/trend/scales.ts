/**
 * Scales and ticks for the trend chart, written for its needs instead of taking d3-scale (13 KiB
 * gzip with d3-time, d3-format, d3-interpolate): a linear value scale with "nice" 1-2-5 ticks,
 * and a UTC time scale whose ticks fall on calendar boundaries (years, months, days). Labels go
 * through Intl in the widget's language. Pure.
 */

export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Inverse: the domain value at a range position. */
  invert(position: number): number;
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as Scale;
  Object.assign(scale, { domain, range, invert: (p: number) => d0 + ((p - r0) / (r1 - r0 || 1)) * span });
  return scale;
}

/** A 1, 2 or 5 × 10^k step giving about `count` ticks over [0, max]. */
export function niceStep(max: number, count: number): number {
  if (!(max > 0) || !(count > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/** Value ticks from 0 to a nice maximum at or above `max`; the domain is [0, last tick]. */
export function valueTicks(max: number, count = 5): number[] {
  const step = niceStep(max, count);
  const ticks: number[] = [];
  const count_ = Math.max(1, Math.ceil(max / step - 1e-9));
  // i × step, rounded to the step's decimals: 3 × 0.2 is 0.6, not 0.6000000000000001
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0; i <= count_; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks;
}

export type TimeUnit = 'year' | 'month' | 'day' | 'hour';
export interface TimeInterval {
  readonly unit: TimeUnit;
  readonly step: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Time units, finest first. */
const UNITS: readonly TimeUnit[] = ['hour', 'day', 'month', 'year'];
/** Candidate tick intervals, finest first, with their approximate length in ms. */
const INTERVALS: readonly (TimeInterval & { readonly ms: number })[] = [
  { unit: 'hour', step: 1, ms: HOUR },
  { unit: 'hour', step: 3, ms: 3 * HOUR },
  { unit: 'hour', step: 6, ms: 6 * HOUR },
  { unit: 'hour', step: 12, ms: 12 * HOUR },
  { unit: 'day', step: 1, ms: DAY },
  { unit: 'day', step: 7, ms: 7 * DAY },
  { unit: 'month', step: 1, ms: 30.44 * DAY },
  { unit: 'month', step: 3, ms: 91.3 * DAY },
  { unit: 'month', step: 6, ms: 182.6 * DAY },
  { unit: 'year', step: 1, ms: 365.25 * DAY },
  { unit: 'year', step: 2, ms: 730.5 * DAY },
  { unit: 'year', step: 5, ms: 1826 * DAY },
  { unit: 'year', step: 10, ms: 3652 * DAY },
  { unit: 'year', step: 20, ms: 7305 * DAY },
  { unit: 'year', step: 50, ms: 18262 * DAY },
];

/**
 * The finest calendar interval that gives about `count` ticks (at most a quarter more) over
 * [t0, t1], never finer than the data's own dates (`finest`): monthly figures get no day ticks.
 */
export function timeInterval(t0: number, t1: number, count: number, finest: TimeUnit = 'day'): TimeInterval {
  const span = Math.max(t1 - t0, 1);
  const floor = UNITS.indexOf(finest);
  // a little over the count is fine (ten years and a day still take 2-year ticks): labels that
  // would not fit are thinned by the layout, which measures them
  const pick = INTERVALS.find((i) => UNITS.indexOf(i.unit) >= floor && span / i.ms <= Math.max(count, 1) * 1.25);
  return pick ? { unit: pick.unit, step: pick.step } : { unit: 'year', step: 100 };
}

/** Calendar-aligned tick times (UTC ms) within [t0, t1]. */
export function timeTicks(t0: number, t1: number, interval: TimeInterval): number[] {
  const ticks: number[] = [];
  const start = new Date(t0);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  let d = start.getUTCDate();
  if (interval.unit === 'year') {
    y = Math.ceil((y + (m > 0 || d > 1 ? 1 : 0)) / interval.step) * interval.step;
    for (let t = Date.UTC(y, 0, 1); t <= t1; y += interval.step, t = Date.UTC(y, 0, 1)) ticks.push(t);
  } else if (interval.unit === 'month') {
    let index = y * 12 + m + (d > 1 ? 1 : 0);
    index = Math.ceil(index / interval.step) * interval.step;
    for (let t = Date.UTC(Math.floor(index / 12), index % 12, 1); t <= t1; index += interval.step, t = Date.UTC(Math.floor(index / 12), index % 12, 1)) {
      ticks.push(t);
    }
  } else if (interval.unit === 'hour') {
    // on the hour, at multiples of the step (00:00, 06:00, 12:00, 18:00)
    const span = interval.step * HOUR;
    for (let t = Math.ceil(t0 / span) * span; t <= t1; t += span) ticks.push(t);
  } else {
    let t = Date.UTC(y, m, d);
    if (t < t0) t += DAY;
    if (interval.step === 7) while (new Date(t).getUTCDay() !== 1) t += DAY; // weeks start on Monday
    for (; t <= t1; t += interval.step * DAY) ticks.push(t);
  }
  return ticks;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (month 1-12), by integer arithmetic
 * (H. Hinnant's days_from_civil): the same as Date.UTC / 864e5, without a Date call per point.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Two ASCII digits at `i` of `key` as a number (validated keys only). */
const two = (key: string, i: number): number => (key.charCodeAt(i) - 48) * 10 + key.charCodeAt(i + 1) - 48;

/** UTC ms of a date key (`2024-04-30`, `2024-04`, `2024`, `2024-04-30T13:00`). */
export function dateKeyTime(key: string): number {
  // keys come from the pipeline, already validated (YYYY[-MM[-DD[THH:MM]]]): read the digits in place
  const n = key.length;
  const year = two(key, 0) * 100 + two(key, 2);
  const t = daysFromCivil(year, n >= 7 ? two(key, 5) : 1, n >= 10 ? two(key, 8) : 1) * DAY;
  return n >= 16 ? t + two(key, 11) * 3_600_000 + two(key, 14) * 60_000 : t;
}
