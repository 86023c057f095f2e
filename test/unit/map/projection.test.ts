import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/components/map/boundaries.js';
import { needsSphere, placeAreas, useSphere } from '../../../src/components/map/projection.js';
import { placeAreas as placeOnSphere, quickClip } from '../../../src/components/map/projection-sphere.js';

/** What the boundaries controller does for such files: loads the fallback's chunk, then winds them for d3. */
const onSphere = async (areas: readonly Area[]): Promise<readonly Area[]> => useSphere(areas, await import('../../../src/components/map/projection-sphere.js'));
import { areasOf, grid, topology } from './fixtures.js';

/** d3's Mercator fitted as placeAreas fits ours: into width × height minus an 8 px margin. */
function d3Mercator(areas: readonly Area[], width: number, height: number) {
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: areas.map((a) => a.feature) };
  return geoMercator().fitExtent(
    [
      [8, 8],
      [Math.max(width - 8, 9), Math.max(height - 8, 9)],
    ],
    collection,
  );
}

/** The plain d3 way (fitExtent, geoPath, path.centroid) the spherical fallback stands for. */
function reference(areas: readonly Area[], width: number, height: number) {
  const path = geoPath(d3Mercator(areas, width, height));
  return areas.map((a) => {
    const [cx, cy] = path.centroid(a.feature);
    return { code: a.code, d: path(a.feature) ?? '', cx: Number.isFinite(cx) ? cx : 0, cy: Number.isFinite(cy) ? cy : 0 };
  });
}

/** The rings of a path string (M … L … Z), as [x, y] vertices. */
function ringsOf(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) => [...ring.matchAll(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]));
}

/** A ring's signed area on screen (positive: turning as an outline is written). */
const signedArea = (ring: readonly [number, number][]): number => ring.reduce((s, [x, y], i) => s + ring[(i + ring.length - 1) % ring.length]![0] * y - x * ring[(i + ring.length - 1) % ring.length]![1], 0) / 2;

/** Distance from a point to the segment a–b. */
function toSegment([x, y]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Whether [x, y] is inside a ring (even-odd crossing test). */
function inside([x, y]: [number, number], ring: readonly [number, number][]): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** An area as given: the rings exactly as written. */
const raw = (code: string, geometry: Geometry): Area => ({ code, names: { en: code }, feature: { type: 'Feature', properties: {}, geometry } });
const box = (x: number, y: number, w: number, h: number, clockwise: boolean): number[][] => {
  const ring = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
  return clockwise ? ring.reverse() : ring;
};
const site = (code: string, lon: number, lat: number): Area => raw(code, { type: 'Point', coordinates: [lon, lat] });

describe('placeAreas: our own Mercator', () => {
  it.each([
    [800, 600],
    [320, 240],
    [1200, 400],
  ])('fits the built-in governorates into %d×%d minus the margin, filling it along one axis', (width, height) => {
    const placed = placeAreas(areasOf(topology), width, height);
    expect(placed).toHaveLength(18);
    const points = placed.flatMap((p) => ringsOf(p.d).flat());
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (const [lo, hi, size] of [[x0, x1, width], [y0, y1, height]] as const) {
      expect(lo).toBeGreaterThanOrEqual(8 - 0.05);
      expect(hi).toBeLessThanOrEqual(size - 8 + 0.05);
    }
    // centred, and touching the margin on both sides of one axis
    const fillsX = Math.abs(x0 - 8) < 0.1 && Math.abs(x1 - (width - 8)) < 0.1;
    const fillsY = Math.abs(y0 - 8) < 0.1 && Math.abs(y1 - (height - 8)) < 0.1;
    expect(fillsX || fillsY).toBe(true);
    expect(fillsX ? (y0 - 8 + (height - 8 - y1)) / 2 : (x0 - 8 + (width - 8 - x1)) / 2).toBeCloseTo(fillsX ? y0 - 8 : x0 - 8, 0);
  });

  it('places Baghdad (44.36°E, 33.31°N) where d3\'s Mercator fitted to Iraq does, and gives its place back in degrees', () => {
    const iraq = areasOf(topology);
    const [p] = placeAreas([site('BGW', 44.36, 33.31)], 800, 600, iraq);
    const [x, y] = d3Mercator(iraq, 800, 600)([44.36, 33.31])!;
    expect(Math.abs(p!.cx - x)).toBeLessThan(0.5);
    expect(Math.abs(p!.cy - y)).toBeLessThan(0.5);
    // a little east of and above the middle of Iraq's box (38.8–48.6°E, 29.1–37.4°N)
    expect(p!.cx).toBeCloseTo(440.64, 2);
    expect(p!.cy).toBeCloseTo(300.61, 2);
    expect(p!.lonLat[0]).toBeCloseTo(44.36, 9);
    expect(p!.lonLat[1]).toBeCloseTo(33.31, 9);
  });

  it('draws the built-in governorates within a pixel of plain d3 (no long segments to resample), centroids too', () => {
    const areas = areasOf(topology);
    const ours = placeAreas(areas, 800, 600);
    const d3 = reference(areas, 800, 600);
    ours.forEach((p, i) => {
      const theirs = ringsOf(d3[i]!.d);
      for (const ring of ringsOf(p.d)) {
        for (const v of ring) {
          const near = Math.min(...theirs.flatMap((t) => t.map((a, k) => toSegment(v, a, t[(k + 1) % t.length]!))));
          expect(near).toBeLessThan(1);
        }
      }
      expect(Math.hypot(p.cx - d3[i]!.cx, p.cy - d3[i]!.cy)).toBeLessThan(1);
      expect(p.d.length).toBeLessThan(d3[i]!.d.length); // 0.1 px, not d3's 0.001
    });
  });

  it('puts each square\'s centroid in its middle, and a hole pulls it away from the hole', () => {
    for (const p of placeAreas(areasOf(grid(4, 0.7)), 500, 500)) {
      const [ring] = ringsOf(p.d);
      expect(inside([p.cx, p.cy], ring!)).toBe(true);
      const xs = ring!.map(([x]) => x);
      expect(Math.abs(p.cx - (Math.min(...xs) + Math.max(...xs)) / 2)).toBeLessThan(0.06); // the path is rounded to 0.1 px
    }
    const [plainBox, holed] = placeAreas(
      [raw('A', { type: 'Polygon', coordinates: [box(40, 30, 4, 4, true)] }), raw('B', { type: 'Polygon', coordinates: [box(40, 30, 4, 4, true), box(40.5, 31, 1, 2, false)] })],
      600,
      600,
    );
    expect(holed!.cx).toBeGreaterThan(plainBox!.cx); // the hole is in the west half
    expect(holed!.cy).toBeCloseTo(plainBox!.cy, 0);
  });

  it.each([
    ['d3\'s winding', true, false],
    ['RFC 7946 winding', false, true],
    ['an outline and a hole wound alike', false, false],
  ])('writes a hole turning against its outline (nonzero fill keeps it a hole): %s', (_, outerClockwise, holeClockwise) => {
    const areas = [raw('HOLE', { type: 'Polygon', coordinates: [box(40, 30, 4, 4, outerClockwise), box(41, 31, 1, 1, holeClockwise)] }), raw('ISLE', { type: 'MultiPolygon', coordinates: [[box(45, 30, 1, 1, !outerClockwise)], [box(47, 32, 2, 1, outerClockwise)]] })];
    const [holed, isles] = placeAreas(areas, 640, 480);
    const [outline, hole] = ringsOf(holed!.d);
    expect(signedArea(outline!)).toBeGreaterThan(0);
    expect(signedArea(hole!)).toBeLessThan(0);
    for (const ring of ringsOf(isles!.d)) expect(signedArea(ring)).toBeGreaterThan(0);
  });

  it('draws RFC 7946 and d3-wound files alike', () => {
    const strip = (ps: ReturnType<typeof placeAreas>) => ps.map((p) => [ringsOf(p.d).map((r) => signedArea(r) > 0), Math.round(p.cx * 1e6), Math.round(p.cy * 1e6)]);
    expect(strip(placeAreas(areasOf(grid(3)), 600, 600))).toEqual(strip(placeAreas(areasOf(grid(3, 1, true)), 600, 600)));
  });

  it('gives each area\'s centroid in degrees for the WebGL map', () => {
    const [square] = placeAreas([raw('SQ', { type: 'Polygon', coordinates: [box(40, 30, 2, 2, true)] })], 400, 400);
    expect(square!.lonLat[0]).toBeCloseTo(41, 9);
    expect(square!.lonLat[1]).toBeGreaterThan(31); // the Mercator middle is north of 31°: northern rows are taller
    expect(square!.lonLat[1]).toBeLessThan(31.1);
  });
});

describe('the spherical fallback, for boundaries across the antimeridian or near a pole', () => {
  const fiji = (): Area[] => [raw('FIJI', { type: 'Polygon', coordinates: [[[178, -18], [178, -16], [-179, -16], [-179, -18], [178, -18]]] }), raw('VANUA', { type: 'Polygon', coordinates: [box(177, -19, 1, 1, true)] })];

  it('is not needed for the built-in governorates, nor for files within ±179° and ±80°', () => {
    expect(needsSphere(areasOf(topology))).toBe(false);
    expect(needsSphere(areasOf(grid(6, 0.7)))).toBe(false);
    expect(needsSphere([raw('EDGE', { type: 'Polygon', coordinates: [box(170, 70, 8, 9, false)] })])).toBe(false);
  });

  it('is needed across the antimeridian, near a pole and for an edge of 90° or more of longitude', () => {
    expect(needsSphere(fiji())).toBe(true);
    expect(needsSphere([raw('NORTH', { type: 'Polygon', coordinates: [box(10, 80, 20, 5, true)] })])).toBe(true);
    expect(needsSphere([raw('WIDE', { type: 'Polygon', coordinates: [[[-60, 0], [60, 0], [60, 20], [-60, 20], [-60, 0]]] })])).toBe(true);
  });

  it('draws Fiji across the antimeridian as plain d3 does, once loaded, and points on its map too', async () => {
    const areas = await onSphere(fiji());
    const placed = placeAreas(areas, 500, 400);
    expect(placed.map(({ code, d, cx, cy }) => ({ code, d, cx, cy }))).toEqual(reference(areas, 500, 400));
    // cut at the antimeridian: one piece at each side of the world map, not a band across it
    const pieces = ringsOf(placed[0]!.d);
    expect(pieces).toHaveLength(2);
    expect(pieces.map((ring) => Math.min(...ring.map(([x]) => x)))).toEqual([8, expect.closeTo(489.3, 1)]);
    expect(placed[0]!.lonLat[0]).toBeCloseTo(179.5, 0); // d3's spherical centroid
    const [suva] = placeAreas([site('SUVA', 178.44, -18.14)], 500, 400, areas);
    const [x, y] = d3Mercator(areas, 500, 400)([178.44, -18.14])!;
    expect([suva!.cx, suva!.cy]).toEqual([x, y]);
  });

  it('rewinds RFC 7946 rings for d3 on the sphere, and leaves d3-wound files as they are', async () => {
    const rfc = [raw('WORLD', { type: 'Polygon', coordinates: [box(40, 80, 4, 4, false)] })];
    const wound = await onSphere(rfc);
    expect(wound).not.toBe(rfc);
    expect(wound[0]!.feature.geometry).toEqual({ type: 'Polygon', coordinates: [box(40, 80, 4, 4, true)] });
    const d3Wound = [raw('NORTH', { type: 'Polygon', coordinates: [box(40, 80, 4, 4, true)] })];
    expect(await onSphere(d3Wound)).toBe(d3Wound);
  });
});

describe('the spherical fallback\'s shortcut past d3\'s antimeridian clip', () => {
  const plain = (placed: ReturnType<typeof placeAreas>) => placed.map(({ code, d, cx, cy }) => ({ code, d, cx, cy }));

  it('draws the governorates, holes, several polygons and rings on both sides of the prime meridian exactly as plain d3 does', () => {
    const iraq = areasOf(topology);
    expect(iraq.every((a) => quickClip(a.feature.geometry))).toBe(true);
    expect(plain(placeOnSphere(iraq, 800, 600))).toEqual(reference(iraq, 800, 600));
    const areas = [
      raw('HOLE', { type: 'Polygon', coordinates: [box(40, 30, 4, 4, true), box(41, 31, 1, 1, false)] }),
      raw('ISLES', { type: 'MultiPolygon', coordinates: [[box(45, 30, 1, 1, true)], [box(47, 32, 2, 1, true)]] }),
      raw('ZERO', { type: 'Polygon', coordinates: [box(-1, 28, 2, 2, true)] }),
    ];
    expect(plain(placeOnSphere(areas, 640, 480))).toEqual(reference(areas, 640, 480));
  });

  it('leaves to d3 a ring wound the other way (the rest of the world), one across the antimeridian and one near a pole', () => {
    for (const areas of [
      [raw('WORLD', { type: 'Polygon', coordinates: [box(40, 30, 4, 4, false)] }), raw('A', { type: 'Polygon', coordinates: [box(45, 30, 1, 1, true)] })],
      [raw('FIJI', { type: 'Polygon', coordinates: [[[178, -18], [178, -16], [-179, -16], [-179, -18], [178, -18]]] })],
      [raw('NORTH', { type: 'Polygon', coordinates: [box(10, 80, 20, 5, true)] })],
    ]) {
      expect(quickClip(areas[0]!.feature.geometry)).toBeUndefined();
      expect(plain(placeOnSphere(areas, 500, 400))).toEqual(reference(areas, 500, 400));
    }
  });
});

describe('withinExtent', () => {
  it('tells a point on the map from one far off, by the boundaries\' extent in degrees', async () => {
    const { withinExtent } = await import('../../../src/components/map/projection.js');
    const iraq = areasOf(topology);
    expect(withinExtent(iraq, [43.13, 36.34])).toBe(true); // Mosul
    expect(withinExtent(iraq, [2.35, 48.85])).toBe(false); // Paris
    expect(withinExtent(iraq, [44.4, 28.0])).toBe(false); // south of Iraq's extent
  });
});
