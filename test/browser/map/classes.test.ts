/**
 * <dtm-map>'s classes and how they are shown: threshold, quantize and natural scales, figures all
 * alike, palettes, the legend's ranges and swatches, and labels="values". Figures are the real
 * April 2024 governorate figures of data/samples (see data/README.md).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/map/map.define.js';
import type { DtmMap } from '../../../src/components/map/map.js';
import { cleanup, mount, part, screenText, until } from '../helpers/dom.js';
import { APRIL_2024, GOVERNORATES, areaOf, fillOf, inline, labelsOf, legendItems, paths, ready, swatches } from './helpers.js';

/** A legend range "47K – 94K" read back as numbers (K and M suffixes). */
function rangeOf(text: string): [number, number] {
  const n = (s: string): number => {
    const m = /^([\d.]+)([KM]?)$/.exec(s.trim())!;
    return Number(m[1]) * (m[2] === 'K' ? 1e3 : m[2] === 'M' ? 1e6 : 1);
  };
  const [lo, hi] = text.split('–');
  return [n(lo!), n(hi!)];
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
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

describe('<dtm-map> attributes as people write them', () => {
  it('paints figures that are all alike in the middle colour, not the darkest', async () => {
    const rows = ['IQG09', 'IQG15', 'IQG07'].map((region) => ({ date: '2024-04-30', region, value: 0 }));
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map renderer="svg">${inline(rows)}</dtm-map></div>`, 'dtm-map');
    await ready(el);
    const fills = new Set(paths(el).map((p) => p.getAttribute('fill')).filter((f) => f?.startsWith('#')));
    expect(fills.size).toBe(1);
    expect([...fills][0]).not.toBe('#084594'); // the darkest blue
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
