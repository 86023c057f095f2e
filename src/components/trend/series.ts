/**
 * Observations to chart series: one series per value field (IDPs, returnees) or per value of the
 * series field (governorates); areas summed per reporting date; "no figure" rows become gaps.
 * Pure.
 */
import type { Gap, Observation } from '../../data/pipeline.js';
import { dateKeyTime } from './scales.js';
import type { TrendSeries } from './types.js';

export interface SeriesOptions {
  /** Keep reporting dates from this ISO date key on (inclusive). */
  readonly from?: string;
  /** Up to this ISO date key (inclusive: `2016` keeps all of 2016). */
  readonly to?: string;
  /** Display labels by series key. */
  readonly labels?: ReadonlyMap<string, string>;
}

const DEFAULT_KEY = 'value';

/**
 * One series while it is built: its dates in arrival order and their sums. The date index works
 * as the pipeline's (Slot in data/pipeline/ledger.ts), which lives in the lazy data chunk; see there why
 * the two are not one module.
 */
interface Accumulator {
  readonly dates: string[];
  readonly sums: number[];
  /** The latest date so far: a later one is new without a lookup (sorted data never needs one). */
  last: string | undefined;
  /** Date -> index, built only when a date comes again or out of order (several areas, unsorted data). */
  byDate: Map<string, number> | undefined;
}

function indexOf(acc: Accumulator): Map<string, number> {
  if (!acc.byDate) {
    acc.byDate = new Map();
    acc.dates.forEach((d, i) => acc.byDate!.set(d, i));
  }
  return acc.byDate;
}

function add(acc: Accumulator, date: string, value: number): void {
  const at = acc.last === undefined || date > acc.last ? undefined : indexOf(acc).get(date);
  if (at !== undefined) {
    acc.sums[at] = acc.sums[at]! + value;
    return;
  }
  acc.byDate?.set(date, acc.dates.length);
  acc.dates.push(date);
  acc.sums.push(value);
  if (acc.last === undefined || date > acc.last) acc.last = date;
}

/** A series' dates and their times. */
interface Timed {
  readonly dates: readonly string[];
  readonly times: Float64Array;
}

/**
 * The time of each date key. The value columns of one table give every series the same dates in
 * the same order (often the very same strings): where the previous series has this date at this
 * index its time is reused, so a table of three columns parses its dates once, not three times.
 */
function timesOf(dates: readonly string[], previous: Timed | undefined): Float64Array {
  const times = new Float64Array(dates.length);
  const same = previous?.dates;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i]!;
    times[i] = same !== undefined && same[i] === date ? previous!.times[i]! : dateKeyTime(date);
  }
  return times;
}

export function buildSeries(observations: readonly Observation[], gaps: readonly Gap[], options: SeriesOptions = {}): TrendSeries[] {
  const { from, to } = options;
  const within = (date: string): boolean => (!from || date >= from) && (!to || date <= to || date.startsWith(to));
  const accs = new Map<string, Accumulator>();
  const accFor = (key: string): Accumulator => {
    let acc = accs.get(key);
    if (!acc) accs.set(key, (acc = { dates: [], sums: [], last: undefined, byDate: undefined }));
    return acc;
  };
  // "no figure" by series, date and area: a total with an area missing is unknown, not smaller
  const missing = new Map<string, Map<string, Set<string>>>();
  for (const g of gaps) {
    if (!within(g.date)) continue;
    const key = g.series ?? DEFAULT_KEY;
    let byDate = missing.get(key);
    if (!byDate) missing.set(key, (byDate = new Map()));
    let areas = byDate.get(g.date);
    if (!areas) byDate.set(g.date, (areas = new Set()));
    areas.add(g.region ?? '');
  }
  // rows give their series in turn (IDPs, returnees, IDPs, …): the few series met so far are
  // found by identity in a short list (the same key string each row), not a Map lookup per figure
  const recent: { key: string; acc: Accumulator; missing: Map<string, Set<string>> | undefined }[] = [];
  for (const o of observations) {
    // an area's parts are not added to its own row (Observation.covered)
    if (o.date === undefined || o.covered || !within(o.date)) continue;
    const key = o.series ?? DEFAULT_KEY;
    let at = recent.length - 1;
    while (at >= 0 && recent[at]!.key !== key) at--;
    if (at < 0) {
      if (recent.length === 8) recent.shift();
      recent.push({ key, acc: accFor(key), missing: missing.get(key) });
      at = recent.length - 1;
    }
    const r = recent[at]!;
    add(r.acc, o.date, o.value);
    // an area that has a blank row and also a figure for the date did report (a duplicate row)
    if (r.missing) r.missing.get(o.date)?.delete(o.region ?? '');
  }
  for (const key of missing.keys()) accFor(key);
  let previous: Timed | undefined;
  return [...accs].map(([key, acc]) => {
    const times = timesOf(acc.dates, previous);
    previous = { dates: acc.dates, times };
    const columns = { key, label: options.labels?.get(key) ?? key, times, values: Float64Array.from(acc.sums), keys: acc.dates };
    const gapDates = missing.get(key);
    return gapDates ? withGaps(columns, gapDates, indexOf(acc)) : sortedByTime(columns);
  });
}

/**
 * The series with its "no figure" dates: a date no area reported becomes a gap (NaN), and a date
 * some areas left blank is unknown, not the partial sum.
 */
function withGaps(s: TrendSeries, gapDates: ReadonlyMap<string, ReadonlySet<string>>, known: ReadonlyMap<string, number>): TrendSeries {
  const extra: string[] = [];
  for (const [date, areas] of gapDates) {
    if (areas.size === 0) continue; // every area with a blank also gave a figure
    const at = known.get(date);
    if (at === undefined) extra.push(date);
    else s.values[at] = Number.NaN; // a partial sum is not the total
  }
  if (extra.length === 0) return sortedByTime(s);
  const n = s.times.length;
  const times = new Float64Array(n + extra.length);
  const values = new Float64Array(n + extra.length);
  times.set(s.times);
  values.set(s.values);
  extra.forEach((date, j) => {
    times[n + j] = dateKeyTime(date);
    values[n + j] = Number.NaN;
  });
  return sortedByTime({ ...s, times, values, keys: [...s.keys, ...extra] });
}

/** The columns in time order (rows usually come sorted: then they are returned as they are). */
function sortedByTime(s: TrendSeries): TrendSeries {
  const { times } = s;
  let sorted = true;
  for (let i = 1; i < times.length && sorted; i++) if (times[i]! <= times[i - 1]!) sorted = false;
  if (sorted) return s;
  const order = Array.from(times, (_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
  return { ...s, times: Float64Array.from(order, (i) => times[i]!), values: Float64Array.from(order, (i) => s.values[i]!), keys: order.map((i) => s.keys[i]!) };
}