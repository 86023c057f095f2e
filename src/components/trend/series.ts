/**
 * Observations to chart series: one series per value field (IDPs, returnees) or per value of the
 * series field (governorates); areas summed per reporting date; "no figure" rows become gaps.
 * Pure.
 */
import type { Gap, Observation } from '../../data/pipeline.js';
import { dateKeyTime } from './scales.js';
import type { TrendSeries } from './layout.js';

export interface SeriesOptions {
  /** Keep reporting dates from this ISO date key on (inclusive). */
  readonly from?: string;
  /** Up to this ISO date key (inclusive: `2016` keeps all of 2016). */
  readonly to?: string;
  /** Display labels by series key. */
  readonly labels?: ReadonlyMap<string, string>;
}

const DEFAULT_KEY = 'value';

export function buildSeries(observations: readonly Observation[], gaps: readonly Gap[], options: SeriesOptions = {}): TrendSeries[] {
  const { from, to } = options;
  const within = (date: string): boolean => (!from || date >= from) && (!to || date <= to || date.startsWith(to));
  const sums = new Map<string, Map<string, number>>();
  for (const o of observations) {
    if (o.date === undefined || !within(o.date)) continue;
    const key = o.series ?? DEFAULT_KEY;
    let byDate = sums.get(key);
    if (!byDate) sums.set(key, (byDate = new Map()));
    byDate.set(o.date, (byDate.get(o.date) ?? 0) + o.value);
  }
  const missing = new Map<string, Set<string>>();
  for (const g of gaps) {
    if (!within(g.date)) continue;
    const key = g.series ?? DEFAULT_KEY;
    if (!missing.has(key)) missing.set(key, new Set());
    missing.get(key)!.add(g.date);
  }
  const keys = [...new Set([...sums.keys(), ...missing.keys()])];
  return keys.map((key) => {
    const byDate = sums.get(key) ?? new Map<string, number>();
    const points = [...byDate].map(([date, value]) => ({ t: dateKeyTime(date), value: value as number | undefined, key: date }));
    // a gap only where no area reported a figure for that date
    for (const date of missing.get(key) ?? []) if (!byDate.has(date)) points.push({ t: dateKeyTime(date), value: undefined, key: date });
    points.sort((a, b) => a.t - b.t);
    return { key, label: options.labels?.get(key) ?? key, points };
  });
}
