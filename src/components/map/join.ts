/**
 * Data to areas: the figure of each area of the map at one reporting date. Codes are compared in
 * the data layer's normalised form (COD 2019 for Iraq); data finer than the map (districts on a
 * governorate map) is summed into its area. Rows for areas that are not on the map are counted,
 * never silently dropped, and areas without data stay "no data", never zero. Pure.
 */
import { isoKey, isWithin } from '../../core/dates.js';
import type { Observation } from '../../data/pipeline.js';
import { areaOf, finestFirst } from '../../core/areas.js';

export interface AreaValues {
  /** Figure by area code; an area missing here has no data. */
  readonly values: ReadonlyMap<string, number>;
  /** Observations at the date whose area is not on the map. */
  readonly notOnMap: number;
  /** Their codes (first few), for the console note. */
  readonly unknownCodes: readonly string[];
  /** Areas with a row of their own and rows of their parts (a governorate and its districts). */
  readonly mixed: readonly string[];
}

/**
 * @param codes the map's area codes (normalised)
 * @param date  the reporting date to show (undefined: undated data)
 */
export function joinAreas(observations: readonly Observation[], codes: ReadonlySet<string>, date: string | undefined): AreaValues {
  const own = new Map<string, number>();
  const parts = new Map<string, number>();
  const unknown = new Set<string>();
  let notOnMap = 0;
  // finest codes first, so IQG15Q05 finds IQG15 when only governorates are drawn
  const byLength = finestFirst(codes);
  for (const o of observations) {
    if (o.date !== date) continue;
    const region = o.region;
    const area = region === undefined ? undefined : areaOf(region, codes, byLength);
    if (area === undefined) {
      notOnMap++;
      if (region !== undefined && unknown.size < 10) unknown.add(region);
      continue;
    }
    const sums = area === region ? own : parts;
    sums.set(area, (sums.get(area) ?? 0) + o.value);
  }
  // an area's own row is its figure; rows of its parts (districts) are summed only when it has
  // none: a governorate total and its districts together would count the same people twice
  const values = new Map(parts);
  for (const [area, v] of own) values.set(area, v);
  const mixed = [...own.keys()].filter((a) => parts.has(a));
  return { values, notOnMap, unknownCodes: [...unknown], mixed };
}

/** The latest reporting date, or the latest within `at` (an ISO date key prefix). */
export function pickDate(observations: readonly Observation[], at: string | undefined): string | undefined {
  let best: string | undefined;
  // `latest` in any case; a date as an ISO key at its precision (Arabic-Indic digits, a time of
  // day at midnight: 2016-03-01T00:00:00 is 2016-03-01)
  const written = at?.trim() ?? '';
  const latest = !written || written.toLowerCase() === 'latest';
  const want = latest ? undefined : (isoKey(written) ?? written);
  for (const o of observations) {
    if (o.date === undefined) continue;
    if (want && !isWithin(o.date, want)) continue;
    if (best === undefined || o.date > best) best = o.date;
  }
  return best;
}

export interface PointValues {
  /** Figure by point key (`lon,lat`). */
  readonly values: ReadonlyMap<string, number>;
  /** [lon, lat] by point key. */
  readonly points: ReadonlyMap<string, readonly [number, number]>;
  /** The first name the data gives each point (name-field). */
  readonly names: ReadonlyMap<string, string>;
}

/** The key of a point: its coordinates, as the data layer keys it. */
export const pointKey = (p: readonly [number, number]): string => `${p[0]},${p[1]}`;

/** Data with coordinates (lat-field, lon-field): the figure of each point at one reporting date. */
export function joinPoints(observations: readonly Observation[], date: string | undefined): PointValues {
  const values = new Map<string, number>();
  const points = new Map<string, readonly [number, number]>();
  const names = new Map<string, string>();
  for (const o of observations) {
    if (o.date !== date || !o.point) continue;
    const key = pointKey(o.point);
    points.set(key, o.point);
    if (o.name && !names.has(key)) names.set(key, o.name);
    values.set(key, (values.get(key) ?? 0) + o.value);
  }
  return { values, points, names };
}
