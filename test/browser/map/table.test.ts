/** <dtm-map>'s table alternative: the same figures and shares, sorted by any column, small shares written as such. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/map/map.define.js';
import type { DtmMap } from '../../../src/components/map/map.js';
import { cleanup, mount, part, plain } from '../helpers/dom.js';
import { GOVERNORATES, inline, ready } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> on the built-in governorates', () => {
  it('gives a sortable table with the same figures and shares', async () => {
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}" label="IDPs"></dtm-map>`, 'dtm-map');
    await ready(el);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const table = part(el, 'table') as HTMLTableElement;
    const rows = (): string[][] => [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!));
    expect(rows()).toHaveLength(18);
    expect(rows()[0]).toEqual(['Duhok', '233,162', '21.2%']);
    expect(rows()[17]).toEqual(['Al-Muthanna', '636', '0.1%']);
    const areaHeader = table.tHead!.rows[0]!.cells[0]!;
    areaHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(areaHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(rows()[0]![0]).toBe('Al-Anbar');
    // the share column sorts too: smallest share first on a second click
    const shareHeader = table.tHead!.rows[0]!.cells[2]!;
    shareHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(shareHeader.getAttribute('aria-sort')).toBe('descending');
    expect(areaHeader.getAttribute('aria-sort')).toBe('none');
    expect(rows()[0]![2]).toBe('21.2%');
    shareHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(shareHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(rows()[0]).toEqual(['Al-Muthanna', '636', '0.1%']);
  });
});

describe('<dtm-map> text from data and attributes', () => {
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
