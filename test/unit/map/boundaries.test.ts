import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { readBoundaries } from '../../../src/components/map/boundaries.js';
import { sphericalWinding } from '../../../src/components/map/projection-sphere.js';
import { placeAreas } from '../../../src/components/map/projection.js';
import { areasOf, grid, topology } from './fixtures.js';

describe('sphericalWinding', () => {
  it('keeps features as the file winds them, and features already wound for d3 as they are; the built-in boundaries are', () => {
    const raw = grid(2, 1, true);
    const areas = areasOf(raw);
    areas.forEach((a, i) => expect(a.feature).toBe(raw.features[i]));
    for (const a of areasOf(topology)) expect(sphericalWinding(a.feature)).toBe(a.feature);
  });

  it('draws RFC 7946 GeoJSON (exterior rings anticlockwise) as the areas, not as the world with holes', () => {
    const raw = grid(3);
    const areas = areasOf(raw);
    // the input is not changed
    expect(raw.features[0]!.geometry.coordinates[0]![1]).toEqual([39.8, 29.1]);
    const placed = placeAreas(areas, 600, 600);
    // each of the 3 × 3 squares takes about a third of the width, not all of it
    for (const p of placed) {
      const xs = [...p.d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
      const span = Math.max(...xs) - Math.min(...xs);
      expect(span).toBeGreaterThan(150);
      expect(span).toBeLessThan(220);
    }
    // the same picture as the clockwise file
    expect(placed.map((p) => [p.cx, p.cy])).toEqual(placeAreas(areasOf(grid(3, 1, true)), 600, 600).map((p) => [p.cx, p.cy]));
  });

  it('rewinds each polygon of a MultiPolygon on its own and leaves other geometries alone', () => {
    const [a, b] = grid(2).features.map((f) => f.geometry.coordinates);
    const multi: Feature<Geometry> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [a!, [...b!].map((r) => [...r].reverse())] } };
    const out = sphericalWinding(multi);
    expect(out).not.toBe(multi);
    const coords = (out.geometry as { coordinates: number[][][][] }).coordinates;
    expect(coords[0]![0]![1]).toEqual([38.8, 30.1]); // reversed
    expect(coords[1]).toBe((multi.geometry as { coordinates: unknown[] }).coordinates[1]); // already clockwise: untouched
    const point: Feature<Geometry> = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [44, 33] } };
    expect(sphericalWinding(point)).toBe(point);
  });
});

describe('sphericalWinding on the map and on the sphere', () => {
  const box = (x: number, y: number, w: number, h: number, clockwise: boolean): number[][] => {
    const ring = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
    return clockwise ? ring.reverse() : ring;
  };
  /** What d3's spherical area says: reversed when the polygon covers more than a hemisphere. */
  const bySphere = (rings: number[][][]): number[][][] => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings);

  it.each([
    ['d3 winding with a hole', [box(40, 30, 4, 4, true), box(41, 31, 1, 1, false)]],
    ['RFC 7946 winding with a hole', [box(40, 30, 4, 4, false), box(41, 31, 1, 1, true)]],
    ['across the prime meridian', [box(-2, 50, 4, 3, false)]],
    ['south of the equator', [box(20, -30, 5, 5, true)]],
    ['near a pole', [box(0, 82, 30, 5, false)]],
    ['across the antimeridian', [[[178, -18], [178, -16], [-179, -16], [-179, -18], [178, -18]]]],
    ['wider than a quarter of the world', [box(-60, 0, 120, 20, false)]],
  ])('winds %s as d3\'s spherical area says', (_, rings) => {
    const f: Feature<Geometry> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
    expect((sphericalWinding(f).geometry as Polygon).coordinates).toEqual(bySphere(rings));
  });

  it.each([
    ['anticlockwise', 40, false],
    ['clockwise', 40, true],
    ['anticlockwise, near the antimeridian', 172, false],
    ['clockwise, near the antimeridian', 172, true],
  ])('winds an outer ring and a hole wound alike (%s) each as d3 winds it, so that the hole stays a hole', (_, x, clockwise) => {
    const f: Feature<Geometry> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [box(x, 30, 4, 4, clockwise), box(x + 1, 31, 1, 1, clockwise)] } };
    expect((sphericalWinding(f).geometry as Polygon).coordinates).toEqual([box(x, 30, 4, 4, true), box(x + 1, 31, 1, 1, false)]);
  });
});

describe('readBoundaries', () => {
  const square = (x: number, props: Record<string, unknown>, id?: string | number): Feature<Polygon> => ({
    type: 'Feature',
    ...(id !== undefined && { id }),
    properties: props,
    geometry: { type: 'Polygon', coordinates: [[[x, 30], [x, 31], [x + 1, 31], [x + 1, 30], [x, 30]]] },
  });
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

  it('joins on boundary-key, names from boundary-name with Arabic and Sorani variants', () => {
    const r = readBoundaries(fc([square(40, { pcode: 'IQ-NI', adm: 'Ninewa', adm_ar: 'نينوى', 'adm-ckb': 'نەینەوا' })]), { key: 'pcode', name: 'adm' });
    expect(r.ok && r.areas.map((a) => [a.code, a.names])).toEqual([['IQG15', { en: 'Ninewa', ar: 'نينوى', ckb: 'نەینەوا' }]]);
  });

  it('reads the TopoJSON object asked for, and names the ones there when it is missing', () => {
    expect(readBoundaries(topology, { object: 'governorates' }).ok).toBe(true);
    expect(readBoundaries(topology, { object: 'districts' })).toEqual({ ok: false, detail: 'the TopoJSON has no object "districts" (objects: governorates)' });
  });

  it('counts the features it cannot join (no P-code, or a repeat), and says what to set when none can', () => {
    const r = readBoundaries(fc([square(40, { code: 'IQG15' }), square(41, { code: 'district_2' }), square(42, { code: 'IQG15' }), square(43, {})]));
    expect(r.ok && r.skipped).toEqual({ count: 3, examples: ['district_2', 'IQG15', ''] });
    expect(readBoundaries(fc([square(40, {}, 7), square(41, {}, 8)]))).toEqual({
      ok: false,
      detail: 'no feature has a P-code in the property "code" (found "7", "8"); set boundary-key to the property that holds P-codes',
    });
  });
});

describe('readBoundaries: geometry that is not an area', () => {
  const feature = (code: string, geometry: unknown): Feature => ({ type: 'Feature', properties: { code, name: `\u202E${code} name` }, geometry: geometry as Geometry });
  const ring = [[40, 30], [40, 31], [41, 31], [41, 30], [40, 30]];

  it('skips points, empty rings and coordinates that are not numbers, and counts them; drops direction overrides from names', () => {
    const r = readBoundaries({
      type: 'FeatureCollection',
      features: [
        feature('IQG09', { type: 'Polygon', coordinates: [ring] }),
        feature('IQG15', { type: 'Polygon', coordinates: [[]] }),
        feature('IQG07', { type: 'Point', coordinates: [44, 33] }),
        feature('IQG01', { type: 'MultiPolygon', coordinates: [[[[40], [41], [42], [40]]]] }),
        feature('IQG02', { type: 'Polygon', coordinates: [[['40', '30'], ['40', '31'], ['41', '31'], ['40', '30']]] }),
        feature('IQG03', { type: 'Polygon', coordinates: [] }),
      ],
    });
    expect(r.ok && r.areas.map((a) => [a.code, a.names.en])).toEqual([['IQG09', 'IQG09 name']]);
    expect(r.ok && r.skipped.count).toBe(5);
  });

  it('keeps an area whose collapsed island (a ring of two points) is dropped, and draws it', () => {
    const r = readBoundaries({
      type: 'FeatureCollection',
      features: [feature('IQG02', { type: 'MultiPolygon', coordinates: [[ring], [[[45, 29], [45, 29]]]] })],
    });
    expect(r.ok && r.skipped.count).toBe(0);
    const area = r.ok ? r.areas[0]! : undefined;
    expect((area!.feature.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(1);
    expect(placeAreas([area!], 400, 300)[0]!.d).toMatch(/^M/);
  });
});

