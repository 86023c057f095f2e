/**
 * Holes stay holes with projection.ts's own paths, however the file winds its rings: in the SVG
 * picture (nonzero fill, one path per area), in the grouped fills' hit test (Path2D, nonzero) and
 * in a group's joined path, where an area overlapping another of its colour is not cut out.
 * The largest ring is the outline, even in a file that lists a hole first.
 */
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/components/map/boundaries.js';
import { areaHit, fillGroups } from '../../../src/components/map/grouped.js';
import { needsSphere, placeAreas, useSphere } from '../../../src/components/map/projection.js';

const area = (code: string, geometry: Geometry): Area => ({ code, names: { en: code }, feature: { type: 'Feature', properties: {}, geometry } });
const box = (x: number, y: number, w: number, h: number, clockwise: boolean): number[][] => {
  const ring = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
  return clockwise ? ring.reverse() : ring;
};

/** Whether an SVG path with the picture's fill (nonzero) covers a point. */
function svgFills(d: string, x: number, y: number): boolean {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  try {
    return path.isPointInFill(new DOMPoint(x, y));
  } finally {
    svg.remove();
  }
}

describe('holes', () => {
  it.each([
    ['d3\'s winding', true, false, false],
    ['RFC 7946 winding', false, true, false],
    ['an outline and a hole wound alike', false, false, false],
    ['the hole listed before its outline', false, true, true],
  ])('are holes in the picture and to the pointer: %s', (_, outer, hole, holeFirst) => {
    // a lake in the middle of 40–46°E, and a neighbour east of it overlapping by a sliver
    const rings = [box(40, 30, 6, 6, outer), box(42, 32, 2, 2, hole)];
    const areas = [area('LAKE', { type: 'Polygon', coordinates: holeFirst ? rings.reverse() : rings }), area('EAST', { type: 'Polygon', coordinates: [box(45.9, 30, 3, 6, outer)] })];
    const placed = placeAreas(areas, 600, 400);
    const [lake, east] = placed;
    const inHole = [lake!.cx, lake!.cy] as const; // the lake's centroid is in its hole
    const inLand = [(lake!.cx + 8) / 2, lake!.cy] as const; // west of the hole
    expect(svgFills(lake!.d, ...inHole)).toBe(false);
    expect(svgFills(lake!.d, ...inLand)).toBe(true);
    const hit = areaHit(placed);
    expect(hit(...inHole)).toBe(-1);
    expect(hit(...inLand)).toBe(0);
    // both in one colour group: the hole stays a hole, the overlap stays filled
    const [group] = fillGroups(placed, () => 'red');
    expect(svgFills(group!.d, ...inHole)).toBe(false);
    const overlap = [(Number(east!.d.match(/^M(-?[\d.]+)/)![1]) + 0.2), lake!.cy] as const;
    expect(svgFills(group!.d, ...overlap)).toBe(true);
  });
});

describe('holes in a file drawn by the spherical fallback (an area of it crosses the antimeridian)', () => {
  it.each([
    ['d3\'s winding', true, false],
    ['RFC 7946 winding', false, true],
    ['an outline and a hole wound alike', false, false],
    ['an outline and a hole wound alike, clockwise', true, true],
  ])('are holes in the picture and to the pointer: %s', async (_, outer, hole) => {
    const fiji = area('FIJI', { type: 'Polygon', coordinates: [[[178, -18], [178, -16], [-179, -16], [-179, -18], [178, -18]]] });
    const lake = area('LAKE', { type: 'Polygon', coordinates: [box(170, -22, 6, 6, outer), box(172, -20, 2, 2, hole)] });
    const read = [fiji, lake];
    expect(needsSphere(read)).toBe(true);
    const areas = useSphere(read, await import('../../../src/components/map/projection-sphere.js'));
    const placed = placeAreas(areas, 600, 400);
    const d = placed[1]!.d;
    // the lake's hole is around its middle (173°E, 19°S), its land 1.5° west of it
    const rings = d.split('M').filter(Boolean).map((r) => r.match(/-?[\d.]+/g)!.map(Number));
    const xs = rings[0]!.filter((_, i) => i % 2 === 0);
    const ys = rings[0]!.filter((_, i) => i % 2 === 1);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const inHole = [(x0 + x1) / 2, (y0 + y1) / 2] as const;
    const inLand = [x0 + (x1 - x0) / 8, (y0 + y1) / 2] as const;
    expect(svgFills(d, ...inLand)).toBe(true);
    expect(svgFills(d, ...inHole)).toBe(false);
    const hit = areaHit(placed);
    expect(hit(...inHole)).toBe(-1);
    expect(hit(...inLand)).toBe(1);
  });
});
