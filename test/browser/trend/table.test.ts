/**
 * <dtm-trend>'s data table: the same figures as the chart, pages that keep keyboard focus, and,
 * open, reachable and named for keyboard and screen-reader users (axe), in English and Arabic.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';
import { axeViolations } from '../helpers/axe.js';
import { NATIONAL, inline, openTable, ready, settle, texts } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> with the real national IDP series', () => {
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

describe('<dtm-trend> with its table open', () => {
  it('passes axe, the scrolling table included', async () => {
    const el = await openTable(`<div style="width: 640px"><dtm-trend src="${NATIONAL}"></dtm-trend></div>`);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('lets the keyboard reach the table that scrolls, and names it in the widget language', async () => {
    const el = await openTable(`<div style="width: 640px"><dtm-trend src="${NATIONAL}" lang="ar"></dtm-trend></div>`);
    const wrap = (part(el, 'table') as HTMLTableElement).parentElement!;
    // 80 dates in a box of 20rem: it scrolls
    expect(wrap.scrollHeight).toBeGreaterThan(wrap.clientHeight);
    expect(wrap.getAttribute('role')).toBe('region');
    expect(wrap.getAttribute('aria-label')).toBe('جدول البيانات');
    part(el, 'table-toggle')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(wrap);
    expect(await axeViolations(el, ['scrollable-region-focusable', 'aria-allowed-role', 'region'])).toEqual([]);
  });
});
