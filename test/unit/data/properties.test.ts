import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildObservations, type DuplicateRule, type PipelineOptions } from '../../../src/data/pipeline.js';
import { tableFromJson, tableFromText, type TableResult } from '../../../src/data/table.js';

const TODAY = '2024-06-15';
const RUNS = 400;

const OBJECT_PROTO = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO = Object.getOwnPropertyNames(Array.prototype).sort();

/** Object.prototype (and Array.prototype) have exactly the keys they had before any run. */
function expectPrototypesUnchanged(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTO);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO);
  const probe = {} as Record<string, unknown>;
  for (const k of ['polluted', 'value', 'date', 'region', 'isSuccess', 'result', 'data']) expect(probe[k], k).toBeUndefined();
}

const DATE_KEY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Runs the whole path from a table; checks what a user of the library can rely on. */
function checkPipeline(t: TableResult, options: PipelineOptions): void {
  if (!t.ok) {
    expect(['api', 'shape', 'parse']).toContain(t.error.kind);
    expect(typeof t.error.detail).toBe('string');
    return;
  }
  const r = buildObservations(t.table, { ...options, today: TODAY });
  if (!r.ok) {
    expect(r.kind).toBe('fields');
    expect(typeof r.detail).toBe('string');
    return;
  }
  const { report, observations } = r;
  expect(report.used + report.merged + report.rejected, 'used + merged + rejected === total').toBe(report.total);
  expect(report.total).toBe(t.table.rows.length);
  expect(Object.values(report.reasons).reduce<number>((a, b) => a + (b ?? 0), 0), 'sum of reasons === rejected').toBe(report.rejected);
  expect(observations).toHaveLength(report.used);
  expect(report.examples.length).toBeLessThanOrEqual(10);
  for (const o of observations) {
    expect(Number.isFinite(o.value), `finite: ${o.value}`).toBe(true);
    expect(o.value).toBeGreaterThanOrEqual(0);
    if (o.date !== undefined) expect(o.date).toMatch(DATE_KEY);
    if (o.region !== undefined) expect(typeof o.region).toBe('string');
    if (o.series !== undefined) expect(typeof o.series).toBe('string');
  }
  for (const e of report.examples) {
    expect(e.row).toBeGreaterThanOrEqual(1);
    expect(e.row).toBeLessThanOrEqual(report.total);
    if (e.value !== undefined) expect(e.value.length).toBeLessThanOrEqual(80);
  }
}

// ---- arbitraries ------------------------------------------------------------------------------

function nestedArray(depth: number): unknown {
  let a: unknown = [];
  for (let i = 0; i < depth; i++) a = [a];
  return a;
}
function nestedObject(depth: number): unknown {
  let o: unknown = 1;
  for (let i = 0; i < depth; i++) o = { a: o };
  return o;
}

/** Cells that publishers really send, and cells that break naive readers. */
const NASTY: unknown[] = [
  '', ' ', null, 'N/A', 'n/a', '-', '—', 'null', 'NaN', 'Infinity',
  '1,234', '1 234', '1\u00a0234', '١٢٣', '۱۲۳٬۴۵۶', '١٢٫٥', '-5', '\u22125', -5, 0, -0, 1, 12.5, 229120, 1e10, 1e10 + 1, 1e308, Number.MAX_SAFE_INTEGER + 2,
  '1e309', '1e3', '0x10', '>500', '12%', '~1000', 'about 500', true, false,
  '2024-04-30', '2024-04-30T00:00:00', '2024-04', '2024', 2024, 1900, 2100, 45000, '2024-02-30', '2024-13-01', '01/02/2024', '15/01/2024', 'TBD', '2099-01-01',
  'IQG15', 'IRQ-G15', 'IRQ-G15Q05', 'iqg09', 'IQ-NI', 'IQ-G04', 'IQG19', 'Ninewa', 'Nineveh', 'نينوى', 'HT02', ' so11', 'IRQ', 'Atlantis',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  '#affected+idps', '<script>alert(1)</script>', '{{constructor.constructor("x")()}}', '\u202Eevil', '\uD800', 'x'.repeat(100_000), '9'.repeat(400),
  [], {}, [1], [[['2024']]], { value: 5 }, { __proto__: null, a: 1 }, nestedArray(5_000), nestedObject(5_000),
];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const KEYS = [
  'value', 'date', 'region', 'series', 'indicator', 'operation', 'numPresentIdpInd', 'reportingDate', 'yearReportingDate', 'monthReportingDate',
  'admin0Pcode', 'admin1Pcode', 'admin2Pcode', 'roundNumber', '__proto__', 'constructor', 'prototype', 'toString',
  '#affected+idps', '#affected+idps+ind', '#date+reported', '#adm1+code', '#country+code', '#indicator',
];
const key = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });

/** A record as JSON.parse builds it: every key an own, enumerable property (`__proto__` included). */
const record = fc.array(fc.tuple(key, cell), { maxLength: 8 }).map((entries) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
});

const records = fc.array(fc.oneof({ weight: 10, arbitrary: record }, { weight: 1, arbitrary: cell }), { maxLength: 25 });

const tagCell = fc.constantFrom('#adm1+code', '#affected+idps+ind', '#affected +ind +idps', '#date+reported', '#indicator', '#population', '#country+code', '', null);
const rowArray = fc.array(cell, { maxLength: 6 });
const rowArrays = fc
  .tuple(fc.option(fc.array(fc.oneof(key, cell), { maxLength: 6 })), fc.option(fc.array(tagCell, { maxLength: 6 })), fc.array(fc.oneof({ weight: 8, arbitrary: rowArray }, { weight: 1, arbitrary: cell }), { maxLength: 20 }))
  .map(([header, tags, data]) => [...(header ? [header] : []), ...(tags ? [tags] : []), ...data]);

const envelope = fc.record({
  result: fc.oneof({ weight: 4, arbitrary: records }, { weight: 1, arbitrary: cell }),
  statusCode: fc.constantFrom(200, 204, 400, 500),
  isSuccess: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: cell }),
  errorMessages: fc.oneof(fc.array(cell, { maxLength: 2 }), cell),
});

const json: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.array(fc.anything(), { maxLength: 10 }),
  fc.dictionary(fc.string(), fc.anything()),
  records,
  rowArrays,
  records.map((data) => ({ data })),
  envelope,
);

const DUPLICATES: DuplicateRule[] = ['sum', 'max', 'min', 'mean', 'first', 'last', 'reject'];
const field = fc.constantFrom('value', 'date', 'region', 'series', 'indicator', 'numPresentIdpInd', '#affected+idps', '#date', '#adm1+code', '#affected', 'nope', '__proto__', 'constructor', '#', '');
const options: fc.Arbitrary<PipelineOptions> = fc.record(
  {
    valueField: field,
    dateField: field,
    regionField: field,
    seriesField: field,
    filter: fc.constantFrom('operation=A', 'indicator=idps;series=f', 'value=5', 'bad', '=x', '__proto__=1', 'constructor=x', ';;'),
    region: fc.constantFrom('Ninewa', 'IQG15', 'IRQ-G09', 'HT02', 'Atlantis', '__proto__', ''),
    dateFormat: fc.constantFrom('DD/MM/YYYY' as const, 'MM/DD/YYYY' as const, 'YYYY/MM/DD' as const),
    duplicates: fc.constantFrom(...DUPLICATES),
    maxValue: fc.constantFrom(1000, 1e10),
  },
  { requiredKeys: [] },
);

/** CSV-ish text: fields from a pool of troublesome pieces, joined by commas, line ends and quotes. */
const csvPiece = fc.oneof(
  fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', '\uFEFF', ' ', '#affected+idps', '#adm1+code', '#date', '1,234', '"1,234"', 'N/A', '2024-04-30', 'IRQ-G15', '__proto__', '[', '{', 'NaN', 'value', 'date', 'region'),
  fc.string({ maxLength: 6 }),
);
const csvText = fc
  .array(fc.array(csvPiece, { maxLength: 6 }), { maxLength: 12 })
  .chain((rows) => fc.constantFrom(',', ';', '').map((sep) => rows.map((r) => r.join(sep === ';' ? ',' : sep)).join('\n')));

const jsonText = fc.oneof(fc.jsonValue(), records, rowArrays, envelope, records.map((data) => ({ data }))).map((v) => {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return '[]'; // nested cells too deep for JSON.stringify
  }
});

// ---- properties ------------------------------------------------------------------------------

describe('properties', () => {
  it('tableFromJson + buildObservations never throw, and every row is accounted for', () => {
    fc.assert(
      fc.property(json, options, (value, opts) => {
        checkPipeline(tableFromJson(value), opts);
        expectPrototypesUnchanged();
      }),
      { numRuns: RUNS },
    );
  });

  it('with default options, records of nasty cells give only finite figures >= 0', () => {
    fc.assert(
      fc.property(fc.oneof(records, rowArrays, envelope), (value) => {
        checkPipeline(tableFromJson(value), {});
        expectPrototypesUnchanged();
      }),
      { numRuns: RUNS },
    );
  });

  it('tableFromText never throws for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        checkPipeline(tableFromText(text), {});
        expectPrototypesUnchanged();
      }),
      { numRuns: RUNS },
    );
  });

  it('tableFromText never throws for CSV-ish text, and counts every data row', () => {
    fc.assert(
      fc.property(csvText, options, (text, opts) => {
        checkPipeline(tableFromText(text), opts);
        checkPipeline(tableFromText(`\uFEFF${text}`), {});
        expectPrototypesUnchanged();
      }),
      { numRuns: RUNS },
    );
  });

  it('tableFromText never throws for JSON text', () => {
    fc.assert(
      fc.property(jsonText, options, (text, opts) => {
        checkPipeline(tableFromText(text), opts);
        expectPrototypesUnchanged();
      }),
      { numRuns: RUNS },
    );
  });
});
