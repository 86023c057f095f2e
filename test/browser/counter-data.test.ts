import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../src/components/counter/counter.js';
import { DataFetchError, fetchText, inFlightCount } from '../../src/data/fetch.js';
import type { DtmLoadDetail } from '../../src/data/source.js';
import { cleanup, mount, part, plain, screenText, spokenText, until } from './helpers/dom.js';
import { dtm, json, stubFetch, type Recorded } from './helpers/fake-fetch.js';

const figure = (el: Element): string => plain(screenText(part(el, 'figure')!));
const settle = async (el: DtmCounter, state: string): Promise<void> => {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
};
const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-counter> with rows that have no figure', () => {
  it('says the total leaves out an area with no figure that day, in the reader\'s language', async () => {
    stubFetch(() =>
      json([
        { date: '2024-04-30', region: 'IQG15', idps: 229120 },
        { date: '2024-04-30', region: 'IQG09', idps: 233162 },
        { date: '2024-04-30', region: 'IQG07', idps: null },
      ]),
    );
    const el = await mount<DtmCounter>('<dtm-counter src="/partial.json" value-field="idps" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(figure(el)).toBe('462,282');
    expect(screenText(part(el, 'partial')!)).toBe('One area or series has no figure for this date: it is not in this figure.');
    el.setAttribute('lang', 'ar');
    await until(() => screenText(part(el, 'partial')!).startsWith('منطقة'));
  });

  it('says nothing when every area has its figure', async () => {
    stubFetch(() => json([{ date: '2024-04-30', region: 'IQG15', idps: 229120 }]));
    const el = await mount<DtmCounter>('<dtm-counter src="/whole.json" value-field="idps" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(part(el, 'partial')).toBeNull();
  });
});

describe('<dtm-counter src> with the real DTM Iraq national series', () => {
  it('shows 1,098,913 IDPs for April 2024, down from 1,123,663, and reports every row', async () => {
    const loads: DtmLoadDetail[] = [];
    document.addEventListener('dtm-load', (e) => loads.push(e.detail), { once: true });
    const el = await mount<DtmCounter>(
      '<dtm-counter src="/data/samples/iraq-idps-national.dtm.json" compare="previous" label="IDPs in Iraq" duration="0"></dtm-counter>',
    );
    await settle(el, 'ready');
    expect(figure(el)).toBe('1,098,913');
    expect(spokenText(part(el, 'change')!)).toBe('Down 24,750 (2.2%) from 1,123,663');
    expect(screenText(part(el, 'as-of')!)).toBe('As of April 2024');
    expect(loads[0]).toMatchObject({ format: 'dtm', report: { total: 80, used: 80, merged: 0, rejected: 0 } });
    expect(loads[0]!.url).toMatch(/\/data\/samples\/iraq-idps-national\.dtm\.json$/);
    expect(part(el, 'rejected')).toBeNull();
  });

  it('sums the governorates of a DTM admin-1 file, in Arabic', async () => {
    const el = await mount<DtmCounter>('<dtm-counter lang="ar-IQ" src="/data/samples/iraq-idps-governorates.dtm.json" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(figure(el)).toBe('١٬٠٩٨٬٩١٣');
    expect(screenText(part(el, 'as-of')!)).toBe('حتى ٣٠ نيسان ٢٠٢٤');
  });

  it('picks a date, a region and an aggregate', async () => {
    const peak = await mount<DtmCounter>('<dtm-counter src="/data/samples/iraq-idps-governorates.hxl.csv" at="2016-03" duration="0"></dtm-counter>');
    await settle(peak, 'ready');
    expect(figure(peak)).toBe('3,417,768');
    const ninewa = await mount<DtmCounter>('<dtm-counter src="/data/samples/iraq-idps-governorates.dtm.json" region="Nineveh" duration="0"></dtm-counter>');
    await settle(ninewa, 'ready');
    expect(figure(ninewa)).toBe('229,120');
    const largest = await mount<DtmCounter>('<dtm-counter src="/data/samples/iraq-idps-governorates.hxl.json" aggregate="max" duration="0"></dtm-counter>');
    await settle(largest, 'ready');
    expect(figure(largest)).toBe('233,162'); // Duhok, April 2024
  });
});

describe('<dtm-counter> inline data', () => {
  it('reads a JSON child, for editors who cannot host files', async () => {
    const el = await mount<DtmCounter>(
      `<dtm-counter value-field="value" filter="indicator=beneficiaries" duration="0">
        <script type="application/json">[{"indicator":"beneficiaries","value":140000},{"indicator":"families","value":2200}]</script>
      </dtm-counter>`,
    );
    await settle(el, 'ready');
    expect(figure(el)).toBe('140,000');
    expect(part(el, 'rejected')).toBeNull(); // rows left out by the editor's own filter are not "not shown"
  });

  it('reads a CSV child', async () => {
    const el = await mount<DtmCounter>(
      '<dtm-counter duration="0"><script type="text/csv">date,value\n2024-01-31,10\n2024-02-29,12\n</script></dtm-counter>',
    );
    await settle(el, 'ready');
    expect(figure(el)).toBe('12');
    expect(screenText(part(el, 'as-of')!)).toBe('As of February 29, 2024');
  });

  it('says how many rows were not shown, and why, on demand', async () => {
    const el = await mount<DtmCounter>(
      `<dtm-counter at="all" duration="0"><script type="application/json">
        [{"value": 5}, {"value": "N/A"}, {"value": "12%"}, {"value": -3}, {"value": "7"}]
      </script></dtm-counter>`,
    );
    await settle(el, 'ready');
    expect(figure(el)).toBe('12');
    const notice = part(el, 'rejected') as HTMLDetailsElement;
    expect(screenText(notice)).toBe('3 rows not shown');
    notice.open = true;
    expect(screenText(notice)).toBe('3 rows not shown no figure: 1 figure is qualified (>, <, %, ~): 1 negative count: 1');
  });
});

describe('<dtm-counter> faults', () => {
  it('refuses a missing or non-http src before fetching, with a message that says what to fix', async () => {
    const calls = stubFetch(() => json([]));
    const empty = await mount<DtmCounter>('<dtm-counter src="" label="IDPs"></dtm-counter>');
    await settle(empty, 'error');
    expect(screenText(part(empty, 'error')!)).toContain('This widget needs a data address');
    const js = await mount<DtmCounter>('<dtm-counter src="javascript:alert(1)"></dtm-counter>');
    await settle(js, 'error');
    expect(screenText(part(js, 'error')!)).toContain('must start with https://');
    const curly = await mount<DtmCounter>('<dtm-counter src="“https://example.org/data.json”"></dtm-counter>');
    await settle(curly, 'error');
    expect(screenText(part(curly, 'error')!)).toContain('curly quotes');
    expect(calls).toEqual([]);
  });

  it('reports an HTML page served with 200 as a web page, not as a JSON syntax error', async () => {
    stubFetch(() => new Response('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html' } }));
    const errors: string[] = [];
    document.addEventListener('dtm-error', (e) => errors.push(e.detail.kind), { once: true });
    const el = await mount<DtmCounter>('<dtm-counter src="/login-wall.json"></dtm-counter>');
    await settle(el, 'error');
    expect(screenText(part(el, 'error')!)).toContain('returned a web page, not data');
    expect(errors).toEqual(['html']);
    // the same page served as text/plain is still recognised
    stubFetch(() => new Response('\n  <html><body>Error</body></html>', { headers: { 'content-type': 'text/plain' } }));
    const plainHtml = await mount<DtmCounter>('<dtm-counter src="/error-page.json"></dtm-counter>');
    await settle(plainHtml, 'error');
    expect(screenText(part(plainHtml, 'error')!)).toContain('returned a web page');
  });

  it('does not retry a 404, and the retry button tries again', async () => {
    let status = 404;
    const calls = stubFetch(() => (status === 404 ? new Response('nope', { status: 404 }) : json(dtm([{ date: '2024-04-30', idps: 1098913 }]))));
    const el = await mount<DtmCounter>('<dtm-counter src="/missing.json" duration="0"></dtm-counter>');
    await settle(el, 'error');
    expect(screenText(part(el, 'error')!)).toContain('was not found (404)');
    await wait(300);
    expect(calls).toHaveLength(1);
    status = 200;
    (part(el, 'retry') as HTMLButtonElement).click();
    await settle(el, 'ready');
    expect(figure(el)).toBe('1,098,913');
    expect(calls).toHaveLength(2);
  });

  it('retries a 503 and a network error, then shows the data', async () => {
    const calls = stubFetch((_, n) => (n === 1 ? new Response('', { status: 503, headers: { 'retry-after': '0' } }) : n === 2 ? 'network-error' : json(dtm([{ date: '2024-04-30', idps: 5 }]))));
    const el = await mount<DtmCounter>('<dtm-counter src="/flaky.json" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(figure(el)).toBe('5');
    expect(calls).toHaveLength(3);
  });

  it('waits at least Retry-After before retrying a 429', async () => {
    const times: number[] = [];
    stubFetch((_, n) => {
      times.push(performance.now());
      return n === 1 ? new Response('', { status: 429, headers: { 'retry-after': '1' } }) : json(dtm([{ date: '2024-04-30', idps: 9 }]));
    });
    const el = await mount<DtmCounter>('<dtm-counter src="/rate-limited.json" duration="0"></dtm-counter>');
    await settle(el, 'ready');
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(990);
  });

  it('gives up on a source that never answers, after its time-out, with a time-out error', async () => {
    stubFetch(() => 'hang');
    const started = performance.now();
    const error = await fetchText(new URL('/never.json', location.href).href, { timeoutMs: 300, retries: 1, backoffBaseMs: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFetchError);
    expect((error as DataFetchError).kind).toBe('timeout');
    expect(performance.now() - started).toBeGreaterThanOrEqual(600); // two attempts of 300 ms
  });

  it('refuses a file over max-bytes', async () => {
    stubFetch(() => json(dtm(Array.from({ length: 50 }, (_, i) => ({ date: '2024-04-30', idps: i })))));
    const el = await mount<DtmCounter>('<dtm-counter src="/big.json" max-bytes="1000"></dtm-counter>');
    await settle(el, 'error');
    expect(screenText(part(el, 'error')!)).toContain('too large');
  });

  it('shows the API error message when isSuccess is false', async () => {
    stubFetch(() => json({ result: [], statusCode: 400, isSuccess: false, errorMessages: ['Admin0Pcode is not valid'], totalRecordsCount: 0 }));
    const el = await mount<DtmCounter>('<dtm-counter src="/api-error.json"></dtm-counter>');
    await settle(el, 'error');
    expect(screenText(part(el, 'error')!)).toContain('Admin0Pcode is not valid');
  });

  it('says "No figures published yet" for an empty file and for an empty list', async () => {
    stubFetch((url) => (url.endsWith('empty-body.json') ? new Response('', { status: 200 }) : json([])));
    for (const src of ['/empty-body.json', '/empty-list.json']) {
      const el = await mount<DtmCounter>(`<dtm-counter src="${src}"></dtm-counter>`);
      await settle(el, 'empty');
      expect(screenText(part(el, 'message')!)).toBe('No figures published yet.');
    }
  });
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
