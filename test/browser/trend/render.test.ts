/**
 * What <dtm-trend> draws: the line with its peak and latest marks (or fewer with marks), a gap
 * where a figure is missing, the other kinds, series colours with enough contrast, and the dark
 * theme. Figures are the real ones of data/samples (see data/README.md).
 *
 * The colours test runs before the other charts of 18 series in this file: it expects the "colours
 * repeat" warning, which a page is given once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, screenText } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { NATIONAL, lineXs, pathXs, ready, settle, svgOf, texts } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> with the real national IDP series', () => {
  it('draws the series and marks the peak (March 2016) and the latest value', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await ready(el);
    const paths = el.shadowRoot!.querySelectorAll('path.line');
    expect(paths).toHaveLength(1);
    expect(pathXs(paths[0]!.getAttribute('d')!)).toHaveLength(80);
    expect(texts(el, '.mark text')).toEqual(['3,417,768', '1,098,913']);
    expect(svgOf(el).outerHTML).not.toMatch(/NaN|Infinity|undefined/);
    expect(screenText(part(el, 'summary')!)).toBe(
      'IDPs rose from 443,124 in April 2014 to a peak of 3,417,768 in March 2016 and fell to 1,098,913 in April 2024, down 68% from the peak.',
    );
    // the accessible name: generated from the series and dates
    expect(part(el, 'plot')!.getAttribute('aria-label')).toBe('IDPs, April 2014 to April 2024');
    // compact value labels, and an axis that reaches above the peak
    const labels = texts(el, '.axis text');
    expect(labels).toEqual(expect.arrayContaining(['0', '1M', '2M', '3M']));
    expect(labels).not.toContain('3,000,000');
  });
});

describe('<dtm-trend> colours', () => {
  /** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
  const contrast = (a: string, b: string): number => {
    const lum = (c: string): number => {
      const [r, g, bl] = c.match(/\d+/g)!.slice(0, 3).map((v) => Number(v) / 255);
      const f = (x: number): number => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(bl!);
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('draws every one of its 8 series colours at 3:1 or more against the background, light and dark', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const theme of ['light', 'dark']) {
      const el = await mount<DtmTrend>(`<dtm-trend src="/data/samples/iraq-idps-governorates.dtm.json" series-field="admin1Name" theme="${theme}"></dtm-trend>`, 'dtm-trend');
      await ready(el);
      // a light widget is transparent on the page: the page is white here
      const own = getComputedStyle(el).backgroundColor;
      const background = own === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : own;
      const strokes = new Set([...el.shadowRoot!.querySelectorAll('path.line')].map((p) => getComputedStyle(p).stroke));
      expect(strokes.size).toBe(8); // 18 governorates: the palette's 8 colours, repeating
      for (const stroke of strokes) expect(contrast(stroke, background), `${theme}: ${stroke} on ${background}`).toBeGreaterThanOrEqual(3);
      el.remove();
    }
    expect(warn.mock.calls.some((c) => String(c[0]).includes('18 series: colours repeat'))).toBe(true);
  });
});

describe('<dtm-trend> series, gaps and kinds', () => {
  const records = (rows: [string, string, number | null][]): Response => json(rows.map(([date, series, value]) => ({ date, series, value })));

  it('draws a gap where the data says "no figure", not a drop to zero', async () => {
    stubFetch(() => records([['2024-01-31', 'a', 10], ['2024-02-29', 'a', 12], ['2024-03-31', 'a', null], ['2024-04-30', 'a', 15], ['2024-05-31', 'a', 16]]));
    const el = await mount<DtmTrend>('<dtm-trend src="/gaps.json" series-field="series"></dtm-trend>', 'dtm-trend');
    await ready(el);
    const d = el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2); // two runs: before and after the gap
    expect(pathXs(d)).toHaveLength(4);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const march = [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows].find((r) => r.cells[0]!.textContent!.includes('March'));
    expect(march!.cells[1]!.textContent).toBe('—');
  });

  it.each(['area', 'stacked-area', 'bar'])('draws kind="%s" without NaN', async (kind) => {
    const el = await mount<DtmTrend>(`<dtm-trend src="/data/samples/iraq-idps-governorates.dtm.json" series-field="admin1Name" kind="${kind}"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    const svgText = svgOf(el).outerHTML;
    expect(svgText).not.toMatch(/NaN|Infinity|undefined/);
    if (kind === 'bar') expect(el.shadowRoot!.querySelectorAll('rect').length).toBe(215);
    else expect(el.shadowRoot!.querySelectorAll('path.area')).toHaveLength(18);
  });
});

describe('<dtm-trend> marks, annotations and theme', () => {
  it('marks nothing with marks="none", only the peak with marks="peak"', async () => {
    const none = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}" marks="none"></dtm-trend>`, 'dtm-trend');
    await settle(none);
    expect(none.shadowRoot!.querySelectorAll('.mark')).toHaveLength(0);
    expect(none.shadowRoot!.querySelector('svg')!.textContent).not.toContain('3,417,768');
    expect(lineXs(none)).toHaveLength(80);
    const peak = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}" marks="peak"></dtm-trend>`, 'dtm-trend');
    await settle(peak);
    expect(texts(peak, '.mark text')).toEqual(['3,417,768']);
  });

  it('paints a dark background and light text with theme="dark"', async () => {
    const box = await mount<HTMLDivElement>(`<div><dtm-trend src="${NATIONAL}"></dtm-trend><dtm-trend theme="dark" src="${NATIONAL}"></dtm-trend></div>`, 'div');
    const [light, dark] = [...box.querySelectorAll('dtm-trend')];
    await settle(light!);
    await settle(dark!);
    expect(getComputedStyle(light!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(dark!).backgroundColor).toBe('rgb(21, 27, 35)');
    expect(getComputedStyle(dark!).color).toBe('rgb(238, 242, 246)');
    expect(getComputedStyle(light!).color).toBe('rgb(27, 37, 48)');
    // the chart's own text follows: the summary is light on dark
    expect(getComputedStyle(part(dark!, 'summary')!).color).not.toBe(getComputedStyle(part(light!, 'summary')!).color);
  });
});
