import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText, until } from './helpers/dom.js';
import { json, stubFetch } from './helpers/fake-fetch.js';

const NATIONAL = '/data/samples/iraq-idps-national.dtm.json';

async function ready(el: DtmTrend): Promise<void> {
  await until(() => el.getAttribute('state') === 'ready', 10_000);
  await el.updateComplete;
}
const svgOf = (el: Element): SVGSVGElement => el.shadowRoot!.querySelector('svg')!;
const summaryOf = (el: Element): string => screenText(el.shadowRoot!.querySelector('[part~="summary"]')!);
const texts = (el: Element, selector: string): string[] => [...el.shadowRoot!.querySelectorAll(selector)].map((t) => plain(t.textContent ?? '').trim());
/** The x of each point of a path's "M x,y L x,y …" data, in drawing order. */
const pathXs = (d: string): number[] => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> with the real national IDP series', () => {
  it('draws the series and marks the peak (March 2016) and the latest value', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await ready(el);
    const paths = el.shadowRoot!.querySelectorAll('path.line');
    expect(paths).toHaveLength(1);
    expect(pathXs(paths[0]!.getAttribute('d')!)).toHaveLength(80);
    expect(texts(el, '.mark text')).toEqual(['3,417,768', '1,098,913']);
    expect(svgOf(el).outerHTML).not.toMatch(/NaN|Infinity|undefined/);
    expect(screenText(part(el, 'summary')!)).toBe(
      'IDPs rose from 443,124 in April 2014 to a peak of 3,417,768 in March 2016 and fell to 1,098,913 in April 2024, down 68% from the peak.',
    );
    // the accessible name: generated from the series and dates
    expect(part(el, 'plot')!.getAttribute('aria-label')).toBe('IDPs, April 2014 to April 2024');
    // compact value labels, and an axis that reaches above the peak
    const labels = texts(el, '.axis text');
    expect(labels).toEqual(expect.arrayContaining(['0', '1M', '2M', '3M']));
    expect(labels).not.toContain('3,000,000');
  });

  it('shows a real table with the same figures', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}" heading="IDPs in Iraq"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    const toggle = part(el, 'table-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await el.updateComplete;
    const table = part(el, 'table') as HTMLTableElement;
    expect(table.caption!.textContent).toBe('IDPs in Iraq');
    expect(texts(el, 'thead th')).toEqual(['Date', 'IDPs']);
    const rows = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    expect(rows).toHaveLength(80);
    expect(rows[0]).toEqual(['April 2014', '443,124']);
    expect(rows.find((r) => r[0] === 'March 2016')).toEqual(['March 2016', '3,417,768']);
    expect(rows[79]).toEqual(['April 2024', '1,098,913']);
    expect(table.tBodies[0]!.rows[0]!.cells[0]!.tagName).toBe('TH');
  });

  it('moves between reporting dates with the keyboard, the tooltip following', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    const plot = part(el, 'plot')!;
    plot.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('April 2014 IDPs: 443,124');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('May 2014 IDPs: 479,076');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('April 2024 IDPs: 1,098,913');
    // screen readers hear the same through the live region, which stays in place
    expect(part(el, 'live')!.getAttribute('role')).toBe('status');
    expect(part(el, 'live')!.textContent).toBe('April 2024. IDPs: 1,098,913');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(part(el, 'tooltip')).toBeNull();
  });

  it('jumps a tenth of the reporting dates with Page Down and Page Up, as that many arrow steps', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    part(el, 'plot')!.focus();
    const live = async (keys: string): Promise<string> => {
      await userEvent.keyboard(keys);
      await el.updateComplete;
      return part(el, 'live')!.textContent ?? '';
    };
    // 80 monthly dates: a page is 8 of them
    const paged = await live('{Home}{PageDown}');
    expect(paged).toBe(await live('{Home}' + '{ArrowRight}'.repeat(8)));
    expect(paged).not.toBe(await live('{Home}'));
    expect(await live('{End}{PageUp}')).toBe(await live('{End}' + '{ArrowLeft}'.repeat(8)));
    // past the ends, the first and last dates
    expect(await live('{Home}{PageUp}')).toBe(await live('{Home}'));
  });

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

  it('shows the tooltip for the date under the pointer', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await ready(el);
    const plot = part(el, 'plot')!;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.right - 2, clientY: box.top + box.height / 2, bubbles: true }));
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('April 2024 IDPs: 1,098,913');
    const tip = part(el, 'tooltip')!.getBoundingClientRect();
    expect(tip.left).toBeGreaterThanOrEqual(box.left - 1);
    expect(tip.right).toBeLessThanOrEqual(box.right + 1);
  });

  it('shows the tooltip on a tap, and keeps it when the finger lifts', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await ready(el);
    const plot = part(el, 'plot')!;
    const box = plot.getBoundingClientRect();
    const at = { clientX: box.right - 2, clientY: box.top + box.height / 2, bubbles: true, pointerType: 'touch' };
    // what a touch screen sends for a tap: down, up, leave (no move)
    for (const type of ['pointerdown', 'pointerup', 'pointerleave']) plot.dispatchEvent(new PointerEvent(type, at));
    await el.updateComplete;
    expect(screenText(part(el, 'tooltip')!)).toBe('April 2024 IDPs: 1,098,913');
    // a mouse leaving still hides it
    plot.dispatchEvent(new PointerEvent('pointerleave', { ...at, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(part(el, 'tooltip')).toBeNull();
    // a swipe that scrolls the page past the chart: down, cancel, leave; no tooltip stays behind
    for (const type of ['pointerdown', 'pointercancel', 'pointerleave']) plot.dispatchEvent(new PointerEvent(type, at));
    await el.updateComplete;
    expect(part(el, 'tooltip')).toBeNull();
  });
});

describe('<dtm-trend> colours', () => {
  /** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
  const contrast = (a: string, b: string): number => {
    const lum = (c: string): number => {
      const [r, g, bl] = c.match(/\d+/g)!.slice(0, 3).map((v) => Number(v) / 255);
      const f = (x: number): number => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(bl!);
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('draws every one of its 8 series colours at 3:1 or more against the background, light and dark', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const theme of ['light', 'dark']) {
      const el = await mount<DtmTrend>(`<dtm-trend src="/data/samples/iraq-idps-governorates.dtm.json" series-field="admin1Name" theme="${theme}"></dtm-trend>`, 'dtm-trend');
      await ready(el);
      // a light widget is transparent on the page: the page is white here
      const own = getComputedStyle(el).backgroundColor;
      const background = own === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : own;
      const strokes = new Set([...el.shadowRoot!.querySelectorAll('path.line')].map((p) => getComputedStyle(p).stroke));
      expect(strokes.size).toBe(8); // 18 governorates: the palette's 8 colours, repeating
      for (const stroke of strokes) expect(contrast(stroke, background), `${theme}: ${stroke} on ${background}`).toBeGreaterThanOrEqual(3);
      el.remove();
    }
    expect(warn.mock.calls.some((c) => String(c[0]).includes('18 series: colours repeat'))).toBe(true);
  });
});

describe('<dtm-trend> right to left', () => {
  it('puts the value axis on the right, runs time right to left, and writes Arabic-Indic digits', async () => {
    const el = await mount<DtmTrend>(`<div style="width: 800px"><dtm-trend lang="ar-IQ" src="${NATIONAL}"></dtm-trend></div>`, 'dtm-trend');
    await ready(el);
    const xs = pathXs(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!);
    expect(xs[0]!).toBeGreaterThan(xs[xs.length - 1]!); // April 2014 on the right, April 2024 on the left
    const valueLabels = [...el.shadowRoot!.querySelectorAll('.axis text')].filter((t) => /مليون/.test(t.textContent ?? ''));
    expect(valueLabels.length).toBeGreaterThan(0);
    const plotRight = Number(el.shadowRoot!.querySelector('.grid line')!.getAttribute('x2'));
    for (const t of valueLabels) expect(Number(t.getAttribute('x'))).toBeGreaterThan(plotRight);
    expect(texts(el, '.mark text')).toEqual(['٣٬٤١٧٬٧٦٨', '١٬٠٩٨٬٩١٣']);
    expect(part(el, 'base')!.dir).toBe('rtl');
  });

  it('lets time run left to right with time-direction="ltr"', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend lang="ar-IQ" time-direction="ltr" src="${NATIONAL}"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    const xs = pathXs(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!);
    expect(xs[0]!).toBeLessThan(xs[xs.length - 1]!);
  });

  it('moves the keyboard cursor the way the eye sees it: right arrow goes back in time', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend lang="ar-IQ" src="${NATIONAL}"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    part(el, 'plot')!.focus();
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(plain(screenText(part(el, 'tooltip')!))).toBe('كانون الأول ٢٠٢٣ النازحون داخليًا: ١٬١٢٣٬٦٦٣');
  });
});

describe('<dtm-trend> series, gaps and kinds', () => {
  const records = (rows: [string, string, number | null][]): Response => json(rows.map(([date, series, value]) => ({ date, series, value })));

  it('draws a gap where the data says "no figure", not a drop to zero', async () => {
    stubFetch(() => records([['2024-01-31', 'a', 10], ['2024-02-29', 'a', 12], ['2024-03-31', 'a', null], ['2024-04-30', 'a', 15], ['2024-05-31', 'a', 16]]));
    const el = await mount<DtmTrend>('<dtm-trend src="/gaps.json" series-field="series"></dtm-trend>', 'dtm-trend');
    await ready(el);
    const d = el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2); // two runs: before and after the gap
    expect(pathXs(d)).toHaveLength(4);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const march = [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows].find((r) => r.cells[0]!.textContent!.includes('March'));
    expect(march!.cells[1]!.textContent).toBe('—');
  });

  it('names series by their field, in the order value-field gives, and lists them in the reader\'s language', async () => {
    // the first row has no IDP figure: the returnees series appears first in the data
    stubFetch(() => json([{ reportingDate: '2023-12-31', numPresentIdpInd: null, returnees: 4860000 }, { reportingDate: '2024-04-30', numPresentIdpInd: 1098913, returnees: 4871916 }]));
    const el = await mount<DtmTrend>('<dtm-trend src="/fields.json" value-field="numPresentIdpInd, returnees"></dtm-trend>', 'dtm-trend');
    await ready(el);
    const legend = (): string[] => [...part(el, 'legend')!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(legend()).toEqual(['IDPs', 'returnees']);
    expect(part(el, 'plot')!.getAttribute('aria-label')).toBe('IDPs and returnees, December 2023 to April 2024');
    el.setAttribute('lang', 'ar');
    await until(() => part(el, 'plot')!.getAttribute('aria-label')!.startsWith('النازحون'));
    expect(part(el, 'plot')!.getAttribute('aria-label')).toMatch(/^النازحون داخليًا وreturnees، من /);

    stubFetch(() => json([{ date: '2024-03-31', returnees: 10 }, { date: '2024-04-30', returnees: 12 }]));
    const one = await mount<DtmTrend>('<dtm-trend src="/one.json" value-field="returnees"></dtm-trend>', 'dtm-trend');
    await ready(one);
    expect(summaryOf(one)).toMatch(/^returnees rose from 10/);
  });

  it('names series read from known HXL tags in the widget language, not by their tags', async () => {
    const hxl = [
      ['Date', 'IDPs', 'Returnees', 'Children'],
      ['#date', '#affected+idps+ind', '#affected+returnees', '#affected+children'],
      ['2023-12-31', '1123663', '4860000', '10'],
      ['2024-04-30', '1098913', '4871916', '12'],
    ];
    stubFetch(() => json(hxl));
    const fields = 'value-field="#affected+idps+ind, #affected+returnees, #affected+children"';
    const en = await mount<DtmTrend>(`<dtm-trend src="/hxl.json" ${fields}></dtm-trend>`, 'dtm-trend');
    const ar = await mount<DtmTrend>(`<dtm-trend src="/hxl.json" lang="ar" ${fields}></dtm-trend>`, 'dtm-trend');
    await ready(en);
    await ready(ar);
    const legend = (el: DtmTrend): string[] => [...part(el, 'legend')!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    // a tag that says more than a name can (+children) stays as written
    expect(legend(en)).toEqual(['IDPs', 'Returnees', '#affected+children']);
    expect(legend(ar)).toEqual(['النازحون داخليًا', 'العائدون', '#affected+children']);
    expect(screenText(part(en, 'summary')!)).toContain('Returnees');
    expect(screenText(part(en, 'summary')!)).not.toContain('#affected+returnees');
  });

  it('draws one series per value field, with a legend that hides and shows them', async () => {
    stubFetch(() => json([{ date: '2023-12-31', idps: 1123663, returnees: 4860000 }, { date: '2024-04-30', idps: 1098913, returnees: 4871916 }]));
    const el = await mount<DtmTrend>('<dtm-trend src="/two.json" value-field="idps, returnees" series-labels="IDPs, Returnees"></dtm-trend>', 'dtm-trend');
    await ready(el);
    expect(el.shadowRoot!.querySelectorAll('path.line')).toHaveLength(2);
    const buttons = [...part(el, 'legend')!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).toEqual(['IDPs', 'Returnees']);
    expect(screenText(part(el, 'summary')!)).toMatch(/^IDPs .+ Returnees /);
    buttons[1]!.click();
    await el.updateComplete;
    expect(buttons[1]!.getAttribute('aria-pressed')).toBe('false');
    expect(el.shadowRoot!.querySelectorAll('path.line')).toHaveLength(1);
    // the summary follows: only the visible series is described
    expect(screenText(part(el, 'summary')!)).toMatch(/^IDPs /);
    expect(screenText(part(el, 'summary')!)).not.toContain('Returnees');
    buttons[0]!.click(); // the last visible series cannot be hidden
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('path.line')).toHaveLength(1);
    // and the language
    el.setAttribute('lang', 'ar-IQ');
    await until(() => /[\u0660-\u0669]/.test(screenText(part(el, 'summary')!)));
    expect(screenText(part(el, 'summary')!)).not.toMatch(/fell|rose/);
  });

  it('labels a date with its most precise key when series publish it at different precisions', async () => {
    stubFetch(() => json([{ date: '2024', s: 'A', v: 10 }, { date: '2024-01', s: 'B', v: 20 }, { date: '2024', s: 'C', v: 30 }]));
    const el = await mount<DtmTrend>('<dtm-trend src="/precision.json" series-field="s" value-field="v"></dtm-trend>', 'dtm-trend');
    await ready(el);
    (part(el, 'table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const rows = [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    expect(rows).toEqual([['January 2024', '10', '20', '30']]);
  });

  it.each(['area', 'stacked-area', 'bar'])('draws kind="%s" without NaN', async (kind) => {
    const el = await mount<DtmTrend>(`<dtm-trend src="/data/samples/iraq-idps-governorates.dtm.json" series-field="admin1Name" kind="${kind}"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    const svgText = svgOf(el).outerHTML;
    expect(svgText).not.toMatch(/NaN|Infinity|undefined/);
    if (kind === 'bar') expect(el.shadowRoot!.querySelectorAll('rect').length).toBe(215);
    else expect(el.shadowRoot!.querySelectorAll('path.area')).toHaveLength(18);
  });

  it('keeps a date range with from and to', async () => {
    const el = await mount<DtmTrend>(`<dtm-trend src="${NATIONAL}" from="2016" to="2016"></dtm-trend>`, 'dtm-trend');
    await ready(el);
    expect(pathXs(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!)).toHaveLength(12);
  });
});

describe('<dtm-trend> size and scale', () => {
  it('takes a fixed height, and keeps the aspect ratio when the height is unusable', async () => {
    const box = await mount<HTMLDivElement>(
      `<div style="width: 640px"><dtm-trend src="${NATIONAL}" height="300"></dtm-trend><dtm-trend src="${NATIONAL}" height="abc"></dtm-trend><dtm-trend src="${NATIONAL}" height="0"></dtm-trend></div>`,
      'div',
    );
    const [fixed, words, zero] = [...box.querySelectorAll('dtm-trend')];
    for (const el of [fixed!, words!, zero!]) await ready(el);
    const height = (el: Element): number => Math.round(el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().height);
    expect(height(fixed!)).toBe(300);
    expect(svgOf(fixed!).getAttribute('viewBox')).toBe('0 0 640 300');
    expect(height(words!)).toBe(360); // 16:9 of 640 px
    expect(height(zero!)).toBe(360);
  });

  it('fills its container, keeps its aspect ratio, and redraws on resize', async () => {
    const box = await mount<HTMLDivElement>(`<div style="width: 640px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`, 'div');
    const el = box.querySelector('dtm-trend')!;
    await ready(el);
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(Math.round(frame.getBoundingClientRect().width)).toBe(640);
    expect(Math.round(frame.getBoundingClientRect().height)).toBe(360);
    const wide = svgOf(el).getAttribute('viewBox');
    box.style.width = '320px';
    await until(() => svgOf(el).getAttribute('viewBox') !== wide);
    expect(svgOf(el).getAttribute('viewBox')).toBe('0 0 320 180');
    expect(svgOf(el).outerHTML).not.toMatch(/NaN/);
  });

  // Reporting dates are calendar dates from 1990 to today: about 13,000 per series at most. (100k
  // points per series are drawn by the same layout in the node tests and the benchmark.)
  it('draws 12,000 daily points per series decimated, keeping a one-day surge', async () => {
    const start = Date.UTC(1990, 0, 1);
    const rows: { date: string; a: number; b: number }[] = [];
    for (let i = 0; i < 12_000; i++) {
      const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      rows.push({ date, a: 1000 + (i % 997), b: i === 5_432 ? 900_000 : 500 + (i % 13) });
    }
    stubFetch(() => json(rows));
    const el = await mount<DtmTrend>('<div style="width: 800px"><dtm-trend src="/big-series.json" value-field="a, b" max-bytes="20000000"></dtm-trend></div>', 'dtm-trend');
    await ready(el);
    const paths = [...el.shadowRoot!.querySelectorAll('path.line')].map((p) => pathXs(p.getAttribute('d')!).length);
    for (const n of paths) expect(n).toBeLessThan(4 * 800);
    // the one-day spike survives decimation, as the peak mark shows
    expect(texts(el, '.mark text')).toContain('900,000');

    // the table has every real figure, a thousand dates at a time
    (part(el, 'table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const body = (): string[][] => [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    const pager = part(el, 'table-pages')!;
    const [previous, next] = [...pager.querySelectorAll('button')];
    expect(body()).toHaveLength(1000);
    expect(body()[0]).toEqual(['January 1, 1990', '1,000', '500']);
    expect(screenText(pager)).toContain('Rows 1–1,000 of 12,000');
    expect(previous!.disabled).toBe(true);
    for (let i = 0; i < 5; i++) {
      next!.click();
      await el.updateComplete;
    }
    expect(screenText(pager)).toContain('Rows 5,001–6,000 of 12,000');
    // 1990-01-01 + 5,432 days: the surge, with its real value
    expect(body().find((r) => r[2] === '900,000')?.[0]).toBe('November 15, 2004');
    for (let i = 0; i < 10; i++) {
      next!.click();
      await el.updateComplete;
    }
    expect(screenText(pager)).toContain('Rows 11,001–12,000 of 12,000');
    expect(next!.disabled).toBe(true);
    expect(body()).toHaveLength(1000);
  });
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
