/** <dtm-map> in a page's life: without data, far down a long page, removed and put back. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/map/map.define.js';
import type { DtmMap } from '../../../src/components/map/map.js';
import { watchedHostCount } from '../../../src/controllers/locale-controller.js';
import { cleanup, mount, screenText } from '../helpers/dom.js';
import { json, stubFetch } from '../helpers/fake-fetch.js';
import { GOVERNORATES, paths, ready } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> lifecycle', () => {
  it('asks for data when it has none', async () => {
    const el = await mount<DtmMap>('<dtm-map></dtm-map>', 'dtm-map');
    expect(el.getAttribute('state')).toBe('error');
    expect(screenText(el.shadowRoot!)).toContain('needs');
  });

  it('fetches and draws nothing far down a long page until the reader comes near it', async () => {
    const calls = stubFetch(() => json([{ date: '2024-04-30', region: 'IQG15', value: 229120 }]));
    const page = await mount<HTMLDivElement>(`<div><div style="height: 6000px"></div><dtm-map src="/far.json"></dtm-map></div>`, 'div');
    const el = page.querySelector('dtm-map')!;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.getAttribute('state')).toBe('loading'); // its skeleton holds the place
    expect(calls.filter((c) => c.url.includes('/far.json'))).toHaveLength(0);
    el.scrollIntoView();
    await ready(el);
    expect(calls.filter((c) => c.url.includes('/far.json'))).toHaveLength(1);
    expect(paths(el)).toHaveLength(18);
  });

  it('releases its observers when removed and draws again when re-inserted', async () => {
    const before = watchedHostCount();
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}"></dtm-map>`, 'dtm-map');
    await ready(el);
    const parent = el.parentElement!;
    el.remove();
    expect(watchedHostCount()).toBe(before);
    parent.append(el);
    await ready(el);
    expect(paths(el)).toHaveLength(18);
  });
});
