/** The strict readers of one cell (src/data/pipeline/cells.ts): figures, dates and names, as a run reports them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PipelineOptions, ReasonCode } from '../../../../src/data/pipeline.js';
import { expectRefused, GOOD, load, type Loaded, valueOf, withCell, without } from './helpers.js';

describe('numbers (catalogue N)', () => {
  it.each<[unknown, number]>([
    [0, 0],
    ['0', 0],
    [1234, 1234],
    ['1234', 1234],
    [' 42 ', 42],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['١٢٣', 123],
    ['١٬٢٣٤', 1234],
    ['۱۲۳٬۴۵۶', 123456],
    ['١٢٫٥', 12.5],
    [12.5, 12.5],
    ['12.5', 12.5],
    ['-0', 0],
    [1e10, 1e10],
  ])('accepts the value %j as %d', (cell, value) => {
    const r = load(withCell('value', cell));
    expect(r.report).toMatchObject({ total: 2, used: 2, rejected: 0 });
    expect(valueOf(r)).toBe(value);
  });

  it('reads the JSON number -0 as 0, not -0 (N10: a counter must not show "-0")', () => {
    const r = load(JSON.parse('[{"date": "2024-04-30", "region": "IQG15", "value": -0}]'));
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]!.value).toBe(0); // toBe is Object.is: -0 fails
  });

  it.each<[unknown, ReasonCode, string | undefined]>([
    // N1
    [-5, 'negative', '-5'],
    ['-5', 'negative', '-5'],
    ['\u22125', 'negative', '\u22125'],
    ['-1,234', 'negative', '-1,234'],
    // N3
    [1e308, 'implausible', '1e+308'],
    [1e10 + 1, 'implausible', '10000000001'],
    ['20000000000', 'implausible', '20000000000'],
    ['99999999999999999999', 'implausible', '99999999999999999999'],
    // N8
    ['>500', 'qualified-value', '>500'],
    ['<100', 'qualified-value', '<100'],
    ['≥ 1,000', 'qualified-value', '≥ 1,000'],
    ['12%', 'qualified-value', '12%'],
    ['~1000', 'qualified-value', '~1000'],
    ['about 500', 'qualified-value', 'about 500'],
    // N2, N8, S3: missing is not zero
    [null, 'missing-value', undefined],
    ['', 'missing-value', ''],
    ['  ', 'missing-value', '  '],
    ['N/A', 'missing-value', 'N/A'],
    ['n/a', 'missing-value', 'n/a'],
    ['-', 'missing-value', '-'],
    ['—', 'missing-value', '—'],
    ['null', 'missing-value', 'null'],
    // N9 and friends
    ['0x10', 'not-a-number', '0x10'],
    ['abc', 'not-a-number', 'abc'],
    ['1e3', 'not-a-number', '1e3'],
    ['Infinity', 'not-a-number', 'Infinity'],
    ['NaN', 'not-a-number', 'NaN'],
    ['1,5', 'not-a-number', '1,5'],
    ['1.234.567', 'not-a-number', '1.234.567'],
    ['3M', 'not-a-number', '3M'],
    ['140000 people', 'not-a-number', '140000 people'],
    [true, 'not-a-number', 'true'],
    [false, 'not-a-number', 'false'],
    [{}, 'not-a-number', undefined],
    [{ value: 5 }, 'not-a-number', undefined],
    [[], 'not-a-number', undefined],
    [[5], 'not-a-number', undefined],
  ])('refuses the value %j as %s', (cell, reason, text) => {
    expectRefused(load(withCell('value', cell)), reason, text);
  });

  it('refuses a row without the value key as missing-value', () => {
    expectRefused(load(without('value')), 'missing-value', undefined);
  });

  it('keeps 0 and refuses a missing value: the two are never conflated', () => {
    const r = load([
      { date: '2024-04-30', region: 'IQG03', value: 0 },
      { date: '2024-04-30', region: 'IQG04', value: null },
      { date: '2024-04-30', region: 'IQG05', value: 'N/A' },
    ]);
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG03', value: 0 }]);
    expect(r.report).toMatchObject({ used: 1, rejected: 2, reasons: { 'missing-value': 2 } });
  });

  it('refuses values above max-value as implausible', () => {
    const r = load(withCell('value', 1001), { maxValue: 1000 });
    expect(r.report.reasons).toEqual({ implausible: 2 });
    expect(load(withCell('value', 1000), { maxValue: 300_000 }).report.used).toBe(2);
  });

  it('keeps sums of plausible figures finite', () => {
    const rows = Array.from({ length: 1000 }, () => ({ date: '2024-04-30', region: 'IQG15', value: 1e10 }));
    const r = load(rows);
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 1e13 }]);
    expect(r.report).toMatchObject({ total: 1000, used: 1, merged: 999 });
  });

  it('reads a column of mixed types value by value (S6)', () => {
    const cells: unknown[] = [5, '6', '1,000', 'x', null, -1, '>5'];
    const r = load(cells.map((value, i) => ({ date: '2024-04-30', region: `IQG${String(i + 1).padStart(2, '0')}`, value })));
    expect(r.observations.map((o) => o.value)).toEqual([5, 6, 1000]);
    expect(r.report.reasons).toEqual({ 'not-a-number': 1, 'missing-value': 1, negative: 1, 'qualified-value': 1 });
    expect(r.report.examples.map((e) => e.row)).toEqual([4, 5, 6, 7]);
  });
});

describe('dates (catalogue D)', () => {
  const dateOf = (r: Loaded): string | undefined => r.observations.find((o) => o.region === 'IQG15')?.date;

  it.each<[unknown, string]>([
    ['2024-04-30', '2024-04-30'],
    ['2024-04-30T00:00:00', '2024-04-30'],
    // a time other than midnight is kept as written (hourly data); DTM's midnight is a calendar date
    ['2024-04-30T23:30:00+03:00', '2024-04-30T23:30'],
    ['2024-04-30 06:15', '2024-04-30T06:15'],
    ['2024-04-30T00:00:00Z', '2024-04-30'],
    [' 2024-04-30 ', '2024-04-30'],
    ['2024-04', '2024-04'],
    ['2024', '2024'],
    [2024, '2024'],
    ['٢٠٢٤-٠٤-٣٠', '2024-04-30'],
    ['2024-02-29', '2024-02-29'],
    ['1990-01-01', '1990-01-01'],
    ['2024-07-16', '2024-07-16'],
  ])('accepts the date %j as %s', (cell, key) => {
    const r = load(withCell('date', cell));
    expect(r.report).toMatchObject({ used: 2, rejected: 0 });
    expect(dateOf(r)).toBe(key);
  });

  it.each<[unknown, ReasonCode, string | undefined]>([
    [null, 'missing-date', undefined],
    ['', 'missing-date', ''],
    ['   ', 'missing-date', '   '],
    // D3, D4
    ['2024-02-30', 'invalid-date', '2024-02-30'],
    ['2023-02-29', 'invalid-date', '2023-02-29'],
    ['2024-04-31', 'invalid-date', '2024-04-31'],
    ['2024-13-01', 'invalid-date', '2024-13-01'],
    ['TBD', 'invalid-date', 'TBD'],
    ['30 April 2024', 'invalid-date', '30 April 2024'],
    // D6 undeclared granularities
    ['2024-W10', 'invalid-date', '2024-W10'],
    ['Round 12', 'invalid-date', 'Round 12'],
    // D5 Excel serials and timestamps
    [45000, 'invalid-date', '45000'],
    [45000.5, 'invalid-date', '45000.5'],
    [1714435200000, 'invalid-date', '1714435200000'],
    [true, 'invalid-date', 'true'],
    [{}, 'invalid-date', undefined],
    [['2024-04-30'], 'invalid-date', undefined],
    // D2
    ['01/02/2024', 'ambiguous-date', '01/02/2024'],
    ['1/2/2024', 'ambiguous-date', '1/2/2024'],
    ['01.02.2024', 'ambiguous-date', '01.02.2024'],
    ['12/11/2023', 'ambiguous-date', '12/11/2023'],
    // D7: before 1990, or after today + 31 days (today is pinned to 2024-06-15)
    ['1900-01-01', 'implausible-date', '1900-01-01'],
    [1900, 'implausible-date', '1900'],
    ['1989-12-31', 'implausible-date', '1989-12-31'],
    ['2024-07-17', 'implausible-date', '2024-07-17'],
    ['2024-08', 'implausible-date', '2024-08'],
    ['2025', 'implausible-date', '2025'],
    [2100, 'implausible-date', '2100'],
    ['2099-01-01', 'implausible-date', '2099-01-01'],
  ])('refuses the date %j as %s', (cell, reason, text) => {
    expectRefused(load(withCell('date', cell)), reason, text);
  });

  it('reads common ISO dates and date-times as the general reader does (a fast path must not change a key)', () => {
    const two = (n: number): string => String(n).padStart(2, '0');
    // mostly real dates and times (midnight often, as DTM writes it), some impossible ones
    const part = (valid: fc.Arbitrary<number>, any = fc.integer({ min: 0, max: 99 })) => fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: any }).map(two);
    const clock = (max: number) => fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.integer({ min: 0, max }) });
    const text = fc
      .tuple(fc.integer({ min: 1985, max: 2030 }), part(fc.integer({ min: 1, max: 12 })), part(fc.integer({ min: 1, max: 31 })), fc.constantFrom('', 'T', 'T:'), part(clock(23)), part(clock(59)), part(clock(59)))
      .map(([y, m, d, time, hh, mm, ss]) => `${y}-${m}-${d}${time ? `T${hh}:${mm}${time === 'T:' ? `:${ss}` : ''}` : ''}`);
    const outcome = (r: Loaded): string => (r.report.rejected ? Object.keys(r.report.reasons).join() : dateOf(r)!);
    fc.assert(
      fc.property(text, (date) => {
        // the padded text cannot take the fast path; both must give the same key or the same refusal
        expect(outcome(load(withCell('date', date)))).toBe(outcome(load(withCell('date', ` ${date}`))));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a row without the date key as missing-date', () => {
    expectRefused(load(without('date')), 'missing-date', undefined);
  });

  it('moves the plausibility window with today', () => {
    expect(load(withCell('date', '2030-01-01'), { today: '2029-12-15' }).report.used).toBe(2);
    expect(load(withCell('date', '2024-04-30'), { today: '2024-03-01' }).report.reasons).toEqual({ 'implausible-date': 2 });
  });

  it.each<[string, PipelineOptions['dateFormat'], string]>([
    ['01/02/2024', 'DD/MM/YYYY', '2024-02-01'],
    ['01/02/2024', 'MM/DD/YYYY', '2024-01-02'],
    ['1/2/2024', 'DD/MM/YYYY', '2024-02-01'],
    ['1.2.2024', 'DD/MM/YYYY', '2024-02-01'],
    ['15/01/2024', 'DD/MM/YYYY', '2024-01-15'],
    ['31/12/2023', 'DD/MM/YYYY', '2023-12-31'],
    ['12/31/2023', 'MM/DD/YYYY', '2023-12-31'],
    ['2024/02/01', 'YYYY/MM/DD', '2024-02-01'],
    ['٠١/٠٢/٢٠٢٤', 'DD/MM/YYYY', '2024-02-01'],
    ['2024-04-30', 'DD/MM/YYYY', '2024-04-30'],
  ])('reads %j with date-format %s as %s', (cell, dateFormat, key) => {
    const r = load(withCell('date', cell), dateFormat ? { dateFormat } : {});
    expect(r.report.rejected).toBe(0);
    expect(dateOf(r)).toBe(key);
  });

  it.each<[string, PipelineOptions['dateFormat']]>([
    ['31/12/2023', 'MM/DD/YYYY'],
    ['12/31/2023', 'DD/MM/YYYY'],
    ['30/02/2024', 'DD/MM/YYYY'],
    ['01/02/24', 'DD/MM/YYYY'],
    ['2024/02/01', 'DD/MM/YYYY'],
  ])('refuses %j with date-format %s as invalid-date', (cell, dateFormat) => {
    expectRefused(load(withCell('date', cell), dateFormat ? { dateFormat } : {}), 'invalid-date', cell);
  });
});

describe('text in data (catalogue X)', () => {
  const labels = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    '&amp; &lt;b&gt;',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'النازحون',
    'ئاوارەکان',
    '\u202Eevil',
    'a'.repeat(10_000),
  ];

  it('keeps series labels as the text published (less direction overrides), each its own series', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const r = load(
      labels.map((series) => ({ ...GOOD, series })),
      { seriesField: 'series' },
    );
    // a right-to-left override would turn a heading or summary around: it is dropped, the rest kept
    expect(r.observations.map((o) => o.series)).toEqual(labels.map((l) => l.replace('\u202E', '')));
    expect(r.report).toMatchObject({ used: labels.length, merged: 0, rejected: 0 });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('caps the text of a refused cell in the examples', () => {
    const r = load(withCell('value', '9'.repeat(10_000) + 'x'));
    expect(r.report.examples[0]!.value).toBe('9'.repeat(80));
  });

  it('refuses markup as a region', () => {
    expectRefused(load(withCell('region', '<script>alert(1)</script>')), 'unknown-region', '<script>alert(1)</script>');
  });
});
