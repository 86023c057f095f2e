/**
 * <dtm-trend> in Arabic and Sorani: time running right to left (unless time-direction says
 * otherwise), the value axis on the right, Arabic-Indic digits, the arrows moving the way the eye
 * sees, and the story told in Sorani.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText } from '../helpers/dom.js';
import { NATIONAL, lineXs, pathXs, ready, settle, summary, texts } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
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
