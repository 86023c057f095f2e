/** <dtm-trend>'s data over time: a failed refresh marked "Not up to date", rows not shown told and listed, inline data edited. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { NATIONAL, lineXs, settle, summary, tableOf, texts } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> refresh and rows not shown', () => {
  it('keeps the chart and marks it "Not up to date" when a refresh fails, then clears the mark', async () => {
    const published = await (await fetch(NATIONAL)).text(); // the real file, served by the stub
    let fail = false;
    const calls = stubFetch(() => (fail ? new Response('gone', { status: 404 }) : json(published)));
    const el = await mount<DtmTrend>('<div style="width: 800px"><dtm-trend src="/live-national.json" refresh="1"></dtm-trend></div>', 'dtm-trend');
    await settle(el);
    expect(part(el, 'stale')).toBeNull();
    expect(lineXs(el)).toHaveLength(80);

    fail = true;
    await settle(el, 'stale');
    // the last good data is still drawn, with its figures and summary
    expect(lineXs(el)).toHaveLength(80);
    expect(texts(el, '.mark text')).toEqual(['3,417,768', '1,098,913']);
    expect(summary(el)).toMatch(/^IDPs rose from 443,124 in April 2014 .* 1,098,913 in April 2024/);
    expect(part(el, 'error')).toBeNull();
    const mark = part(el, 'stale')!;
    expect(screenText(mark)).toMatch(/^Not up to date: last updated \d{1,2}:\d{2}/);
    expect(mark.getAttribute('role')).toBe('status');

    fail = false;
    const before = calls.length;
    await until(() => calls.length > before, 8000);
    await settle(el);
    expect(part(el, 'stale')).toBeNull();
    expect(lineXs(el)).toHaveLength(80);
  });

  it('says how many rows were not shown, and opens to list why', async () => {
    stubFetch(() =>
      json([
        { date: '2024-01-31', value: 10 },
        { date: '2024-02-29', value: '12%' },
        { date: '2024-03-31', value: -3 },
        { date: '2024-04-30', value: 'abc' },
        { value: 14 },
        { date: '2024-05-31', value: 15 },
      ]),
    );
    const el = await mount<DtmTrend>('<dtm-trend src="/some-bad-rows.json"></dtm-trend>', 'dtm-trend');
    await settle(el);
    const notice = part(el, 'rejected') as HTMLDetailsElement;
    expect(notice.open).toBe(false);
    expect(screenText(notice)).toBe('4 rows not shown');
    notice.querySelector('summary')!.click();
    await until(() => notice.open);
    const reasons = [...notice.querySelectorAll('li')].map((li) => screenText(li));
    expect(reasons.sort()).toEqual(['figure is not a number: 1', 'figure is qualified (>, <, %, ~): 1', 'negative count: 1', 'no date: 1']);
    // the good rows are drawn and tabled; the refused ones are not
    expect((await tableOf(el)).slice(1)).toEqual([
      ['January 31, 2024', '10'],
      ['May 31, 2024', '15'],
    ]);
  });

  it('shows no notice when every row is used', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}"></dtm-trend>`, 'dtm-trend');
    await settle(el);
    expect(part(el, 'rejected')).toBeNull();
  });
});

describe('<dtm-trend> inline data that changes', () => {
  it('reads inline data added after the first picture, and again when its text is edited', async () => {
    const el = await mount<DtmTrend>('<div style="width: 800px"><dtm-trend heading="People reached"></dtm-trend></div>', 'dtm-trend');
    await settle(el, 'error'); // no data yet: the widget asks for some
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify([
      { date: '2024-01', value: 120 },
      { date: '2024-02', value: 180 },
    ]);
    el.append(script);
    await settle(el);
    expect([...el.shadowRoot!.querySelectorAll('.mark text')].map((t) => plain(t.textContent!))).toEqual(['180']);
    // an edit is read like a refresh: the chart stays on screen, never back to its skeleton
    const states: string[] = [];
    new MutationObserver(() => states.push(el.getAttribute('state') ?? '')).observe(el, { attributes: true, attributeFilter: ['state'] });
    script.textContent = JSON.stringify([
      { date: '2024-01', value: 120 },
      { date: '2024-02', value: 180 },
      { date: '2024-03', value: 260 },
    ]);
    await until(() => [...el.shadowRoot!.querySelectorAll('.mark text')].some((t) => plain(t.textContent!) === '260'), 5000);
    expect(states).not.toContain('loading');
    // edited while out of the page: read again when it comes back
    const box = el.parentElement!;
    el.remove();
    script.textContent = JSON.stringify([{ date: '2024-04', value: 999 }]);
    box.append(el);
    await until(() => [...el.shadowRoot!.querySelectorAll('.mark text')].some((t) => plain(t.textContent!) === '999'), 5000);
  });
});
