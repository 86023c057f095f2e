/**
 * One GET of the DTM API v3, with what the official clients do around it: the key in the
 * `Ocp-Apim-Subscription-Key` header (never in the URL), a time-out on every request, retries
 * with full-jitter backoff on 429, 5xx and network errors (honouring Retry-After), and an
 * immediate stop on 401/403. The answer is checked before anyone uses it: an HTML page, JSON cut
 * short or an API error message fails with the API's own words, never with the key.
 */
import { apiError, dataError, oneLine, PublishError } from './errors.js';
import { readCappedText } from '../../data/fetch.js';

export interface ClientDeps {
  readonly fetch: typeof globalThis.fetch;
  /** Waits; injected so that tests do not. */
  readonly sleep: (ms: number) => Promise<void>;
  /** [0, 1); injected so that tests know the jitter. */
  readonly random: () => number;
  /** A retry or another note (already free of the key). */
  readonly note: (line: string) => void;
}

export interface Request {
  readonly url: string;
  readonly key: string;
  readonly keyEnv: string;
  readonly timeoutMs: number;
  readonly retries: number;
  /** Backoff base and cap (ms): 1 s and 30 s as the official client. */
  readonly baseMs?: number;
  readonly capMs?: number;
}

export interface Envelope {
  readonly rows: readonly unknown[];
  readonly totalRecordsCount: number | undefined;
}

/** Answers larger than this are refused: no DTM query comes near it, a runaway one would. */
const MAX_BYTES = 256 * 1024 * 1024;
/** The longest Retry-After we honour; a server asking for more is waited on this long. */
const MAX_RETRY_AFTER_MS = 120_000;

/** The v3 URL of a level and query (the key is never part of it). */
export function endpointUrl(base: string, level: string, query: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams(Object.entries(query));
  return `${base}/displacement/${level}?${params.toString()}`;
}

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d{1,9}$/.test(value)) return Math.min(MAX_RETRY_AFTER_MS, Number(value) * 1000);
  const at = Date.parse(value); // a header of the API, not published data
  return Number.isFinite(at) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, at - now)) : undefined;
}

/** Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): uniform in [0, min(cap, base·2^n)). */
export function backoffMs(attempt: number, random: () => number, baseMs = 1000, capMs = 30_000): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

/** The answer's text, at most MAX_BYTES (the library's own capped reader). */
const readCapped = (res: Response): Promise<string> =>
  readCappedText(res, MAX_BYTES, () => apiError(`the API's answer is larger than ${MAX_BYTES / 1024 / 1024} MB`));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first of the envelope's errorMessages, as one line. */
function apiMessage(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const list = value.errorMessages;
  const first = Array.isArray(list) ? list.find((m) => typeof m === 'string' && m.trim()) : undefined;
  if (typeof first === 'string') return oneLine(first);
  return typeof value.message === 'string' ? oneLine(value.message) : undefined;
}

function htmlTitle(text: string): string {
  const m = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(text.slice(0, 20_000));
  return m ? `: "${oneLine(m[1]!, 120)}"` : '';
}

/** Checks a 2xx answer's text: JSON, the envelope, isSuccess, result, totalRecordsCount. */
export function readEnvelope(text: string, status: number, contentType: string): Envelope {
  const start = text.trimStart().slice(0, 1);
  if (/html/i.test(contentType) || start === '<') throw apiError(`the API answered with an HTML page (HTTP ${status})${htmlTitle(text)}, not JSON`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw apiError(`the API's answer is not complete JSON (HTTP ${status}, ${text.length} characters): ${e instanceof Error ? oneLine(e.message) : 'unreadable'}`);
  }
  if (!isObject(value) || !('isSuccess' in value)) throw dataError('the API\'s answer is not a DTM envelope {result, isSuccess, …}');
  if (value.isSuccess !== true) throw apiError(`the API said: ${apiMessage(value) ?? 'isSuccess is false, no error message given'}`);
  if (!Array.isArray(value.result)) throw dataError('the API\'s answer has no result list');
  const count = value.totalRecordsCount;
  if (count !== undefined && count !== null) {
    if (typeof count !== 'number' || !Number.isInteger(count)) throw dataError('the API\'s totalRecordsCount is not a whole number');
    if (count !== value.result.length) throw dataError(`the API announced ${count} records (totalRecordsCount) but sent ${value.result.length}`);
  }
  return { rows: value.result, totalRecordsCount: typeof count === 'number' ? count : undefined };
}

/** One attempt: an Envelope, or a Retryable, or a PublishError that ends the run. */
async function attempt(req: Request, deps: ClientDeps): Promise<Envelope> {
  let res: Response;
  try {
    res = await deps.fetch(req.url, {
      headers: { 'Ocp-Apim-Subscription-Key': req.key, Accept: 'application/json' },
      signal: AbortSignal.timeout(req.timeoutMs),
      redirect: 'error', // a redirect could carry the key header to another host
    });
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    const why = name === 'TimeoutError' ? `no answer within ${req.timeoutMs / 1000} s` : `network error (${e instanceof Error ? oneLine((e.cause as Error | undefined)?.message ?? e.message) : 'unknown'})`;
    throw new Retryable(why);
  }
  if (res.status === 401 || res.status === 403) {
    // the body is not read: some gateways echo the key header in it
    await res.body?.cancel();
    throw apiError(`the API refused the key (HTTP ${res.status}): check the secret in ${req.keyEnv}; not retried`);
  }
  let text: string;
  try {
    text = await readCapped(res);
  } catch (e) {
    if (e instanceof PublishError) throw e;
    throw new Retryable(`the answer was cut off (${e instanceof Error ? oneLine(e.message) : 'unknown'})`);
  }
  if (res.status === 429 || res.status >= 500) {
    throw new Retryable(`HTTP ${res.status}`, retryAfterMs(res.headers.get('retry-after'), Date.now()));
  }
  if (res.status < 200 || res.status > 299) {
    let said: string | undefined;
    try {
      said = apiMessage(JSON.parse(text));
    } catch {
      said = undefined;
    }
    throw apiError(`the API answered HTTP ${res.status}${said ? `: ${said}` : ''}`);
  }
  return readEnvelope(text, res.status, res.headers.get('content-type') ?? '');
}

/** GETs `req.url`, retrying what may pass; throws a PublishError (exit 2 or 3) otherwise. */
export async function getEnvelope(req: Request, deps: ClientDeps): Promise<Envelope> {
  const tries = req.retries + 1;
  for (let n = 0; ; n++) {
    try {
      return await attempt(req, deps);
    } catch (e) {
      if (!(e instanceof Retryable)) throw e;
      if (n + 1 >= tries) throw apiError(`${e.message}, after ${tries} attempt${tries === 1 ? '' : 's'}`);
      const wait = e.waitMs ?? backoffMs(n, deps.random, req.baseMs, req.capMs);
      deps.note(`${e.message}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${n + 2} of ${tries})`);
      await deps.sleep(wait);
    }
  }
}
