/** An area's own row and its parts' rows (src/data/pipeline/covered.ts). */
import { describe, expect, it } from 'vitest';
import { buildObservations } from '../../../../src/data/pipeline.js';
import { table } from './helpers.js';

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
    const { selectFigure } = await import('../../../../src/data/select.js');
    const { buildSeries } = await import('../../../../src/components/trend/series.js');
    const { pointsOf } = await import('../../trend/series-points.js');
    const r = buildObservations(table(rows), { valueField: 'idps', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(selectFigure(r.observations)!.figure.value).toBe(1000);
    expect(selectFigure(r.observations, { at: '2024-03' })!.figure.value).toBe(550);
    expect(pointsOf(buildSeries(r.observations, [])[0]!).map((p) => [p.key, p.value])).toEqual([
      ['2024-03-31', 550],
      ['2024-04-30', 1000],
    ]);
  });

  it('reads region="IRQ" as all of Iraq: the national row and every governorate, without double counting', async () => {
    const { selectFigure } = await import('../../../../src/data/select.js');
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
    const { selectFigure } = await import('../../../../src/data/select.js');
    const { buildSeries } = await import('../../../../src/components/trend/series.js');
    const { pointsOf } = await import('../../trend/series-points.js');
    const rows = [
      { date: '2024-04-30', region: 'IRQ', idps: 1000 },
      { date: '2024-04-30', region: 'IQG15', idps: 600 },
      { date: '2024-04-30', region: 'IQG09', idps: null }, // inside Iraq's own figure
    ];
    const r = buildObservations(table(rows), { valueField: 'idps', today: '2024-06-30' });
    if (!r.ok) throw new Error(r.detail);
    expect(r.gaps).toEqual([]);
    expect(selectFigure(r.observations, { gaps: r.gaps })!.figure).toEqual({ value: 1000, count: 1, date: '2024-04-30' });
    expect(pointsOf(buildSeries(r.observations, r.gaps)[0]!).map((p) => p.value)).toEqual([1000]);
  });

  it('takes a P-code prefix for a whole, never any string prefix', async () => {
    const { isPartOf } = await import('../../../../src/core/areas.js');
    expect(isPartOf('IQG15', 'IQ')).toBe(true);
    expect(isPartOf('IQG15Q01', 'IQG15')).toBe(true);
    expect(isPartOf('SO11', 'SO')).toBe(true);
    expect(isPartOf('LBY', 'LB')).toBe(false); // Libya is no part of Lebanon
    expect(isPartOf('IQG15', 'IQG15')).toBe(false);
  });

  it('uses the finest areas for the largest, smallest, mean and count, and the wholes for a sum', async () => {
    const { selectFigure } = await import('../../../../src/data/select.js');
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
