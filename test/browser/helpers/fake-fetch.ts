/**
 * Request interception for browser tests: replaces window.fetch with a handler that answers with
 * real Response objects (or a network error, or a request that hangs until aborted), and records
 * every request. Restore with vi.unstubAllGlobals().
 */
import { vi } from 'vitest';

export type Answer = Response | 'network-error' | 'hang';

export interface Recorded {
  readonly url: string;
  readonly headers: Headers;
  readonly signal: AbortSignal | undefined;
}

export function stubFetch(answer: (url: string, n: number) => Answer | Promise<Answer>): Recorded[] {
  const calls: Recorded[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ?? undefined;
    calls.push({ url, headers: new Headers(init?.headers), signal });
    const a = await answer(url, calls.length);
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (a === 'network-error') throw new TypeError('Failed to fetch');
    if (a === 'hang') {
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      });
    }
    return a;
  };
  vi.stubGlobal('fetch', vi.fn(fake));
  return calls;
}

export const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });

/** A DTM API v2 envelope around admin-0 records. */
export const dtm = (records: { date: string; idps: number | string | null }[]): unknown => ({
  result: records.map((r, i) => ({
    id: i + 1,
    operation: 'Iraq conflict',
    admin0Name: 'Iraq',
    admin0Pcode: 'IRQ',
    numPresentIdpInd: r.idps,
    reportingDate: `${r.date}T00:00:00`,
    assessmentType: 'BA',
  })),
  statusCode: 200,
  isSuccess: true,
  errorMessages: [],
  totalRecordsCount: records.length,
});
