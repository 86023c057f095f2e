/** <dtm-trend>'s dates: one time for dates of different precision (its most precise key and figure), and a range with from and to. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { NATIONAL, inline, pathXs, ready, settle, toggledTableOf as tableOf } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> series, gaps and kinds', () => {
  it('labels a date with its most precise key when series publish it at different precisions', async () => {
    stubFetch(() => json([{ date: '2024', s: 'A', v: 10 }, { date: '2024-01', s: 'B', v: 20 }, { date: '2024', s: 'C', v: 30 }]));
    const el = await mount<DtmTrend>('<dtm-trend src="/precision.json" series-field="s" value-field="v"></dtm-trend>', 'dtm-trend');
    await ready(el);
    (part(el, 'table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const rows = [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    expect(rows).toEqual([['January 2024', '10', '20', '30']]);
  });

  it('keeps a date range with from and to', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}" from="2016" to="2016"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    expect(pathXs(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!)).toHaveLength(12);
  });
});

describe('<dtm-trend> when the data changes', () => {
  it('shows the most precise date\'s figure where dates of different precision share a time', async () => {
    const rows = [
      { date: '2024', value: 100 },
      { date: '2024-01', value: 50 },
      { date: '2024-03', value: 70 },
    ];
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend>${inline(rows)}</dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    const table = await tableOf(el);
    expect(table.slice(1)).toEqual([
      ['January 2024', '50'],
      ['March 2024', '70'],
    ]);
  });
});
