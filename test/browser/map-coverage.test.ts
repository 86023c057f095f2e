/**
 * <dtm-map>: what map.test.ts and map-webgl.test.ts leave out. Right-to-left keyboard order and
 * tooltip side, custom TopoJSON with boundary-object and Arabic names from boundary-name
 * variants, scale="quantize" / "natural", palette="oranges", labels="values", and the fallback to
 * the SVG picture when the WebGL context is lost. Figures are the real April 2024 governorate
 * figures of data/samples (see data/README.md).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
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
/** The area drawn for `code` (areas are drawn in the boundary file's order: IQG01…IQG18). */
const areaOf = (el: Element, code: string): SVGPathElement => paths(el)[Number(code.slice(3)) - 1]!;
const fillOf = (el: Element, code: string): string => areaOf(el, code).getAttribute('fill')!;
const legendItems = (el: Element): string[] => [...part(el, 'legend')!.querySelectorAll('li')].map((li) => screenText(li));
/** The colour painted in each class swatch of the legend, as #rrggbb. */
const swatches = (el: Element): string[] =>
  [...part(el, 'legend')!.querySelectorAll<HTMLElement>('.swatch[data-class]')].map((s) => {
    const [r, g, b] = getComputedStyle(s).backgroundColor.match(/\d+/g)!.map(Number);
    return `#${[r!, g!, b!].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  });
/** The map's own text labels (labels="names" or "values"), with where they are drawn. */
const labelsOf = (el: Element): { text: string; x: number; y: number }[] =>
  [...el.shadowRoot!.querySelectorAll('svg:not(.size-key) text')].map((t) => ({ text: plain(t.textContent ?? ''), x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')) }));
const tooltipText = (el: Element): string => plain(screenText(part(el, 'tooltip')!));

/** A legend range "47K – 94K" read back as numbers (K and M suffixes). */
function rangeOf(text: string): [number, number] {
  const n = (s: string): number => {
    const m = /^([\d.]+)([KM]?)$/.exec(s.trim())!;
    return Number(m[1]) * (m[2] === 'K' ? 1e3 : m[2] === 'M' ? 1e6 : 1);
  };
  const [lo, hi] = text.split('–');
  return [n(lo!), n(hi!)];
}

// April 2024 (DTM round 132), by governorate: the figures of the sample file
const APRIL_2024: Record<string, number> = {
  IQG01: 33_354, IQG02: 4_410, IQG03: 636, IQG04: 6_852, IQG05: 2_256, IQG06: 126_474, IQG07: 16_170, IQG08: 26_532, IQG09: 233_162,
  IQG10: 42_252, IQG11: 222_865, IQG12: 10_032, IQG13: 92_610, IQG14: 1_242, IQG15: 229_120, IQG16: 44_748, IQG17: 2_046, IQG18: 4_152,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> right to left', () => {
  // centroids at 600 px wide: Duhok alone in the top band; Erbil (x 323) right of Ninewa (x 248) in the next
  it('reads each band right to left in Arabic, the arrows moving the way the eye sees', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map lang="ar" renderer="svg" labels="names" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    const at = (name: string): { x: number; y: number } => labelsOf(el).find((l) => l.text === name)!;
    expect(at('اربيل').x).toBeGreaterThan(at('نينوى').x);
    expect(Math.abs(at('اربيل').y - at('نينوى').y)).toBeLessThan(40);
    const step = async (key: string): Promise<string> => {
      await userEvent.keyboard(key);
      await el.updateComplete;
      return tooltipText(el).split(' النازحون')[0]!;
    };
    part(el, 'plot')!.focus();
    expect(await step('{Home}')).toBe('دهوك');
    // the next band starts on its right: Erbil, not Ninewa
    expect(await step('{ArrowDown}')).toBe('اربيل');
    // along the band, the left arrow goes to the area on the left, the right arrow back to the right
    expect(await step('{ArrowLeft}')).toBe('نينوى');
    expect(await step('{ArrowRight}')).toBe('اربيل');
    expect(await step('{ArrowLeft}')).toBe('نينوى');
    expect(await step('{ArrowLeft}')).toBe('السليمانية'); // then the right end of the band below
    expect(part(el, 'live')!.textContent).toMatch(/^السليمانية\. النازحون داخليًا: 126,474\. /);

    // the same map in English reads its bands left to right
    const en = await mount<DtmMap>(`<div style="width: 600px"><dtm-map renderer="svg" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(en);
    part(en, 'plot')!.focus();
    for (const key of ['{Home}', '{ArrowRight}']) await userEvent.keyboard(key);
    await en.updateComplete;
    expect(tooltipText(en)).toMatch(/^Ninewa IDPs: 229,120/);
    await userEvent.keyboard('{ArrowRight}');
    await en.updateComplete;
    expect(tooltipText(en)).toMatch(/^Erbil IDPs: 222,865/);
  });

  it('puts the tooltip on the left of the area in Arabic, on its right in English', async () => {
    const box = await mount<HTMLDivElement>(
      `<div style="width: 600px"><dtm-map lang="ar" renderer="svg" labels="names" src="${GOVERNORATES}"></dtm-map><dtm-map renderer="svg" labels="names" src="${GOVERNORATES}"></dtm-map></div>`,
      'div',
    );
    const [ar, en] = [...box.querySelectorAll('dtm-map')] as DtmMap[];
    await ready(ar!);
    await ready(en!);
    for (const [el, name] of [[ar!, 'اربيل'], [en!, 'Erbil']] as const) {
      const erbil = areaOf(el, 'IQG11');
      const b = erbil.getBoundingClientRect();
      erbil.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 }));
      await el.updateComplete;
      expect(tooltipText(el).startsWith(name)).toBe(true);
    }
    // Erbil's centre, where its label is drawn, in page coordinates
    const centre = (el: DtmMap): number => part(el, 'plot')!.getBoundingClientRect().left + labelsOf(el).find((l) => l.text === (el === ar ? 'اربيل' : 'Erbil'))!.x;
    const arTip = part(ar!, 'tooltip')!.getBoundingClientRect();
    const enTip = part(en!, 'tooltip')!.getBoundingClientRect();
    expect(arTip.right).toBeLessThanOrEqual(centre(ar!) - 11);
    expect(arTip.right).toBeGreaterThan(centre(ar!) - 14);
    expect(enTip.left).toBeGreaterThanOrEqual(centre(en!) + 11);
    expect(enTip.left).toBeLessThan(centre(en!) + 14);
    // and inside the map
    const plot = part(ar!, 'plot')!.getBoundingClientRect();
    expect(arTip.left).toBeGreaterThanOrEqual(plot.left - 1);
  });

  it('flips the Arabic tooltip to the right of an area with no room on its left', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map lang="ar" renderer="svg" labels="names" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    el.style.width = '300px';
    await until(() => labelsOf(el)[0]!.x < 150);
    await el.updateComplete;
    const anbar = areaOf(el, 'IQG01');
    const b = anbar.getBoundingClientRect();
    anbar.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 }));
    await el.updateComplete;
    const tip = part(el, 'tooltip')!.getBoundingClientRect();
    const cx = part(el, 'plot')!.getBoundingClientRect().left + labelsOf(el)[0]!.x;
    expect(tooltipText(el).startsWith('الانبار')).toBe(true);
    expect(tip.width + 12).toBeGreaterThan(cx - part(el, 'plot')!.getBoundingClientRect().left); // no room on the left
    expect(tip.left).toBeGreaterThanOrEqual(cx + 11);
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

describe('<dtm-map> classes, palettes and labels', () => {
  it('cuts equal intervals with scale="quantize": the legend and the fills follow', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}" scale="quantize" renderer="svg"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    // (233,162 − 636) / 5 = 46,505: breaks 47,141, 93,646, 140,152, 186,657, to two figures
    expect(legendItems(el)).toEqual(['636 – 47K', '47K – 94K', '94K – 140K', '140K – 190K', '190K – 233K']);
    const colours = swatches(el);
    expect(new Set(colours).size).toBe(5);
    expect(fillOf(el, 'IQG03')).toBe(colours[0]); // Al-Muthanna 636
    expect(fillOf(el, 'IQG01')).toBe(colours[0]); // Al-Anbar 33,354
    expect(fillOf(el, 'IQG13')).toBe(colours[1]); // Kirkuk 92,610
    expect(fillOf(el, 'IQG06')).toBe(colours[2]); // Al-Sulaymaniyah 126,474
    expect(fillOf(el, 'IQG11')).toBe(colours[4]); // Erbil 222,865
    expect(fillOf(el, 'IQG09')).toBe(colours[4]); // Duhok 233,162
    // no governorate falls between 140K and 190K
    expect(paths(el).map((p) => p.getAttribute('fill'))).not.toContain(colours[3]);
  });

  it('cuts natural breaks with scale="natural": every area painted in the class its figure falls in', async () => {
    const box = await mount<HTMLDivElement>(
      `<div style="width: 600px"><dtm-map src="${GOVERNORATES}" scale="natural" renderer="svg"></dtm-map><dtm-map src="${GOVERNORATES}" renderer="svg"></dtm-map></div>`,
      'div',
    );
    const [el, quantile] = [...box.querySelectorAll('dtm-map')] as DtmMap[];
    await ready(el!);
    await ready(quantile!);
    const items = legendItems(el!);
    expect(items).not.toEqual(legendItems(quantile!));
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(/^636 – /);
    expect(items[4]).toMatch(/ – 233K$/);
    const ranges = items.map(rangeOf);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
    const colours = swatches(el!);
    for (const [code, value] of Object.entries(APRIL_2024)) {
      const cls = ranges.findIndex(([, hi], i) => i === ranges.length - 1 || value < hi);
      expect([code, fillOf(el!, code)]).toEqual([code, colours[cls]]);
    }
    // the three largest (Duhok, Ninewa, Erbil: 222,865 to 233,162) are one cluster, apart from Al-Sulaymaniyah's 126,474
    expect(new Set(['IQG09', 'IQG15', 'IQG11'].map((c) => fillOf(el!, c))).size).toBe(1);
    expect(fillOf(el!, 'IQG06')).not.toBe(fillOf(el!, 'IQG09'));
    // Al-Anbar, Diyala and Salah Al-Din (33,354 to 44,748) share a class above the smallest
    expect(new Set(['IQG01', 'IQG10', 'IQG16'].map((c) => fillOf(el!, c))).size).toBe(1);
    expect(fillOf(el!, 'IQG01')).not.toBe(fillOf(el!, 'IQG03'));
  });

  it('paints with the oranges palette, light to dark, in the fills and the legend', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}" palette="oranges" renderer="svg"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    // ColorBrewer Oranges, five classes spread over its seven colours
    const oranges = ['#feedde', '#fdae6b', '#fd8d3c', '#d94801', '#8c2d04'];
    expect(swatches(el)).toEqual(oranges);
    expect(fillOf(el, 'IQG09')).toBe('#8c2d04'); // Duhok, the highest
    expect(fillOf(el, 'IQG03')).toBe('#feedde'); // Al-Muthanna, the lowest
    for (const p of paths(el)) expect(oranges).toContain(p.getAttribute('fill'));
    // the legend's ranges are the default (quantile) classes
    expect(legendItems(el)).toEqual(['636 – 3K', '3K – 9.4K', '9.4K – 35K', '35K – 110K', '110K – 233K']);
  });

  it('writes each area\'s figure on it with labels="values"', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}" labels="values" renderer="svg"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    const labels = labelsOf(el);
    const compact = new Intl.NumberFormat('en', { notation: 'compact' });
    const codes = Object.keys(APRIL_2024).sort();
    expect(labels.map((l) => l.text)).toEqual(codes.map((c) => compact.format(APRIL_2024[c]!)));
    const labelOf = (code: string): string => labels[codes.indexOf(code)]!.text;
    expect(labelOf('IQG09')).toBe('233K'); // Duhok 233,162
    expect(labelOf('IQG03')).toBe('636'); // Al-Muthanna
    expect(labelOf('IQG04')).toBe('6.9K'); // Al-Najaf 6,852
    // each figure is written on its own area
    const inside = labels.filter((l, i) => areaOf(el, codes[i]!).isPointInFill(new DOMPoint(l.x, l.y)));
    expect(inside.length).toBe(18);
    // in Arabic-Indic digits with lang="ar-IQ"
    el.setAttribute('lang', 'ar-IQ');
    await until(() => /[\u0660-\u0669]/.test(labelsOf(el)[0]!.text));
    expect(labelsOf(el)[codes.indexOf('IQG03')]!.text).toBe('٦٣٦');
  });
});

describe('<dtm-map> WebGL context lost', () => {
  it('goes back to the SVG picture when the WebGL context is lost', { timeout: 90_000 }, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await until(() => el.getAttribute('rendering') === 'webgl', 45_000);
    await el.updateComplete;
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.classList.contains('gl-on')).toBe(true);
    expect(getComputedStyle(el.shadowRoot!.querySelector('g.areas')!).visibility).toBe('hidden');
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext | WebGLRenderingContext | null;
    expect(gl).not.toBeNull();
    const lose = gl!.getExtension('WEBGL_lose_context');
    expect(lose).not.toBeNull();
    lose!.loseContext();
    await until(() => el.getAttribute('rendering') === 'svg', 20_000);
    await el.updateComplete;
    // the SVG picture is back on screen, with its colours, and MapLibre is gone
    expect(el.shadowRoot!.querySelector('.frame')!.classList.contains('gl-on')).toBe(false);
    expect(getComputedStyle(el.shadowRoot!.querySelector('g.areas')!).visibility).toBe('visible');
    expect(paths(el)).toHaveLength(18);
    expect(fillOf(el, 'IQG09')).toBe('#084594'); // Duhok, darkest of the default blues
    expect(el.shadowRoot!.querySelector('canvas.maplibregl-canvas')).toBeNull();
    expect(part(el, 'reset')).toBeNull();
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('WebGL context lost'))).toHaveLength(1);
    // the pointer reaches the SVG areas again
    expect(getComputedStyle(part(el, 'plot')!).pointerEvents).toBe('auto');
    const duhok = areaOf(el, 'IQG09');
    const b = duhok.getBoundingClientRect();
    duhok.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 }));
    await el.updateComplete;
    expect(tooltipText(el)).toMatch(/^Duhok IDPs: 233,162/);
    // and it stays SVG: no new MapLibre map is built
    await new Promise((r) => setTimeout(r, 1000));
    expect(el.getAttribute('rendering')).toBe('svg');
    expect(el.shadowRoot!.querySelector('canvas.maplibregl-canvas')).toBeNull();
  });
});
