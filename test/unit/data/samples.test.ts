import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildObservations } from '../../../src/data/pipeline.js';
import { selectFigure } from '../../../src/data/select.js';
import { tableFromText } from '../../../src/data/table.js';

const sample = (name: string): string => readFileSync(new URL(`../../../data/samples/${name}`, import.meta.url), 'utf8');

function load(name: string, options = {}) {
  const t = tableFromText(sample(name));
  if (!t.ok) throw new Error(JSON.stringify(t.error));
  const r = buildObservations(t.table, options);
  if (!r.ok) throw new Error(r.detail);
  return r;
}

describe('the real Iraq samples', () => {
  it('reads the DTM national series: 80 rounds, latest 1,098,913 in April 2024, previous 1,123,663', () => {
    const r = load('iraq-idps-national.dtm.json');
    expect(r.format).toBe('dtm');
    expect(r.report).toMatchObject({ total: 80, used: 80, merged: 0, rejected: 0 });
    expect(r.report.fields).toEqual({ value: 'numPresentIdpInd', date: 'yearReportingDate + monthReportingDate', region: 'admin0Pcode' });
    const s = selectFigure(r.observations, { previous: true })!;
    expect(s.figure).toEqual({ value: 1_098_913, date: '2024-04', count: 1 });
    expect(s.previous).toEqual({ value: 1_123_663, date: '2023-12', count: 1 });
  });

  it('finds the March 2016 peak of 3,417,768', () => {
    const r = load('iraq-idps-national.dtm.json');
    expect(selectFigure(r.observations, { at: '2016-03' })!.figure.value).toBe(3_417_768);
    expect(selectFigure(r.observations, { aggregate: 'max', at: 'all' })!.figure.value).toBe(3_417_768);
  });

  it('sums DTM governorates to the national total at each year-end, with Al-Muthanna 2014 missing, not zero', () => {
    const r = load('iraq-idps-governorates.dtm.json');
    expect(r.report).toMatchObject({ total: 215, used: 215, rejected: 0, fields: { region: 'admin1Pcode' } });
    expect(selectFigure(r.observations)!.figure).toEqual({ value: 1_098_913, date: '2024-04-30', count: 18 });
    expect(selectFigure(r.observations, { at: '2014-12-01' })!.figure).toEqual({ value: 2_123_340, date: '2014-12-01', count: 17 });
    expect(selectFigure(r.observations, { at: '2016-03' })!.figure.value).toBe(3_417_768);
    const duhok = r.observations.filter((o) => o.region === 'IQG09' && o.date === '2024-04-30');
    expect(duhok).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 233_162, round: 132 }]);
  });

  it('reads the same figures from HXL JSON and HXL CSV', () => {
    for (const name of ['iraq-idps-governorates.hxl.json', 'iraq-idps-governorates.hxl.csv']) {
      const r = load(name);
      expect(r.format, name).toBe('hxl');
      expect(r.report, name).toMatchObject({ total: 215, used: 215, rejected: 0, fields: { value: 'IDPs', date: 'Date', region: 'P-code' } });
      expect(selectFigure(r.observations)!.figure.value, name).toBe(1_098_913);
    }
  });

  it('reads HXL object-style JSON', () => {
    const r = load('iraq-idps-national.hxl-objects.json');
    expect(r.format).toBe('hxl');
    expect(r.report.fields).toEqual({ value: '#affected+idps+ind', date: '#date+reported' });
    expect(selectFigure(r.observations)!.figure.value).toBe(1_098_913);
  });

  it('reads the programme figures as plain records, filtered by indicator', () => {
    const r = load('crp-impact.json', { filter: 'indicator=families assisted' });
    expect(r.format).toBe('records');
    expect(r.report).toMatchObject({ total: 4, used: 1, rejected: 3, reasons: { filtered: 3 } });
    expect(selectFigure(r.observations)!.figure.value).toBe(2200);
  });

  it('filters DTM rows by governorate in any P-code form', () => {
    for (const region of ['IRQ-G15', 'IQG15', 'IQ-NI', 'Nineveh']) {
      const r = load('iraq-idps-governorates.dtm.json', { region });
      expect(selectFigure(r.observations)!.figure.value, region).toBe(229_120);
    }
  });
});
