/** Choosing an area of <dtm-map>: with the keyboard or a click, dtm-select, Escape, names in the widget's language. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/map/map.define.js';
import type { DtmMap, DtmSelectDetail } from '../../../src/components/map/map.js';
import { cleanup, mount, part, plain, screenText } from '../helpers/dom.js';
import { GOVERNORATES, paths, ready } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> on the built-in governorates', () => {
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
});
