import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs, retryAfterMs } from '../../../src/cli/publish/client.js';
import type { Fault } from '../../../src/cli/publish/mock.js';
import { age, folder, place, type Place } from './helpers.js';

let p: Place;
afterEach(async () => p?.cleanup());

describe('dtm-publish: faults of the API', () => {
  it('429 with Retry-After twice, then 200: waits as told, and publishes', async () => {
    p = await place();
    p.mock.queueFaults({ kind: '429', retryAfter: 3 }, { kind: '429', retryAfter: 3 });
    const r = await p.run();
    expect(r.code).toBe(0);
    expect(r.sleeps).toEqual([3000, 3000]);
    expect(p.mock.requests.map((q) => `${q.path} ${q.status}`)).toEqual([
      '/v3/displacement/admin0 429',
      '/v3/displacement/admin0 429',
      '/v3/displacement/admin0 200',
      '/v3/displacement/admin1 200',
    ]);
    expect(r.stderr).toBe(
      'iraq-idps-national: HTTP 429; retrying in 3.0 s (attempt 2 of 4)\niraq-idps-national: HTTP 429; retrying in 3.0 s (attempt 3 of 4)\n',
    );
  });

  it('a 5xx without Retry-After backs off with full jitter, doubling, then gives up with exit 2', async () => {
    p = await place();
    p.mock.setAlways('500');
    const r = await p.run();
    expect(r.code).toBe(2);
    // random() is 0.5 in the tests and the base 10 ms: half of 10, 20, 40
    expect(r.sleeps).toEqual([5, 10, 20]);
    expect(p.mock.requests).toHaveLength(4);
    expect(r.stderr).toContain('dtm-publish: iraq-idps-national: HTTP 500, after 4 attempts\n');
  });

  it('401 stops after one request, saying the key was refused', async () => {
    p = await place();
    p.mock.queueFaults('401');
    const r = await p.run();
    expect(r.code).toBe(2);
    expect(p.mock.requests).toHaveLength(1);
    expect(r.sleeps).toEqual([]);
    expect(r.stderr).toBe('dtm-publish: iraq-idps-national: the API refused the key (HTTP 401): check the secret in DTM_API_KEY; not retried\n');
  });

  it('403 stops at once too; another 4xx fails with the API\'s words, not retried', async () => {
    p = await place();
    const calls: string[] = [];
    const answer = (status: number, body: string): typeof fetch => async (url) => (calls.push(String(url)), new Response(body, { status }));
    const forbidden = await p.run(undefined, { fetch: answer(403, `{"message":"key ${'x'} blocked"}`) });
    expect(forbidden.code).toBe(2);
    expect(forbidden.stderr).toBe('dtm-publish: iraq-idps-national: the API refused the key (HTTP 403): check the secret in DTM_API_KEY; not retried\n');
    const bad = await p.run(undefined, { fetch: answer(400, JSON.stringify({ isSuccess: false, errorMessages: ['Admin0Pcode XYZ is not valid.'] })) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('dtm-publish: iraq-idps-national: the API answered HTTP 400: Admin0Pcode XYZ is not valid.\n');
    expect(calls).toHaveLength(2);
  });

  it('a request with no answer times out (api.timeoutSeconds) and is retried, then fails with exit 2', async () => {
    p = await place({ api: { base: 'http://127.0.0.1:9/v3', timeoutSeconds: 1, retries: 1 } });
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)));
    const r = await p.run(undefined, { fetch: hanging });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('iraq-idps-national: no answer within 1 s; retrying');
    expect(r.stderr).toContain('dtm-publish: iraq-idps-national: no answer within 1 s, after 2 attempts\n');
  });

  it('an HTML page, JSON cut short and isSuccess false fail with the API\'s own words', async () => {
    p = await place();
    const said: Record<string, string> = {};
    for (const fault of ['html', 'truncated', 'unsuccessful'] as const) {
      p.mock.queueFaults(fault);
      const r = await p.run();
      expect(r.code).toBe(2);
      said[fault] = r.stderr;
    }
    expect(said.html).toBe('dtm-publish: iraq-idps-national: the API answered with an HTML page (HTTP 200): "Service Unavailable", not JSON\n');
    expect(said.truncated).toMatch(/^dtm-publish: iraq-idps-national: the API's answer is not complete JSON \(HTTP 200, \d+ characters\): /);
    expect(said.unsuccessful).toBe('dtm-publish: iraq-idps-national: the API said: The service encountered an error while reading the displacement data.\n');
  });
});

describe('Retry-After and backoff', () => {
  it('reads delta-seconds and HTTP dates, capped at two minutes', () => {
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs('100000', 0)).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.UTC(2015, 9, 21, 7, 28, 0))).toBe(10_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });

  it('full jitter: uniform below min(cap, base·2^n)', () => {
    expect(backoffMs(0, () => 0.999, 1000, 30_000)).toBe(999);
    expect(backoffMs(3, () => 0.5, 1000, 30_000)).toBe(4000);
    expect(backoffMs(10, () => 0.5, 1000, 30_000)).toBe(15_000);
    expect(backoffMs(2, () => 0, 1000, 30_000)).toBe(0);
  });
});

describe('dtm-publish: a failed run leaves the published folder as it was', () => {
  const failures: [string, Fault | 'network' | 'strict' | 'empty', number][] = [
    ['429 to the end', '429', 2],
    ['500 to the end', '500', 2],
    ['401', '401', 2],
    ['an HTML page', 'html', 2],
    ['JSON cut short', 'truncated', 2],
    ['isSuccess false', 'unsuccessful', 2],
    ['a totalRecordsCount that is not the row count', 'miscount', 3],
    ['the second dataset failing after the first changed', { kind: '500', level: 'admin1' }, 2],
    ['no server', 'network', 2],
    ['rows the widgets reject, with --strict', 'strict', 3],
    ['no rows at all', 'empty', 3],
  ];
  it.each(failures)('%s: byte-identical, same modification times, no temporary file', async (_name, fault, code) => {
    p = await place();
    expect((await p.run()).code).toBe(0);
    await age(p.out);
    const before = await folder(p.out);
    // new data that a successful run would publish
    const changed = [...(await import('../../../src/cli/publish/mock.js').then((m) => m.sampleRows())).admin0];
    changed.push({ operation: 'Iraq conflict', admin0Name: 'Iraq', admin0Pcode: 'IRQ', numPresentIdpInd: 'n/a', yearReportingDate: 2024, monthReportingDate: 6, roundNumber: 133 });
    p.mock.setRows('admin0', changed);
    let argv = ['--config', p.config];
    if (fault === 'network') argv = [...argv, '--api-base', 'http://127.0.0.1:9/v3'];
    else if (fault === 'strict') argv = [...argv, '--strict'];
    else if (fault === 'empty') p.mock.setRows('admin1', []);
    else if (typeof fault === 'object') p.mock.setAlways(undefined), p.mock.queueFaults(...Array.from({ length: 4 }, () => fault));
    else p.mock.setAlways(fault);
    const r = await p.run([...argv, '--full']);
    expect(r.code).toBe(code);
    expect(await folder(p.out)).toEqual(before);
    expect((await readdir(p.out)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('without --strict, rows the widgets reject are published and reported like the widgets report them', async () => {
    p = await place();
    const rows = [...(await import('../../../src/cli/publish/mock.js').then((m) => m.sampleRows())).admin0];
    rows.push({ operation: 'Iraq conflict', admin0Name: 'Iraq', admin0Pcode: 'IRQ', numPresentIdpInd: 'n/a', yearReportingDate: 2024, monthReportingDate: 6, roundNumber: 133 });
    p.mock.setRows('admin0', rows);
    const r = await p.run();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('iraq-idps-national: warning: 1 row not shown of 81 by the widgets: no figure 1 (row 81: no figure "n/a")\n');
    const strict = await p.run(['--config', p.config, '--strict', '--full']);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toBe('dtm-publish: iraq-idps-national: 1 row not shown of 81 by the widgets: no figure 1 (row 81: no figure "n/a") (--strict)\n');
  });
});

describe('the mock API', () => {
  it('filters by the v3 parameters, checks the key header, and answers the envelope', async () => {
    const { startMock } = await import('../../../src/cli/publish/mock.js');
    const mock = await startMock({ key: 'k', rows: { admin1: [null, { admin0Pcode: 'IRQ', admin1Pcode: 'IRQ-G01', reportingDate: '2024-04-30T00:00:00', roundNumber: 132, numPresentIdpInd: 1 }, { admin0Pcode: 'IRQ', admin1Pcode: 'IRQ-G02', reportingDate: '2023-04-30T00:00:00', roundNumber: 130, numPresentIdpInd: 2 }] } });
    try {
      const get = async (query: string, key = 'k') => {
        const res = await fetch(`${mock.url}/displacement/admin1?${query}`, { headers: { 'Ocp-Apim-Subscription-Key': key } });
        return { status: res.status, body: (await res.json()) as { result: { admin1Pcode: string }[] | null; isSuccess: boolean; errorMessages: string[]; totalRecordsCount: number } };
      };
      const codes = async (query: string) => (await get(query)).body.result!.map((r) => r.admin1Pcode);
      expect(await codes('Admin0Pcode=IRQ')).toEqual(['IRQ-G01', 'IRQ-G02']);
      expect(await codes('Admin0Pcode=irq&FromReportingDate=2024-01-01')).toEqual(['IRQ-G01']);
      expect(await codes('Admin0Pcode=IRQ&ToRoundNumber=131')).toEqual(['IRQ-G02']);
      expect(await codes('Admin0Pcode=IRQ&Admin1Pcode=IRQ-G02')).toEqual(['IRQ-G02']);
      expect((await get('Admin0Pcode=IRQ')).body).toMatchObject({ isSuccess: true, errorMessages: [], totalRecordsCount: 2 });
      expect(await get('Admin1Pcode=IRQ-G01')).toMatchObject({ status: 400, body: { isSuccess: false, errorMessages: ['At least one of Operation, CountryName or Admin0Pcode must be provided.'] } });
      expect((await get('Admin0Pcode=IRQ', 'wrong')).status).toBe(401);
      expect(mock.requests.map((q) => q.keyMatched)).toEqual([true, true, true, true, true, true, false]);
    } finally {
      await mock.close();
    }
  });
});
