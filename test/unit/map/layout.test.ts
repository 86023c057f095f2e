import { describe, expect, it, vi } from 'vitest';
import { bubbleRadius, layoutMap, siteAreas, type Projector } from '../../../src/components/map/layout.js';
import type { Area } from '../../../src/components/map/boundaries.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

const square = (code: string, x: number): Area => ({
  code,
  names: { en: code },
  feature: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] } },
});
const AREAS = [square('A1', 40), square('B1', 41)];

function projector(): Projector & { placeAreas: ReturnType<typeof vi.fn> } {
  return {
    placeAreas: vi.fn((areas: readonly Area[]) => areas.map((a, i) => ({ code: a.code, d: `M${i}`, cx: i * 10, cy: 5, lonLat: [40 + i, 0.5] as const }))),
    readingOrder: (placed, rtl) => (rtl ? placed.map((_, i) => placed.length - 1 - i) : placed.map((_, i) => i)),
  };
}

describe('layoutMap', () => {
  it('projects once, and reuses the projection when only the direction changes', () => {
    const geo = projector();
    const first = layoutMap(geo, undefined, AREAS, undefined, { width: 600, height: 450 }, false);
    expect(first.order).toEqual([0, 1]);
    const same = layoutMap(geo, first, AREAS, undefined, { width: 600, height: 450 }, false);
    expect(same).toBe(first);
    const rtl = layoutMap(geo, first, AREAS, undefined, { width: 600, height: 450 }, true);
    expect(rtl.placed).toBe(first.placed);
    expect(rtl.order).toEqual([1, 0]);
    expect(geo.placeAreas).toHaveBeenCalledTimes(1);
  });

  it('projects again for a new size, and places only new points on the same map', () => {
    const geo = projector();
    const first = layoutMap(geo, undefined, AREAS, undefined, { width: 600, height: 450 }, false);
    const wider = layoutMap(geo, first, AREAS, undefined, { width: 800, height: 600 }, false);
    expect(wider.width).toBe(800);
    expect(geo.placeAreas).toHaveBeenCalledTimes(2);
    const sites = [square('1,1', 40.5)];
    const withSites = layoutMap(geo, wider, AREAS, sites, { width: 800, height: 600 }, false);
    expect(withSites.placed).toBe(wider.placed);
    expect(withSites.placedSites).toHaveLength(1);
    expect(geo.placeAreas).toHaveBeenCalledTimes(3);
  });
});

describe('siteAreas', () => {
  const loc = resolveLocale('en');
  const points = { at: new Map([['43.13,36.34', [43.13, 36.34] as const]]), names: new Map<string, string>() };

  it('names a point by its coordinates in the reader\'s language when the data does not', () => {
    const { sites } = siteAreas(points, loc, undefined, '');
    expect(sites[0]!.names.en).toBe('36.34°, 43.13°');
  });

  it('keeps the same objects for the same points in the same language: nothing is placed again', () => {
    const first = siteAreas(points, loc, undefined, '');
    const again = siteAreas(points, loc, first.sites, first.locale);
    expect(again.sites).toBe(first.sites);
  });
});

describe('bubbleRadius', () => {
  it('makes a bubble\'s area proportional to its figure, at least 2 px', () => {
    const r = bubbleRadius(new Map([['A', 400], ['B', 100]]), { width: 600, height: 480 });
    expect(r(400)).toBe(40);
    expect(r(100)).toBe(20);
    expect(r(0)).toBe(2);
  });
});
