/** <dtm-trend>'s text summary: totals only where every series has a figure, series one by one otherwise, and the events marked. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { NATIONAL, ready } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> with the real national IDP series', () => {
  it('tells the total of many series only where every one has a figure', async () => {
    const rows = ['a', 'b', 'c', 'd'].flatMap((s) => ['2024-01-31', '2024-02-29', '2024-03-31'].map((date) => ({ date, s, v: s === 'd' && date === '2024-02-29' ? null : 10 })));
    stubFetch(() => json(rows));
    const el = await mount<DtmTrend>('<dtm-trend src="/four.json" series-field="s" value-field="v"></dtm-trend>', 'dtm-trend');
    await ready(el);
    // February's total is unknown (d has no figure): not a dip to 30
    expect(screenText(part(el, 'summary')!)).toBe('The 4 series together stayed at 40 from January 2024 to March 2024.');
  });

  it('tells series one by one when no date has a figure for all of them, never nothing', async () => {
    // four series reporting on different days: no date is complete
    const rows = ['a', 'b', 'c', 'd'].flatMap((s, k) => [1, 2].map((m) => ({ date: `2024-0${m}-${String(10 + k).padStart(2, '0')}`, s, v: 10 * m })));
    stubFetch(() => json(rows));
    const el = await mount<DtmTrend>('<dtm-trend src="/apart.json" series-field="s" value-field="v"></dtm-trend>', 'dtm-trend');
    await ready(el);
    expect(screenText(part(el, 'summary')!)).toMatch(/^a rose from 10 .+ b rose from 10 .+ c rose from 10 .+\.$/);
  });

  it('tells screen readers the events marked on the chart, in the summary', async () => {
    const el = await mount<DtmTrend>(
      `<dtm-trend src="${NATIONAL}" annotations='[{"date": "2016-10-17", "label": "Mosul offensive"}, {"date": "2017-07", "label": "Mosul retaken"}, {"date": "2030-01-01", "label": "outside"}]'></dtm-trend>`,
      'dtm-trend',
    );
    await ready(el);
    expect(screenText(part(el, 'summary')!)).toMatch(/Marked on the chart: Mosul offensive \(October 17, 2016\); Mosul retaken \(July 2017\)\.$/);
    el.setAttribute('lang', 'ar-IQ');
    await until(() => screenText(part(el, 'summary')!).includes('أحداث'));
    expect(plain(screenText(part(el, 'summary')!))).toContain('أحداث مشار إليها على الرسم: Mosul offensive (١٧ تشرين الأول ٢٠١٦)؛ Mosul retaken (تموز ٢٠١٧).');
  });
});
