/**
 * What `dtm-publish` writes, served to a page: the three widgets show the right figures. The files
 * are made by test/browser/publish.setup.ts (the CLI against its mock API, a full run, then an
 * incremental one after round 133 and a revision) in reports/publish-fixture/.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/counter/counter.define.js';
import '../../src/components/trend/trend.define.js';
import '../../src/components/map/map.define.js';
import { cleanup, mount, part, plain, screenText, spokenText, until } from './helpers/dom.js';
import { stubFetch } from './helpers/fake-fetch.js';

const NATIONAL = '/reports/publish-fixture/iraq-idps-national.json';
const GOVERNORATES = '/reports/publish-fixture/iraq-idps-governorates.json';
const CREDIT = 'Source: International Organization for Migration (IOM), Displacement Tracking Matrix (DTM)';

async function settle(el: Element & { updateComplete: Promise<boolean> }, state = 'ready'): Promise<void> {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
}
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('snapshots published by dtm-publish, in the widgets', () => {
  it('<dtm-counter>: the new round, the change from the last, and the snapshot\'s own credit', async () => {
    const el = await mount<Widget>(`<dtm-counter src="${NATIONAL}" compare="previous" label="IDPs in Iraq" duration="0"></dtm-counter>`);
    await settle(el);
    expect(plain(screenText(part(el, 'figure')!))).toBe('1,092,913');
    expect(spokenText(part(el, 'change')!)).toBe('Down 6,000 (0.5%) from 1,098,913');
    expect(screenText(part(el, 'as-of')!)).toBe('As of July 2024');
    expect(screenText(part(el, 'source')!)).toBe(CREDIT);
    expect(part(el, 'rejected')).toBeNull();
    // the page's own source attribute wins over the snapshot's credit
    el.setAttribute('source', 'IOM Iraq');
    await el.updateComplete;
    expect(screenText(part(el, 'source')!)).toBe('Source: IOM Iraq');
  });

  it('<dtm-counter>: the governorates add up to the national figure of round 133', async () => {
    const el = await mount<Widget>(`<dtm-counter src="${GOVERNORATES}" duration="0"></dtm-counter>`);
    await settle(el);
    expect(plain(screenText(part(el, 'figure')!))).toBe('1,092,913');
    expect(screenText(part(el, 'as-of')!)).toBe('As of July 31, 2024');
  });

  it('<dtm-trend>: 81 rounds, the merged series ending in July 2024', async () => {
    const el = await mount<Widget>(`<div style="width: 800px"><dtm-trend src="${NATIONAL}" heading="IDPs in Iraq"></dtm-trend></div>`, 'dtm-trend');
    await settle(el);
    expect(screenText(part(el, 'summary')!)).toBe(
      'IDPs rose from 443,124 in April 2014 to a peak of 3,417,768 in March 2016 and fell to 1,092,913 in July 2024, down 68% from the peak.',
    );
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const rows = [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    expect(rows).toHaveLength(81);
    expect(rows.slice(-2)).toEqual([
      ['April 2024', '1,098,913'],
      ['July 2024', '1,092,913'],
    ]);
    expect(screenText(part(el, 'source')!)).toBe(CREDIT);
  });

  it('<dtm-map>: round 133 by governorate, and round 132 with its revised figure', async () => {
    const el = await mount<Widget>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}" label="IDPs"></dtm-map></div>`, 'dtm-map');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('path.area')).toHaveLength(18);
    expect(screenText(part(el, 'source')!)).toContain(CREDIT);
    expect(screenText(part(el, 'summary')!)).toBe(
      'IDPs: the highest figure is in Duhok (233,162), then Ninewa (223,120) and Erbil (222,865); the lowest in Al-Muthanna (636). In all 1,092,913 across 18 areas, as of July 31, 2024.',
    );
    el.setAttribute('at', '2024-04-30');
    await until(() => screenText(part(el, 'summary')!).includes('April 30, 2024'));
    expect(screenText(part(el, 'summary')!)).toBe(
      'IDPs: the highest figure is in Duhok (233,166), then Ninewa (229,120) and Erbil (222,865); the lowest in Al-Muthanna (636). In all 1,098,917 across 18 areas, as of April 30, 2024.',
    );
  });

  it('a failed refresh marks the figures stale with the snapshot\'s retrievedAt, not the time of the download', async () => {
    const text = await (await fetch(NATIONAL)).text();
    let fail = false;
    stubFetch(() => (fail ? 'network-error' : new Response(text, { headers: { 'content-type': 'application/json' } })));
    const el = await mount<Widget>('<dtm-counter src="/live/iraq-idps-national.json" refresh="1" duration="0"></dtm-counter>');
    await settle(el);
    fail = true;
    await settle(el, 'stale');
    expect(plain(screenText(part(el, 'figure')!))).toBe('1,092,913');
    // retrievedAt 2026-06-01T12:00:00Z (the page runs in UTC)
    expect(plain(screenText(part(el, 'stale')!))).toMatch(/^Not up to date: last updated June 1, 2026,? 12:00\s?PM\.$/);
  });
});
