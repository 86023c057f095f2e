import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Observation } from '../../../src/data/pipeline.js';
import { chartSeries, dateBound, labelList, nameSeries, valueFields } from '../../../src/components/trend/naming.js';
import { type TrendSeries } from '../../../src/components/trend/types.js';
import { pointsOf, seriesFromPoints } from './series-points.js';

afterEach(() => vi.restoreAllMocks());

const series = (...keys: string[]): TrendSeries[] => keys.map((key) => seriesFromPoints(key, key, [{ t: 0, value: 1 }]));
const labels = (list: readonly TrendSeries[]): string[] => list.map((s) => s.label);

describe('valueFields', () => {
  it('cuts value-field at its commas when the data read each field as a series', () => {
    expect(valueFields('idps, returnees', new Set(['returnees', 'idps']))).toEqual(['idps', 'returnees']);
  });

  it('keeps the whole text when the data read it as one column (its own name has a comma)', () => {
    expect(valueFields(' Returnees, households ', new Set(['value']))).toEqual(['Returnees, households']);
  });

  it('gives no field for a blank value-field', () => {
    expect(valueFields('', new Set(['value']))).toEqual([]);
  });
});

describe('labelList', () => {
  it('cuts series-labels at its commas, with the same rule as value-field', () => {
    expect(labelList(' IDPs ,Returnees,, ', 2)).toEqual(['IDPs', 'Returnees']);
  });

  it('gives a single series the whole text, commas and all', () => {
    expect(labelList('Returnees, households', 1)).toEqual(['Returnees, households']);
  });
});

describe('nameSeries', () => {
  const idps = 'IDPs';
  const lang = 'en' as const;

  it('orders several value fields as written and labels them in that order', () => {
    const named = nameSeries(series('returnees', 'idps'), { valueField: 'idps, returnees', seriesLabels: 'Displaced, Returned', idps, lang });
    expect(named.map((s) => s.key)).toEqual(['idps', 'returnees']);
    expect(labels(named)).toEqual(['Displaced', 'Returned']);
  });

  it('names a series by its field, and the IDP count of DTM and HXL "IDPs"', () => {
    expect(labels(nameSeries(series('numPresentIdpInd', 'returnees'), { valueField: 'numPresentIdpInd, returnees', idps, lang }))).toEqual(['IDPs', 'returnees']);
    expect(labels(nameSeries(series('value'), { valueField: '#affected+idps+ind', idps: 'النازحون داخليًا', lang: 'ar' }))).toEqual(['النازحون داخليًا']);
    expect(labels(nameSeries(series('value'), { idps, lang }))).toEqual(['IDPs']);
    expect(labels(nameSeries(series('value'), { valueField: 'Households', idps, lang }))).toEqual(['Households']);
  });

  it('gives known HXL tags their readable name in the widget language, and leaves unsure ones as written', () => {
    const fields = '#affected+returnees, #affected+idps+hh, #affected+children';
    const keys = series('#affected+returnees', '#affected+idps+hh', '#affected+children');
    expect(labels(nameSeries(keys, { valueField: fields, idps, lang }))).toEqual(['Returnees', 'IDP households', '#affected+children']);
    expect(labels(nameSeries(keys, { valueField: fields, idps: 'النازحون داخليًا', lang: 'ar' }))[0]).toBe('العائدون');
    // an IDP tag with more than a name can say keeps the chart's name for the IDP count
    expect(labels(nameSeries(series('#affected+idps+children'), { valueField: '#affected+idps+children, x', idps, lang }))).toEqual(['IDPs']);
  });

  it('names a column with a comma in its name by the whole of value-field', () => {
    expect(labels(nameSeries(series('value'), { valueField: 'Returnees, households', idps, lang }))).toEqual(['Returnees, households']);
  });

  it('keeps the names from the data with series-field, even one written "value"', () => {
    expect(labels(nameSeries(series('Duhok', 'value'), { valueField: 'Households', seriesField: 'admin1Name', idps, lang }))).toEqual(['Duhok', 'value']);
  });

  it('labels series in order when fewer labels than series are given', () => {
    expect(labels(nameSeries(series('Duhok', 'Erbil', 'Ninewa'), { seriesField: 'admin1Name', seriesLabels: 'دهوك, أربيل', idps, lang }))).toEqual(['دهوك', 'أربيل', 'Ninewa']);
  });
});

describe('dateBound', () => {
  it('reads an ISO date as a date key, and ignores anything else with a note', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(dateBound(' 2016-03 ', 'from')).toBe('2016-03');
    expect(dateBound('', 'from')).toBeUndefined();
    expect(dateBound('03/2016', 'to')).toBeUndefined();
    expect(String(warn.mock.calls[0]![0])).toContain('to="03/2016" is not an ISO date');
  });
});

describe('chartSeries', () => {
  it('keeps the dates between from and to, and names the series', () => {
    const obs: Observation[] = [
      { date: '2015-12-31', value: 1, series: 'idps' },
      { date: '2016-03-31', value: 2, series: 'idps' },
      { date: '2016-03-31', value: 3, series: 'returnees' },
      { date: '2017-01-31', value: 4, series: 'idps' },
    ];
    const out = chartSeries(obs, [], { from: '2016', to: '2016', valueField: 'returnees, idps', idps: 'IDPs', lang: 'en' });
    expect(out.map((s) => [s.key, s.label, pointsOf(s).map((p) => p.value)])).toEqual([
      ['returnees', 'returnees', [3]],
      ['idps', 'idps', [2]],
    ]);
  });
});
