import { describe, expect, it, vi } from 'vitest';
import type { Area } from '../../../src/components/map/boundaries.js';
import { areasOf, grid, topology } from './fixtures.js';

/** Set when d3-geo is first imported: the spherical fallback's chunk. */
const d3 = vi.hoisted(() => ({ loaded: false }));
vi.mock('d3-geo', async (original) => {
  d3.loaded = true;
  return original();
});

describe('d3-geo is loaded only for boundaries across the antimeridian or near a pole', () => {
  it('places the built-in governorates and a custom grid, with points, without d3-geo; loads it for Fiji', async () => {
    const { needsSphere, placeAreas, useSphere } = await import('../../../src/components/map/projection.js');
    const onSphere = async (areas: readonly Area[]): Promise<readonly Area[]> => useSphere(areas, await import('../../../src/components/map/projection-sphere.js'));
    const iraq = areasOf(topology);
    expect(needsSphere(iraq)).toBe(false);
    expect(placeAreas(iraq, 800, 600).every((p) => p.d.startsWith('M'))).toBe(true);
    const squares = areasOf(grid(5, 0.5));
    expect(needsSphere(squares)).toBe(false);
    placeAreas(squares, 400, 300);
    const point: Area = { code: 'P', names: {}, feature: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [44, 33] } } };
    placeAreas([point], 800, 600, iraq);
    expect(d3.loaded).toBe(false);
    const fiji: Area[] = [{ code: 'F', names: {}, feature: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[178, -18], [178, -16], [-179, -16], [-179, -18], [178, -18]]] } } }];
    expect(needsSphere(fiji)).toBe(true);
    const wound = await onSphere(fiji);
    expect(d3.loaded).toBe(true);
    expect(placeAreas(wound, 400, 300)[0]!.d).toMatch(/^M/);
  });
});
