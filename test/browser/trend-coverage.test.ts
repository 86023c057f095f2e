/**
 * <dtm-trend>: what trend.test.ts leaves out. The stale state after a failed refresh, the "rows
 * not shown" notice, Arabic-Indic digits on both axes, region / filter / date-field, annotations,
 * marks="none", the dark theme and Sorani. Figures are the real ones of data/samples (see
 * data/README.md).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText, until } from './helpers/dom.js';
import { json, stubFetch } from './helpers/fake-fetch.js';

const NATIONAL = '/data/samples/iraq-idps-national.dtm.json';
const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

async function settle(el: DtmTrend, state = 'ready'): Promise<void> {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
}
const texts = (el: Element, selector: string): string[] => [...el.shadowRoot!.querySelectorAll(selector)].map((t) => plain(t.textContent ?? '').trim());
/** The x of each point of a path's "M x,y L x,y …" data, in drawing order. */
const pathXs = (d: string): number[] => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
const lineXs = (el: Element): number[] => pathXs(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!);
const summary = (el: Element): string => plain(screenText(part(el, 'summary')!));
/** The data table, opened, as rows of cell texts (header row first). */
async function tableOf(el: DtmTrend): Promise<string[][]> {
  if (part(el, 'table-toggle')!.getAttribute('aria-expanded') !== 'true') {
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
  }
  const table = part(el, 'table') as HTMLTableElement;
  return [...table.rows].map((r) => [...r.cells].map((c) => plain(c.textContent ?? '').trim()));
}

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

describe('<dtm-trend> in Arabic and Sorani', () => {
  it('writes Arabic-Indic digits on both axes with lang="ar-IQ", and Latin digits nowhere', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend lang="ar-IQ" src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    const [valueAxis, timeAxis] = [...el.shadowRoot!.querySelectorAll('g.axis')].map((g) => [...g.querySelectorAll('text')].map((t) => plain(t.textContent ?? '')));
    expect(valueAxis!.length).toBeGreaterThan(2);
    expect(timeAxis!.length).toBeGreaterThan(2);
    for (const label of [...valueAxis!, ...timeAxis!]) {
      expect(label).toMatch(/[\u0660-\u0669]/);
      expect(label).not.toMatch(/[0-9]/);
    }
    expect(valueAxis![0]).toBe('٠');
    expect(valueAxis).toContain('١ مليون');
    // the years of the time axis, in Arabic-Indic digits, run right to left: ٢٠١٦ right of ٢٠٢٤
    const x = (label: string): number => Number([...el.shadowRoot!.querySelectorAll('g.axis text')].find((t) => plain(t.textContent ?? '') === label)!.getAttribute('x'));
    expect(timeAxis).toEqual(expect.arrayContaining(['٢٠١٦', '٢٠٢٤']));
    expect(x('٢٠١٦')).toBeGreaterThan(x('٢٠٢٤'));
  });

  it('tells the story in Sorani, right to left, with lang="ckb"', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend lang="ckb" src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    expect(part(el, 'base')!.dir).toBe('rtl');
    expect(part(el, 'base')!.getAttribute('lang')).toBe('ckb');
    expect(getComputedStyle(part(el, 'summary')!).direction).toBe('rtl');
    expect(summary(el)).toBe(
      'ئاوارەکانی ناوخۆ: ژمارەکە لە ٤٤٣٬١٢٤ لە نیسانی ٢٠١٤ بەرزبووەوە بۆ لووتکەی ٣٬٤١٧٬٧٦٨ لە ئازاری ٢٠١٦، پاشان دابەزی بۆ ١٬٠٩٨٬٩١٣ لە نیسانی ٢٠٢٤، واتە ٦٨٪ کەمتر لە لووتکە.',
    );
    expect(texts(el, '.mark text')).toEqual(['٣٬٤١٧٬٧٦٨', '١٬٠٩٨٬٩١٣']);
    expect(screenText(part(el, 'table-toggle')!)).toBe('خشتەکە پیشان بدە');
    const xs = lineXs(el);
    expect(xs[0]!).toBeGreaterThan(xs[xs.length - 1]!); // time runs right to left
  });
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

describe('<dtm-trend> marks, annotations and theme', () => {
  /** The national series' reporting months, ascending, as the line draws them. */
  async function nationalMonths(): Promise<string[]> {
    const file = (await (await fetch(NATIONAL)).json()) as { result: { yearReportingDate: number; monthReportingDate: number }[] };
    return [...new Set(file.result.map((r) => `${r.yearReportingDate}-${String(r.monthReportingDate).padStart(2, '0')}`))].sort();
  }

  it('draws an annotation line and its label at the annotation\'s date', async () => {
    const months = await nationalMonths();
    const el = await mount<DtmTrend>(
      `<div style="width: 800px"><dtm-trend src="${NATIONAL}" annotations='[{"date": "2017-07-10", "label": "Mosul retaken"}]'></dtm-trend></div>`,
      'dtm-trend',
    );
    await settle(el);
    const notes = [...el.shadowRoot!.querySelectorAll('g.annotation')];
    expect(notes).toHaveLength(1);
    const line = notes[0]!.querySelector('line')!;
    const label = notes[0]!.querySelector('text')!;
    expect(label.textContent).toBe('Mosul retaken');
    const x = Number(line.getAttribute('x1'));
    expect(Number(line.getAttribute('x2'))).toBe(x);
    expect(Number(label.getAttribute('x'))).toBe(x);
    // 10 July 2017 lies 9 of July's 31 days past the July 2017 point, toward August's
    const xs = lineXs(el);
    const july = months.indexOf('2017-07');
    expect(months[july + 1]).toBe('2017-08');
    const expected = xs[july]! + ((xs[july + 1]! - xs[july]!) * 9) / 31;
    expect(Math.abs(x - expected)).toBeLessThan(0.3);
    // a vertical line over the whole plot, its label painted above it
    const grid = el.shadowRoot!.querySelectorAll('.grid line');
    const ys = [...grid].map((g) => Number(g.getAttribute('y1')));
    expect(Number(line.getAttribute('y2'))).toBeCloseTo(Math.max(...ys), 5);
    expect(Number(label.getAttribute('y'))).toBeLessThan(Number(line.getAttribute('y1')));
    expect(label.getBoundingClientRect().width).toBeGreaterThan(10);
  });

  it('warns once about annotations that are not JSON, and draws none', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const box = await mount<HTMLDivElement>(
      `<div style="width: 800px"><dtm-trend src="${NATIONAL}" annotations="[{date: 2017-07-10, label: Mosul retaken}]"></dtm-trend></div>`,
      'div',
    );
    const el = box.querySelector('dtm-trend')!;
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('g.annotation')).toHaveLength(0);
    // laid out again at another width: still none, and no second warning
    const viewBox = el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox');
    box.style.width = '500px';
    await until(() => el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox') !== viewBox);
    expect(el.shadowRoot!.querySelectorAll('g.annotation')).toHaveLength(0);
    const notes = warn.mock.calls.filter((c) => String(c[0]).includes('annotations is not JSON'));
    expect(notes).toHaveLength(1);
    expect(String(notes[0]![0])).toMatch(/^\[dtm-trend\] /);
    // the chart itself is drawn
    expect(lineXs(el)).toHaveLength(80);
  });

  it('marks nothing with marks="none", only the peak with marks="peak"', async () => {
    const none = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}" marks="none"></dtm-trend>`, 'dtm-trend');
    await settle(none);
    expect(none.shadowRoot!.querySelectorAll('.mark')).toHaveLength(0);
    expect(none.shadowRoot!.querySelector('svg')!.textContent).not.toContain('3,417,768');
    expect(lineXs(none)).toHaveLength(80);
    const peak = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}" marks="peak"></dtm-trend>`, 'dtm-trend');
    await settle(peak);
    expect(texts(peak, '.mark text')).toEqual(['3,417,768']);
  });

  it('paints a dark background and light text with theme="dark"', async () => {
    const box = await mount<HTMLDivElement>(`<div><dtm-trend src="${NATIONAL}"></dtm-trend><dtm-trend theme="dark" src="${NATIONAL}"></dtm-trend></div>`, 'div');
    const [light, dark] = [...box.querySelectorAll('dtm-trend')];
    await settle(light!);
    await settle(dark!);
    expect(getComputedStyle(light!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(dark!).backgroundColor).toBe('rgb(21, 27, 35)');
    expect(getComputedStyle(dark!).color).toBe('rgb(238, 242, 246)');
    expect(getComputedStyle(light!).color).toBe('rgb(27, 37, 48)');
    // the chart's own text follows: the summary is light on dark
    expect(getComputedStyle(part(dark!, 'summary')!).color).not.toBe(getComputedStyle(part(light!, 'summary')!).color);
  });
});
