/**
 * Boundaries to drawable areas: TopoJSON or GeoJSON in, areas with a normalised code, names in
 * each language, an SVG path and a centroid out, fitted to the widget's size (d3-geo). Pure.
 */
import { geoArea, geoCentroid, geoClipAntimeridian, geoMercator, geoPath, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
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
      return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
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

export interface PlacedArea {
  readonly code: string;
  readonly d: string;
  readonly cx: number;
  readonly cy: number;
  /** Geographic centroid [lon, lat], for other projections (the WebGL map). */
  readonly lonLat: readonly [number, number];
}

/*
 * Placing areas is the costly part of the first picture, so it is split along d3's own projection
 * pipeline (degrees to radians, rotation, antimeridian clip, then resampling and the Mercator clip
 * at a given scale). The first half does not depend on the widget's size: it runs once per
 * feature and its output is kept as a flat list of stream events. Fitting (at d3's fixed scale 150)
 * and drawing (at the fitted scale) replay that list into d3's own second half, taken from the
 * projection through the public `preclip` hook, so the numbers are the ones d3 would compute from
 * the feature itself: the same paths and centroids as `fitExtent` + `geoPath` + `path.centroid`,
 * with the spherical clip (and its point-in-polygon test) done once instead of three times.
 */

/** A recorded geometry stream: opcodes, each `POINT` followed by x and y. */
type Recording = number[];
const POINT = 0;
const LINE_START = 1;
const LINE_END = 2;
const POLYGON_START = 3;
const POLYGON_END = 4;
const SPHERE = 5;

/** A stream that appends what it receives to `target()`. */
function recorder(target: () => Recording): GeoStream {
  return {
    point: (x, y) => void target().push(POINT, x, y),
    lineStart: () => void target().push(LINE_START),
    lineEnd: () => void target().push(LINE_END),
    polygonStart: () => void target().push(POLYGON_START),
    polygonEnd: () => void target().push(POLYGON_END),
    sphere: () => void target().push(SPHERE),
  };
}

function replay(events: Recording, stream: GeoStream): void {
  for (let i = 0, n = events.length; i < n; ) {
    const op = events[i++];
    if (op === POINT) {
      stream.point(events[i]!, events[i + 1]!);
      i += 2;
    } else if (op === LINE_START) stream.lineStart();
    else if (op === LINE_END) stream.lineEnd();
    else if (op === POLYGON_START) stream.polygonStart();
    else if (op === POLYGON_END) stream.polygonEnd();
    else stream.sphere?.();
  }
}

const noopStream: GeoStream = { point() {}, lineStart() {}, lineEnd() {}, polygonStart() {}, polygonEnd() {}, sphere() {} };

/** The part of `projection` after its spherical clip (resampling, Mercator clip), ending in `sink`. */
function planarStage(projection: GeoProjection, sink: GeoStream): GeoStream {
  let stage: GeoStream = noopStream;
  projection
    .preclip((after) => {
      stage = after;
      return noopStream;
    })
    .stream(sink);
  return stage;
}

/** Features as clipped on the sphere (radians), by feature: the same for every size and boundary set. */
const spherical = new WeakMap<Feature<Geometry>, Recording>();
const lonLats = new WeakMap<Feature<Geometry>, [number, number]>();

/** Each feature as clipped on the sphere; one stream serves them all, as in d3's own fit. */
function clippedOnSphere(features: readonly Feature<Geometry>[]): Recording[] {
  let out: Recording = [];
  let stream: GeoStream | undefined;
  return features.map((feature) => {
    let events = spherical.get(feature);
    if (!events) {
      // radians, Mercator's (identity) rotation and the antimeridian clip, exactly as geoMercator() runs them
      stream ??= geoMercator()
        .preclip(() => geoClipAntimeridian(recorder(() => out)))
        .stream(noopStream);
      out = [];
      geoStream(feature, stream);
      events = out;
      spherical.set(feature, events);
    }
    return events;
  });
}

const HALF_PI = Math.PI / 2;

/**
 * The bounds of one feature's clipped events at d3's fitting scale (150, no translation), without
 * d3's resampling and Mercator clip when they provably change nothing: every segment is at most
 * √2 px long at that scale (resampling only looks at longer ones) and every point is well inside
 * the clip square. Same arithmetic as d3's Mercator at scale 150 (including the centring term).
 * False, with `into` untouched, when the feature needs d3's own pipeline.
 */
function quickBounds(events: Recording, into: [number, number, number, number]): boolean {
  const k = 150;
  // d3's centring term, written in d3's order so the result is bit-identical: translate 0 minus
  // the projected centre (0°N), whose log(tan(π/4)) is not exactly 0 in floating point
  const dy = 0 - (0 - k * Math.log(Math.tan((HALF_PI + 0) / 2)));
  const edge = 0.99 * Math.PI * k; // the Mercator clip square is ±π·k; keep clear of it
  let [x0, y0, x1, y1] = into;
  let inPolygon = false;
  let inLine = false;
  let fx = 0;
  let fy = 0;
  let px = Number.NaN;
  let py = Number.NaN;
  for (let i = 0, n = events.length; i < n; ) {
    const op = events[i++];
    if (op === POINT) {
      const x = 0 + k * events[i]!;
      const y = dy - k * Math.log(Math.tan((HALF_PI + events[i + 1]!) / 2));
      i += 2;
      if (!(x > -edge && x < edge && y > -edge && y < edge)) return false;
      if (inLine) {
        if (Number.isNaN(px)) {
          fx = x;
          fy = y;
        } else if ((x - px) * (x - px) + (y - py) * (y - py) > 1.9) return false;
        px = x;
        py = y;
      }
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    } else if (op === LINE_START) {
      inLine = true;
      px = py = Number.NaN;
    } else if (op === LINE_END) {
      // a ring is closed back to its first point, and that segment is resampled too
      if (inPolygon && !Number.isNaN(px) && (fx - px) * (fx - px) + (fy - py) * (fy - py) > 1.9) return false;
      inLine = false;
    } else if (op === POLYGON_START) inPolygon = true;
    else if (op === POLYGON_END) inPolygon = false;
    else return false;
  }
  into[0] = x0;
  into[1] = y0;
  into[2] = x1;
  into[3] = y1;
  return true;
}

/** The projected bounds d3's fitExtent measures (scale 150, no translation), by boundary set. */
const fitBounds = new WeakMap<readonly Area[], [[number, number], [number, number]]>();

function boundsAt150(areas: readonly Area[], clipped: readonly Recording[]): [[number, number], [number, number]] {
  let b = fitBounds.get(areas);
  if (!b) {
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    const bounds: GeoStream = {
      ...noopStream,
      point(x, y) {
        if (x < box[0]) box[0] = x;
        if (x > box[2]) box[2] = x;
        if (y < box[1]) box[1] = y;
        if (y > box[3]) box[3] = y;
      },
    };
    let stage: GeoStream | undefined;
    for (const events of clipped) {
      if (quickBounds(events, box)) continue;
      stage ??= planarStage(geoMercator().scale(150).translate([0, 0]), bounds);
      replay(events, stage);
    }
    b = [
      [box[0], box[1]],
      [box[2], box[3]],
    ];
    fitBounds.set(areas, b);
  }
  return b;
}

/**
 * SVG paths of the areas, fitted into width × height with a small margin. `fitTo` sets the
 * extent (points are placed on their boundaries' map, not zoomed onto themselves).
 */
export function placeAreas(areas: readonly Area[], width: number, height: number, fitTo: readonly Area[] = areas): PlacedArea[] {
  const margin = 8;
  const extent = [
    [margin, margin],
    [Math.max(width - margin, margin + 1), Math.max(height - margin, margin + 1)],
  ] as const;
  const clipped = clippedOnSphere(areas.map((a) => a.feature));
  // d3's fitExtent arithmetic, on the bounds it would measure
  const b = boundsAt150(fitTo, fitTo === areas ? clipped : clippedOnSphere(fitTo.map((a) => a.feature)));
  const w = extent[1][0] - extent[0][0];
  const h = extent[1][1] - extent[0][1];
  const k = Math.min(w / (b[1][0] - b[0][0]), h / (b[1][1] - b[0][1]));
  const x = +extent[0][0] + (w - k * (b[1][0] + b[0][0])) / 2;
  const y = +extent[0][1] + (h - k * (b[1][1] + b[0][1])) / 2;
  let planar: Recording = [];
  const stage = planarStage(geoMercator().scale(150 * k).translate([x, y]), recorder(() => planar));
  // geoPath's own string and centroid code, fed the projected events of one area
  let current: Recording = [];
  const path = geoPath({ stream: (sink) => ({ ...noopStream, sphere: () => replay(current, sink) }) });
  const sphere = { type: 'Sphere' } as const;
  return areas.map((a, i) => {
    planar = [];
    replay(clipped[i]!, stage);
    current = planar;
    const d = path(sphere) ?? '';
    const [cx, cy] = path.centroid(sphere);
    return {
      code: a.code,
      d,
      cx: Number.isFinite(cx) ? cx : 0,
      cy: Number.isFinite(cy) ? cy : 0,
      // only the WebGL map asks, after the first picture: the spherical centroid is computed then
      get lonLat(): [number, number] {
        let lonLat = lonLats.get(a.feature);
        if (!lonLat) lonLats.set(a.feature, (lonLat = geoCentroid(a.feature)));
        return lonLat;
      },
    };
  });
}

/**
 * Whether [lon, lat] is inside the areas' bounding box in degrees (the vertices' extent: enough
 * to tell a point in Iraq from one in France, without d3's spherical bounds, 0.9 KiB).
 */
export function withinExtent(areas: readonly Area[], point: readonly [number, number]): boolean {
  let box = extents.get(areas);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    const visit = (c: unknown): void => {
      if (!Array.isArray(c)) return;
      if (typeof c[0] === 'number' && typeof c[1] === 'number') {
        box![0] = Math.min(box![0], c[0]);
        box![1] = Math.min(box![1], c[1]);
        box![2] = Math.max(box![2], c[0]);
        box![3] = Math.max(box![3], c[1]);
      } else for (const inner of c) visit(inner);
    };
    for (const a of areas) {
      const g = a.feature.geometry;
      if (g.type === 'GeometryCollection') for (const part of g.geometries) visit('coordinates' in part ? part.coordinates : undefined);
      else visit(g.coordinates);
    }
    extents.set(areas, box);
  }
  const [lon, lat] = point;
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}
const extents = new WeakMap<readonly Area[], [number, number, number, number]>();

/** Reading order: top to bottom in bands, then along the line (right to left for RTL). */
export function readingOrder(placed: readonly PlacedArea[], rtl: boolean, band = 40): number[] {
  return placed
    .map((p, i) => ({ i, row: Math.round(p.cy / band), x: p.cx }))
    .sort((a, b) => a.row - b.row || (rtl ? b.x - a.x : a.x - b.x))
    .map((p) => p.i);
}
