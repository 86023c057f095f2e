/** A whole run (src/data/pipeline/build.ts): the shape of the input, the report, hostile input. */
import { describe, expect, it } from 'vitest';
import { buildObservations, type Observation } from '../../../../src/data/pipeline.js';
import { tableFromText } from '../../../../src/data/table.js';
import { expectAccounted, fieldsError, GOOD, load, TODAY } from './helpers.js';

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
