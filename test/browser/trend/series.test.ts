/**
 * <dtm-trend>'s series: from value fields or a series column, named by their field, a known HXL
 * tag or the whole of a name with a comma, and a legend that hides and shows them without ever
 * leaving the chart blank.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { GOVERNORATES, heading, inline, legend, lines, ready, settle, summaryOf } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> series, gaps and kinds', () => {
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
