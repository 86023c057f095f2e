import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GOVERNORATES } from '../../../src/data/iraq.js';

/** data/boundaries/iraq-adm1.topo.json, written by scripts/make-boundaries.mjs (see data/README.md). */
const text = readFileSync(new URL('../../../data/boundaries/iraq-adm1.topo.json', import.meta.url), 'utf8');

interface Geometry {
  type: string;
  id?: string;
  properties?: Record<string, unknown>;
  arcs: number[][] | number[][][];
}
interface Topology {
  type: string;
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: string; geometries: Geometry[] }>;
  arcs: [number, number][][];
}

const topology = JSON.parse(text) as Topology;
const geometries = topology.objects.governorates?.geometries ?? [];
const rings = (g: Geometry): number[][] => (g.type === 'Polygon' ? (g.arcs as number[][]) : (g.arcs as number[][][]).flat());
const codes = Array.from({ length: 18 }, (_, i) => `IQG${String(i + 1).padStart(2, '0')}`);

describe('the built-in Iraq governorate boundaries', () => {
  it('is a TopoJSON topology with a collection `governorates` of 18 polygons', () => {
    expect(topology.type).toBe('Topology');
    expect(Object.keys(topology.objects)).toEqual(['governorates']);
    expect(topology.objects.governorates!.type).toBe('GeometryCollection');
    expect(geometries).toHaveLength(18);
    for (const g of geometries) expect(['Polygon', 'MultiPolygon']).toContain(g.type);
  });

  it('has exactly the COD 2019 codes IQG01..IQG18, as ids and as `code`', () => {
    expect(geometries.map((g) => g.properties?.code).sort()).toEqual(codes);
    for (const g of geometries) expect(g.id).toBe(g.properties?.code);
  });

  it('carries the ISO code and the English, Arabic and Sorani names of src/data/iraq.ts, and nothing else', () => {
    for (const g of geometries) {
      const gov = GOVERNORATES.find((x) => x.code === g.properties?.code)!;
      expect(g.properties).toEqual({ code: gov.code, iso: gov.iso, name_en: gov.en, name_ar: gov.ar, name_ckb: gov.ckb });
      for (const key of ['name_en', 'name_ar', 'name_ckb']) {
        expect(typeof g.properties![key]).toBe('string');
        expect((g.properties![key] as string).trim()).not.toBe('');
      }
    }
  });

  it('is quantized: a transform and integer delta-encoded arcs', () => {
    expect(topology.transform).toBeDefined();
    expect(topology.transform!.scale.every((s) => Number.isFinite(s) && s > 0)).toBe(true);
    expect(topology.transform!.translate.every(Number.isFinite)).toBe(true);
    for (const arc of topology.arcs) {
      expect(arc.length).toBeGreaterThanOrEqual(2);
      for (const p of arc) expect(p.length === 2 && Number.isInteger(p[0]) && Number.isInteger(p[1])).toBe(true);
    }
  });

  it('uses only arcs that exist, and every governorate keeps at least one ring', () => {
    for (const g of geometries) {
      const own = rings(g);
      expect(own.length, String(g.id)).toBeGreaterThanOrEqual(1);
      for (const ring of own) {
        expect(ring.length).toBeGreaterThanOrEqual(1);
        for (const index of ring) {
          expect(Number.isInteger(index)).toBe(true);
          expect(topology.arcs[index < 0 ? ~index : index], `${g.id}: arc ${index}`).toBeDefined();
        }
      }
    }
  });

  it('is at most 5 KiB gzipped', () => {
    expect(gzipSync(Buffer.from(text), { level: 9 }).length).toBeLessThanOrEqual(5 * 1024);
  });
});
