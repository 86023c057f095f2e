import { describe, expect, it } from 'vitest';
import { backoffMs, checkUrl, readCappedText, retryAfterMs } from '../../../src/data/fetch.js';

const HTTPS_PAGE = 'https://partner.example/news/page.html';
const HTTP_PAGE = 'http://intranet.example/dash/index.html';

describe('checkUrl', () => {
  it.each(['', '   ', '\n\t', null, undefined])('refuses %j as empty-src (C1)', (src) => {
    expect(checkUrl(src, HTTPS_PAGE)).toEqual({ ok: false, problem: 'empty-src', detail: '' });
  });

  it.each([
    'https://example.org/idps data.json',
    'https://example.org/idps\tdata.json',
    'https://example.org/a\nb.json',
    '“https://example.org/idps.json”',
    '‘https://example.org/idps.json’',
    'https://example.org/idps.json”',
    '«https://example.org/idps.json»',
  ])('refuses %j as bad-url, naming what was pasted (C2, C6)', (src) => {
    const r = checkUrl(src, HTTPS_PAGE);
    expect(r).toMatchObject({ ok: false, problem: 'bad-url' });
    if (!r.ok) expect(r.detail).toBe(src.trim());
  });

  it('caps the detail of a long bad URL', () => {
    const r = checkUrl(`https://example.org/${'a'.repeat(500)} b`, HTTPS_PAGE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail.length).toBeLessThanOrEqual(120);
  });

  it.each(['http://[::1', 'https://exa mple.org', 'http://'])('refuses the unparseable URL %j as bad-url', (src) => {
    expect(checkUrl(src, HTTPS_PAGE)).toMatchObject({ ok: false, problem: 'bad-url' });
  });

  it.each<[string, string]>([
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['data:application/json,[]', 'data:'],
    ['file:///etc/passwd', 'file:'],
    ['ftp://example.org/data.json', 'ftp:'],
    ['vbscript:msgbox', 'vbscript:'],
    ['blob:https://partner.example/1234', 'blob:'],
  ])('refuses %j as not-http (C2, X4)', (src, protocol) => {
    expect(checkUrl(src, HTTPS_PAGE)).toEqual({ ok: false, problem: 'not-http', detail: protocol });
  });

  it.each(['http://data.example/idps.json', 'HTTP://data.example/idps.json'])('refuses %j on an https page as mixed-content before any request (T3)', (src) => {
    expect(checkUrl(src, HTTPS_PAGE)).toEqual({ ok: false, problem: 'mixed-content', detail: 'http://data.example/idps.json' });
  });

  it("resolves a protocol-relative URL with the page's protocol", () => {
    expect(checkUrl('//data.example/idps.json', HTTPS_PAGE)).toEqual({ ok: true, url: 'https://data.example/idps.json' });
  });

  it.each<[string, string, string]>([
    ['https://data.example/idps.json', HTTPS_PAGE, 'https://data.example/idps.json'],
    ['  https://data.example/idps.json  ', HTTPS_PAGE, 'https://data.example/idps.json'],
    ['data/idps.json', HTTPS_PAGE, 'https://partner.example/news/data/idps.json'],
    ['./idps.json', HTTPS_PAGE, 'https://partner.example/news/idps.json'],
    ['../data/idps.json', HTTPS_PAGE, 'https://partner.example/data/idps.json'],
    ['/data/idps.json?v=2', HTTPS_PAGE, 'https://partner.example/data/idps.json?v=2'],
    ['http://intranet.example/idps.json', HTTP_PAGE, 'http://intranet.example/idps.json'],
    ['https://data.example/idps.json', HTTP_PAGE, 'https://data.example/idps.json'],
    ['idps.csv', HTTP_PAGE, 'http://intranet.example/dash/idps.csv'],
    ['https://data.example/a%20b.json', HTTPS_PAGE, 'https://data.example/a%20b.json'],
  ])('accepts %j on %s as %s', (src, base, url) => {
    expect(checkUrl(src, base)).toEqual({ ok: true, url });
  });
});

describe('retryAfterMs', () => {
  const now = Date.UTC(2015, 9, 21, 7, 27, 0); // Wed, 21 Oct 2015 07:27:00 GMT

  it.each<[string, number]>([
    ['0', 0],
    ['1', 1000],
    ['120', 120_000],
    [' 30 ', 30_000],
    ['999999', 999_999_000],
  ])('reads delta-seconds %j as %d ms', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });

  it.each<[string, number]>([
    ['Wed, 21 Oct 2015 07:28:00 GMT', 60_000],
    ['Wed, 21 Oct 2015 07:27:30 GMT', 30_000],
    ['Thu, 22 Oct 2015 07:27:00 GMT', 86_400_000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
    ['Tue, 20 Oct 2015 07:27:00 GMT', 0],
    ['Mon, 01 Jan 2001 00:00:00 GMT', 0],
  ])('reads the IMF-fixdate %j relative to now as %d ms (never negative)', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });

  it.each(['soon', '-5', '1.5', '1e3', '1234567', '0x10', 'Wed, 21 Foo 2015 07:28:00 GMT', 'Wednesday, 21-Oct-15 07:28:00 GMT', 'Wed, 21 Oct 2015 07:28:00 UTC', '2015-10-21T07:28:00Z', '', '   '])(
    'gives undefined for the unreadable header %j',
    (header) => {
      expect(retryAfterMs(header, now)).toBeUndefined();
    },
  );

  it('gives undefined for an absent header', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('backoffMs (full jitter)', () => {
  it.each([0, 1, 2, 5, 10])('waits 0 ms at attempt %d when the random draw is 0', (attempt) => {
    expect(backoffMs(attempt, 500, 10_000, () => 0)).toBe(0);
  });

  it.each<[number, number]>([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 10_000],
    [6, 10_000],
    [30, 10_000],
  ])('stays below min(cap, base * 2^attempt) at attempt %d (ceiling %d)', (attempt, ceiling) => {
    const wait = backoffMs(attempt, 500, 10_000, () => 0.999);
    expect(wait).toBeLessThan(ceiling);
    expect(wait).toBeGreaterThanOrEqual(Math.floor(0.999 * ceiling));
    expect(Number.isInteger(wait)).toBe(true);
  });

  it('grows with the attempt until the cap', () => {
    const waits = [0, 1, 2, 3, 4, 5, 6, 7].map((a) => backoffMs(a, 500, 10_000, () => 0.999));
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(waits[4]).toBeGreaterThan(waits[3]!);
    expect(waits[6]).toBe(waits[5]);
    expect(Math.max(...waits)).toBeLessThan(10_000);
  });

  it('uses base 500 ms and cap 10 s by default', () => {
    expect(backoffMs(0, undefined, undefined, () => 0.5)).toBe(250);
    expect(backoffMs(20, undefined, undefined, () => 0.5)).toBe(5000);
  });

  it('draws within [0, ceiling) with Math.random', () => {
    for (let i = 0; i < 200; i++) {
      const wait = backoffMs(3);
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(4000);
    }
  });
});

describe('readCappedText', () => {
  /** A response whose body arrives in these chunks of bytes. */
  const streamed = (chunks: number[][], headers: Record<string, string> = {}): Response =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(Uint8Array.from(c));
          controller.close();
        },
      }),
      { headers },
    );
  const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
  const tooLarge = (detail: string): Error => new Error(`too large: ${detail}`);

  it('joins a character split between chunks, strips a BOM and reads bad bytes as U+FFFD', async () => {
    const text = '\ufeff[{"governorate":"نينوى"}]';
    const bytes = utf8(text);
    const cut = bytes.indexOf(0xd9) + 1; // inside the first Arabic letter's two bytes
    expect(await readCappedText(streamed([bytes.slice(0, cut), bytes.slice(cut)]), 1000, tooLarge)).toBe('[{"governorate":"نينوى"}]');
    expect(await readCappedText(streamed([[0x5b, 0xff, 0x5d]]), 1000, tooLarge)).toBe('[\ufffd]');
    expect(await readCappedText(streamed([]), 1000, tooLarge)).toBe('');
  });

  it('stops past the cap, counted as the bytes arrive or declared by Content-Length', async () => {
    await expect(readCappedText(streamed([utf8('12345'), utf8('67890')]), 8, tooLarge)).rejects.toThrow('too large: more than 8 bytes');
    await expect(readCappedText(streamed([utf8('12345')], { 'content-length': '5000' }), 8, tooLarge)).rejects.toThrow('too large: 5000 bytes');
    expect(await readCappedText(streamed([utf8('1234'), utf8('5678')]), 8, tooLarge)).toBe('12345678');
  });
});
