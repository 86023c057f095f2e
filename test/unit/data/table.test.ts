import { describe, expect, it } from 'vitest';
import { formatHxlTag } from '../../../src/data/hxl.js';
import { observe } from '../../../src/data/pipeline.js';
import { dataMessages } from '../../../src/i18n/data-messages.js';
import { IRAQ_ADMIN1_RECORD } from './fixtures.js';
import { tableFromCsv, tableFromJson, tableFromText, type Table, type TableError, type TableResult } from '../../../src/data/table.js';

// Real records (dtm-data.md §1.5): DTM API v2 Iraq admin1 and v3 Haiti admin1.
const IRAQ_V2 = IRAQ_ADMIN1_RECORD;
const HAITI_V3 = {
  id: 16955,
  operation: 'Countrywide monitoring',
  admin0Name: 'Haiti',
  admin0Pcode: 'HTI',
  admin1Name: 'Sud-Est',
  admin1Pcode: 'HT02',
  numPresentIdpInd: 143183,
  reportingDate: '2025-06-30T00:00:00',
  yearReportingDate: 2025,
  monthReportingDate: 6,
  roundNumber: 10,
  displacementReason: 'Conflict',
  numberMales: 62043,
  numberFemales: 81140,
  idpOriginAdmin1Name: 'Ouest',
  idpOriginAdmin1Pcode: 'HT01',
  assessmentType: 'BA',
};
const envelope = (result: unknown, extra: object = {}): object => ({ result, statusCode: 200, isSuccess: true, errorMessages: [], totalRecordsCount: Array.isArray(result) ? result.length : 0, ...extra });

// dtm-data.md §2.3
const HXL_ROWS = [
  ['Governorate', 'P-code', 'Date', 'IDPs'],
  ['#adm1+name', '#adm1+code', '#date+reported', '#affected+idps+ind'],
  ['Ninewa', 'IQG15', '2024-04-30', 229120],
  ['Duhok', 'IQG09', '2024-04-30', 233162],
];
const HXL_OBJECTS = [
  { '#adm1+code': 'IQG15', '#adm1+name': 'Ninewa', '#affected+idps+ind': 229120, '#date+reported': '2024-04-30' },
  { '#adm1+code': 'IQG09', '#adm1+name': 'Duhok', '#affected+idps+ind': 233162, '#date+reported': '2024-04-30' },
];
const HXL_CSV = [
  'id,operation,admin0Name,admin0Pcode,admin1Name,admin1Pcode,numPresentIdpInd,reportingDate,yearReportingDate,monthReportingDate,roundNumber,assessmentType',
  '#id+code,#operation+name,#country+name,#country+code,#adm1+name,#adm1+code,#affected+idps,#date+reported,#date+year+reported,#date+month+reported,#round+code,#assessment+type',
  '634,Iraq conflict,Iraq,IRQ,Al-Basrah,IRQ-G02,288,2014-04-01T00:00:00,2014,4,1,BA',
].join('\n');

function table(r: TableResult): Table {
  if (!r.ok) throw new Error(`expected a table, got ${JSON.stringify(r.error)}`);
  return r.table;
}
function error(r: TableResult): TableError {
  if (r.ok) throw new Error(`expected an error, got a ${r.table.format} table`);
  return r.error;
}
/** The cells of every row, column by column, as the pipeline reads them. */
const cells = (t: Table): unknown[][] => t.rows.map((row) => t.columns.map((c) => c.get(row)));
const names = (t: Table): string[] => t.columns.map((c) => c.name);

describe('tableFromJson: shape detection', () => {
  it('reads a DTM API v2 envelope (isSuccess true) as dtm', () => {
    const t = table(tableFromJson(envelope([IRAQ_V2])));
    expect(t.format).toBe('dtm');
    expect(t.rows).toHaveLength(1);
    expect(names(t)).toEqual(Object.keys(IRAQ_V2));
    expect(t.columns.find((c) => c.name === 'numPresentIdpInd')!.get(t.rows[0])).toBe(229120);
  });

  it('reads a DTM API v3 envelope with the v3 fields', () => {
    const t = table(tableFromJson(envelope([HAITI_V3, { ...HAITI_V3, admin1Pcode: 'HT01', numberMales: null }])));
    expect(t.format).toBe('dtm');
    expect(t.rows).toHaveLength(2);
    expect(names(t)).toContain('displacementReason');
    expect(t.columns.find((c) => c.name === 'numberMales')!.get(t.rows[1])).toBeNull();
  });

  it('reads an envelope with an empty result as a dtm table with no rows', () => {
    const t = table(tableFromJson(envelope([])));
    expect(t).toMatchObject({ format: 'dtm', rows: [] });
  });

  it('refuses an envelope whose result is not a list', () => {
    expect(error(tableFromJson(envelope(null)))).toMatchObject({ kind: 'shape' });
    expect(error(tableFromJson(envelope({ result: { data: [] } })))).toMatchObject({ kind: 'shape' });
  });

  it('reports isSuccess false as an api error carrying errorMessages[0]', () => {
    const e = error(tableFromJson({ result: null, statusCode: 400, isSuccess: false, errorMessages: ['Admin0Pcode XYZ is not valid', 'second'] }));
    expect(e).toEqual({ kind: 'api', detail: 'Admin0Pcode XYZ is not valid' });
  });

  it('reports isSuccess false even when a result list is present', () => {
    expect(error(tableFromJson(envelope([IRAQ_V2], { isSuccess: false, errorMessages: ['Too many requests'] })))).toEqual({ kind: 'api', detail: 'Too many requests' });
  });

  it.each([[[]], [null], [undefined], [[42]]])('reports isSuccess false with errorMessages %j as an api error without a message', (messages) => {
    expect(error(tableFromJson({ result: [], isSuccess: false, errorMessages: messages }))).toEqual({ kind: 'api', detail: 'no error message given' });
  });

  it('treats an isSuccess that is not exactly true as failure', () => {
    expect(error(tableFromJson({ result: [IRAQ_V2], isSuccess: 'true', errorMessages: ['x'] })).kind).toBe('api');
  });

  it('caps a long api error message', () => {
    const e = error(tableFromJson({ result: null, isSuccess: false, errorMessages: ['x'.repeat(10_000)] }));
    expect(e.kind).toBe('api');
    expect(e.detail.length).toBeLessThanOrEqual(300);
  });

  it('reads a bare array of DTM records as dtm', () => {
    expect(table(tableFromJson([IRAQ_V2, IRAQ_V2])).format).toBe('dtm');
    expect(table(tableFromJson([{ admin0Pcode: 'IRQ', value: 1 }])).format).toBe('dtm');
  });

  it('reads HXL row-style JSON with a header row above the hashtag row', () => {
    const t = table(tableFromJson(HXL_ROWS));
    expect(t.format).toBe('hxl');
    expect(names(t)).toEqual(['Governorate', 'P-code', 'Date', 'IDPs']);
    expect(t.columns.map((c) => c.tag && formatHxlTag(c.tag))).toEqual(['#adm1+name', '#adm1+code', '#date+reported', '#affected+idps+ind']);
    expect(cells(t)).toEqual([
      ['Ninewa', 'IQG15', '2024-04-30', 229120],
      ['Duhok', 'IQG09', '2024-04-30', 233162],
    ]);
  });

  it('reads HXL row-style JSON without a header row (columns named by their hashtags)', () => {
    const t = table(tableFromJson(HXL_ROWS.slice(1)));
    expect(t.format).toBe('hxl');
    expect(names(t)).toEqual(['#adm1+name', '#adm1+code', '#date+reported', '#affected+idps+ind']);
    expect(t.rows).toHaveLength(2);
  });

  it('finds the hashtag row below several title rows and leaves empty cells out of the test', () => {
    const rows = [['IDPs in Iraq'], ['Source: DTM', null], ['Governorate', 'IDPs', ''], ['#adm1+name', '#affected+idps', ''], ['Ninewa', 229120, '']];
    const t = table(tableFromJson(rows));
    expect(t.format).toBe('hxl');
    expect(names(t).slice(0, 2)).toEqual(['Governorate', 'IDPs']);
    expect(cells(t)[0]!.slice(0, 2)).toEqual(['Ninewa', 229120]);
  });

  it('reads HXL object-style JSON as hxl, each column tagged', () => {
    const t = table(tableFromJson(HXL_OBJECTS));
    expect(t.format).toBe('hxl');
    expect(t.columns.every((c) => c.tag !== undefined)).toBe(true);
    expect(t.columns.find((c) => c.name === '#affected+idps+ind')!.get(t.rows[1])).toBe(233162);
  });

  it('reads {data: [...]} as records', () => {
    const t = table(tableFromJson({ data: [{ indicator: 'families assisted', value: 2200 }] }));
    expect(t.format).toBe('records');
    expect(cells(t)).toEqual([['families assisted', 2200]]);
  });

  it('reads plain records as records, with the union of their keys as columns', () => {
    const t = table(tableFromJson([{ region: 'IQG15', value: 5 }, { region: 'IQG09', value: 7, note: 'late' }]));
    expect(t.format).toBe('records');
    expect(names(t)).toEqual(['region', 'value', 'note']);
    expect(cells(t)).toEqual([
      ['IQG15', 5, undefined],
      ['IQG09', 7, 'late'],
    ]);
  });

  it('reads plain row arrays with a header row as records', () => {
    const t = table(tableFromJson([['region', 'value'], ['IQG15', 5]]));
    expect(t.format).toBe('records');
    expect(names(t)).toEqual(['region', 'value']);
    expect(cells(t)).toEqual([['IQG15', 5]]);
  });

  it.each([[[]], [{ data: [] }]])('reads %j as a table with no rows', (value) => {
    const t = table(tableFromJson(value));
    expect(t.rows).toEqual([]);
    expect(t.columns).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['a string', 'IDPs: 1,098,913'],
    ['a list of numbers', [1, 2, 3]],
    ['a list of strings', ['a', 'b']],
    ['an empty object', {}],
    ['an object without data', { rows: [{ value: 1 }] }],
    ['{data} that is not a list', { data: { value: 1 } }],
    ['null', null],
    ['true', true],
  ])('refuses %s with a shape error that lists the accepted shapes', (_name, value) => {
    const e = error(tableFromJson(value));
    expect(e.kind).toBe('shape');
    for (const shape of ['DTM API response', 'list of records', '{data: [{…}]}', 'HXL JSON', 'CSV']) expect(e.detail).toContain(shape);
  });

  it('reads a list whose first row is null, followed by row arrays, as rows without a header: the reader is told no column was found', () => {
    // [null, [...], [...]]: a publisher's blank first line in row-style JSON. The blank stands
    // where the header should be: no figure is guessed from the rows below it
    const t = table(tableFromJson([null, ['region', 'value'], ['IQG15', 5]]));
    expect(t).toMatchObject({ format: 'records', columns: [] });
    const read = observe(t, {});
    expect(read).toEqual({ ok: false, kind: 'fields', detail: 'no column of figures found; set value-field (columns: none)' });
    expect(dataMessages('en').error({ kind: 'fields', detail: read.ok ? '' : read.detail })).toBe(
      'The data does not fit the settings: no column of figures found; set value-field (columns: none).',
    );
  });
});

describe('tableFromText', () => {
  it('reads CSV with a header row as csv', () => {
    const t = table(tableFromText('region,value\nIQG15,"1,234"\r\nIQG09,7\n'));
    expect(t.format).toBe('csv');
    expect(names(t)).toEqual(['region', 'value']);
    expect(cells(t)).toEqual([
      ['IQG15', '1,234'],
      ['IQG09', '7'],
    ]);
  });

  it('refuses JSON text told to be CSV, rather than reading one header row and no figures', () => {
    const r = tableFromText('[{"date": "2024-04-30", "value": 5}]', 'csv');
    expect(r).toMatchObject({ ok: false, error: { kind: 'shape' } });
    expect(!r.ok && r.error.detail).toContain('format="csv", but the data is JSON');
    // a real CSV whose first header is bracketed, as SQL tools export, is still read as CSV
    const sql = table(tableFromText('[Date],[IDPs]\n2024-04-30,5\n', 'csv'));
    expect(names(sql)).toEqual(['[Date]', '[IDPs]']);
    // JSON cut short, or with NaN, is no CSV either: said so
    const cut = tableFromText('[{"date": "2024-04-30", "value": NaN}', 'csv');
    expect(!cut.ok && cut.error.detail).toContain('looks like JSON, and JSON that does not parse');
  });

  it('reads HXL CSV (header row, hashtag row) as hxl', () => {
    const t = table(tableFromText(HXL_CSV));
    expect(t.format).toBe('hxl');
    expect(t.rows).toHaveLength(1);
    const idps = t.columns.find((c) => c.name === 'numPresentIdpInd')!;
    expect(idps.tag && formatHxlTag(idps.tag)).toBe('#affected+idps');
    expect(idps.get(t.rows[0])).toBe('288');
  });

  it('reads HXL CSV without a header row as hxl', () => {
    const t = table(tableFromText(HXL_CSV.split('\n').slice(1).join('\n')));
    expect(t.format).toBe('hxl');
    expect(names(t)[6]).toBe('#affected+idps');
  });

  it('reads JSON text, with leading white space', () => {
    expect(table(tableFromText(` \n\t${JSON.stringify(envelope([IRAQ_V2]))}`)).format).toBe('dtm');
    expect(table(tableFromText(JSON.stringify(HXL_ROWS))).format).toBe('hxl');
    expect(table(tableFromText(JSON.stringify(HXL_OBJECTS))).format).toBe('hxl');
  });

  it('reads BOM-prefixed JSON', () => {
    const t = table(tableFromText(`\uFEFF${JSON.stringify([{ region: 'IQG15', value: 5 }])}`));
    expect(t.format).toBe('records');
    expect(names(t)).toEqual(['region', 'value']);
  });

  it('reads BOM-prefixed CSV without the BOM in the first column name', () => {
    expect(names(table(tableFromText('\uFEFFregion,value\nIQG15,5')))).toEqual(['region', 'value']);
  });

  it.each(['[{"value": 1,}]', "[{'value': 1}]", '[{"value": 1} // comment\n]', '{"result": [', '[{"value": 1}'])('reports malformed JSON %j as a parse error', (text) => {
    const e = error(tableFromText(text));
    expect(e.kind).toBe('parse');
    expect(e.detail.length).toBeGreaterThan(0);
  });

  it.each(['[{"value": NaN}]', '[{"value": Infinity}]', '{"result": [{"numPresentIdpInd": -Infinity}], "isSuccess": true}'])(
    'names the cause of %j: NaN and Infinity are not JSON, publish null',
    (text) => {
      const e = error(tableFromText(text));
      expect(e.kind).toBe('parse');
      expect(e.detail).toContain('publish null');
    },
  );

  it('does not blame NaN for an unrelated JSON error', () => {
    expect(error(tableFromText('[{"value": 1,}]')).detail).not.toContain('NaN');
  });

  it('reports an unterminated CSV quote as a parse error with its line', () => {
    expect(error(tableFromText('region,value\nIQG15,"5\n'))).toEqual({ kind: 'parse', detail: expect.stringContaining('line 2') });
    expect(error(tableFromCsv('a\nb\n"c'))).toEqual({ kind: 'parse', detail: expect.stringContaining('line 3') });
  });

  it.each(['', '\uFEFF', '\n\n'])('reads the empty text %j as a table with no rows', (text) => {
    expect(table(tableFromText(text)).rows).toEqual([]);
  });

  it.each(['[1,2,3]', '{}', '[true]'])('refuses the JSON %s with a shape error', (text) => {
    expect(error(tableFromText(text)).kind).toBe('shape');
  });
});

describe('hostile input', () => {
  it('keeps __proto__, constructor and prototype keys as plain data and leaves Object.prototype unchanged', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = '[{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": 1, "value": 5}]';
    const t = table(tableFromText(text));
    expect(names(t)).toEqual(['__proto__', 'constructor', 'prototype', 'value']);
    expect(t.columns.find((c) => c.name === '__proto__')!.get(t.rows[0])).toEqual({ polluted: 'yes' });
    expect(t.columns.find((c) => c.name === 'value')!.get(t.rows[0])).toBe(5);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a missing __proto__ or constructor cell as undefined, not as the inherited value', () => {
    // JSON.parse keeps "__proto__" as an own key (an object literal would set the prototype)
    const t = table(tableFromJson([JSON.parse('{"__proto__": 1, "constructor": 2, "value": 3}'), { value: 4 }]));
    const proto = t.columns.find((c) => c.name === '__proto__')!;
    const ctor = t.columns.find((c) => c.name === 'constructor')!;
    expect(proto.get(t.rows[0])).toBe(1);
    expect(ctor.get(t.rows[0])).toBe(2);
    expect(proto.get(t.rows[1])).toBeUndefined();
    expect(ctor.get(t.rows[1])).toBeUndefined();
  });

  it('reads HXL CSV whose header names are Object.prototype keys', () => {
    const t = table(tableFromText('__proto__,constructor,toString\n#adm1+code,#affected+idps,#date\nIQG15,5,2024'));
    expect(names(t)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(cells(t)).toEqual([['IQG15', '5', '2024']]);
  });

  const n = 100_000;
  const deep = '['.repeat(n) + ']'.repeat(n);

  it('reads a 100,000-level nested array as the whole input as a header and no rows: the reader is told there are no figures', () => {
    const t = table(tableFromText(deep));
    expect(t).toMatchObject({ format: 'records', rows: [] });
    expect(t.columns.map((c) => c.name)).toEqual(['column 1']);
    // no rows: the widget's empty state ("No figures published yet."), never a figure, never an exception
    expect(observe(t, {})).toMatchObject({ ok: true, observations: [], gaps: [], report: { total: 0, used: 0, rejected: 0, notes: [] } });
  });

  it('does not throw on a 100,000-level nested array inside a cell, and keeps the other cells', () => {
    const text = `[{"region": "IQG15", "value": ${deep}}, {"region": "IQG09", "value": 7}]`;
    const t = table(tableFromText(text));
    expect(t.format).toBe('records');
    expect(t.columns.find((c) => c.name === 'value')!.get(t.rows[1])).toBe(7);
  });

  it('does not throw on a 100,000-level nested object inside a cell', () => {
    const text = `[{"value": ${'{"a":'.repeat(n)}1${'}'.repeat(n)}}]`;
    expect(table(tableFromText(text)).rows).toHaveLength(1);
  });
});
