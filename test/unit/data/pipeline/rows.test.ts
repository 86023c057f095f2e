/** Reading the rows (src/data/pipeline/rows.ts): areas and the region asked for, gaps, points. */
import { describe, expect, it } from 'vitest';
import { buildObservations, type ReasonCode } from '../../../../src/data/pipeline.js';
import { tableFromText } from '../../../../src/data/table.js';
import { expectAccounted, expectRefused, fieldsError, GOOD, load, type Loaded, table, TODAY, withCell, without } from './helpers.js';

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
