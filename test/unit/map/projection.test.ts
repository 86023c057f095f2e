import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/components/map/boundaries.js';
import { placeAreas, quickClip } from '../../../src/components/map/projection.js';
import { areasOf, grid, topology } from './fixtures.js';

/** The plain d3 way placeAreas stands for: fitExtent, geoPath, path.centroid, geoCentroid. */
function reference(areas: readonly Area[], width: number, height: number) {
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: areas.map((a) => a.feature) };
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [Math.max(width - 8, 9), Math.max(height - 8, 9)],
    ],
    collection,
  );
  const path = geoPath(projection);
  return areas.map((a) => {
    const [cx, cy] = path.centroid(a.feature);
    return { code: a.code, d: path(a.feature) ?? '', cx: Number.isFinite(cx) ? cx : 0, cy: Number.isFinite(cy) ? cy : 0, lonLat: geoCentroid(a.feature) };
  });
}

const plain = (placed: ReturnType<typeof placeAreas>) => placed.map((p) => ({ code: p.code, d: p.d, cx: p.cx, cy: p.cy, lonLat: p.lonLat }));

describe('placeAreas', () => {
  it.each([
    [800, 600],
    [320, 240],
    [1200, 400],
  ])('draws the built-in governorates at %d×%d exactly as plain d3 does', (width, height) => {
    const areas = areasOf(topology);
    expect(areas).toHaveLength(18);
    expect(plain(placeAreas(areas, width, height))).toEqual(reference(areas, width, height));
  });

  it('draws custom boundaries exactly as plain d3 does, again after a resize', () => {
    const areas = areasOf(grid(6, 0.7, true));
    expect(plain(placeAreas(areas, 640, 480))).toEqual(reference(areas, 640, 480));
    expect(plain(placeAreas(areas, 300, 500))).toEqual(reference(areas, 300, 500));
  });
});

/** An area as read with rewind off: the rings exactly as given. */
const raw = (code: string, geometry: Geometry): Area => ({ code, names: { en: code }, feature: { type: 'Feature', properties: {}, geometry } });
const box = (x: number, y: number, w: number, h: number, clockwise: boolean): number[][] => {
  const ring = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
  return clockwise ? ring.reverse() : ring;
};

describe('placeAreas on the sphere: the shortcut past the antimeridian clip, and where d3 still clips', () => {
  it('takes the shortcut for the built-in governorates and for rewound custom boundaries', () => {
    expect(areasOf(topology).every((a) => quickClip(a.feature.geometry))).toBe(true);
    expect(areasOf(grid(6, 0.7, true)).every((a) => quickClip(a.feature.geometry))).toBe(true);
  });

  it('draws holes, several polygons and rings on both sides of the prime meridian exactly as plain d3 does', () => {
    const areas = [
      raw('HOLE', { type: 'Polygon', coordinates: [box(40, 30, 4, 4, true), box(41, 31, 1, 1, false)] }),
      raw('ISLES', { type: 'MultiPolygon', coordinates: [[box(45, 30, 1, 1, true)], [box(47, 32, 2, 1, true)]] }),
      raw('ZERO', { type: 'Polygon', coordinates: [box(-1, 28, 2, 2, true)] }),
    ];
    expect(plain(placeAreas(areas, 640, 480))).toEqual(reference(areas, 640, 480));
  });

  it('leaves to d3 a ring wound the other way (the rest of the world), one across the antimeridian and one near a pole', () => {
    for (const areas of [
      [raw('WORLD', { type: 'Polygon', coordinates: [box(40, 30, 4, 4, false)] }), raw('A', { type: 'Polygon', coordinates: [box(45, 30, 1, 1, true)] })],
      [raw('FIJI', { type: 'Polygon', coordinates: [[[178, -18], [178, -16], [-179, -16], [-179, -18], [178, -18]]] })],
      [raw('NORTH', { type: 'Polygon', coordinates: [box(10, 80, 20, 5, true)] })],
    ]) {
      expect(quickClip(areas[0]!.feature.geometry)).toBeUndefined();
      expect(plain(placeAreas(areas, 500, 400))).toEqual(reference(areas, 500, 400));
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
