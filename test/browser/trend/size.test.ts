/**
 * <dtm-trend>'s size and scale: a fixed height within bounds or the aspect ratio, redrawn on
 * resize, and 12,000 points per series decimated without losing a one-day surge.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, screenText, until } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { GOVERNORATES, NATIONAL, pathXs, ready, settle, svgOf, texts } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
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
});
