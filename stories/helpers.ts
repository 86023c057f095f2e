/** Shared by the stories' play functions. */
import { expect, waitFor } from 'storybook/test';

/** The story's widget once it has reached `state` (data may take a moment) and rendered it. */
export async function settled<K extends 'dtm-counter' | 'dtm-trend' | 'dtm-map'>(
  canvasElement: HTMLElement,
  tag: K,
  state = 'ready',
): Promise<HTMLElementTagNameMap[K]> {
  const el = canvasElement.querySelector(tag)!;
  await waitFor(() => expect(el.getAttribute('state')).toBe(state), { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/**
 * The story's widget once it has asked for `path` and, a second later, is still loading: a
 * sample file is read and drawn well within that, so a widget that stopped waiting is caught.
 */
export async function stillLoading<K extends 'dtm-counter' | 'dtm-trend' | 'dtm-map'>(
  canvasElement: HTMLElement,
  tag: K,
  path: string,
): Promise<HTMLElementTagNameMap[K]> {
  await waitFor(() => expect(fakeRequests(path)).toBe(1), { timeout: 8000 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const el = canvasElement.querySelector(tag)!;
  await el.updateComplete;
  await expect(el.getAttribute('state')).toBe('loading');
  return el;
}

/** The loading skeleton, laid out (not a 0 px box), with its spoken "Loading figures…". */
export async function expectSkeleton(el: Element, container = '.frame'): Promise<void> {
  const box = el.shadowRoot!.querySelector(container)!;
  const skeleton = box.querySelector('.skeleton')!.getBoundingClientRect();
  await expect(skeleton.width * skeleton.height).toBeGreaterThan(0);
  await expect(box.querySelector('.sr-only')!.textContent).toBe('Loading figures…');
}

/** The "not up to date" mark of a widget that keeps its last good data after a failed refresh. */
export async function expectStaleMark(el: Element): Promise<void> {
  const mark = el.shadowRoot!.querySelector('[part~="stale"]')!;
  await expect(mark.getAttribute('role')).toBe('status');
  await expect(mark.textContent).toMatch(/^Not up to date: last updated \d{1,2}:\d{2}/);
}

/** What a fake route answers: a response, or `'hang'` (no answer until the request is aborted). */
export type FakeAnswer = Response | Promise<Response> | 'hang';
export type FakeRoute = (request: Request) => FakeAnswer;

/*
 * A story cannot make a real server hang or fail on demand, so the loading and stale stories
 * point their widgets at paths that exist nowhere (`/story-only/…`) and answer those here.
 * Every other request (the samples, the data chunk, MapLibre) goes to the real fetch. Those
 * stories are kept off the docs pages (tags: ['!autodocs']): a docs page runs every story's
 * beforeEach at once, and the stand-ins would not come off in the order they went on.
 */
let answered = new Map<string, number>();

/**
 * Replaces `window.fetch` for URLs whose pathname ends with one of the keys of `routes` and
 * returns the cleanup that puts the real fetch back: made for a story's `beforeEach`.
 * Like the real fetch, a faked request rejects with its signal's reason (an AbortError
 * DOMException when the widget is removed) as soon as it is aborted.
 */
export function fakeFetch(routes: Record<string, FakeRoute>): () => void {
  const realFetch = window.fetch;
  answered = new Map();
  const counts = answered;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const href = input instanceof Request ? input.url : String(input);
    const { pathname } = new URL(href, document.baseURI);
    const path = Object.keys(routes).find((p) => pathname.endsWith(p));
    if (path === undefined) return realFetch.call(window, input, init);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const request = new Request(new URL(href, document.baseURI), init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const aborted = (): unknown => signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
    if (signal?.aborted) return Promise.reject(aborted());
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => reject(aborted());
      signal?.addEventListener('abort', onAbort, { once: true });
      const answer = routes[path]!(request);
      if (answer === 'hang') return;
      Promise.resolve(answer).then(
        (res) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(res);
        },
        (e: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  };
  return () => {
    window.fetch = realFetch;
  };
}

/** How many requests the fake installed last has answered (or left hanging) at `path`. */
export function fakeRequests(path: string): number {
  return answered.get(path) ?? 0;
}

/** A route that answers its first request with the real file at `sample`, and every later one with `status`. */
export function sampleThenFail(sample: string, status = 503): FakeRoute {
  let calls = 0;
  return ({ signal }) => (calls++ === 0 ? fetch(sample, { signal }) : new Response(null, { status }));
}
