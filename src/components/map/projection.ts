/**
 * Areas on screen: SVG paths, centroids and the keyboard's reading order, fitted to the widget's
 * size with a spherical Mercator of our own (x = λ, y = ln tan(π/4 + φ/2)), drawn with straight
 * segments between the projected vertices. That is how MapLibre, the WebGL map that takes over
 * from this picture, draws GeoJSON (straight lines in Web Mercator between vertices), so the two
 * pictures match at the handover; and RFC 7946 treats the line between two positions as straight
 * in longitude and latitude, not as a great circle. Without d3-geo's resampling, clip and stream
 * callbacks the map's first picture is faster, and d3-geo (about 8 KiB gzip) is not downloaded:
 * only boundary files that cross the antimeridian or near a pole (Fiji, Russia, Antarctica), which
 * a straight Mercator cannot draw, are placed with d3's spherical clip (projection-sphere.ts, a
 * chunk of its own, loaded before their areas are placed: `useSphere`). Pure; boundaries.ts
 * reads the areas.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { Area } from './boundaries.js';

export interface PlacedArea {
  readonly code: string;
  readonly d: string;
  readonly cx: number;
  readonly cy: number;
  /** Geographic centroid [lon, lat], for other projections (the WebGL map). */
  readonly lonLat: readonly [number, number];
}

/**
 * A feature on the Mercator map at scale 1: x = λ, y = −ln tan(π/4 + φ/2) in radians (y down, as
 * on screen). The same at every size: a size only scales and moves it.
 */
interface Projected {
  /** x, y of every vertex, ring after ring, without each ring's closing point. */
  readonly xy: Float64Array;
  /**
   * Where each ring ends in `xy`, in points; negative for a ring written backwards, so that
   * outlines turn one way and holes the other (nonzero fill).
   */
  readonly ends: Int32Array;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** The area-weighted centroid. */
  readonly cx: number;
  readonly cy: number;
  /** Across the antimeridian or near a pole: a straight Mercator cannot draw it (projection-sphere.ts can). */
  readonly sphere: boolean;
}

const RADIANS = Math.PI / 180;
/** Web Mercator's latitude limit: beyond it y is too large to draw (such files take the sphere). */
const MAX_LAT = 85.0511287798;

const projections = new WeakMap<Feature<Geometry>, Projected>();

function projected(feature: Feature<Geometry>): Projected {
  let p = projections.get(feature);
  if (!p) projections.set(feature, (p = project(feature.geometry)));
  return p;
}

/** The polygons of a geometry (a point as a polygon of one ring of one vertex). */
function polygonsOf(g: Geometry): readonly (readonly Position[])[][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return g.type === 'Point' ? [[[g.coordinates]]] : [];
}

/**
 * Projects every vertex once, in one pass per ring, into a typed array; a ring's signed area (on
 * screen: positive for an outline wound as d3 winds it) tells whether it is written backwards,
 * and gives the centroid (d3's path.centroid arithmetic: the rings' area-weighted centroids,
 * holes subtracted; the vertices' mean for an area of no area). Index loops and plain numbers
 * only: it runs once per area, mostly before the engine has optimised it, where destructuring
 * and iterators cost more than the arithmetic.
 */
function project(g: Geometry): Projected {
  const polygons = polygonsOf(g);
  let count = 0;
  let ringCount = 0;
  for (let p = 0; p < polygons.length; p++) for (let k = 0; k < polygons[p]!.length; k++, ringCount++) count += polygons[p]![k]!.length;
  const xy = new Float64Array(count * 2);
  const ends = new Int32Array(ringCount);
  // each ring's doubled signed area and centroid moments, until its polygon's outline is known
  const ringA = new Float64Array(ringCount);
  const ringX = new Float64Array(ringCount);
  const ringY = new Float64Array(ringCount);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  let n = 0, r = 0, rx = 0, ry = 0, sx = 0, sy = 0, sa = 0, mx = 0, my = 0;
  let sphere = false;
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p]!;
    const first = r;
    let outline = first;
    for (let k = 0; k < rings.length; k++) {
      const ring = rings[k]!;
      let m = ring.length;
      if (m > 1 && ring[0]![0] === ring[m - 1]![0] && ring[0]![1] === ring[m - 1]![1]) m--; // the closing point
      const start = n;
      let lon0 = m > 0 ? ring[m - 1]![0]! : 0;
      for (let i = 0; i < m; i++, n++) {
        const lon = ring[i]![0]!;
        const lat = ring[i]![1]!;
        // every vertex within ±179° and ±80°, no edge spanning 90° of longitude (what d3's clip would leave whole)
        if (!(Math.abs(lon) < 179 && Math.abs(lat) < 80 && Math.abs(lon - lon0) < 90)) sphere = true;
        lon0 = lon;
        const x = lon * RADIANS;
        const y = -Math.log(Math.tan(Math.PI / 4 + (lat > MAX_LAT ? MAX_LAT : lat < -MAX_LAT ? -MAX_LAT : lat) * (RADIANS / 2)));
        xy[2 * n] = x;
        xy[2 * n + 1] = y;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
        mx += x;
        my += y;
      }
      if (start === 0 && n > 0) {
        // sums relative to the first vertex, for precision
        rx = xy[0]!;
        ry = xy[1]!;
      }
      let a = 0, ax = 0, ay = 0;
      for (let i = start, j = n - 1; i < n; j = i++) {
        const xj = xy[2 * j]! - rx;
        const yj = xy[2 * j + 1]! - ry;
        const xi = xy[2 * i]! - rx;
        const yi = xy[2 * i + 1]! - ry;
        const z = xj * yi - xi * yj;
        a += z;
        ax += z * (xj + xi);
        ay += z * (yj + yi);
      }
      ringA[r] = a;
      ringX[r] = ax;
      ringY[r] = ay;
      if (Math.abs(a) > Math.abs(ringA[outline]!)) outline = r;
      ends[r++] = n;
    }
    // the largest ring is the outline (RFC 7946 puts it first; a file that lists a hole first still
    // draws right, grouped fills included). An outline turns positively on screen, a hole
    // negatively: either is written backwards otherwise.
    for (let q = first; q < r; q++) {
      const a = ringA[q]!;
      const sign = (q === outline ? a < 0 : a > 0) ? -1 : 1;
      ends[q] = sign * ends[q]!;
      sx += sign * ringX[q]!;
      sy += sign * ringY[q]!;
      sa += sign * a;
    }
  }
  const cx = sa !== 0 ? rx + sx / (3 * sa) : mx / n;
  const cy = sa !== 0 ? ry + sy / (3 * sa) : my / n;
  return { xy, ends, x0, y0, x1, y1, cx, cy, sphere };
}

/** Whether any of the areas needs the spherical fallback (`useSphere`) to be drawn. */
export function needsSphere(areas: readonly Area[]): boolean {
  return areas.some((a) => projected(a.feature).sphere);
}

/** The spherical fallback's chunk (d3-geo), loaded by the boundaries controller for such files. */
export type Sphere = typeof import('./projection-sphere.js');
/** Boundary sets placed with d3's spherical clip. */
const spheres = new WeakMap<readonly Area[], Sphere>();

/**
 * Areas that need the spherical fallback, wound for d3: placeAreas places them (and points on
 * their map) with `sphere`. The import is the caller's, in the element's chunk, so that this
 * chunk carries no loader of its own.
 */
export function useSphere(areas: readonly Area[], sphere: Sphere): readonly Area[] {
  const wound = sphere.rewound(areas);
  spheres.set(wound, sphere);
  return wound;
}

/** The boundary set's extent on the map at scale 1 (x0, y0, x1, y1), by boundary set. */
const boxes = new WeakMap<readonly Area[], readonly [number, number, number, number]>();

function boxOf(areas: readonly Area[]): readonly [number, number, number, number] {
  let box = boxes.get(areas);
  if (!box) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < areas.length; i++) {
      const p = projected(areas[i]!.feature);
      if (p.x0 < x0) x0 = p.x0;
      if (p.y0 < y0) y0 = p.y0;
      if (p.x1 > x1) x1 = p.x1;
      if (p.y1 > y1) y1 = p.y1;
    }
    box = x0 <= x1 ? [x0, y0, x1, y1] : [0, 0, 0, 0];
    boxes.set(areas, box);
  }
  return box;
}

/**
 * An SVG path of absolute coordinates (M, L, Z; grouped.ts reads them back), rounded to 0.1 px:
 * a tenth of a pixel is below what a screen shows, and the string is about half of d3's (three
 * decimals). A vertex that rounds onto the one before is left out, and a ring left with fewer
 * than three vertices (an islet smaller than a pixel) is not written.
 */
function pathOf(p: Projected, k: number, tx: number, ty: number): string {
  const { xy, ends } = p;
  let d = '';
  for (let r = 0, start = 0; r < ends.length; r++) {
    const end = Math.abs(ends[r]!);
    const back = ends[r]! < 0;
    let ring = '';
    let written = 0;
    let px = Number.NaN;
    let py = Number.NaN;
    for (let q = start; q < end; q++) {
      const i = back ? end - 1 - (q - start) : q;
      const x = Math.round((tx + k * xy[2 * i]!) * 10) / 10;
      const y = Math.round((ty + k * xy[2 * i + 1]!) * 10) / 10;
      if (x === px && y === py) continue;
      ring += (written ? 'L' : 'M') + x + ',' + y;
      written++;
      px = x;
      py = y;
    }
    if (written >= 3) d += ring + 'Z';
    start = end;
  }
  return d;
}

/**
 * SVG paths of the areas, fitted into width × height with a small margin. `fitTo` sets the
 * extent (points are placed on their boundaries' map, not zoomed onto themselves).
 */
export function placeAreas(areas: readonly Area[], width: number, height: number, fitTo: readonly Area[] = areas): PlacedArea[] {
  const sphere = spheres.get(fitTo);
  if (sphere) return sphere.placeAreas(areas, width, height, fitTo);
  const margin = 8;
  const w = Math.max(width - margin, margin + 1) - margin;
  const h = Math.max(height - margin, margin + 1) - margin;
  const [x0, y0, x1, y1] = boxOf(fitTo);
  let k = Math.min(w / (x1 - x0), h / (y1 - y0));
  if (!Number.isFinite(k)) k = 1;
  const tx = margin + (w - k * (x1 + x0)) / 2;
  const ty = margin + (h - k * (y1 + y0)) / 2;
  return areas.map((a) => {
    const p = projected(a.feature);
    const cx = tx + k * p.cx;
    const cy = ty + k * p.cy;
    const lonLat: [number, number] = [p.cx / RADIANS, (2 * Math.atan(Math.exp(-p.cy)) - Math.PI / 2) / RADIANS];
    return { code: a.code, d: pathOf(p, k, tx, ty), cx: Number.isFinite(cx) ? cx : 0, cy: Number.isFinite(cy) ? cy : 0, lonLat };
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
