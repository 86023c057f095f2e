/**
 * <dtm-map> on boundaries other than its own: GeoJSON and TopoJSON joined on a chosen property,
 * rows for areas not on the map counted, new boundaries without a new data request, Arabic names
 * from boundary-name variants, and boundary files that are broken, missing or half drawable.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/map/map.define.js';
import type { DtmMap } from '../../../src/components/map/map.js';
import type { DtmLoadDetail } from '../../../src/data/source.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { fillOf, labelsOf, paths, ready, tooltipText } from './helpers.js';

const square = (code: string, x: number): unknown => ({
  type: 'Feature',
  properties: { code, name: code },
  geometry: { type: 'Polygon', coordinates: [[[x, 30], [x, 31], [x + 1, 31], [x + 1, 30], [x, 30]]] },
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> joins and boundaries', () => {
  it('counts rows for areas that are not on the map in "rows not shown" and in dtm-load', async () => {
    const loads: DtmLoadDetail[] = [];
    document.addEventListener('dtm-load', (e) => loads.push(e.detail), { once: true });
    const el = await mount<DtmMap>(
      `<dtm-map><script type="application/json">[
        {"date": "2024-04-30", "region": "IRQ-G09", "value": 233162},
        {"date": "2024-04-30", "region": "Nineveh", "value": 229120},
        {"date": "2024-04-30", "region": "SO11", "value": 5}
      ]</script></dtm-map>`,
      'dtm-map',
    );
    await ready(el);
    expect(loads[0]!.report).toMatchObject({ total: 3, used: 2, rejected: 1, reasons: { 'not-on-map': 1 } });
    expect(screenText(part(el, 'rejected')!)).toBe('1 row not shown');
    expect(fillOf(el, 'IQG15')).not.toBe('url(#nodata)');
  });

  it('draws custom GeoJSON boundaries joined on a chosen property', async () => {
    const square = (x: number, code: string, name: string) => ({
      type: 'Feature',
      properties: { pcode: code, adm2_name: name, adm2_name_ar: `ع${name}` },
      geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
    });
    stubFetch((url) =>
      url.endsWith('districts.geojson')
        ? json({ type: 'FeatureCollection', features: [square(40, 'SO1101', 'A'), square(41, 'SO1102', 'B')] })
        : json([{ date: '2024-01-31', region: 'SO1101', value: 10 }]),
    );
    const el = await mount<DtmMap>('<dtm-map src="/districts.json" boundaries="/districts.geojson" boundary-key="pcode" boundary-name="adm2_name"></dtm-map>', 'dtm-map');
    await ready(el);
    expect(paths(el)).toHaveLength(2);
    expect(paths(el)[1]!.getAttribute('fill')).toBe('url(#nodata)');
    expect(screenText(el.shadowRoot!.querySelector('.footer')!)).not.toContain('Natural Earth');
  });

  it('new boundaries count the same rows again without fetching the data again', async () => {
    const square = (x: number, code: string) => ({
      type: 'Feature',
      properties: { pcode: code, name: code },
      geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
    });
    const calls = stubFetch((url) =>
      url.endsWith('one.geojson')
        ? json({ type: 'FeatureCollection', features: [square(40, 'SO1101')] })
        : url.endsWith('two.geojson')
          ? json({ type: 'FeatureCollection', features: [square(40, 'SO1101'), square(41, 'SO1102')] })
          : json([{ date: '2024-01-31', region: 'SO1101', value: 10 }, { date: '2024-01-31', region: 'SO1102', value: 20 }]),
    );
    const loads: DtmLoadDetail[] = [];
    const listen = (e: CustomEvent<DtmLoadDetail>): number => loads.push(e.detail);
    document.addEventListener('dtm-load', listen);
    try {
      const el = await mount<DtmMap>('<dtm-map src="/two-districts.json" boundaries="/one.geojson" boundary-key="pcode"></dtm-map>', 'dtm-map');
      await ready(el);
      expect(screenText(part(el, 'rejected')!)).toBe('1 row not shown');
      expect(loads.at(-1)!.report).toMatchObject({ total: 2, used: 1, rejected: 1, reasons: { 'not-on-map': 1 } });
      el.boundaries = '/two.geojson';
      await until(() => paths(el).length === 2, 10_000);
      await el.updateComplete;
      expect(part(el, 'rejected')).toBeNull();
      expect(loads.at(-1)!.report).toMatchObject({ total: 2, used: 2, rejected: 0 });
      expect(calls.filter((c) => c.url.endsWith('two-districts.json'))).toHaveLength(1);
    } finally {
      document.removeEventListener('dtm-load', listen);
    }
  });

  it('says a broken boundary file cannot be read', async () => {
    stubFetch((url) => (url.endsWith('broken.topojson') ? json({ type: 'Topology', objects: {}, arcs: [] }) : json([{ date: '2024-01-31', region: 'X1', value: 1 }])));
    const el = await mount<DtmMap>('<dtm-map src="/d.json" boundaries="/broken.topojson"></dtm-map>', 'dtm-map');
    await ready(el, 'error');
    expect(screenText(part(el, 'error')!)).toContain('TopoJSON has no object');
  });
});

describe('<dtm-map> custom TopoJSON boundaries', () => {
  /**
   * A hand-made topology: an "outline" object first (one square), then "districts", two squares
   * in northern Iraq sharing an edge (arc 0). Names in English, with Arabic in both variant forms.
   */
  const topology = {
    type: 'Topology',
    objects: {
      outline: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[3]], properties: { pcode: 'IQG01', adm_name: 'Outline' } }] },
      districts: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { pcode: 'IRQ-G15', adm_name: 'West Square', adm_name_ar: 'المربع الغربي' } },
          { type: 'Polygon', arcs: [[2, -1]], properties: { pcode: 'IQ-DA', adm_name: 'East Square', 'adm_name-ar': 'المربع الشرقي' } },
        ],
      },
    },
    arcs: [
      [[43, 36], [43, 37]],
      [[43, 37], [42, 37], [42, 36], [43, 36]],
      [[43, 36], [44, 36], [44, 37], [43, 37]],
      [[40, 30], [48, 30], [48, 38], [40, 38], [40, 30]],
    ],
  };
  // Ninewa and Duhok in April 2024, and Al-Anbar, which this map does not have
  const rows = [
    { date: '2024-04-30', region: 'IRQ-G15', value: 229_120 },
    { date: '2024-04-30', region: 'IRQ-G09', value: 233_162 },
    { date: '2024-04-30', region: 'IRQ-G01', value: 33_354 },
  ];

  it('draws the object boundary-object names, joined on boundary-key, named by boundary-name', async () => {
    stubFetch((url) => (url.endsWith('.topojson') ? json(topology) : json(rows)));
    const el = await mount<DtmMap>(
      '<div style="width: 600px"><dtm-map src="/by-square.json" boundaries="/squares.topojson" boundary-object="districts" boundary-key="pcode" boundary-name="adm_name" labels="names"></dtm-map></div>',
      'dtm-map',
    );
    await ready(el);
    expect(paths(el)).toHaveLength(2);
    expect(labelsOf(el).map((l) => l.text)).toEqual(['West Square', 'East Square']);
    const [west, east] = labelsOf(el);
    expect(west!.x).toBeLessThan(east!.x); // 42-43°E left of 43-44°E
    expect(Math.abs(west!.y - east!.y)).toBeLessThan(0.5);
    // both have figures: neither is hatched; the higher (Duhok, east) the darker
    expect(paths(el).map((p) => p.getAttribute('fill'))).not.toContain('url(#nodata)');
    expect(paths(el)[0]!.getAttribute('fill')).not.toBe(paths(el)[1]!.getAttribute('fill'));
    // Al-Anbar's row is not on this map
    expect(screenText(part(el, 'rejected')!)).toBe('1 row not shown');
    expect(screenText(part(el, 'summary')!)).toBe('IDPs: East Square (233,162) and West Square (229,120). In all 462,282, as of April 30, 2024.');
    expect(screenText(el.shadowRoot!.querySelector('.footer')!)).not.toContain('Natural Earth');
  });

  it('draws the first object without boundary-object', async () => {
    stubFetch((url) => (url.endsWith('.topojson') ? json(topology) : json(rows)));
    const el = await mount<DtmMap>('<dtm-map src="/by-square.json" boundaries="/squares.topojson" boundary-key="pcode" boundary-name="adm_name" labels="names"></dtm-map>', 'dtm-map');
    await ready(el);
    expect(paths(el)).toHaveLength(1);
    expect(labelsOf(el).map((l) => l.text)).toEqual(['Outline']);
  });

  it('names the areas from the _ar and -ar variants of boundary-name in Arabic, in the tooltip and the table', async () => {
    stubFetch((url) => (url.endsWith('.topojson') ? json(topology) : json(rows)));
    const el = await mount<DtmMap>(
      '<div style="width: 600px"><dtm-map lang="ar" src="/by-square.json" boundaries="/squares.topojson" boundary-object="districts" boundary-key="pcode" boundary-name="adm_name"></dtm-map></div>',
      'dtm-map',
    );
    await ready(el);
    const west = paths(el)[0]!;
    const b = west.getBoundingClientRect();
    west.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 }));
    await el.updateComplete;
    expect(tooltipText(el)).toMatch(/^المربع الغربي النازحون داخليًا: 229,120/);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const table = part(el, 'table') as HTMLTableElement;
    const body = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => plain(c.textContent ?? '')));
    expect(body.map((r) => r.slice(0, 2))).toEqual([
      ['المربع الشرقي', '233,162'],
      ['المربع الغربي', '229,120'],
    ]);
    expect(body.map((r) => r[2]!.replace(/\s/g, ''))).toEqual(['50.4%', '49.6%']);
    // the same map in English keeps the English names
    el.setAttribute('lang', 'en');
    await until(() => plain(part(el, 'table')!.textContent ?? '').includes('East Square'));
    expect(plain(part(el, 'table')!.textContent ?? '')).not.toContain('المربع');
  });
});

describe('<dtm-map> custom boundaries', () => {
  it('draws the areas it can when a feature is no polygon, and never stays on its skeleton', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent): void => void errors.push(e.error);
    window.addEventListener('error', onError);
    stubFetch((url) =>
      url.includes('broken.geojson')
        ? json({ type: 'FeatureCollection', features: [square('IQG09', 40), { type: 'Feature', properties: { code: 'IQG15' }, geometry: { type: 'Polygon', coordinates: [[]] } }] })
        : json([{ date: '2024-04-30', region: 'IQG09', value: 5 }, { date: '2024-04-30', region: 'IQG15', value: 7 }]),
    );
    const el = await mount<DtmMap>('<div style="width: 600px"><dtm-map renderer="svg" src="/d-broken.json" boundaries="/broken.geojson"></dtm-map></div>', 'dtm-map');
    await ready(el);
    window.removeEventListener('error', onError);
    expect(paths(el)).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(warn.mock.calls.some(([m]) => String(m).includes('1 boundary feature(s) not drawn'))).toBe(true);
  });

  it('says when the boundary file is not found, and fetches it again from the error card', async () => {
    let up = false;
    stubFetch((url) =>
      url.includes('shapes')
        ? up
          ? json({ type: 'FeatureCollection', features: [square('IQG09', 40)] })
          : new Response('gone', { status: 404 })
        : json([{ date: '2024-04-30', region: 'IQG09', value: 5 }]),
    );
    const el = await mount<DtmMap>('<div style="width: 600px"><dtm-map renderer="svg" src="/d-retry.json" boundaries="/shapes.geojson"></dtm-map></div>', 'dtm-map');
    await ready(el, 'error');
    // the boundary file, not the data, is named, with the server's answer
    expect(plain(screenText(part(el, 'error')!))).toMatch(/^The map's boundary file could not be used: the server answered 404.*Check the boundaries address/);
    up = true;
    await new Promise((r) => setTimeout(r, 600)); // past the shared fetch's reuse of a fresh answer
    part(el, 'retry')!.click();
    await ready(el);
    expect(paths(el)).toHaveLength(1);
  });

  it('draws boundaries across the antimeridian with d3-geo\'s spherical clip, loaded for them and not before', async () => {
    const sphereLoaded = (): boolean => performance.getEntriesByType('resource').some((e) => e.name.includes('projection-sphere'));
    const island = (code: string, ring: number[][]) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [ring] } });
    stubFetch((url) =>
      url.includes('fiji.geojson')
        ? json({ type: 'FeatureCollection', features: [island('FJ01', [[178, -18], [178, -16], [-179, -16], [-179, -18], [178, -18]]), island('FJ02', [[177, -19], [177, -18], [177.8, -18], [177.8, -19], [177, -19]])] })
        : json([{ date: '2024-04-30', region: 'FJ01', value: 5 }, { date: '2024-04-30', region: 'FJ02', value: 7 }]),
    );
    expect(sphereLoaded()).toBe(false); // the maps above (Iraq, squares) did without it
    const el = await mount<DtmMap>('<div style="width: 600px"><dtm-map renderer="svg" src="/d-fiji.json" boundaries="/fiji.geojson"></dtm-map></div>', 'dtm-map');
    await ready(el);
    expect(sphereLoaded()).toBe(true);
    const [across, west] = paths(el);
    // cut at the antimeridian as d3 cuts it: a piece at each edge of the world map, not a band across it
    expect(across!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(west!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
    expect(fillOf(el, 'FJ01')).not.toBe('url(#nodata)');
  });
});
