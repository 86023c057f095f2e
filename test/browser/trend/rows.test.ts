/**
 * Which rows <dtm-trend> draws: a region in any of its codes and names, a filter, and the date
 * column date-field names. Figures are the real ones of data/samples (see data/README.md).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { GOVERNORATES, lineXs, settle, summary, tableOf, texts } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> choosing the rows', () => {
  // Ninewa, from the governorate file: December 2014 162,132; peak 807,324 in December 2017; April 2024 229,120
  const NINEWA_SUMMARY = 'rose from 162,132 in December 2014 to a peak of 807,324 in December 2017 and fell to 229,120 in April 2024, down 72% from the peak.';

  it.each(['IQG15', 'IRQ-G15', 'IQ-NI', 'Ninewa', 'Nineveh', 'نينوى'])('keeps only Ninewa with region="%s"', async (region) => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${GOVERNORATES}" region="${region}"></dtm-trend>`, 'dtm-trend');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('path.line')).toHaveLength(1);
    expect(lineXs(el)).toHaveLength(12);
    expect(texts(el, '.mark text')).toEqual(['807,324', '229,120']);
    expect(summary(el)).toBe(`IDPs ${NINEWA_SUMMARY}`);
  });

  it('keeps one governorate among the series of series-field with region', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${GOVERNORATES}" series-field="admin1Name" region="IRQ-G15"></dtm-trend>`, 'dtm-trend');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('path.line')).toHaveLength(1);
    expect(part(el, 'legend')).toBeNull(); // one series: no legend
    expect(summary(el)).toBe(`Ninewa ${NINEWA_SUMMARY}`);
    const table = await tableOf(el);
    expect(table[0]).toEqual(['Date', 'Ninewa']);
    expect(table).toHaveLength(13);
    expect(table[table.length - 1]).toEqual(['April 30, 2024', '229,120']);
  });

  it('keeps the rows of filter="admin1Name=Ninewa", and does not count the others as not shown', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${GOVERNORATES}" filter="admin1Name=Ninewa"></dtm-trend>`, 'dtm-trend');
    await settle(el);
    expect(lineXs(el)).toHaveLength(12);
    expect(summary(el)).toBe(`IDPs ${NINEWA_SUMMARY}`);
    expect(part(el, 'rejected')).toBeNull();
    // without the filter, the 18 governorates are summed into the national line
    const all = await mount<DtmTrend>(`<dtm-trend src="${GOVERNORATES}"></dtm-trend>`, 'dtm-trend');
    await settle(all);
    expect(texts(all, '.mark text')).toEqual(['3,417,768', '1,098,913']);
  });

  it('reads the dates of the column date-field names', async () => {
    const rows = [
      { date: '2024-01-31', collected: '2023-11-15', value: 10 },
      { date: '2024-02-29', collected: '2023-12-15', value: 12 },
      { date: '2024-03-31', collected: '2024-01-15', value: 15 },
    ];
    stubFetch(() => json(rows));
    const byDefault = await mount<DtmTrend>('<dtm-trend src="/two-dates.json"></dtm-trend>', 'dtm-trend');
    await settle(byDefault);
    expect((await tableOf(byDefault)).slice(1).map((r) => r[0])).toEqual(['January 31, 2024', 'February 29, 2024', 'March 31, 2024']);
    const chosen = await mount<DtmTrend>('<dtm-trend src="/two-dates.json" date-field="collected"></dtm-trend>', 'dtm-trend');
    await settle(chosen);
    expect((await tableOf(chosen)).slice(1)).toEqual([
      ['November 15, 2023', '10'],
      ['December 15, 2023', '12'],
      ['January 15, 2024', '15'],
    ]);
    expect(summary(chosen)).toBe('IDPs rose from 10 in November 2023 to 15 in January 2024, up 50%.');
  });

  it('draws undated figures once date-field names their date column', async () => {
    stubFetch(() => json([{ when: '2024-01-31', value: 1 }, { when: '2024-02-29', value: 2 }]));
    const el = await mount<DtmTrend>('<dtm-trend src="/when.json" date-field="when"></dtm-trend>', 'dtm-trend');
    await settle(el);
    expect(lineXs(el)).toHaveLength(2);
    expect((await tableOf(el)).slice(1)).toEqual([
      ['January 31, 2024', '1'],
      ['February 29, 2024', '2'],
    ]);
  });
});
