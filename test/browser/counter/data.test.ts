/** <dtm-counter src>: the real DTM Iraq files read, summed and picked from, and a total that leaves out an area says so. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import type { DtmLoadDetail } from '../../../src/data/source.js';
import { cleanup, mount, part, screenText, spokenText, until } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { figure, settle } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-counter src> with the real DTM Iraq national series', () => {
  it('shows 1,098,913 IDPs for April 2024, down from 1,123,663, and reports every row', async () => {
    const loads: DtmLoadDetail[] = [];
    document.addEventListener('dtm-load', (e) => loads.push(e.detail), { once: true });
    const el = await mount<DtmCounter>(
      '<dtm-counter src="/data/samples/iraq-idps-national.dtm.json" compare="previous" label="IDPs in Iraq" duration="0"></dtm-counter>',
    );
    await settle(el, 'ready');
    expect(figure(el)).toBe('1,098,913');
    expect(spokenText(part(el, 'change')!)).toBe('Down 24,750 (2.2%) from 1,123,663');
    expect(screenText(part(el, 'as-of')!)).toBe('As of April 2024');
    expect(loads[0]).toMatchObject({ format: 'dtm', report: { total: 80, used: 80, merged: 0, rejected: 0 } });
    expect(loads[0]!.url).toMatch(/\/data\/samples\/iraq-idps-national\.dtm\.json$/);
    expect(part(el, 'rejected')).toBeNull();
  });

  it('sums the governorates of a DTM admin-1 file, in Arabic', async () => {
    const el = await mount<DtmCounter>('<dtm-counter lang="ar-IQ" src="/data/samples/iraq-idps-governorates.dtm.json" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(figure(el)).toBe('١٬٠٩٨٬٩١٣');
    expect(screenText(part(el, 'as-of')!)).toBe('حتى ٣٠ نيسان ٢٠٢٤');
  });

  it('picks a date, a region and an aggregate', async () => {
    const peak = await mount<DtmCounter>('<dtm-counter src="/data/samples/iraq-idps-governorates.hxl.csv" at="2016-03" duration="0"></dtm-counter>');
    await settle(peak, 'ready');
    expect(figure(peak)).toBe('3,417,768');
    const ninewa = await mount<DtmCounter>('<dtm-counter src="/data/samples/iraq-idps-governorates.dtm.json" region="Nineveh" duration="0"></dtm-counter>');
    await settle(ninewa, 'ready');
    expect(figure(ninewa)).toBe('229,120');
    const largest = await mount<DtmCounter>('<dtm-counter src="/data/samples/iraq-idps-governorates.hxl.json" aggregate="max" duration="0"></dtm-counter>');
    await settle(largest, 'ready');
    expect(figure(largest)).toBe('233,162'); // Duhok, April 2024
  });
});

describe('<dtm-counter> with rows that have no figure', () => {
  it('says the total leaves out an area with no figure that day, in the reader\'s language', async () => {
    stubFetch(() =>
      json([
        { date: '2024-04-30', region: 'IQG15', idps: 229120 },
        { date: '2024-04-30', region: 'IQG09', idps: 233162 },
        { date: '2024-04-30', region: 'IQG07', idps: null },
      ]),
    );
    const el = await mount<DtmCounter>('<dtm-counter src="/partial.json" value-field="idps" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(figure(el)).toBe('462,282');
    expect(screenText(part(el, 'partial')!)).toBe('One area or series has no figure for this date: it is not in this figure.');
    el.setAttribute('lang', 'ar');
    await until(() => screenText(part(el, 'partial')!).startsWith('منطقة'));
  });

  it('says nothing when every area has its figure', async () => {
    stubFetch(() => json([{ date: '2024-04-30', region: 'IQG15', idps: 229120 }]));
    const el = await mount<DtmCounter>('<dtm-counter src="/whole.json" value-field="idps" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(part(el, 'partial')).toBeNull();
  });
});
