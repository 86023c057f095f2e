/**
 * Boundaries to drawable areas: TopoJSON or GeoJSON in, areas with a normalised code, names in
 * each language, an SVG path and a centroid out, fitted to the widget's size (d3-geo). Pure.
 */
import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { normaliseRegion } from '../../data/iraq.js';
import type { Lang } from '../../i18n/locale.js';

export interface Area {
  /** Normalised code (COD 2019 for Iraq), the key data joins on. */
  readonly code: string;
  readonly names: Readonly<Partial<Record<Lang, string>>>;
  readonly feature: Feature<Geometry>;
}

export interface BoundaryOptions {
  /** Feature property holding the area code. Default: `code`, else the feature id. */
  readonly key?: string;
  /** Feature property holding the display name (`-ar`/`-ckb`, `_ar`/`_ckb` variants are used when present). */
  readonly name?: string;
  /** TopoJSON object to draw. Default: the first one. */
  readonly object?: string;
}

export type BoundaryResult = { readonly ok: true; readonly areas: readonly Area[] } | { readonly ok: false; readonly detail: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** Reads TopoJSON or GeoJSON into areas; a broken file gives a detail, never an exception. */
export function readBoundaries(data: unknown, options: BoundaryOptions = {}): BoundaryResult {
  let collection: FeatureCollection<Geometry>;
  try {
    if (isObject(data) && data.type === 'Topology' && isObject(data.objects)) {
      const names = Object.keys(data.objects);
      const name = options.object ?? names[0];
      if (!name || !Object.prototype.hasOwnProperty.call(data.objects, name)) {
        return { ok: false, detail: `the TopoJSON has no object "${options.object ?? ''}" (objects: ${names.join(', ') || 'none'})` };
      }
      const object = (data.objects as Record<string, unknown>)[name] as GeometryCollection;
      const f = feature(data as unknown as Topology, object) as FeatureCollection<Geometry> | Feature<Geometry>;
      collection = f.type === 'FeatureCollection' ? f : { type: 'FeatureCollection', features: [f] };
    } else if (isObject(data) && data.type === 'FeatureCollection' && Array.isArray(data.features)) {
      collection = data as unknown as FeatureCollection<Geometry>;
    } else {
      return { ok: false, detail: 'expected TopoJSON ({"type": "Topology", …}) or a GeoJSON FeatureCollection' };
    }
  } catch (e) {
    return { ok: false, detail: `the boundary file could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  const key = options.key ?? 'code';
  const nameKey = options.name ?? 'name';
  const areas: Area[] = [];
  const seen = new Set<string>();
  for (const f of collection.features) {
    if (!isObject(f) || !isObject(f.geometry)) continue;
    const props = isObject(f.properties) ? f.properties : {};
    const raw = text(Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined) ?? text(f.id);
    const region = normaliseRegion(raw);
    if (!region.ok || seen.has(region.code)) continue;
    seen.add(region.code);
    const pick = (...keys: string[]): string | undefined => {
      for (const k of keys) if (Object.prototype.hasOwnProperty.call(props, k) && text(props[k])) return text(props[k]);
      return undefined;
    };
    const en = pick(`${nameKey}_en`, `${nameKey}-en`, nameKey) ?? region.code;
    const ar = pick(`${nameKey}_ar`, `${nameKey}-ar`);
    const ckb = pick(`${nameKey}_ckb`, `${nameKey}-ckb`);
    areas.push({ code: region.code, names: { en, ...(ar && { ar }), ...(ckb && { ckb }) }, feature: f });
  }
  if (areas.length === 0) return { ok: false, detail: `no area has a code in the property "${key}"` };
  return { ok: true, areas };
}

export interface PlacedArea {
  readonly code: string;
  readonly d: string;
  readonly cx: number;
  readonly cy: number;
  /** Geographic centroid [lon, lat], for other projections (the WebGL map). */
  readonly lonLat: readonly [number, number];
}

/** SVG paths of the areas, fitted into width × height with a small margin. */
export function placeAreas(areas: readonly Area[], width: number, height: number): PlacedArea[] {
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: areas.map((a) => a.feature) };
  const margin = 8;
  const projection = geoMercator().fitExtent(
    [
      [margin, margin],
      [Math.max(width - margin, margin + 1), Math.max(height - margin, margin + 1)],
    ],
    collection,
  );
  const path = geoPath(projection);
  return areas.map((a) => {
    const [cx, cy] = path.centroid(a.feature);
    const lonLat = geoCentroid(a.feature);
    return { code: a.code, d: path(a.feature) ?? '', cx: Number.isFinite(cx) ? cx : 0, cy: Number.isFinite(cy) ? cy : 0, lonLat };
  });
}

/** Reading order: top to bottom in bands, then along the line (right to left for RTL). */
export function readingOrder(placed: readonly PlacedArea[], rtl: boolean, band = 40): number[] {
  return placed
    .map((p, i) => ({ i, row: Math.round(p.cy / band), x: p.cx }))
    .sort((a, b) => a.row - b.row || (rtl ? b.x - a.x : a.x - b.x))
    .map((p) => p.i);
}
