/**
 * Reading <dtm-trend> date by date: the keyboard (arrows, Home, End, Page Up and Down, Escape),
 * the pointer and a tap, with the tooltip and the live region saying the same.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText } from '../helpers/dom.js';
import { NATIONAL, inline, ready, settle } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> with the real national IDP series', () => {
  it('moves between reporting dates with the keyboard, the tooltip following', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    const plot = part(el, 'plot')!;
    plot.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('April 2014 IDPs: 443,124');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('May 2014 IDPs: 479,076');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('April 2024 IDPs: 1,098,913');
    // screen readers hear the same through the live region, which stays in place
    expect(part(el, 'live')!.getAttribute('role')).toBe('status');
    expect(part(el, 'live')!.textContent).toBe('April 2024. IDPs: 1,098,913');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(part(el, 'tooltip')).toBeNull();
  });

  it('jumps a tenth of the reporting dates with Page Down and Page Up, as that many arrow steps', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    part(el, 'plot')!.focus();
    const live = async (keys: string): Promise<string> => {
      await userEvent.keyboard(keys);
      await el.updateComplete;
      return part(el, 'live')!.textContent ?? '';
    };
    // 80 monthly dates: a page is 8 of them
    const paged = await live('{Home}{PageDown}');
    expect(paged).toBe(await live('{Home}' + '{ArrowRight}'.repeat(8)));
    expect(paged).not.toBe(await live('{Home}'));
    expect(await live('{End}{PageUp}')).toBe(await live('{End}' + '{ArrowLeft}'.repeat(8)));
    // past the ends, the first and last dates
    expect(await live('{Home}{PageUp}')).toBe(await live('{Home}'));
  });

  it('shows the tooltip for the date under the pointer', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await ready(el);
    const plot = part(el, 'plot')!;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.right - 2, clientY: box.top + box.height / 2, bubbles: true }));
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('April 2024 IDPs: 1,098,913');
    const tip = part(el, 'tooltip')!.getBoundingClientRect();
    expect(tip.left).toBeGreaterThanOrEqual(box.left - 1);
    expect(tip.right).toBeLessThanOrEqual(box.right + 1);
  });

  it('shows the tooltip on a tap, and keeps it when the finger lifts', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await ready(el);
    const plot = part(el, 'plot')!;
    const box = plot.getBoundingClientRect();
    const at = { clientX: box.right - 2, clientY: box.top + box.height / 2, bubbles: true, pointerType: 'touch' };
    // what a touch screen sends for a tap: down, up, leave (no move)
    for (const type of ['pointerdown', 'pointerup', 'pointerleave']) plot.dispatchEvent(new PointerEvent(type, at));
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('April 2024 IDPs: 1,098,913');
    // a mouse leaving still hides it
    plot.dispatchEvent(new PointerEvent('pointerleave', { ...at, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(part(el, 'tooltip')).toBeNull();
    // a swipe that scrolls the page past the chart: down, cancel, leave; no tooltip stays behind
    for (const type of ['pointerdown', 'pointercancel', 'pointerleave']) plot.dispatchEvent(new PointerEvent(type, at));
    await el.updateComplete;
    expect(part(el, 'tooltip')).toBeNull();
  });
});

describe('<dtm-trend> tooltip', () => {
  it('lists the ten highest of many series at the date, then how many more', async () => {
    const rows = Array.from({ length: 14 }, (_, k) => [
      { date: '2024-01-31', gov: `G${k + 1}`, value: (k + 1) * 100 },
      { date: '2024-02-29', gov: `G${k + 1}`, value: (k + 1) * 110 },
    ]).flat();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // 14 series: colours repeat
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend series-field="gov">${inline(rows)}</dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    const plot = part(el, 'plot')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    const lines = [...part(el, 'tooltip')!.querySelectorAll('p')].map((p) => plain(p.textContent ?? '').trim());
    expect(lines[0]).toBe('February 29, 2024');
    // G5 to G14 (the ten highest), in legend order, then the four left out
    expect(lines.slice(1, -1)).toEqual(Array.from({ length: 10 }, (_, i) => `G${i + 5}: ${((i + 5) * 110).toLocaleString('en')}`));
    expect(lines[lines.length - 1]).toBe('and 4 more');
    // the live region still tells every series
    expect(plain(part(el, 'live')!.textContent ?? '')).toContain('G1: 110');
  });
});
