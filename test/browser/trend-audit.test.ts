/**
 * <dtm-trend>: what an adversarial audit of the element found, each as the reader meets it.
 * Hidden series that outlive the data, a blank row that made a series of its own, inline data
 * added after the first picture, unusable heights, a heading left from the last data, focus at
 * the table's last page, attributes in other cases, a blank source-url, and dates of different
 * precision at one time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText, until } from './helpers/dom.js';
import { json, stubFetch } from './helpers/fake-fetch.js';

const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

async function settle(el: DtmTrend, state = 'ready'): Promise<void> {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
}
const legend = (el: Element): string[] => [...(part(el, 'legend')?.querySelectorAll('button') ?? [])].map((b) => plain(b.textContent ?? '').trim());
const lines = (el: Element): Element[] => [...el.shadowRoot!.querySelectorAll('path.line')];
const heading = (el: Element): string => plain(screenText(part(el, 'heading')!));
/** The data table, opened, as rows of cell texts (the header row first). */
async function tableOf(el: DtmTrend): Promise<string[][]> {
  part(el, 'table-toggle')!.click();
  await el.updateComplete;
  return [...(part(el, 'table') as HTMLTableElement).rows].map((r) => [...r.cells].map((c) => plain(c.textContent ?? '').trim()));
}
const inline = (rows: unknown[]): string => `<script type="application/json">${JSON.stringify(rows)}</script>`;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> hidden series follow the data', () => {
  it('never leaves the chart blank when the only series left is one the reader had hidden', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend src="${GOVERNORATES}" series-field="admin1Name"></dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    const ninewa = [...part(el, 'legend')!.querySelectorAll('button')].find((b) => b.textContent!.includes('Ninewa'))!;
    ninewa.click();
    await el.updateComplete;
    expect(ninewa.getAttribute('aria-pressed')).toBe('false');
    // the region asked for is the hidden series: with one series there is no legend to bring it back
    el.region = 'Ninewa';
    await settle(el);
    await until(() => lines(el).length === 1, 5000);
    expect(part(el, 'legend')).toBeNull();
    expect(heading(el)).toMatch(/^Ninewa, /);
    expect(plain(screenText(part(el, 'summary')!))).toMatch(/^Ninewa /);
  });
});

describe('<dtm-trend> reading series from a column', () => {
  it('makes no series of a "no figure" row without a series name, and keeps a series named "value"', async () => {
    const rows = [
      { date: '2024-01-31', gov: 'A', value: 10 },
      { date: '2024-01-31', gov: 'value', value: 12 },
      { date: '2024-02-29', gov: 'A', value: 11 },
      { date: '2024-02-29', gov: 'value', value: 13 },
      { date: '2024-02-29', gov: '', value: null },
    ];
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend series-field="gov">${inline(rows)}</dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    expect(legend(el)).toEqual(['A', 'value']);
    expect(heading(el)).toBe('A and value, January 2024 to February 2024');
  });
});

describe('<dtm-trend> a column whose name has a comma', () => {
  it('reads it as one field and names the series by the whole name', async () => {
    const rows = [
      { date: '2024-01', 'Returnees, households': 10 },
      { date: '2024-02', 'Returnees, households': 12 },
    ];
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend value-field="Returnees, households">${inline(rows)}</dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    expect(heading(el)).toBe('Returnees, households, January 2024 to February 2024');
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

describe('<dtm-trend> attributes as people write them', () => {
  it('keeps a fixed height between 60 and 4,000 pixels, the frame and the drawing alike', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 600px"><dtm-trend height="5" src="${GOVERNORATES}"></dtm-trend></div>`, 'dtm-trend');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await settle(el);
    const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    expect(Math.round(frame.height)).toBe(60);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')).toMatch(/ 60$/);
    el.height = 100_000;
    await el.updateComplete;
    expect(Math.round(el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().height)).toBe(4000);
    expect(warn.mock.calls.some(([m]) => String(m).includes('outside 60-4000 px'))).toBe(true);
  });

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

describe('<dtm-trend> table pages', () => {
  it('keeps keyboard focus on the page buttons at the last page', async () => {
    const start = Date.UTC(2020, 0, 1);
    const rows = Array.from({ length: 1_500 }, (_, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), value: 100 + (i % 9) }));
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend>${inline(rows)}</dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const [previous, next] = [...part(el, 'table-pages')!.querySelectorAll('button')];
    next!.focus();
    next!.click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement === previous, 2000);
    expect(next!.disabled).toBe(true);
    expect(plain(screenText(part(el, 'table-pages')!))).toContain('Rows 1,001–1,500 of 1,500');
  });
});
