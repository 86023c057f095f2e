/**
 * <dtm-counter> when the data goes wrong: a bad address, a web page, 404, 429, 503, a source that
 * never answers, too large, an API error, nothing published, JSON told to be CSV. Each says what
 * to fix, retries only what may pass on a retry, and offers a retry button.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { DataFetchError, fetchText } from '../../../src/data/fetch.js';
import { cleanup, mount, part, plain, screenText } from '../helpers/dom.js';
import { dtm, json, stubFetch } from '../helpers/fake-fetch.js';
import { TWO_AREAS, figure, settle, wait } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
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

describe('<dtm-counter> saying why there is no figure', () => {
  it('refuses JSON told to be CSV, with an error that says so', async () => {
    const el = await mount<DtmCounter>(`<dtm-counter format="csv" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(el, 'error');
    expect(plain(screenText(part(el, 'error')!))).toContain('format="csv", but the data is JSON');
  });
});
