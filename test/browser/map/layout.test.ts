/**
 * How <dtm-map> is laid out for its reader: right-to-left reading order and tooltip side in
 * Arabic, and a narrow column where the table and tooltips must stay inside the widget.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/map/map.define.js';
import type { DtmMap } from '../../../src/components/map/map.js';
import { cleanup, mount, part, until } from '../helpers/dom.js';
import { GOVERNORATES, areaOf, labelsOf, ready, tooltipText } from './helpers.js';

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
