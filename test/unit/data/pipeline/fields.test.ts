/** Which columns a run reads (src/data/pipeline/fields.ts): named, by HXL pattern, the format's defaults, the filter. */
import { describe, expect, it } from 'vitest';
import type { PipelineOptions } from '../../../../src/data/pipeline.js';
import { IRAQ_ADMIN1_RECORD } from '../fixtures.js';
import { fieldsError, load } from './helpers.js';

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
      { date: '2024-04-30', region: 'IQG15', value: 229120, round: 132 },
      { date: '2024-04-30', region: 'IQG09', value: 233162, round: 132 },
    ]);
    expect(r.report.notes).toEqual([]);
  });

  it('reads admin2 records by their district P-code', () => {
    const r = load([record({ admin2Name: 'Al-Mosul', admin2Pcode: 'IRQ-G15Q05', numPresentIdpInd: 85428 })]);
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15Q05', value: 85428, round: 132 }]);
  });

  it('reads yearReportingDate and monthReportingDate together when there is no reportingDate', () => {
    const rows = [record({}), record({ yearReportingDate: 2023, monthReportingDate: 12 })].map(({ reportingDate: _, ...rest }) => rest);
    const r = load(rows);
    expect(r.report.fields.date).toBe('yearReportingDate + monthReportingDate');
    expect(r.observations.map((o) => o.date)).toEqual(['2024-04', '2023-12']);
  });

  it('notes several DTM operations in one file, and combines their rows', () => {
    const r = load(envelope([record({ operation: 'Countrywide monitoring', numPresentIdpInd: 10 }), record({ operation: 'Northern Ethiopia Crisis', numPresentIdpInd: 20 })]));
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 30, round: 132 }]);
    expect(r.report).toMatchObject({ used: 1, merged: 1 });
    expect(r.report.notes).toHaveLength(1);
    expect(r.report.notes[0]).toContain('several DTM operations');
    expect(r.report.notes[0]).toContain('Countrywide monitoring');
  });

  it('gives no note once the data is filtered to one operation', () => {
    const r = load(envelope([record({ operation: 'Countrywide monitoring', numPresentIdpInd: 10 }), record({ operation: 'Northern Ethiopia Crisis', numPresentIdpInd: 20 })]), {
      filter: 'operation=Countrywide monitoring',
    });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 10, round: 132 }]);
    expect(r.report.reasons).toEqual({ filtered: 1 });
    expect(r.report.notes).toEqual([]);
  });

  it('reads null sex figures of v3 records as missing, not zero', () => {
    const r = load([record({ numberMales: null }), record({ admin1Pcode: 'IRQ-G09', numberMales: 5 })], { valueField: 'numberMales' });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 5, round: 132 }]);
    expect(r.report.reasons).toEqual({ 'missing-value': 1 });
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
