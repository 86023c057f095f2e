/**
 * One figure from many observations, for counters: pick the reporting date (`latest`, a given
 * date, or `all`), then aggregate the observations of that date (across regions and series).
 */
import { isoKey, isWithin } from '../core/dates.js';
import { isPartOf } from '../core/areas.js';
import type { Gap, Observation } from './pipeline.js';

export type Aggregate = 'sum' | 'max' | 'min' | 'mean' | 'count';

export interface Figure {
  readonly value: number;
  /** The reporting date used (ISO key), when the data has dates and `at` is not `all`. */
  readonly date?: string;
  /** How many observations went into the figure. */
  readonly count: number;
  /** Rows with no figure at that date (an area or series left out): the figure is partial. */
  readonly missing?: number;
}

export interface Selection {
  readonly figure: Figure;
  /** The same figure at the previous reporting date, when asked for and there is one. */
  readonly previous?: Figure;
}

export function aggregate(values: readonly number[], how: Aggregate): number {
  if (how === 'count') return values.length;
  if (values.length === 0) return Number.NaN;
  let acc = how === 'max' ? -Infinity : how === 'min' ? Infinity : 0;
  for (const v of values) acc = how === 'max' ? Math.max(acc, v) : how === 'min' ? Math.min(acc, v) : acc + v;
  return how === 'mean' ? acc / values.length : acc;
}

/**
 * The rows of one date that a figure is made of, where a file has an area's own row and rows of
 * its parts (Observation.covered): a sum takes the area's own row (adding both would count the
 * same people twice); the largest, smallest, mean and count are over the areas at the finest level.
 */
function rowsFor(rows: readonly Observation[], how: Aggregate): readonly Observation[] {
  if (!rows.some((o) => o.covered)) return rows;
  if (how === 'sum') return rows.filter((o) => !o.covered);
  const wholes = new Set<string>();
  for (const part of rows) {
    if (!part.covered) continue;
    for (const o of rows) if (o.region !== undefined && isPartOf(part.region!, o.region)) wholes.add(o.region);
  }
  return rows.filter((o) => o.region === undefined || !wholes.has(o.region));
}

function figureAt(observations: readonly Observation[], date: string | undefined, how: Aggregate, gaps: readonly Gap[] = []): Figure {
  const at = rowsFor(
    observations.filter((o) => o.date === date),
    how,
  );
  const values = at.map((o) => o.value);
  // missing is not zero: a blank for an area (or series) that has no figure that day is counted
  const reported = new Set(at.map((o) => `${o.region ?? ''}\u0000${o.series ?? ''}`));
  const blanks = new Set(gaps.filter((g) => g.date === date).map((g) => `${g.region ?? ''}\u0000${g.series ?? ''}`).filter((k) => !reported.has(k)));
  return { value: aggregate(values, how), count: values.length, ...(date !== undefined && { date }), ...(blanks.size > 0 && { missing: blanks.size }) };
}

/**
 * @param at `latest` (default), `all`, or an ISO date (`2016-03-01`, `2016-03`, `2016`): the
 *   latest reporting date within it.
 * @returns undefined when nothing matches (the widget shows its empty state).
 */
export function selectFigure(
  observations: readonly Observation[],
  options: { at?: string; aggregate?: Aggregate; previous?: boolean; gaps?: readonly Gap[] } = {},
): Selection | undefined {
  const how = options.aggregate ?? 'sum';
  const raw = (options.at ?? 'latest').trim();
  const keyword = raw.toLowerCase();
  const at = keyword === 'latest' || keyword === 'all' || keyword === '' ? keyword || 'latest' : raw;
  if (observations.length === 0) return undefined;
  const dated = observations.some((o) => o.date !== undefined);
  // a given date cannot match undated figures
  if (!dated && at !== 'latest' && at !== 'all') return undefined;
  if (at === 'all' || !dated) {
    const values = rowsFor(observations, how).map((o) => o.value);
    return { figure: { value: aggregate(values, how), count: values.length } };
  }
  const dates = [...new Set(observations.map((o) => o.date).filter((d): d is string => d !== undefined))].sort();
  let index = dates.length - 1;
  if (at !== 'latest') {
    // the date as the data layer keys it (a time of day kept): the latest within it
    const key = isoKey(at);
    if (!key) return undefined;
    index = -1;
    for (let i = dates.length - 1; i >= 0; i--) {
      if (isWithin(dates[i]!, key)) {
        index = i;
        break;
      }
    }
    if (index < 0) return undefined;
  }
  const figure = figureAt(observations, dates[index], how, options.gaps);
  if (!options.previous || index === 0) return { figure };
  return { figure, previous: figureAt(observations, dates[index - 1], how, options.gaps) };
}
