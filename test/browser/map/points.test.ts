/** <dtm-map> with places instead of areas: bubbles at lat-field and lon-field, named by name-field, as items of their own. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/map/map.define.js';
import type { DtmMap, DtmSelectDetail } from '../../../src/components/map/map.js';
import type { DtmLoadDetail } from '../../../src/data/source.js';
import { cleanup, mount, part, screenText } from '../helpers/dom.js';
import { paths, ready } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> joins and boundaries', () => {
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
});
