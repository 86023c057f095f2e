/** Boundaries for the map's unit tests: the built-in Iraq governorates and synthetic grids. */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { readBoundaries, type Area } from '../../../src/components/map/boundaries.js';

export const topology: unknown = JSON.parse(readFileSync(new URL('../../../data/boundaries/iraq-adm1.topo.json', import.meta.url), 'utf8'));


export function areasOf(data: unknown): readonly Area[] {
  const r = readBoundaries(data);
  if (!r.ok) throw new Error(r.detail);
  return r.areas;
}

export /** n × n squares of `size` degrees from (38.8°E, 29.1°N), exterior rings anticlockwise as RFC 7946 writes them. */
function grid(n: number, size = 1, clockwise = false): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const [x, y] = [38.8 + i * size, 29.1 + j * size];
      const ring = [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ];
      features.push({ type: 'Feature', properties: { code: `ZZ${i}-${j}` }, geometry: { type: 'Polygon', coordinates: [clockwise ? ring.reverse() : ring] } });
    }
  }
  return { type: 'FeatureCollection', features };
}
