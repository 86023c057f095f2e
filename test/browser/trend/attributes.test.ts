/** <dtm-trend>'s attributes as people type them: any letter case, day-first dates, Arabic-Indic digits, unknown values warned of, a blank source-url. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount } from '../helpers/dom.js';
import { GOVERNORATES, inline, lines, settle, toggledTableOf as tableOf } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> attributes as people write them', () => {
  it('reads kind, marks and time-direction in any case, and says when a kind is unknown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount<DtmTrend>(
      `<div style="width: 800px"><dtm-trend kind="BAR" marks="nopeak" src="${GOVERNORATES}" series-field="admin1Name" region="IQG15"></dtm-trend></div>`,
      'dtm-trend',
    );
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('g.series rect').length).toBeGreaterThan(10);
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(0); // "nopeak" is neither peak nor latest
    el.kind = 'pie' as DtmTrend['kind'];
    await el.updateComplete;
    expect(lines(el)).toHaveLength(1);
    expect(warn.mock.calls.some(([m]) => String(m).includes('kind="pie"'))).toBe(true);
    // in Arabic time runs right to left, unless time-direction says ltr, however it is written
    el.lang = 'ar';
    el.timeDirection = 'LTR';
    await el.updateComplete;
    const xs = [...lines(el)[0]!.getAttribute('d')!.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    expect(xs[0]!).toBeLessThan(xs[xs.length - 1]!);
  });

  it('reads date-format, duplicates and from in the forms people type, and warns of the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const rows = [
      { date: '31/01/2024', value: 10 },
      { date: '31/01/2024', value: 5 },
      { date: '29/02/2024', value: 20 },
      { date: '31/03/2024', value: 30 },
    ];
    const el = await mount<DtmTrend>(
      `<div style="width: 800px"><dtm-trend date-format="dd/mm/yyyy" duplicates="Banana" from="٢٠٢٤-٠٢" annotations='{"date": "2024-03-01", "label": "x"}'>${inline(rows)}</dtm-trend></div>`,
      'dtm-trend',
    );
    await settle(el);
    const table = await tableOf(el);
    // February on (from, in Arabic-Indic digits), the slash dates read day first
    expect(table.slice(1)).toEqual([
      ['February 29, 2024', '20'],
      ['March 31, 2024', '30'],
    ]);
    const said = warn.mock.calls.map(([m]) => String(m));
    expect(said.some((m) => m.includes('duplicates="Banana" is not one of sum, max, min, mean, first, last, reject; sum is used'))).toBe(true);
    expect(said.some((m) => m.includes('annotations is not a list'))).toBe(true);
    expect(said.some((m) => m.includes('date-format'))).toBe(false);
  });

  it('makes no link and no credit of a blank source-url', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend source-url="   " src="${GOVERNORATES}"></dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.footer a')).toBeNull();
    expect(el.shadowRoot!.querySelector('.footer')?.textContent ?? '').not.toContain(location.hostname);
  });
});
