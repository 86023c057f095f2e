import { describe, expect, it } from 'vitest';
import { buildObservations, observe } from '../../../src/data/pipeline.js';
import { tableFromJson, type Table } from '../../../src/data/table.js';

const table = (rows: unknown[]): Table => {
  const t = tableFromJson(rows);
  if (!t.ok) throw new Error('not a table');
  return t.table;
};

describe('gaps ("no figure" rows)', () => {
  it('keeps them for the region asked for only, and never caps them', () => {
    const rows = [
      { date: '2024-03-15', region: 'IQG15', idps: 100 },
      { date: '2024-03-15', region: 'IQG07', idps: null }, // Baghdad blank: not a gap in Ninewa
      { date: '2024-04-15', region: 'IQG15', idps: null },
    ];
    const r = buildObservations(table(rows), { valueField: 'idps', region: 'IRQ-G15', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(r.gaps).toEqual([{ date: '2024-04-15', region: 'IQG15' }]);
    // a blank row with an implausible date is no gap (it would stretch the time axis to 2204)
    const far = buildObservations(table([...rows, { date: '2204-01-01', region: 'IQG15', idps: null }]), { valueField: 'idps', today: '2024-06-30' });
    if (!far.ok) throw new Error(far.detail);
    expect(far.gaps.map((g) => g.date)).toEqual(['2024-03-15', '2024-04-15']);
    const many = Array.from({ length: 12_000 }, (_, i) => ({ date: `2024-01-01T${String(i % 24).padStart(2, '0')}:00`, region: `IQG${String((i % 18) + 1).padStart(2, '0')}`, idps: null }));
    const all = buildObservations(table(many), { valueField: 'idps', today: '2024-06-30' });
    if (!all.ok) throw new Error(all.detail);
    expect(all.gaps).toHaveLength(12_000);
  });

  it('with series-field, keeps a blank in its series, and none from a row without a series name', () => {
    const rows = [
      { date: '2024-01-31', gov: 'A', idps: 10 },
      { date: '2024-02-29', gov: 'B', idps: null },
      { date: '2024-02-29', gov: '', idps: null }, // no figure and no series: a gap in which line?
    ];
    const r = buildObservations(table(rows), { valueField: 'idps', seriesField: 'gov', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(r.gaps).toEqual([{ date: '2024-02-29', series: 'B' }]);
    expect(r.report.rejected).toBe(2);
  });
});

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

describe('points (lat-field, lon-field)', () => {
  const sites = [
    { date: '2024-04-30', lat: 36.34, lon: 43.13, idps: 1200 }, // Mosul
    { date: '2024-04-30', lat: '36.19', lon: '44.01', idps: 800 }, // Erbil, as text
    { date: '2024-04-30', lat: '٣٣٫٣١', lon: '٤٤٫٣٦', idps: 500 }, // Baghdad, Arabic-Indic digits
    { date: '2024-04-30', lat: 36.34, lon: 43.13, idps: 300 }, // Mosul again: summed
    { date: '2024-04-30', lat: 0, lon: 0, idps: 9 }, // a blank filled with zeros
    { date: '2024-04-30', lat: '36.3N', lon: 43.1, idps: 9 }, // hemisphere letters: refused
    { date: '2024-04-30', lat: 95, lon: 43.1, idps: 9 }, // out of range
  ];

  it('keys each row by its coordinates, strictly read, and accounts for the rest', () => {
    const r = buildObservations(table(sites), { valueField: 'idps', latField: 'lat', lonField: 'lon', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(r.observations).toEqual([
      { value: 1500, date: '2024-04-30', point: [43.13, 36.34] },
      { value: 800, date: '2024-04-30', point: [44.01, 36.19] },
      { value: 500, date: '2024-04-30', point: [44.36, 33.31] },
    ]);
    expect(r.report).toMatchObject({ total: 7, used: 3, merged: 1, rejected: 3, reasons: { 'invalid-coordinate': 3 } });
  });

  it('carries each point\'s name from name-field, as plain text of at most 80 characters', () => {
    const named = [
      { date: '2024-04-30', lat: 36.34, lon: 43.13, site: '  Hasansham   U3 ', idps: 1200 },
      { date: '2024-04-30', lat: 36.19, lon: 44.01, site: 'x'.repeat(200), idps: 800 },
      { date: '2024-04-30', lat: 33.31, lon: 44.36, site: '', idps: 500 },
    ];
    const r = buildObservations(table(named), { valueField: 'idps', latField: 'lat', lonField: 'lon', nameField: 'site', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(r.observations.map((o) => o.name)).toEqual(['Hasansham U3', 'x'.repeat(80), undefined]);
    const missing = buildObservations(table(named), { valueField: 'idps', latField: 'lat', lonField: 'lon', nameField: 'camp' });
    expect(missing.ok).toBe(false);
  });

  it('asks for both coordinates, and names a column that is not there', () => {
    const one = buildObservations(table(sites), { valueField: 'idps', latField: 'lat' });
    expect(one).toMatchObject({ ok: false, detail: 'set both lat-field and lon-field for points' });
    const missing = buildObservations(table(sites), { valueField: 'idps', latField: 'lat', lonField: 'lng' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.detail).toContain('"lng"');
  });
});

describe('an area and its parts at one date (Observation.covered)', () => {
  const rows = [
    { date: '2024-04-30', region: 'IRQ', idps: 1000 }, // the national row, DTM's admin-0 code
    { date: '2024-04-30', region: 'IQG15', idps: 600 },
    { date: '2024-04-30', region: 'IQG09', idps: 400 },
    { date: '2024-03-31', region: 'IQG15', idps: 550 }, // governorates only: nothing covers them
    { date: '2024-03-31', region: 'IQG15Q01', idps: 50 }, // a district under its governorate's row
  ];

  it('marks the parts of an area that has its own row at the same date, and says so', () => {
    const r = buildObservations(table(rows), { valueField: 'idps', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(r.observations.filter((o) => o.covered).map((o) => `${o.date} ${o.region}`)).toEqual(['2024-04-30 IQG15', '2024-04-30 IQG09', '2024-03-31 IQG15Q01']);
    expect(r.report.notes.some((n) => n.startsWith('3 row(s) are parts of an area that has its own row at the same date'))).toBe(true);
    expect(r.report.used).toBe(5); // still accounted for: used, by the map at their level
  });

  it('gives totals from the own rows, never both levels added', async () => {
    const { selectFigure } = await import('../../../src/data/select.js');
    const { buildSeries } = await import('../../../src/components/trend/series.js');
    const r = buildObservations(table(rows), { valueField: 'idps', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(selectFigure(r.observations)!.figure.value).toBe(1000);
    expect(selectFigure(r.observations, { at: '2024-03' })!.figure.value).toBe(550);
    expect(buildSeries(r.observations, [])[0]!.points.map((p) => [p.key, p.value])).toEqual([
      ['2024-03-31', 550],
      ['2024-04-30', 1000],
    ]);
  });

  it('reads region="IRQ" as all of Iraq: the national row and every governorate, without double counting', async () => {
    const { selectFigure } = await import('../../../src/data/select.js');
    const r = buildObservations(table(rows), { valueField: 'idps', region: 'IRQ', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(selectFigure(r.observations)!.figure.value).toBe(1000);
    const governorates = buildObservations(table(rows.slice(1)), { valueField: 'idps', region: 'IRQ', today: '2024-06-30' });
    if (!governorates.ok) throw new Error(governorates.detail);
    expect(selectFigure(governorates.observations)!.figure.value).toBe(1000); // 600 + 400
  });
});

describe('parts and wholes, as the review found them', () => {
  it('leaves out the "no figure" rows of parts whose whole has its own row: the total is not partial', async () => {
    const { selectFigure } = await import('../../../src/data/select.js');
    const { buildSeries } = await import('../../../src/components/trend/series.js');
    const rows = [
      { date: '2024-04-30', region: 'IRQ', idps: 1000 },
      { date: '2024-04-30', region: 'IQG15', idps: 600 },
      { date: '2024-04-30', region: 'IQG09', idps: null }, // inside Iraq's own figure
    ];
    const r = buildObservations(table(rows), { valueField: 'idps', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(r.gaps).toEqual([]);
    expect(selectFigure(r.observations, { gaps: r.gaps })!.figure).toEqual({ value: 1000, count: 1, date: '2024-04-30' });
    expect(buildSeries(r.observations, r.gaps)[0]!.points.map((p) => p.value)).toEqual([1000]);
  });

  it('takes a P-code prefix for a whole, never any string prefix', async () => {
    const { isPartOf } = await import('../../../src/core/areas.js');
    expect(isPartOf('IQG15', 'IQ')).toBe(true);
    expect(isPartOf('IQG15Q01', 'IQG15')).toBe(true);
    expect(isPartOf('SO11', 'SO')).toBe(true);
    expect(isPartOf('LBY', 'LB')).toBe(false); // Libya is no part of Lebanon
    expect(isPartOf('IQG15', 'IQG15')).toBe(false);
  });

  it('uses the finest areas for the largest, smallest, mean and count, and the wholes for a sum', async () => {
    const { selectFigure } = await import('../../../src/data/select.js');
    const rows = [
      { date: '2024-04-30', region: 'IRQ', idps: 1000 },
      { date: '2024-04-30', region: 'IQG15', idps: 600 },
      { date: '2024-04-30', region: 'IQG09', idps: 400 },
    ];
    const r = buildObservations(table(rows), { valueField: 'idps', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(selectFigure(r.observations, { aggregate: 'sum' })!.figure.value).toBe(1000);
    expect(selectFigure(r.observations, { aggregate: 'max' })!.figure.value).toBe(600);
    expect(selectFigure(r.observations, { aggregate: 'min' })!.figure.value).toBe(400);
    expect(selectFigure(r.observations, { aggregate: 'count' })!.figure.value).toBe(2);
  });
});
