/**
 * Boundaries to areas: TopoJSON or GeoJSON in, areas with a normalised code, names in each
 * language and a drawable geometry out. A broken file gives a detail, never an exception. Pure;
 * projection.ts places the areas on screen.
 */
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { normaliseRegion } from '../../data/iraq.js';
import { withoutDirectionControls } from '../../internal/text.js';
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
  /** False for files known to be wound for d3 (the built-in boundaries; a test checks them). */
  readonly rewind?: boolean;
}

/** Features left out: their key is missing or not a P-code, or repeats an earlier one, or they are not polygons. */
export interface Skipped {
  readonly count: number;
  /** The first few keys as found ('' when missing). */
  readonly examples: readonly string[];
}

export type BoundaryResult =
  | { readonly ok: true; readonly areas: readonly Area[]; readonly skipped: Skipped }
  | { readonly ok: false; readonly detail: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => {
  const s = typeof v === 'string' ? withoutDirectionControls(v).trim() : typeof v === 'number' ? String(v) : '';
  return s || undefined;
};

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
  let skipped = 0;
  const examples: string[] = [];
  for (const f of collection.features) {
    if (!isObject(f) || !isObject(f.geometry)) continue;
    const props = isObject(f.properties) ? f.properties : {};
    const raw = text(Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined) ?? text(f.id);
    const region = normaliseRegion(raw);
    // an area is a polygon: a point, a line, an empty ring or coordinates that are not numbers
    // would be an invisible area (or stop the drawing), not a place on the map
    const geometry = drawable(f.geometry as Geometry);
    if (!region.ok || seen.has(region.code) || !geometry) {
      // data joins on P-codes: a feature keyed otherwise could never show a figure
      skipped++;
      if (examples.length < 3) examples.push(raw ?? '');
      continue;
    }
    seen.add(region.code);
    const pick = (...keys: string[]): string | undefined => {
      // names are shown as text, at most 80 characters (as name-field's)
      for (const k of keys) if (Object.prototype.hasOwnProperty.call(props, k) && text(props[k])) return text(props[k])!.slice(0, 80);
      return undefined;
    };
    const en = pick(`${nameKey}_en`, `${nameKey}-en`, nameKey) ?? region.code;
    const ar = pick(`${nameKey}_ar`, `${nameKey}-ar`);
    const ckb = pick(`${nameKey}_ckb`, `${nameKey}-ckb`);
    const shape = geometry === f.geometry ? f : { ...f, geometry };
    areas.push({ code: region.code, names: { en, ...(ar && { ar }), ...(ckb && { ckb }) }, feature: options.rewind === false ? shape : sphericalWinding(shape) });
  }
  if (areas.length === 0) {
    const found = examples.filter(Boolean).map((e) => `"${e}"`).join(', ');
    return { ok: false, detail: found ? `no feature has a P-code in the property "${key}" (found ${found}); set boundary-key to the property that holds P-codes` : `no feature has the property "${key}"; set boundary-key` };
  }
  return { ok: true, areas, skipped: { count: skipped, examples } };
}

/** A position: two (or three) finite numbers. */
const isPosition = (p: unknown): boolean => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
/** A ring that can be drawn: at least four positions, each of numbers. */
const isRing = (ring: unknown): ring is Position[] => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition);

/** A polygon's drawable rings: its outer ring and the holes that can be drawn; none without the outer one. */
function polygonRings(rings: unknown): Position[][] | undefined {
  if (!Array.isArray(rings) || !isRing(rings[0])) return undefined;
  return [rings[0], ...rings.slice(1).filter(isRing)];
}

/**
 * The drawable part of a Polygon or MultiPolygon: a collapsed island (a ring of two points, as
 * unfiltered simplification leaves) is dropped, not the whole area. The same object when nothing
 * was dropped; undefined when nothing can be drawn or it is not an area (a point, a line).
 */
function drawable(g: Geometry): Geometry | undefined {
  if (g.type === 'Polygon') {
    const rings = polygonRings(g.coordinates);
    return !rings ? undefined : rings.length === g.coordinates.length ? g : { type: 'Polygon', coordinates: rings };
  }
  if (g.type !== 'MultiPolygon' || !Array.isArray(g.coordinates)) return undefined;
  const polygons = g.coordinates.map(polygonRings).filter((p): p is Position[][] => p !== undefined);
  if (polygons.length === 0) return undefined;
  const same = polygons.length === g.coordinates.length && polygons.every((p, i) => p.length === g.coordinates[i]!.length);
  return same ? g : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * How a small polygon is wound, from its rings on the map (x east, y north), where that is how
 * d3 reads it on the sphere: 1 for d3's winding (outer ring clockwise, holes anticlockwise), -1
 * for the reverse (RFC 7946's), 0 when it cannot be told so (mixed windings, a ring of 180° or
 * more of longitude, within 10° of a pole or of the antimeridian): then d3's spherical area says.
 * geoArea was most of the cost of reading 2,000 areas.
 */
function planarWinding(rings: Position[][]): 1 | -1 | 0 {
  let winding: 1 | -1 | 0 = 0;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    let sum = 0;
    let [x0, x1] = [Infinity, -Infinity];
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [x, y] = ring[i] as [number, number];
      if (!(Math.abs(x) < 170 && Math.abs(y) < 80)) return 0;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      sum += ring[j]![0]! * y - x * ring[j]![1]!;
    }
    if (x1 - x0 >= 90 || sum === 0) return 0;
    const w = (sum < 0) === (r === 0) ? 1 : -1;
    if (r > 0 && w !== winding) return 0;
    winding = w;
  }
  return winding;
}

/**
 * d3-geo reads polygons on the sphere: a ring wound anticlockwise encloses everything *outside*
 * it. GeoJSON as RFC 7946 writes it (exterior rings anticlockwise, as mapshaper, QGIS and most
 * partners export) would draw as the whole world with a hole. A polygon that covers more than a
 * hemisphere is such a one (no admin area does): its rings are reversed. Features already wound
 * for d3 (the built-in boundaries, TopoJSON from d3 tools) come back unchanged, as the same object.
 */
export function sphericalWinding(f: Feature<Geometry>): Feature<Geometry> {
  const g = f.geometry;
  const rewind = (rings: Position[][]): Position[][] => {
    try {
      const planar = planarWinding(rings);
      const large = planar !== 0 ? planar < 0 : geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI;
      return large ? rings.map((ring) => [...ring].reverse()) : rings;
    } catch {
      return rings; // malformed coordinates: left for the renderer to skip, as before
    }
  };
  if (g.type === 'Polygon' && Array.isArray(g.coordinates)) {
    const coordinates = rewind(g.coordinates);
    return coordinates === g.coordinates ? f : { ...f, geometry: { ...g, coordinates } satisfies Polygon };
  }
  if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates)) {
    const coordinates = g.coordinates.map((p) => (Array.isArray(p) ? rewind(p) : p));
    return coordinates.every((p, i) => p === g.coordinates[i]) ? f : { ...f, geometry: { ...g, coordinates } };
  }
  return f;
}
