/**
 * The map's layout: (state, areas, size, direction) → the placed map: SVG paths and centroids of
 * the areas (and of the points, in points mode) and the keyboard's reading order. Projecting is
 * the costly part, so a layout is reused for what did not change: only a new size or new
 * boundaries project the areas again, new points place only the points, a new direction only
 * reorders. Pure, given the geography chunk's functions.
 */
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import type { Area } from './boundaries.js';
import { mapMessages } from './messages.js';
import type { PlacedArea } from './projection.js';
import type { MapState } from './state.js';

/** The projection functions, from the lazily loaded geography chunk (map-geo.ts). */
export interface Projector {
  placeAreas(areas: readonly Area[], width: number, height: number, fitTo?: readonly Area[]): PlacedArea[];
  readingOrder(placed: readonly PlacedArea[], rtl: boolean): number[];
}

export interface PlacedMap {
  readonly areas: readonly Area[];
  readonly placed: readonly PlacedArea[];
  /** Points mode: the points (sites) placed on the areas' map; they, not the areas, are the items. */
  readonly sites?: readonly Area[];
  readonly placedSites?: readonly PlacedArea[];
  /** Reading order of the items (areas, or sites). */
  readonly order: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly rtl: boolean;
}

/**
 * Places `areas` (and `sites`) in a `width` × `height` box, reusing what `previous` already
 * placed.
 */
export function layoutMap(
  geo: Projector,
  previous: PlacedMap | undefined,
  areas: readonly Area[],
  sites: readonly Area[] | undefined,
  size: { readonly width: number; readonly height: number },
  rtl: boolean,
): PlacedMap {
  const { width, height } = size;
  const placeSites = (): readonly PlacedArea[] | undefined => sites && geo.placeAreas(sites, width, height, areas);
  if (!previous || previous.areas !== areas || previous.width !== width || previous.height !== height) {
    const placed = geo.placeAreas(areas, width, height);
    const placedSites = placeSites();
    return { areas, placed, ...(sites && { sites, placedSites }), order: geo.readingOrder(placedSites ?? placed, rtl), width, height, rtl };
  }
  if (previous.sites !== sites) {
    // new points (another date, new data) on the same map: only they are placed
    const placedSites = placeSites();
    const { sites: _s, placedSites: _p, ...rest } = previous;
    return { ...rest, ...(sites && { sites, placedSites }), order: geo.readingOrder(placedSites ?? previous.placed, rtl), rtl };
  }
  if (previous.rtl !== rtl) return { ...previous, order: geo.readingOrder(previous.placedSites ?? previous.placed, rtl), rtl };
  return previous;
}

/**
 * Points mode: one pseudo-area per point (a GeoJSON Point), named by the data or by its
 * coordinates in the reader's language. The same points in the same language keep `previous`,
 * so nothing is placed again.
 */
export function siteAreas(points: NonNullable<MapState['points']>, loc: ResolvedLocale, previous: readonly Area[] | undefined, previousLocale: string): { sites: readonly Area[]; locale: string } {
  const locale = `${loc.tag}|${loc.numerals}`;
  const { at, names } = points;
  const same =
    previous &&
    locale === previousLocale &&
    previous.length === at.size &&
    previous.every((a) => at.has(a.code) && a.names[loc.lang] === (names.get(a.code) ?? a.names[loc.lang]));
  if (same) return { sites: previous, locale };
  const deg = formatNumber(loc, { maximumFractionDigits: 4 });
  const sites = [...at].map(([code, [lon, lat]]): Area => {
    const name = names.get(code) ?? mapMessages(loc.lang).placeAt(deg(lat), deg(lon));
    return { code, names: { [loc.lang]: name }, feature: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } } };
  });
  return { sites, locale };
}

/** A bubble's radius for a figure: its area is proportional to the figure. */
export function bubbleRadius(values: ReadonlyMap<string, number>, placed: Pick<PlacedMap, 'width' | 'height'>): (v: number) => number {
  const max = Math.max(1, ...values.values());
  const rMax = Math.min(placed.width, placed.height) / 12;
  return (v) => Math.max(2, Math.sqrt(v / max) * rMax);
}

/**
 * Where the tooltip goes for an item at (cx, cy): beside it on the reading side (left of it in
 * Arabic and Sorani), flipped at the edge, and within the map's height (a southern area's tooltip
 * never covers the legend below).
 */
export function tooltipPosition(cx: number, cy: number, tip: { readonly width: number; readonly height: number }, box: { readonly width: number; readonly height: number }, rtl: boolean): [number, number] {
  const after = cx + 12;
  const before = cx - tip.width - 12;
  const side = rtl ? (before < 0 ? after : before) : after + tip.width > box.width ? before : after;
  const left = Math.max(0, Math.min(box.width - tip.width, side));
  const top = Math.max(0, Math.min(box.height - tip.height, cy - 24));
  return [Math.round(left), Math.round(top)];
}
