import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/components/map/boundaries.js';
import { placeAreas } from '../../../src/components/map/projection.js';
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

describe('withinExtent', () => {
  it('tells a point on the map from one far off, by the boundaries\' extent in degrees', async () => {
    const { withinExtent } = await import('../../../src/components/map/projection.js');
    const iraq = areasOf(topology);
    expect(withinExtent(iraq, [43.13, 36.34])).toBe(true); // Mosul
    expect(withinExtent(iraq, [2.35, 48.85])).toBe(false); // Paris
    expect(withinExtent(iraq, [44.4, 28.0])).toBe(false); // south of Iraq's extent
  });
});
