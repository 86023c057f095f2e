/**
 * <dtm-map> with many areas (grouped.ts: from GROUPED_FROM areas on, the fills are drawn one
 * path per colour). What a reader gets is the same as with one path per area: each area painted
 * in its class's colour or hatched "no data", the tooltip and the live region for the area under
 * the pointer or the keyboard cursor, a click or Enter selecting it (outlined), and the Download
 * menu's SVG holding every area.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/map/map.define.js';
import { GROUPED_FROM } from '../../../src/components/map/grouped.js';
import type { DtmMap, DtmSelectDetail } from '../../../src/components/map/map.js';
import { cleanup, menuOpen, mount, part, plain, screenText, until } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { paths, ready, swatches, tooltipText } from './helpers.js';

// a grid of 40 × 10 one-degree squares near the equator (Mercator: rows of nearly equal height)
const COLS = 40;
const ROWS = 10;
const code = (c: number, r: number): string => `ZZ${r * COLS + c}`;
const grid = {
  type: 'FeatureCollection',
  features: Array.from({ length: COLS * ROWS }, (_, i) => {
    const [x, y] = [i % COLS, Math.floor(i / COLS)];
    return { type: 'Feature', properties: { code: `ZZ${i}`, name: `Cell ${x}-${y}` }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] } };
  }),
};
// every seventh cell has no figure; the others count up from 1 (cell ZZ0) to 400
const rows = grid.features.flatMap((_, i) => (i % 7 === 5 ? [] : [{ date: '2024-04-30', region: `ZZ${i}`, value: i + 1 }]));

async function gridMap(attributes = 'renderer="svg"'): Promise<DtmMap> {
  stubFetch((url) => (url.endsWith('.geojson') ? json(grid) : json(rows)));
  const el = await mount<DtmMap>(`<div style="width: 800px"><dtm-map src="/cells.json" boundaries="/cells.geojson" ${attributes}></dtm-map></div>`, 'dtm-map');
  await ready(el);
  return el;
}

/** Where the centre of cell (c, r) is on screen, from the box of all the areas drawn. */
function centreOf(el: DtmMap, c: number, r: number): { x: number; y: number } {
  const boxes = paths(el).map((p) => p.getBoundingClientRect());
  const [left, top] = [Math.min(...boxes.map((b) => b.left)), Math.min(...boxes.map((b) => b.top))];
  const [right, bottom] = [Math.max(...boxes.map((b) => b.right)), Math.max(...boxes.map((b) => b.bottom))];
  const mercator = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const fy = (mercator(ROWS) - mercator(r + 0.5)) / (mercator(ROWS) - mercator(0));
  return { x: left + ((c + 0.5) / COLS) * (right - left), y: top + fy * (bottom - top) };
}

/** What is painted at the centre of cell (c, r): the fill of the area path there. */
function fillAt(el: DtmMap, c: number, r: number): string | null {
  const { x, y } = centreOf(el, c, r);
  const hit = el.shadowRoot!.elementsFromPoint(x, y).find((n) => n.matches('path.area'));
  return hit?.getAttribute('fill') ?? null;
}

function pointAt(el: DtmMap, c: number, r: number, type = 'pointermove'): void {
  const { x, y } = centreOf(el, c, r);
  const target = el.shadowRoot!.elementsFromPoint(x, y).find((n) => n.matches('path.area'))!;
  const init = { bubbles: true, composed: true, clientX: x, clientY: y };
  target.dispatchEvent(type === 'click' ? new MouseEvent('click', init) : new PointerEvent(type, init));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe(`<dtm-map> with many areas (${COLS * ROWS}, grouped from ${GROUPED_FROM})`, () => {
  it('paints each area in its class colour, hatches the areas without a figure, with few elements', async () => {
    expect(COLS * ROWS).toBeGreaterThanOrEqual(GROUPED_FROM);
    const el = await gridMap();
    const colours = swatches(el);
    expect(colours).toHaveLength(5);
    // the lowest figure (ZZ0: 1) in the lightest class, the highest (ZZ399: 400) in the darkest
    expect(fillAt(el, 0, 0)).toBe(colours[0]);
    expect(fillAt(el, COLS - 1, ROWS - 1)).toBe(colours[4]);
    expect(fillAt(el, 5, 0)).toBe('url(#nodata)'); // ZZ5: no figure
    expect(fillAt(el, 12, 0)).toBe('url(#nodata)'); // ZZ12
    expect(fillAt(el, 11, 0)).toBe(colours[0]);
    // one path per colour and one for "no data", not one per area
    expect(paths(el).length).toBe(6);
    expect(screenText(part(el, 'legend')!)).toContain('No data');
  });

  it('names the area under the pointer in the tooltip, and the next one as the pointer moves', async () => {
    const el = await gridMap();
    pointAt(el, 5, 2); // ZZ85: 86
    await el.updateComplete;
    expect(tooltipText(el)).toMatch(/^Cell 5-2 IDPs: 86/);
    pointAt(el, 6, 2); // ZZ86: 87
    await el.updateComplete;
    expect(tooltipText(el)).toMatch(/^Cell 6-2 IDPs: 87/);
    pointAt(el, 5, 0); // no figure
    await el.updateComplete;
    expect(tooltipText(el)).toMatch(/^Cell 5-0 IDPs: No data/);
    el.shadowRoot!.querySelector('.plot')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(part(el, 'tooltip')).toBeNull();
  });

  it('selects the area clicked, fires dtm-select and outlines it', async () => {
    const selections: DtmSelectDetail[] = [];
    document.addEventListener('dtm-select', (e) => selections.push(e.detail), { once: true });
    const el = await gridMap();
    pointAt(el, 20, 5, 'click'); // ZZ220: 221
    await el.updateComplete;
    expect(selections).toEqual([{ code: code(20, 5), name: 'Cell 20-5', value: 221, date: '2024-04-30' }]);
    expect(el.selected).toBe('ZZ220');
    const outline = el.shadowRoot!.querySelector<SVGPathElement>('path.mark.selected')!;
    const box = outline.getBoundingClientRect();
    const { x, y } = centreOf(el, 20, 5);
    expect(Math.abs(box.x + box.width / 2 - x)).toBeLessThan(2);
    expect(Math.abs(box.y + box.height / 2 - y)).toBeLessThan(2);
    expect(getComputedStyle(outline).fill).toBe('none'); // an outline: the area's colour shows through
  });

  it('moves the keyboard cursor over the areas in reading order, with its live region, and selects with Enter', async () => {
    const el = await gridMap();
    part(el, 'plot')!.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    // reading order starts at the top left: the northernmost row
    expect(tooltipText(el)).toMatch(/^Cell 0-9 IDPs: 361/);
    expect(plain(part(el, 'live')!.textContent!)).toBe('Cell 0-9. IDPs: 361. As of April 30, 2024');
    expect(el.shadowRoot!.querySelectorAll('path.mark.active')).toHaveLength(1);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(tooltipText(el)).toMatch(/^Cell 1-9 IDPs: 362/);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.selected).toBe(code(1, 9));
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.selected).toBeUndefined();
    expect(el.shadowRoot!.querySelectorAll('path.mark')).toHaveLength(0);
  });

  it('reads from the right in Arabic: the cursor starts at the top right, the pointer still finds its area', async () => {
    const el = await gridMap('renderer="svg" lang="ar"');
    part(el, 'plot')!.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(plain(part(el, 'live')!.textContent!)).toMatch(/^Cell 39-9\./);
    pointAt(el, 7, 4); // ZZ167: 168
    await el.updateComplete;
    expect(plain(part(el, 'live')!.textContent!)).toMatch(/^Cell 7-4\. .*: 168/);
  });

  it('with kind="bubbles", draws the areas under the bubbles and still finds the area under the pointer', async () => {
    const el = await gridMap('renderer="svg" kind="bubbles"');
    expect(fillAt(el, 0, 0)).toBe('var(--_border)');
    expect(fillAt(el, 5, 0)).toBe('url(#nodata)');
    expect(el.shadowRoot!.querySelectorAll('.frame circle.bubble').length).toBe(rows.length);
    pointAt(el, 10, 9); // ZZ370: 371
    await el.updateComplete;
    expect(tooltipText(el)).toMatch(/^Cell 10-9 IDPs: 371/);
  });

  it('hands over to MapLibre with the same colours; the grouped areas and outlines step aside, the keyboard goes on', { timeout: 60_000 }, async () => {
    const el = await gridMap('');
    const colours = swatches(el);
    const { x, y } = centreOf(el, COLS - 1, ROWS - 1); // ZZ399, the darkest class
    await until(() => el.getAttribute('rendering') === 'webgl', 45_000);
    await el.updateComplete;
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    const box = canvas.getBoundingClientRect();
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [canvas.width, canvas.height];
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const scale = canvas.width / box.width;
    const [r, g, b] = ctx.getImageData(Math.round((x - box.x) * scale), Math.round((y - box.y) * scale), 1, 1).data;
    const [er, eg, eb] = [1, 3, 5].map((i) => parseInt(colours[4]!.slice(i, i + 2), 16));
    expect(Math.abs(r! - er!) + Math.abs(g! - eg!) + Math.abs(b! - eb!)).toBeLessThan(24);
    part(el, 'plot')!.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(plain(part(el, 'live')!.textContent!)).toMatch(/^Cell 0-9\. IDPs: 361/);
    for (const g of el.shadowRoot!.querySelectorAll('.areas, .marks')) expect(getComputedStyle(g).visibility).toBe('hidden');
  });

  it('downloads an SVG that holds every area in its colour', async () => {
    const el = await gridMap();
    const files: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((obj: Blob | MediaSource) => {
      if (obj instanceof Blob) files.push(obj);
      return create(obj);
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    part(el, 'download')!.focus();
    await userEvent.keyboard('{Enter}');
    await menuOpen(el);
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await until(() => files.length > 0, 5000);
    const doc = new DOMParser().parseFromString(await files[0]!.text(), 'image/svg+xml');
    const areas = [...doc.querySelectorAll('path')];
    // every area's outline starts with a move: 400 of them across the colour paths
    expect(areas.reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0)).toBe(COLS * ROWS);
    // the classes' colours inlined, and the hatching of the areas without a figure
    const fills = areas.map((p) => /fill:\s*([^;]+)/.exec(p.getAttribute('style') ?? '')?.[1]?.trim() ?? p.getAttribute('fill'));
    expect(new Set(fills).size).toBe(6);
    expect(fills).toContain('url(#nodata)');
    expect(doc.querySelector('pattern#nodata')).not.toBeNull();
  });
});
