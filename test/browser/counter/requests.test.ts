/**
 * <dtm-counter>'s requests over its life: shared between counters, a skeleton while loading,
 * refresh (stale, 304, paused while hidden or far off-screen), and aborted or resumed with the
 * element's removal.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { inFlightCount } from '../../../src/data/fetch.js';
import { cleanup, mount, part, screenText, spokenText, until } from '../helpers/dom.js';
import { dtm, json, stubFetch, type Recorded } from '../helpers/fake-fetch.js';
import { figure, settle, wait } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-counter> requests, refresh and lifecycle', () => {
  it('makes one request for several counters with the same src', async () => {
    const calls = stubFetch(() => json(dtm([{ date: '2024-04-30', idps: 1098913 }])));
    const box = await mount<DtmCounter>(
      '<div><dtm-counter src="/shared.json" duration="0"></dtm-counter><dtm-counter src="/shared.json" aggregate="count" duration="0"></dtm-counter><dtm-counter lang="ar-IQ" src="/shared.json" duration="0"></dtm-counter></div>',
      'div',
    );
    const counters = [...box.querySelectorAll('dtm-counter')];
    for (const c of counters) await settle(c, 'ready');
    expect(counters.map(figure)).toEqual(['1,098,913', '1', '١٬٠٩٨٬٩١٣']);
    expect(calls).toHaveLength(1);
  });

  it('shows a skeleton of the final size while loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    stubFetch(async () => {
      await gate;
      return json(dtm([{ date: '2024-04-30', idps: 1098913 }]));
    });
    const el = await mount<DtmCounter>('<dtm-counter src="/slow.json" label="IDPs" duration="0"></dtm-counter>');
    await until(() => el.getAttribute('state') === 'loading' && el.shadowRoot!.querySelector('.skeleton') !== null);
    expect(spokenText(el.shadowRoot!)).toBe('Loading figures… IDPs');
    const loadingHeight = el.getBoundingClientRect().height;
    release();
    await settle(el, 'ready');
    expect(el.getBoundingClientRect().height - loadingHeight).toBeLessThan(1);
  });

  it('keeps the last good data, marked stale with the time of the last update, when a refresh fails', async () => {
    let fail = false;
    stubFetch(() => (fail ? 'network-error' : json(dtm([{ date: '2024-04-30', idps: 1098913 }]))));
    const el = await mount<DtmCounter>('<dtm-counter src="/live.json" refresh="1" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    fail = true;
    await settle(el, 'stale');
    expect(figure(el)).toBe('1,098,913');
    expect(screenText(part(el, 'stale')!)).toMatch(/^Not up to date: last updated \d{1,2}:\d{2}/);
    fail = false;
    await settle(el, 'ready');
    expect(part(el, 'stale')).toBeNull();
  });

  it('changes nothing on screen when a refresh returns the same data, or 304', async () => {
    const calls = stubFetch((_, n) => (n > 2 ? new Response(null, { status: 304 }) : json(dtm([{ date: '2024-04-30', idps: 1098913 }]), { headers: { etag: '"v1"' } })));
    const el = await mount<DtmCounter>('<dtm-counter src="/same.json" refresh="1" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((m) => mutations.push(...m));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await until(() => calls.length >= 3, 8000);
    await wait(100);
    observer.disconnect();
    expect(mutations).toEqual([]);
    expect(figure(el)).toBe('1,098,913');
    expect(calls[1]!.headers.get('if-none-match')).toBe('"v1"'); // same-origin: conditional request
  });

  it('aborts the request in flight when the counter is removed, and fetches nothing while detached', async () => {
    const calls = stubFetch(() => 'hang');
    const el = await mount<DtmCounter>('<dtm-counter src="/hangs.json" refresh="1"></dtm-counter>');
    await until(() => calls.length === 1);
    const parent = el.parentElement!;
    el.remove();
    expect(calls[0]!.signal!.aborted).toBe(true);
    await wait(1500);
    expect(calls).toHaveLength(1);
    expect(inFlightCount()).toBe(0);
    stubFetch(() => json(dtm([{ date: '2024-04-30', idps: 7 }])));
    parent.append(el);
    await settle(el, 'ready');
    await until(() => figure(el) === '7'); // after its count-up
  });

  it('shows the data after being removed while reading it and put back (the answer is not taken for "unchanged")', async () => {
    // a server with an ETag: 304 when the request carries the current one
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const calls: Recorded[] = stubFetch(async (_, n) => {
      if (n === 1) await gate;
      return calls[n - 1]!.headers.get('if-none-match') === '"v1"' ? new Response(null, { status: 304 }) : json(dtm([{ date: '2024-04-30', idps: 7 }]), { headers: { etag: '"v1"' } });
    });
    const el = await mount<DtmCounter>('<dtm-counter src="/moved.json" duration="0"></dtm-counter>');
    const parent = el.parentElement!;
    // the widget is taken out of the page in the pause between reading the rows and drawing them
    const scheduler = (globalThis as unknown as { scheduler: { yield(): Promise<void> } }).scheduler;
    const yieldOnce = scheduler.yield.bind(scheduler);
    let moved = false;
    vi.spyOn(scheduler, 'yield').mockImplementation(() => {
      if (!moved) {
        moved = true;
        el.remove();
      }
      return yieldOnce();
    });
    release();
    await until(() => moved);
    await wait(50);
    parent.append(el);
    await settle(el, 'ready');
    expect(figure(el)).toBe('7');
    // no request claimed to have "v1" already: it was never on screen
    expect(calls.map((c) => c.headers.get('if-none-match'))).not.toContain('"v1"');
  });

  it('pauses refresh while the page is hidden and catches up when it is shown again', async () => {
    const calls = stubFetch(() => json(dtm([{ date: '2024-04-30', idps: 7 }])));
    const el = await mount<DtmCounter>('<dtm-counter src="/tab.json" refresh="1" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    const setVisibility = (state: DocumentVisibilityState): void => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      const first = calls.length;
      await wait(2500);
      expect(calls.length).toBe(first);
      setVisibility('visible');
      await until(() => calls.length === first + 1, 1000); // overdue: refreshed at once
    } finally {
      delete (document as unknown as { visibilityState?: string }).visibilityState;
    }
  });

  it('stops fetching when src is removed, and shows its value attribute again', async () => {
    const calls = stubFetch(() => json(dtm([{ date: '2024-04-30', idps: 7 }])));
    const el = await mount<DtmCounter>('<dtm-counter src="/gone.json" refresh="1" value="5" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(figure(el)).toBe('7');
    el.removeAttribute('src');
    await el.updateComplete;
    const after = calls.length;
    await wait(2500);
    expect(calls.length).toBe(after);
    expect(figure(el)).toBe('5');
    expect(part(el, 'rejected')).toBeNull();
  });

  it('pauses refresh while far off-screen and resumes when scrolled back', async () => {
    const calls = stubFetch(() => json(dtm([{ date: '2024-04-30', idps: 7 }])));
    const el = await mount<DtmCounter>('<div style="height: 5000px"></div><dtm-counter src="/far.json" refresh="1" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    const first = calls.length;
    await wait(2500);
    expect(calls.length).toBe(first);
    el.scrollIntoView();
    await until(() => calls.length > first, 5000);
    window.scrollTo(0, 0);
  });
});
