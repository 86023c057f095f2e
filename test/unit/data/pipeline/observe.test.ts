/** What a widget asks of the pipeline (src/data/pipeline/observe.ts): one value field, or several as series. */
import { describe, expect, it } from 'vitest';
import { buildObservations, observe, refuse } from '../../../../src/data/pipeline.js';
import { table } from './helpers.js';

describe('several value fields in one pass', () => {
  const rows = [
    { date: '2023-12-31', idps: 1123663, returnees: 4860000 },
    { date: '2024-04-30', idps: 1098913, returnees: null },
    { date: 'TBD', idps: 5, returnees: 6 },
    { date: '2024-05-31', idps: '12%', returnees: 7 },
  ];

  it('reads each field as its own series, accounting for every value', () => {
    const r = observe(table(rows), { valueField: 'idps, returnees', today: '2024-06-30' }, true);
    if (!r.ok) throw new Error(r.detail);
    expect(r.report).toMatchObject({ total: 8, used: 4, merged: 0, rejected: 4, reasons: { 'missing-value': 1, 'invalid-date': 2, 'qualified-value': 1 } });
    expect(r.report.fields.value).toBe('idps, returnees');
    expect(r.observations).toEqual([
      { value: 1123663, date: '2023-12-31', series: 'idps' },
      { value: 4860000, date: '2023-12-31', series: 'returnees' },
      { value: 1098913, date: '2024-04-30', series: 'idps' },
      { value: 7, date: '2024-05-31', series: 'returnees' },
    ]);
    // the missing returnee figure of April 2024 is a gap in that series, not a zero
    expect(r.gaps).toEqual([{ date: '2024-04-30', series: 'returnees' }]);
  });

  it('gives the same figures as reading each field on its own', () => {
    const t = table(rows);
    const both = observe(t, { valueField: 'idps, returnees', today: '2024-06-30' }, true);
    if (!both.ok) throw new Error(both.detail);
    for (const field of ['idps', 'returnees']) {
      const alone = buildObservations(t, { valueField: field, today: '2024-06-30' });
      if (!alone.ok) throw new Error(alone.detail);
      expect(both.observations.filter((o) => o.series === field).map((o) => [o.date, o.value])).toEqual(alone.observations.map((o) => [o.date, o.value]));
    }
  });

  it('reads only the first field for a single figure (counter, map), and says so', () => {
    const r = observe(table(rows), { valueField: 'idps, returnees', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(r.observations.map((o) => o.value)).toEqual([1123663, 1098913]);
    expect(r.report.total).toBe(4);
    expect(r.report.notes).toContain('one figure per area and date: value-field "idps" is read; "returnees" not');
  });

  it('reads a column whose name has a comma as one field', () => {
    const named = [{ date: '2024-04-30', 'IDPs, individuals': 42, returnees: 7 }];
    for (const several of [false, true]) {
      const r = observe(table(named), { valueField: 'IDPs, individuals', today: '2024-06-30' }, several);
      if (!r.ok) throw new Error(r.detail);
      expect(r.observations).toEqual([{ value: 42, date: '2024-04-30' }]);
    }
  });

  it('names a missing field among several', () => {
    const r = observe(table(rows), { valueField: 'idps, refugees' }, true);
    expect(r).toMatchObject({ ok: false, kind: 'fields' });
    expect(!r.ok && r.detail).toContain('"refugees"');
  });
});

describe('refuse (a widget cannot show some observations)', () => {
  const rows = [
    { date: '2024-04-30', region: 'IQG15', idps: 10 },
    { date: '2024-04-30', region: 'IQG09', idps: 20 },
    { date: '2024-04-30', region: 'IQG09', idps: 5 }, // merged into the row above
    { date: '2024-04-30', region: 'IQG01', idps: 'n/a' },
  ];

  it('moves them from used to rejected, with their reason, and keeps the accounting whole', () => {
    const read = observe(table(rows), { valueField: 'idps', today: '2024-06-30' });
    if (!read.ok) throw new Error(read.detail);
    const r = refuse(read, (o) => (o.region === 'IQG09' ? 'not-on-map' : undefined));
    expect(r.observations.map((o) => o.region)).toEqual(['IQG15']);
    expect(r.report).toMatchObject({ total: 4, used: 1, merged: 1, rejected: 2, reasons: { 'missing-value': 1, 'not-on-map': 1 } });
    expect(r.report.used + r.report.merged + r.report.rejected).toBe(r.report.total);
    // the run it was given is left as it was
    expect(read.report).toMatchObject({ used: 2, rejected: 1 });
  });

  it('gives back the same run when it refuses nothing', () => {
    const read = observe(table(rows), { valueField: 'idps', today: '2024-06-30' });
    if (!read.ok) throw new Error(read.detail);
    expect(refuse(read, () => undefined)).toBe(read);
  });
});
