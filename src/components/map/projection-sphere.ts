/**
 * The spherical fallback: areas placed with d3-geo's Mercator (fitExtent + geoPath +
 * path.centroid, with its antimeridian clip and great-circle resampling), for boundary files that
 * cross the antimeridian or near a pole (Fiji, Russia, Antarctica), which projection.ts's straight
 * Mercator cannot draw. A chunk of its own (with d3-geo, about 8 KiB gzip), loaded by the
 * boundaries controller only for such files, before their areas are placed (projection.ts,
 * `useSphere`).
 */
import { geoArea, geoCentroid, geoClipAntimeridian, geoMercator, geoPath, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import type { Area } from './boundaries.js';
import type { PlacedArea } from './projection.js';

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

const RADIANS = Math.PI / 180;

/** A ring's signed area in degrees (x east, y north): negative when it turns clockwise. */
function planarArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return sum / 2;
}

/**
 * What d3's antimeridian clip makes of a polygon it leaves whole, without running it: the rings
 * in radians without their closing point. That is its output when no ring crosses the
 * antimeridian or nears a pole (every vertex within ±179° and ±80°, no edge spanning 90° of
 * longitude) and the polygon is wound as d3 reads a small one (outer rings clockwise, holes
 * anticlockwise on the map), so it does not contain the clip's start at the South Pole. The
 * clip's own test of that, a spherical point-in-polygon over every vertex, was most of its cost.
 * Undefined, for d3's own clip, for anything else.
 */
export function quickClip(geometry: Geometry): Recording | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : undefined;
  if (!polygons) return undefined;
  const out: Recording = [];
  for (const rings of polygons) {
    let started = false;
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r]!;
      const n = ring.length - 1; // d3 streams a ring without its closing point
      if (n < 3 || ring[0]![0] !== ring[n]![0] || ring[0]![1] !== ring[n]![1]) return undefined;
      const area = planarArea(ring);
      if (r === 0 ? !(area < 0) : !(area > 0)) return undefined;
      if (!started) out.push(POLYGON_START);
      started = true;
      out.push(LINE_START);
      let x0 = ring[0]![0]!;
      for (let i = 0; i < n; i++) {
        const [x, y] = ring[i] as [number, number];
        if (!(Math.abs(x) < 179 && Math.abs(y) < 80 && Math.abs(x - x0) < 90)) return undefined;
        x0 = x;
        out.push(POINT, x * RADIANS, y * RADIANS);
      }
      if (Math.abs(ring[0]![0]! - x0) >= 90) return undefined;
      out.push(LINE_END);
    }
    if (started) out.push(POLYGON_END);
  }
  return out;
}

/** Each feature as clipped on the sphere; one stream serves them all, as in d3's own fit. */
function clippedOnSphere(features: readonly Feature<Geometry>[]): Recording[] {
  let out: Recording = [];
  let stream: GeoStream | undefined;
  return features.map((feature) => {
    let events = spherical.get(feature) ?? quickClip(feature.geometry);
    if (!events) {
      // radians, Mercator's (identity) rotation and the antimeridian clip, exactly as geoMercator() runs them
      stream ??= geoMercator()
        .preclip(() => geoClipAntimeridian(recorder(() => out)))
        .stream(noopStream);
      out = [];
      geoStream(feature, stream);
      events = out;
    }
    spherical.set(feature, events);
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
 * A small polygon wound for d3, from its rings on the map (x east, y north), where that is how d3
 * reads it on the sphere: each ring as d3 winds it (the outer ring clockwise, holes anticlockwise),
 * reversed where the file winds it otherwise, so that a hole wound like its outline (as some
 * exports write them) stays a hole, as projection.ts draws it. The same array when every ring
 * already was; undefined when it cannot be told so (a ring of 90° or more of longitude, within
 * 10° of a pole or of the antimeridian, a ring of no area): then d3's spherical area says.
 * geoArea was most of the cost of reading 2,000 areas.
 */
function planarWound(rings: Position[][]): Position[][] | undefined {
  let out: Position[][] | undefined;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    let sum = 0;
    let [x0, x1] = [Infinity, -Infinity];
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [x, y] = ring[i] as [number, number];
      if (!(Math.abs(x) < 170 && Math.abs(y) < 80)) return undefined;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      sum += ring[j]![0]! * y - x * ring[j]![1]!;
    }
    if (x1 - x0 >= 90 || sum === 0) return undefined;
    if ((sum < 0) !== (r === 0)) (out ??= rings.slice())[r] = [...ring].reverse();
  }
  return out ?? rings;
}

/**
 * d3-geo reads polygons on the sphere: a ring wound anticlockwise encloses everything *outside*
 * it. GeoJSON as RFC 7946 writes it (exterior rings anticlockwise, as mapshaper, QGIS and most
 * partners export) would draw as the whole world with a hole. An outer ring that encloses more
 * than a hemisphere is such a one (no admin area does), and so is a hole that encloses less:
 * each is reversed, ring by ring, so that a hole wound like its outline stays a hole. Features
 * already wound for d3 (the built-in boundaries, TopoJSON from d3 tools) come back unchanged, as
 * the same object.
 * (projection.ts's own Mercator reads the first ring as the outer one, however it is wound.)
 */
export function sphericalWinding(f: Feature<Geometry>): Feature<Geometry> {
  const g = f.geometry;
  const rewind = (rings: Position[][]): Position[][] => {
    try {
      const planar = planarWound(rings);
      if (planar) return planar;
      // ring by ring, as d3's spherical area reads each alone: an outline encloses less than a
      // hemisphere, a hole (everything outside it, to d3) more
      let out: Position[][] | undefined;
      for (let r = 0; r < rings.length; r++) {
        if ((geoArea({ type: 'Polygon', coordinates: [rings[r]!] }) > 2 * Math.PI) === (r === 0)) (out ??= rings.slice())[r] = [...rings[r]!].reverse();
      }
      return out ?? rings;
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

/** The areas wound for d3 (sphericalWinding): the same array when every feature already was. */
export function rewound(areas: readonly Area[]): readonly Area[] {
  const out = areas.map((a) => {
    const feature = sphericalWinding(a.feature);
    return feature === a.feature ? a : { ...a, feature };
  });
  return out.every((a, i) => a === areas[i]) ? areas : out;
}
