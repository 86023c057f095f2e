import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IRAQ_ADMIN1_RECORD } from './fixtures.js';
import { buildObservations, type LoadReport, type Observation, type PipelineOptions, type PipelineResult, type ReasonCode } from '../../../src/data/pipeline.js';
import { tableFromJson, tableFromText } from '../../../src/data/table.js';

/** "Today" for every run, so that the plausibility window of dates never moves: 2024-06-15 + 31 days = 2024-07-16. */
const TODAY = '2024-06-15';

type Loaded = Extract<PipelineResult, { ok: true }>;

/** Every row is accounted for: used + merged + rejected === total, and the reasons add up to rejected. */
function expectAccounted(report: LoadReport): void {
  expect(report.used + report.merged + report.rejected, 'used + merged + rejected === total').toBe(report.total);
  const reasons = Object.values(report.reasons).reduce<number>((a, b) => a + (b ?? 0), 0);
  expect(reasons, 'sum of reasons === rejected').toBe(report.rejected);
  expect(report.examples.length).toBeLessThanOrEqual(10);
}

function run(value: unknown, options: PipelineOptions = {}): PipelineResult {
  const t = tableFromJson(value);
  if (!t.ok) throw new Error(`not a table: ${JSON.stringify(t.error)}`);
  const r = buildObservations(t.table, { today: TODAY, ...options });
  if (r.ok) expectAccounted(r.report);
  return r;
}

function load(value: unknown, options: PipelineOptions = {}): Loaded {
  const r = run(value, options);
  if (!r.ok) throw new Error(`fields error: ${r.detail}`);
  return r;
}

function fieldsError(value: unknown, options: PipelineOptions = {}): string {
  const r = run(value, options);
  if (r.ok) throw new Error('expected a fields error');
  expect(r.kind).toBe('fields');
  return r.detail;
}

/** A good row (row 1) and the row under test (row 2), in plain records. */
const GOOD = { date: '2024-04-30', region: 'IQG09', value: 233162 };
const withCell = (field: 'value' | 'date' | 'region', cell: unknown): Record<string, unknown>[] => [GOOD, { date: '2024-04-30', region: 'IQG15', value: 229120, [field]: cell }];
const without = (field: 'value' | 'date' | 'region'): Record<string, unknown>[] => {
  const row: Record<string, unknown> = { date: '2024-04-30', region: 'IQG15', value: 229120 };
  delete row[field];
  return [GOOD, row];
};

/** Checks that row 2 was refused for `reason`, with the cell shown as `text`, and row 1 kept. */
function expectRefused(r: Loaded, reason: ReasonCode, text: string | undefined): void {
  expect(r.report).toMatchObject({ total: 2, used: 1, merged: 0, rejected: 1, reasons: { [reason]: 1 } });
  expect(Object.keys(r.report.reasons)).toEqual([reason]);
  expect(r.report.examples).toEqual([{ row: 2, reason, ...(text !== undefined && { value: text }) }]);
  expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 233162 }]);
}

const valueOf = (r: Loaded): number => {
  expect(r.observations).toHaveLength(2);
  return r.observations.find((o) => o.region === 'IQG15')!.value;
};

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

describe('regions and joins (catalogue J, S7)', () => {
  const regionOf = (r: Loaded): string | undefined => r.observations.find((o) => o.region !== 'IQG09')?.region;

  it.each<[unknown, string]>([
    ['IQG15', 'IQG15'],
    ['IRQ-G15', 'IQG15'],
    ['iqg15', 'IQG15'],
    ['IQ-NI', 'IQG15'],
    ['IRQ-G15Q05', 'IQG15Q05'],
    ['Nineveh', 'IQG15'],
    ['نينوى', 'IQG15'],
    [' so11', 'SO11'],
    ['HT02', 'HT02'],
    ['IRQ', 'IQ'],
  ])('joins the region %j as %s', (cell, code) => {
    const r = load(withCell('region', cell));
    expect(r.report.rejected).toBe(0);
    expect(regionOf(r)).toBe(code);
  });

  it.each<[string, string[], string[]]>([
    ['LB', ['LB', 'LB01', 'LBY', 'LBY01'], ['LB', 'LB01']],
    ['IQG1', ['IQG1', 'IQG15'], ['IQG1']],
    ['SO11', ['SO11', 'SO1101', 'SO110'], ['SO11', 'SO1101']],
  ])('region=%j keeps the area and its parts, not a code that only starts like it', (region, codes, kept) => {
    const r = load(codes.map((code, i) => ({ date: '2024-04-30', region: code, value: i + 1 })), { region });
    expect(r.observations.map((o) => o.region)).toEqual(kept);
  });

  it.each<[unknown, ReasonCode, string | undefined]>([
    ['Atlantis', 'unknown-region', 'Atlantis'],
    ['IQG19', 'unknown-region', 'IQG19'],
    ['Ninewa Plains', 'unknown-region', 'Ninewa Plains'],
    ['IQ-G04', 'ambiguous-code', 'IQ-G04'],
    ['IQ-G15', 'ambiguous-code', 'IQ-G15'],
    ['__proto__', 'reserved-key', '__proto__'],
    ['constructor', 'reserved-key', 'constructor'],
    ['prototype', 'reserved-key', 'prototype'],
    [null, 'missing-region', undefined],
    ['', 'missing-region', ''],
    [{}, 'missing-region', undefined],
  ])('refuses the region %j as %s', (cell, reason, text) => {
    expectRefused(load(withCell('region', cell)), reason, text);
  });

  it('refuses a row without the region key as missing-region', () => {
    expectRefused(load(without('region')), 'missing-region', undefined);
  });

  it('combines rows whose regions are the same governorate written differently', () => {
    const r = load([
      { date: '2024-04-30', region: 'IRQ-G15', value: 1 },
      { date: '2024-04-30', region: 'IQG15', value: 2 },
      { date: '2024-04-30', region: 'Ninewa', value: 4 },
      { date: '2024-04-30', region: 'IQ-NI', value: 8 },
    ]);
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 15 }]);
    expect(r.report).toMatchObject({ total: 4, used: 1, merged: 3, rejected: 0 });
  });

  it('keeps the region filter to a governorate and its districts, in any form', () => {
    const rows = [
      { date: '2024-04-30', region: 'IRQ-G15', value: 1 },
      { date: '2024-04-30', region: 'IRQ-G15Q05', value: 2 },
      { date: '2024-04-30', region: 'IRQ-G09', value: 4 },
    ];
    for (const region of ['IQG15', 'IRQ-G15', 'IQ-NI', 'Nineveh', 'نينوى']) {
      const r = load(rows, { region });
      expect(r.observations.map((o) => o.region), region).toEqual(['IQG15', 'IQG15Q05']);
      expect(r.report.reasons, region).toEqual({ filtered: 1 });
    }
  });

  it('refuses a region option that is not a region', () => {
    expect(fieldsError([GOOD], { region: 'Atlantis' })).toContain('Atlantis');
    expect(fieldsError([GOOD], { region: 'IQ-G04' })).toContain('ambiguous-code');
  });

  it('reads __proto__, constructor and prototype as plain keys, and leaves Object.prototype unchanged (S7)', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = JSON.stringify([GOOD]).replace(/^\[/, '[{"__proto__": {"polluted": 1}, "constructor": "x", "date": "2024-04-30", "region": "__proto__", "value": 5},');
    const t = tableFromText(text);
    if (!t.ok) throw new Error('not a table');
    const r = buildObservations(t.table, { today: TODAY });
    if (!r.ok) throw new Error(r.detail);
    expectAccounted(r.report);
    expect(r.report.reasons).toEqual({ 'reserved-key': 1 });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 233162 }]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('structure (catalogue S)', () => {
  it('reads [] as no observations, with nothing to account for (S1)', () => {
    const r = load([]);
    expect(r.observations).toEqual([]);
    expect(r.report).toMatchObject({ total: 0, used: 0, merged: 0, rejected: 0, reasons: {} });
  });

  it('names the columns present when no column holds figures (S2)', () => {
    const detail = fieldsError([{ date: '2024-04-30', region: 'IQG15', label: 'IDPs' }]);
    expect(detail).toContain('value-field');
    expect(detail).toContain('date, region, label');
  });

  it('ignores extra fields (S4)', () => {
    const r = load([{ ...GOOD, comment: '<b>late</b>', extra: { nested: [1, 2] }, id: 9007199254740993 }]);
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 233162 }]);
  });

  it.each<[string, unknown]>([
    ['every field null or empty', { date: null, region: '', value: null }],
    ['an empty object', {}],
    ['null', null],
    ['a bare number', 5],
    ['a bare string', 'IQG15'],
  ])('refuses a row that is %s as empty-row (S8)', (_name, row) => {
    const r = load([GOOD, row]);
    expect(r.report).toMatchObject({ total: 2, used: 1, rejected: 1, reasons: { 'empty-row': 1 } });
    expect(r.report.examples).toEqual([{ row: 2, reason: 'empty-row' }]);
  });

  it('refuses an empty row of a row-style HXL table as empty-row', () => {
    const r = load([
      ['#adm1+code', '#date+reported', '#affected+idps'],
      ['IQG15', '2024-04-30', 229120],
      ['', null, ''],
      [],
    ]);
    expect(r.report).toMatchObject({ total: 3, used: 1, rejected: 2, reasons: { 'empty-row': 2 } });
  });

  it('refuses a row without a series when series-field is set', () => {
    const r = load(
      [
        { ...GOOD, sex: 'f' },
        { ...GOOD, sex: '' },
        { ...GOOD, sex: null },
        { ...GOOD, sex: '  ' },
        { ...GOOD, sex: {} },
      ],
      { seriesField: 'sex' },
    );
    expect(r.observations).toEqual([{ ...GOOD, series: 'f' }]);
    expect(r.report).toMatchObject({ total: 5, used: 1, rejected: 4, reasons: { 'missing-series': 4 } });
  });

  it('numbers example rows among the data rows, below a header row and a hashtag row', () => {
    const r = load([
      ['Governorate', 'P-code', 'Date', 'IDPs'],
      ['#adm1+name', '#adm1+code', '#date+reported', '#affected+idps+ind'],
      ['Ninewa', 'IQG15', '2024-04-30', 229120],
      ['Duhok', 'IQG09', '2024-04-30', 'N/A'],
    ]);
    expect(r.report.examples).toEqual([{ row: 2, reason: 'missing-value', value: 'N/A' }]);
  });

  it('keeps at most 10 examples but counts every refused row', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ date: '2024-04-30', region: `IQG${String((i % 18) + 1).padStart(2, '0')}`, value: `bad ${i}` }));
    const r = load(rows);
    expect(r.report).toMatchObject({ total: 25, used: 0, rejected: 25, reasons: { 'not-a-number': 25 } });
    expect(r.report.examples).toHaveLength(10);
    expect(r.report.examples[0]).toEqual({ row: 1, reason: 'not-a-number', value: 'bad 0' });
  });

  it('notes that figures are undated when there is no date column', () => {
    const r = load([{ region: 'IQG15', value: 5 }]);
    expect(r.observations).toEqual([{ region: 'IQG15', value: 5 }]);
    expect(r.report.notes.join(' ')).toContain('no date column');
  });
});

describe('duplicates (D8, J3)', () => {
  const rows = [
    { date: '2024-04-30', region: 'IQG15', value: 100 },
    { date: '2024-04-30T00:00:00', region: 'IRQ-G15', value: 300 },
    { date: '2024-04-30', region: 'Ninewa', value: 200 },
    { date: '2024-04-30', region: 'IQG09', value: 50 },
  ];

  it('sums rows of the same date and region by default, counting them as merged', () => {
    const r = load(rows);
    expect(r.observations).toEqual([
      { date: '2024-04-30', region: 'IQG15', value: 600 },
      { date: '2024-04-30', region: 'IQG09', value: 50 },
    ]);
    expect(r.report).toMatchObject({ total: 4, used: 2, merged: 2, rejected: 0, reasons: {} });
  });

  it.each<[PipelineOptions['duplicates'], number]>([
    ['sum', 600],
    ['max', 300],
    ['min', 100],
    ['mean', 200],
    ['first', 100],
    ['last', 200],
  ])('combines them with duplicates=%s into %d', (duplicates, value) => {
    const r = load(rows, duplicates ? { duplicates } : {});
    expect(r.observations.find((o) => o.region === 'IQG15')!.value).toBe(value);
    expect(r.observations.find((o) => o.region === 'IQG09')!.value).toBe(50);
    expect(r.report).toMatchObject({ total: 4, used: 2, merged: 2, rejected: 0 });
  });

  it('computes the mean over every duplicate, not pairwise', () => {
    const r = load([10, 20, 30, 100].map((value) => ({ date: '2024-04-30', region: 'IQG15', value })), { duplicates: 'mean' });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 40 }]);
  });

  it('refuses every row of a duplicated key with duplicates=reject, the first one included', () => {
    const r = load(rows, { duplicates: 'reject' });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 50 }]);
    expect(r.report).toMatchObject({ total: 4, used: 1, merged: 0, rejected: 3, reasons: { duplicate: 3 } });
    expect(r.report.examples.map((e) => [e.row, e.reason])).toEqual([
      [1, 'duplicate'],
      [2, 'duplicate'],
      [3, 'duplicate'],
    ]);
  });

  it('does not combine rows of different dates, regions or series', () => {
    const r = load(
      [
        { date: '2024-04-30', region: 'IQG15', sex: 'f', value: 1 },
        { date: '2024-04-30', region: 'IQG15', sex: 'm', value: 2 },
        { date: '2024-03-31', region: 'IQG15', sex: 'f', value: 4 },
        { date: '2024-04-30', region: 'IQG09', sex: 'f', value: 8 },
        { date: '2024-04', region: 'IQG15', sex: 'f', value: 16 },
      ],
      { seriesField: 'sex' },
    );
    expect(r.observations).toHaveLength(5);
    expect(r.report).toMatchObject({ used: 5, merged: 0 });
  });

  it('finds duplicates that arrive after later dates (unsorted data)', () => {
    const shuffled = [
      { date: '2024-03-31', region: 'IQG15', value: 1 },
      { date: '2024-04-30', region: 'IQG15', value: 2 },
      { date: '2024-02-29', region: 'IQG15', value: 4 },
      { date: '2024-03-31', region: 'IQG15', value: 8 },
      { date: '2024-04-30', region: 'IQG15', value: 16 },
      { date: '2024-02-29', region: 'IQG15', value: 32 },
    ];
    expect(load(shuffled).observations).toEqual([
      { date: '2024-03-31', region: 'IQG15', value: 9 },
      { date: '2024-04-30', region: 'IQG15', value: 18 },
      { date: '2024-02-29', region: 'IQG15', value: 36 },
    ]);
    const refused = load([...shuffled, { date: '2024-03-31', region: 'IQG15', value: 64 }, { date: '2024-05-31', region: 'IQG15', value: 128 }], { duplicates: 'reject' });
    expect(refused.observations).toEqual([{ date: '2024-05-31', region: 'IQG15', value: 128 }]);
    expect(refused.report).toMatchObject({ total: 8, used: 1, merged: 0, rejected: 7, reasons: { duplicate: 7 } });
  });

  it('keeps one observation per date for long sorted series, with no duplicates invented', () => {
    const start = Date.UTC(2020, 0, 1);
    const hourly = Array.from({ length: 5000 }, (_, i) => ({ date: new Date(start + i * 3_600_000).toISOString().slice(0, 16), value: i }));
    const r = load([...hourly, hourly[1234]!]);
    expect(r.observations).toHaveLength(5000);
    expect(r.report).toMatchObject({ total: 5001, used: 5000, merged: 1, rejected: 0 });
    expect(r.observations[1234]).toEqual({ date: '2020-02-21T10:00', value: 2468 });
    expect(r.observations[0]).toEqual({ date: '2020-01-01', value: 0 }); // midnight is a calendar date
  });

  it('combines undated rows of the same region', () => {
    const r = load([
      { region: 'IQG15', value: 1 },
      { region: 'IQG15', value: 2 },
    ]);
    expect(r.observations).toEqual([{ region: 'IQG15', value: 3 }]);
    expect(r.report).toMatchObject({ used: 1, merged: 1 });
  });
});

describe('filter', () => {
  const rows = [
    { indicator: 'idps', sex: 'f', round: 132, date: '2024-04-30', region: 'IQG15', value: 1 },
    { indicator: 'idps', sex: 'm', round: 132, date: '2024-04-30', region: 'IQG15', value: 2 },
    { indicator: 'returnees', sex: 'f', round: 132, date: '2024-04-30', region: 'IQG15', value: 4 },
    { indicator: 'idps', sex: 'f', round: 131, date: '2024-01-31', region: 'IQG15', value: 8 },
  ];

  it.each<[string, number[]]>([
    ['indicator=idps', [3, 8]],
    ['indicator=idps;sex=f', [1, 8]],
    [' indicator = idps ; sex = f ; ', [1, 8]],
    ['indicator=idps;sex=f;round=132', [1]],
    ['indicator=refugees', []],
  ])('keeps the rows matching %j and counts the others as filtered', (filter, values) => {
    const r = load(rows, { filter });
    expect(r.observations.map((o) => o.value)).toEqual(values);
    const filtered = rows.length - r.report.used - r.report.merged;
    expect(r.report.reasons).toEqual(filtered ? { filtered } : {});
    expect(r.report.examples).toEqual([]);
  });

  it.each<[string, string]>([
    ['operation=Iraq conflict', 'operation'],
    ['Indicator=idps;colour=red', 'colour'],
    ['indicator', 'not field=value'],
    ['=idps', 'not field=value'],
  ])('refuses the filter %j as a fields error naming %j', (filter, named) => {
    expect(fieldsError(rows, { filter })).toContain(named);
  });
});

describe('choosing the columns', () => {
  const records = [
    { when: '2024-04-30', where: 'IQG15', who: 'camps', people: 10, other: 99 },
    { when: '2024-04-30', where: 'IQG15', who: 'out of camps', people: 20, other: 99 },
  ];

  it('takes value, date, region and series fields by name, case-insensitively', () => {
    for (const [valueField, dateField, regionField, seriesField] of [
      ['people', 'when', 'where', 'who'],
      ['PEOPLE', 'When', 'WHERE', 'Who'],
      [' people ', ' when ', ' where ', ' who '],
    ] as const) {
      const r = load(records, { valueField, dateField, regionField, seriesField });
      expect(r.report.fields).toEqual({ value: 'people', date: 'when', region: 'where', series: 'who' });
      expect(r.observations).toEqual([
        { date: '2024-04-30', region: 'IQG15', series: 'camps', value: 10 },
        { date: '2024-04-30', region: 'IQG15', series: 'out of camps', value: 20 },
      ]);
    }
  });

  const hxl = [
    ['Governorate', 'P-code', 'Reported', 'Indicator', 'IDPs', 'Returnees'],
    ['#adm1+name', '#adm1+code', '#date+reported', '#indicator+name', '#affected+ind+idps', '#affected +returnees +ind'],
    ['Ninewa', 'IRQ-G15', '2024-04-30', 'a', 229120, 1000],
    ['Duhok', 'IRQ-G09', '2024-04-30', 'b', 233162, 2000],
  ];

  it('finds the default HXL columns whatever the attribute order', () => {
    const r = load(hxl);
    expect(r.format).toBe('hxl');
    expect(r.report.fields).toEqual({ value: 'IDPs', date: 'Reported', region: 'P-code' });
    expect(r.observations).toEqual([
      { date: '2024-04-30', region: 'IQG15', value: 229120 },
      { date: '2024-04-30', region: 'IQG09', value: 233162 },
    ]);
  });

  it.each(['#affected+returnees', '#affected+ind+returnees', '#AFFECTED +RETURNEES', '#affected-idps', 'Returnees'])('takes value-field %j', (valueField) => {
    const r = load(hxl, { valueField });
    expect(r.report.fields.value).toBe('Returnees');
    expect(r.observations.map((o) => o.value)).toEqual([1000, 2000]);
  });

  it('takes date, region and series fields by HXL pattern', () => {
    const r = load(hxl, { dateField: '#date', regionField: '#adm1+name', seriesField: '#indicator' });
    expect(r.report.fields).toEqual({ value: 'IDPs', date: 'Reported', region: 'Governorate', series: 'Indicator' });
    expect(r.observations).toEqual([
      { date: '2024-04-30', region: 'IQG15', series: 'a', value: 229120 },
      { date: '2024-04-30', region: 'IQG09', series: 'b', value: 233162 },
    ]);
  });

  it.each<[PipelineOptions, string]>([
    [{ valueField: 'people' }, 'people'],
    [{ valueField: '#inneed' }, '#inneed'],
    [{ valueField: '#' }, '#'],
    [{ dateField: 'when' }, 'when'],
    [{ regionField: '#adm2+code' }, '#adm2+code'],
    [{ seriesField: 'sex' }, 'sex'],
  ])('refuses %j with a detail that lists the columns present', (options, named) => {
    const detail = fieldsError(hxl, options);
    expect(detail).toContain(`"${named}"`);
    expect(detail).toContain('Governorate, P-code, Reported, Indicator, IDPs, Returnees');
  });
});

describe('DTM API data', () => {
  const record = (over: Record<string, unknown>): Record<string, unknown> => ({ ...IRAQ_ADMIN1_RECORD, ...over });
  const envelope = (result: unknown[]): object => ({ result, statusCode: 200, isSuccess: true, errorMessages: [], totalRecordsCount: result.length });

  it('reads numPresentIdpInd by reportingDate and the deepest admin P-code', () => {
    const r = load(envelope([record({}), record({ admin1Pcode: 'IRQ-G09', admin1Name: 'Duhok', numPresentIdpInd: 233162 })]));
    expect(r.format).toBe('dtm');
    expect(r.report.fields).toEqual({ value: 'numPresentIdpInd', date: 'reportingDate', region: 'admin1Pcode' });
    expect(r.observations).toEqual([
      { date: '2024-04-30', region: 'IQG15', value: 229120 },
      { date: '2024-04-30', region: 'IQG09', value: 233162 },
    ]);
    expect(r.report.notes).toEqual([]);
  });

  it('reads admin2 records by their district P-code', () => {
    const r = load([record({ admin2Name: 'Al-Mosul', admin2Pcode: 'IRQ-G15Q05', numPresentIdpInd: 85428 })]);
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15Q05', value: 85428 }]);
  });

  it('reads yearReportingDate and monthReportingDate together when there is no reportingDate', () => {
    const rows = [record({}), record({ yearReportingDate: 2023, monthReportingDate: 12 })].map(({ reportingDate: _, ...rest }) => rest);
    const r = load(rows);
    expect(r.report.fields.date).toBe('yearReportingDate + monthReportingDate');
    expect(r.observations.map((o) => o.date)).toEqual(['2024-04', '2023-12']);
  });

  it('notes several DTM operations in one file, and combines their rows', () => {
    const r = load(envelope([record({ operation: 'Countrywide monitoring', numPresentIdpInd: 10 }), record({ operation: 'Northern Ethiopia Crisis', numPresentIdpInd: 20 })]));
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 30 }]);
    expect(r.report).toMatchObject({ used: 1, merged: 1 });
    expect(r.report.notes).toHaveLength(1);
    expect(r.report.notes[0]).toContain('several DTM operations');
    expect(r.report.notes[0]).toContain('Countrywide monitoring');
  });

  it('gives no note once the data is filtered to one operation', () => {
    const r = load(envelope([record({ operation: 'Countrywide monitoring', numPresentIdpInd: 10 }), record({ operation: 'Northern Ethiopia Crisis', numPresentIdpInd: 20 })]), {
      filter: 'operation=Countrywide monitoring',
    });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 10 }]);
    expect(r.report.reasons).toEqual({ filtered: 1 });
    expect(r.report.notes).toEqual([]);
  });

  it('reads null sex figures of v3 records as missing, not zero', () => {
    const r = load([record({ numberMales: null }), record({ admin1Pcode: 'IRQ-G09', numberMales: 5 })], { valueField: 'numberMales' });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 5 }]);
    expect(r.report.reasons).toEqual({ 'missing-value': 1 });
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

describe('hostile shapes', () => {
  it('refuses a 100,000-level nested array in the value cell without throwing', () => {
    const n = 100_000;
    const text = `[${JSON.stringify(GOOD)}, {"date": "2024-04-30", "region": "IQG15", "value": ${'['.repeat(n)}${']'.repeat(n)}}]`;
    const t = tableFromText(text);
    if (!t.ok) throw new Error('not a table');
    const r = buildObservations(t.table, { today: TODAY });
    if (!r.ok) throw new Error(r.detail);
    expectAccounted(r.report);
    expect(r.report.reasons).toEqual({ 'not-a-number': 1 });
    expect(r.report.examples).toEqual([{ row: 2, reason: 'not-a-number' }]);
  });

  it('reads a 100,000-level nested array as the whole input as no figures, without throwing', () => {
    const n = 100_000;
    const t = tableFromText('['.repeat(n) + ']'.repeat(n));
    if (!t.ok) throw new Error('not a table');
    const r = buildObservations(t.table, { today: TODAY });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expectAccounted(r.report);
      expect(r.observations).toEqual([] as Observation[]);
    }
  });
});
