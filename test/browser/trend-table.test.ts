/**
 * The trend's data table, open: reachable and named for keyboard and screen-reader users (axe),
 * in English and Arabic.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../src/components/trend/trend.js';
import { axeViolations } from './helpers/axe.js';
import { cleanup, mount, part, until } from './helpers/dom.js';

const NATIONAL = '/data/samples/iraq-idps-national.dtm.json';

async function openTable(markup: string): Promise<DtmTrend> {
  const el = await mount<DtmTrend>(markup, 'dtm-trend');
  await until(() => el.getAttribute('state') === 'ready', 10_000);
  await el.updateComplete;
  part(el, 'table-toggle')!.click();
  await el.updateComplete;
  return el;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
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
