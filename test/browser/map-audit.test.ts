/**
 * <dtm-map>: what an adversarial audit of the element found, each as the reader meets it.
 * Boundary polygons that cannot be drawn, a direction override in a label, boundaries that fail
 * to load, thresholds with thousands separators, figures all alike, `at`, `selected` and the
 * map's own attributes as people type them, a narrow table, long names and tiny shares.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/map/map.define.js';
import type { DtmMap } from '../../src/components/map/map.js';
import { cleanup, mount, part, plain, screenText, until } from './helpers/dom.js';
import { json, stubFetch } from './helpers/fake-fetch.js';

const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

async function ready(el: DtmMap, state = 'ready'): Promise<void> {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
}
const paths = (el: Element): SVGPathElement[] => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.area')];
const legendItems = (el: Element): string[] => [...part(el, 'legend')!.querySelectorAll('li')].map((li) => plain(screenText(li)));
const inline = (rows: unknown[]): string => `<script type="application/json">${JSON.stringify(rows)}</script>`;
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
});

describe('<dtm-map> text from data and attributes', () => {
  it('drops a direction override from the label, so the heading reads in order', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map renderer="svg" label="IDPs\u202e" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    const heading = part(el, 'heading')!.textContent!;
    expect(heading).not.toContain('\u202e');
    expect(plain(heading)).toMatch(/^IDPs by area, /);
  });

  it('writes a share under a tenth of a percent as "< 0.1%", never "0%"', async () => {
    const rows = [
      { date: '2024-04-30', region: 'IQG09', value: 40 },
      { date: '2024-04-30', region: 'IQG15', value: 1_098_000 },
    ];
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map renderer="svg">${inline(rows)}</dtm-map></div>`, 'dtm-map');
    await ready(el);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const duhok = [...(part(el, 'table') as HTMLTableElement).rows].find((r) => r.cells[0]!.textContent!.includes('Duhok'))!;
    expect(plain(duhok.cells[2]!.textContent!.trim())).toBe('< 0.1%');
  });
});

describe('<dtm-map> attributes as people write them', () => {
  it('reads thresholds with thousands separators, and renderer, kind, at and selected in any form', async () => {
    const el = await mount<DtmMap>(
      `<div style="width: 600px"><dtm-map renderer="SVG" scale="Threshold" thresholds="10,000, 100,000" at=" Latest" selected="IRQ-G09" src="${GOVERNORATES}"></dtm-map></div>`,
      'dtm-map',
    );
    await ready(el);
    expect(el.shadowRoot!.querySelector('[part~="gl"]')).toBeNull();
    // three classes at 10,000 and 100,000 (read with their separators), not breaks at 10, 0 and 100
    expect(legendItems(el).slice(0, 3)).toEqual(['636 – 10K', '10K – 100K', '100K – 233K']);
    expect(el.shadowRoot!.querySelectorAll('path.area.selected')).toHaveLength(1);
    el.at = '٢٠١٦-٠٣';
    await ready(el);
    expect(plain(part(el, 'heading')!.textContent!)).toContain('2016');
  });

  it('says when classes is not a whole number from 2 to 9', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map renderer="svg" classes="1000" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    expect(warn.mock.calls.some(([m]) => String(m).includes('classes="1000" is not a whole number from 2 to 9; 9 classes are drawn'))).toBe(true);
  });

  it('paints figures that are all alike in the middle colour, not the darkest', async () => {
    const rows = ['IQG09', 'IQG15', 'IQG07'].map((region) => ({ date: '2024-04-30', region, value: 0 }));
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map renderer="svg">${inline(rows)}</dtm-map></div>`, 'dtm-map');
    await ready(el);
    const fills = new Set(paths(el).map((p) => p.getAttribute('fill')).filter((f) => f?.startsWith('#')));
    expect(fills.size).toBe(1);
    expect([...fills][0]).not.toBe('#084594'); // the darkest blue
  });
});

describe('<dtm-map> in a narrow column', () => {
  it('keeps its table and a long name\'s tooltip inside the widget', async () => {
    const el = await mount<DtmMap>(`<div style="width: 200px"><dtm-map renderer="svg" label="internallydisplacedpersonsindividuals" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    // a table wider than the widget scrolls inside a box no wider than the widget
    const scroller = part(el, 'table')!.parentElement!;
    expect(getComputedStyle(scroller).overflowX).toBe('auto');
    expect(scroller.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 0.5);
    const plot = part(el, 'plot')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    // the label, one long word, wraps inside the tooltip
    expect(part(el, 'tooltip')!.getBoundingClientRect().width).toBeLessThanOrEqual(box.width + 0.5);
    // the last area in reading order is in the south: its tooltip stays above the map's bottom edge
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    expect(part(el, 'tooltip')!.getBoundingClientRect().bottom).toBeLessThanOrEqual(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().bottom + 0.5);
  });
});
