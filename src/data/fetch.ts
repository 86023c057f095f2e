/**
 * Fetching published data: URL checks before any request, time-outs, retries with capped
 * exponential backoff and full jitter (network errors, 408, 429, 5xx; `Retry-After` honoured;
 * never on 404), a byte cap counted while streaming, HTML pages recognised as such, conditional
 * requests, and one request shared by every widget that asks for the same URL at the same time.
 */

export type FetchErrorKind = 'network' | 'timeout' | 'http' | 'html' | 'too-large' | 'aborted';
export type UrlProblem = 'empty-src' | 'bad-url' | 'not-http' | 'mixed-content';

export class DataFetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DataFetchError';
  }
}

/**
 * Checks `src` before anything is fetched. Relative URLs resolve against `base` (the page).
 * Curly quotes and spaces, which CMS editors paste by accident, are named in the detail.
 */
export function checkUrl(src: string | null | undefined, base: string): { ok: true; url: string } | { ok: false; problem: UrlProblem; detail: string } {
  const raw = (src ?? '').trim();
  if (!raw) return { ok: false, problem: 'empty-src', detail: '' };
  if (/[\s“”‘’«»]/.test(raw)) return { ok: false, problem: 'bad-url', detail: raw.slice(0, 120) };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, problem: 'bad-url', detail: raw.slice(0, 120) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-http', detail: url.protocol };
  if (url.protocol === 'http:' && new URL(base).protocol === 'https:') return { ok: false, problem: 'mixed-content', detail: url.href };
  return { ok: true, url: url.href };
}

export interface FetchOptions {
  /** Stop here: the widget was removed or asked for something else. */
  readonly signal?: AbortSignal;
  /** Largest body accepted, in bytes. */
  readonly maxBytes?: number;
  /** Per-attempt time-out, ms. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (network errors, 408, 429, 5xx only). */
  readonly retries?: number;
  /** Validators of the copy already shown: a 304, or the same ETag, means "unchanged". */
  readonly etag?: string;
  readonly lastModified?: string;
  /** For tests: backoff base and cap, ms. */
  readonly backoffBaseMs?: number;
  readonly backoffCapMs?: number;
}

export type Fetched =
  | { readonly status: 'ok'; readonly text: string; readonly url: string; readonly contentType: string; readonly etag?: string; readonly lastModified?: string }
  | { readonly status: 'not-modified' };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DataFetchError('aborted', 'aborted'));
    const t = setTimeout(done, ms);
    function done(): void {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort(): void {
      clearTimeout(t);
      reject(new DataFetchError('aborted', 'aborted'));
    }
    signal?.addEventListener('abort', abort, { once: true });
  });

const IMF_DATE = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Retry-After` in ms: delta-seconds or an IMF-fixdate; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const h = header.trim();
  if (/^\d{1,6}$/.test(h)) return Number(h) * 1000;
  const m = IMF_DATE.exec(h);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!);
  if (month < 0) return undefined;
  const at = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Math.max(0, at - now);
}

/** Full-jitter exponential backoff: a random wait in [0, min(cap, base * 2^attempt)]. */
export function backoffMs(attempt: number, base = 500, cap = 10_000, random = Math.random): number {
  return Math.floor(random() * Math.min(cap, base * 2 ** attempt));
}

/** AbortSignal.any where the browser has it (Chrome 116, Safari 17.4), else linked by hand. */
function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const c = new AbortController();
  const abort = (): void => c.abort();
  if (a.aborted || b.aborted) c.abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return c.signal;
}

const retryable = (status: number): boolean => status === 408 || status === 429 || status >= 500;

function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype|html|head|body|!--|meta|title|script|div|p|h1|\?xml)\b/i.test(text);
}

/**
 * The body of `res` as UTF-8 text, counting bytes as they arrive: past `maxBytes` (declared, or
 * counted) the download stops and `tooLarge(detail)` is thrown. A BOM is stripped; bad bytes
 * become U+FFFD, never an exception. Shared with dtm-publish.
 */
export async function readCappedText(res: Response, maxBytes: number, tooLarge: (detail: string) => Error): Promise<string> {
  const declared = res.headers.get('content-length');
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    await res.body?.cancel();
    throw tooLarge(`${declared} bytes`);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw tooLarge(`more than ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  // decoded once, at the end: one flat string, where a decode per chunk made a rope of them that
  // JSON.parse then had to copy flat (a 9 MB file: 28 ms of decoding and 9 of flattening)
  let whole = parts[0] ?? new Uint8Array(0);
  if (parts.length > 1) {
    whole = new Uint8Array(bytes);
    let at = 0;
    for (const part of parts) {
      whole.set(part, at);
      at += part.byteLength;
    }
  }
  return new TextDecoder('utf-8').decode(whole);
}

const readBody = (res: Response, maxBytes: number): Promise<string> => readCappedText(res, maxBytes, (detail) => new DataFetchError('too-large', detail));

/**
 * Fetches `url` as text. Same-origin requests carry `If-None-Match` / `If-Modified-Since`
 * themselves; cross-origin ones let the browser's HTTP cache revalidate (`cache: 'no-cache'`),
 * because custom conditional headers would force a CORS preflight that static hosts refuse.
 */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { signal, timeoutMs = 20_000, retries = 2, backoffBaseMs = 500, backoffCapMs = 10_000 } = options;
  const maxBytes = options.maxBytes !== undefined && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
  const sameOrigin = typeof location !== 'undefined' && new URL(url).origin === location.origin;
  const headers: Record<string, string> = { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' };
  if (sameOrigin && options.etag) headers['If-None-Match'] = options.etag;
  if (sameOrigin && options.lastModified) headers['If-Modified-Since'] = options.lastModified;

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw new DataFetchError('aborted', 'aborted');
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? anySignal(signal, timeout) : timeout;
    let res: Response;
    try {
      res = await fetch(url, { signal: combined, headers, credentials: 'omit', cache: sameOrigin ? 'no-store' : 'no-cache', redirect: 'follow' });
    } catch (e) {
      if (signal?.aborted) throw new DataFetchError('aborted', 'aborted');
      const kind = timeout.aborted ? 'timeout' : 'network';
      if (attempt >= retries) throw new DataFetchError(kind, kind === 'timeout' ? `no answer within ${timeoutMs} ms` : String((e as Error)?.message ?? e));
      await sleep(backoffMs(attempt, backoffBaseMs, backoffCapMs), signal);
      continue;
    }
    if (res.status === 304) return { status: 'not-modified' };
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      if (retryable(res.status) && attempt < retries) {
        const wait = Math.max(backoffMs(attempt, backoffBaseMs, backoffCapMs), Math.min(retryAfterMs(res.headers.get('retry-after')) ?? 0, 60_000));
        await sleep(wait, signal);
        continue;
      }
      throw new DataFetchError('http', `${res.status} ${res.statusText}`.trim(), res.status);
    }
    const contentType = (res.headers.get('content-type') ?? '').toLowerCase();
    if (contentType.includes('text/html')) {
      await res.body?.cancel().catch(() => {});
      throw new DataFetchError('html', contentType);
    }
    let text: string;
    try {
      text = await readBody(res, maxBytes);
    } catch (e) {
      if (e instanceof DataFetchError) throw e;
      if (signal?.aborted) throw new DataFetchError('aborted', 'aborted');
      // a body cut off mid-way (connection reset, time-out): never use a partial file
      if (attempt >= retries) throw new DataFetchError(timeout.aborted ? 'timeout' : 'network', 'the response was cut off');
      await sleep(backoffMs(attempt, backoffBaseMs, backoffCapMs), signal);
      continue;
    }
    if (looksLikeHtml(text)) throw new DataFetchError('html', 'the body is an HTML page');
    const etag = res.headers.get('etag') ?? undefined;
    const lastModified = res.headers.get('last-modified') ?? undefined;
    if (etag && options.etag && etag === options.etag) return { status: 'not-modified' };
    return { status: 'ok', text, url: res.url || url, contentType, ...(etag && { etag }), ...(lastModified && { lastModified }) };
  }
}

interface Shared {
  readonly promise: Promise<Fetched>;
  readonly controller: AbortController;
  subscribers: number;
}
const inFlight = new Map<string, Shared>();
/** Answers of the last half second: widgets upgraded one after the other still share one request. */
const recent = new Map<string, { readonly at: number; readonly value: Fetched }>();
const RECENT_MS = 500;

/**
 * Like fetchText, but widgets asking for the same URL (with the same validators) while a request
 * is in flight share it. The request is aborted only when every one of them has given up.
 */
export function sharedFetch(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const key = `${url}\u0000${options.etag ?? ''}\u0000${options.lastModified ?? ''}\u0000${options.maxBytes ?? ''}`;
  const hit = recent.get(key);
  if (hit && Date.now() - hit.at < RECENT_MS && !options.signal?.aborted) return Promise.resolve(hit.value);
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const promise = fetchText(url, { ...options, signal: controller.signal })
      .then((value) => {
        recent.set(key, { at: Date.now(), value });
        setTimeout(() => recent.delete(key), RECENT_MS);
        return value;
      })
      .finally(() => {
        if (inFlight.get(key) === shared) inFlight.delete(key);
      });
    shared = { promise, controller, subscribers: 0 };
    inFlight.set(key, shared);
  }
  const s = shared;
  s.subscribers++;
  const { signal } = options;
  if (!signal) return s.promise;
  return new Promise<Fetched>((resolve, reject) => {
    const leave = (): void => {
      s.subscribers--;
      if (s.subscribers === 0) {
        s.controller.abort();
        if (inFlight.get(key) === s) inFlight.delete(key);
      }
      reject(new DataFetchError('aborted', 'aborted'));
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    s.promise.then(
      (v) => {
        signal.removeEventListener('abort', leave);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', leave);
        reject(e);
      },
    );
  });
}

/** For tests: requests currently in flight. */
export function inFlightCount(): number {
  return inFlight.size;
}
