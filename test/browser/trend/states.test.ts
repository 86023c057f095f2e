/**
 * <dtm-trend>'s states other than a chart: needs data, empty with the reason the editor can fix,
 * loading (a skeleton of the chart's height), an error card with retry, and no heading left over
 * from the last data.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, screenText, until } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { NATIONAL, heading, pathXs, ready, settle } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> states', () => {
  it('draws its first picture after being moved while laying it out', async () => {
    stubFetch(() => json([{ date: '2024-01-31', value: 1 }, { date: '2024-02-29', value: 2 }]));
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('dtm-trend');
    el.setAttribute('src', '/moved.json');
    // laid out in one task, drawn in the next: move it in between
    el.addEventListener('dtm-load', () => void el.updateComplete.then(() => host.append(el)), { once: true });
    document.body.append(el);
    try {
      await ready(el);
      expect(el.parentElement).toBe(host);
      expect(pathXs(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!)).toHaveLength(2);
    } finally {
      host.remove();
    }
  });

  it('asks for data when it has none', async () => {
    const el = await mount<DtmTrend>('<dtm-trend></dtm-trend>', 'dtm-trend');
    expect(el.getAttribute('state')).toBe('error');
    expect(screenText(el.shadowRoot!)).toContain('needs data');
  });

  it('asks for data again when its src is removed, not to reload the page', async () => {
    stubFetch(() => json([{ date: '2024-01-31', value: 1 }, { date: '2024-02-29', value: 2 }]));
    const el = await mount<DtmTrend>('<dtm-trend src="/series.json"></dtm-trend>', 'dtm-trend');
    await until(() => el.getAttribute('state') === 'ready');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(el.getAttribute('state')).toBe('error');
    expect(screenText(el.shadowRoot!)).toContain('needs data');
    expect(screenText(el.shadowRoot!)).not.toContain('Reload');
  });

  it('says why there is nothing to draw when the editor can fix it', async () => {
    const text = (el: Element): string => screenText(part(el, 'message')!);
    const range = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}" from="2030"></dtm-trend>`, 'dtm-trend');
    await until(() => range.getAttribute('state') === 'empty');
    expect(text(range)).toBe('No figures from 2030 on.');
    stubFetch(() => json([{ when: '2024-01-31', value: 1 }, { when: '2024-02-29', value: 2 }]));
    const undated = await mount<DtmTrend>('<dtm-trend src="/undated.json"></dtm-trend>', 'dtm-trend');
    await until(() => undated.getAttribute('state') === 'empty');
    expect(text(undated)).toBe('These figures have no dates: set date-field to the column of reporting dates.');
    stubFetch(() => json([{ date: '2024-01-31', region: 'IQG15', value: 1 }]));
    const region = await mount<DtmTrend>('<dtm-trend src="/region.json" region="IQG07"></dtm-trend>', 'dtm-trend');
    await until(() => region.getAttribute('state') === 'empty');
    expect(text(region)).toBe('No figures for this region or filter.');
  });

  it('keeps its height from the loading skeleton to the chart (no jump of the page)', async () => {
    const box = await mount<HTMLDivElement>(`<div style="width: 800px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`, 'div');
    const el = box.querySelector('dtm-trend')!;
    expect(el.getAttribute('state')).toBe('loading');
    const before = el.getBoundingClientRect().height;
    await ready(el);
    // legend, summary and the table button: about the room the skeleton keeps for them
    expect(Math.abs(el.getBoundingClientRect().height - before)).toBeLessThan(16);
  });

  it('shows a skeleton while loading, then an error card with retry', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    stubFetch(async () => {
      await gate;
      return new Response('nope', { status: 404 });
    });
    const el = await mount<DtmTrend>('<dtm-trend src="/slow-missing.json"></dtm-trend>', 'dtm-trend');
    await until(() => el.shadowRoot!.querySelector('.skeleton') !== null);
    expect(el.getAttribute('state')).toBe('loading');
    release();
    await until(() => el.getAttribute('state') === 'error');
    await el.updateComplete;
    expect(screenText(part(el, 'error')!)).toContain('not found (404)');
  });

  it('says "No figures published yet" for an empty list', async () => {
    stubFetch(() => json([]));
    const el = await mount<DtmTrend>('<dtm-trend src="/empty.json"></dtm-trend>', 'dtm-trend');
    await until(() => el.getAttribute('state') === 'empty');
    await el.updateComplete;
    expect(screenText(el.shadowRoot!)).toContain('No figures published yet.');
  });
});

describe('<dtm-trend> when the data changes', () => {
  it('drops the generated heading of the last data while new data loads or fails', async () => {
    stubFetch((url) => (url.includes('first') ? json([{ date: '2024-01-31', a: 1, b: 2 }, { date: '2024-02-29', a: 3, b: 4 }]) : new Response('gone', { status: 404 })));
    const el = await mount<DtmTrend>('<div style="width: 800px"><dtm-trend src="/first.json" value-field="a, b"></dtm-trend></div>', 'dtm-trend');
    await settle(el);
    expect(heading(el)).toBe('a and b, January 2024 to February 2024');
    el.src = '/second.json';
    el.valueField = 'c';
    await settle(el, 'error');
    expect(heading(el)).not.toContain('a and b');
  });
});
