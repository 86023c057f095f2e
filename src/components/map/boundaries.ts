/**
 * Boundaries to areas: TopoJSON or GeoJSON in, areas with a normalised code, names in each
 * language and a drawable geometry out. A broken file gives a detail, never an exception. Pure;
 * projection.ts places the areas on screen. Rings are kept as the file winds them: the map reads
 * a polygon's first ring as its outline and the others as holes (RFC 7946), and only the
 * spherical fallback (projection-sphere.ts) rewinds them for d3.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
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
    areas.push({ code: region.code, names: { en, ...(ar && { ar }), ...(ckb && { ckb }) }, feature: shape });
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
