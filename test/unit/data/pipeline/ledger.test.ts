/** The ledger (src/data/pipeline/ledger.ts): duplicates merged by the declared rule, or refused. */
import { describe, expect, it } from 'vitest';
import type { PipelineOptions } from '../../../../src/data/pipeline.js';
import { load } from './helpers.js';

describe('duplicates (D8, J3)', () => {
  const rows = [
    { date: '2024-04-30', region: 'IQG15', value: 100 },
    { date: '2024-04-30T00:00:00', region: 'IRQ-G15', value: 300 },
    { date: '2024-04-30', region: 'Ninewa', value: 200 },
    { date: '2024-04-30', region: 'IQG09', value: 50 },
  ];

  it('sums rows of the same date and region by default, counting them as merged', () => {
    const r = load(rows);
    expect(r.observations).toEqual([
      { date: '2024-04-30', region: 'IQG15', value: 600 },
      { date: '2024-04-30', region: 'IQG09', value: 50 },
    ]);
    expect(r.report).toMatchObject({ total: 4, used: 2, merged: 2, rejected: 0, reasons: {} });
  });

  it.each<[PipelineOptions['duplicates'], number]>([
    ['sum', 600],
    ['max', 300],
    ['min', 100],
    ['mean', 200],
    ['first', 100],
    ['last', 200],
  ])('combines them with duplicates=%s into %d', (duplicates, value) => {
    const r = load(rows, duplicates ? { duplicates } : {});
    expect(r.observations.find((o) => o.region === 'IQG15')!.value).toBe(value);
    expect(r.observations.find((o) => o.region === 'IQG09')!.value).toBe(50);
    expect(r.report).toMatchObject({ total: 4, used: 2, merged: 2, rejected: 0 });
  });

  it('computes the mean over every duplicate, not pairwise', () => {
    const r = load([10, 20, 30, 100].map((value) => ({ date: '2024-04-30', region: 'IQG15', value })), { duplicates: 'mean' });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 40 }]);
  });

  it('refuses every row of a duplicated key with duplicates=reject, the first one included', () => {
    const r = load(rows, { duplicates: 'reject' });
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 50 }]);
    expect(r.report).toMatchObject({ total: 4, used: 1, merged: 0, rejected: 3, reasons: { duplicate: 3 } });
    expect(r.report.examples.map((e) => [e.row, e.reason])).toEqual([
      [1, 'duplicate'],
      [2, 'duplicate'],
      [3, 'duplicate'],
    ]);
  });

  it('does not combine rows of different dates, regions or series', () => {
    const r = load(
      [
        { date: '2024-04-30', region: 'IQG15', sex: 'f', value: 1 },
        { date: '2024-04-30', region: 'IQG15', sex: 'm', value: 2 },
        { date: '2024-03-31', region: 'IQG15', sex: 'f', value: 4 },
        { date: '2024-04-30', region: 'IQG09', sex: 'f', value: 8 },
        { date: '2024-04', region: 'IQG15', sex: 'f', value: 16 },
      ],
      { seriesField: 'sex' },
    );
    expect(r.observations).toHaveLength(5);
    expect(r.report).toMatchObject({ used: 5, merged: 0 });
  });

  it('finds duplicates that arrive after later dates (unsorted data)', () => {
    const shuffled = [
      { date: '2024-03-31', region: 'IQG15', value: 1 },
      { date: '2024-04-30', region: 'IQG15', value: 2 },
      { date: '2024-02-29', region: 'IQG15', value: 4 },
      { date: '2024-03-31', region: 'IQG15', value: 8 },
      { date: '2024-04-30', region: 'IQG15', value: 16 },
      { date: '2024-02-29', region: 'IQG15', value: 32 },
    ];
    expect(load(shuffled).observations).toEqual([
      { date: '2024-03-31', region: 'IQG15', value: 9 },
      { date: '2024-04-30', region: 'IQG15', value: 18 },
      { date: '2024-02-29', region: 'IQG15', value: 36 },
    ]);
    const refused = load([...shuffled, { date: '2024-03-31', region: 'IQG15', value: 64 }, { date: '2024-05-31', region: 'IQG15', value: 128 }], { duplicates: 'reject' });
    expect(refused.observations).toEqual([{ date: '2024-05-31', region: 'IQG15', value: 128 }]);
    expect(refused.report).toMatchObject({ total: 8, used: 1, merged: 0, rejected: 7, reasons: { duplicate: 7 } });
  });

  it('keeps one observation per date for long sorted series, with no duplicates invented', () => {
    const start = Date.UTC(2020, 0, 1);
    const hourly = Array.from({ length: 5000 }, (_, i) => ({ date: new Date(start + i * 3_600_000).toISOString().slice(0, 16), value: i }));
    const r = load([...hourly, hourly[1234]!]);
    expect(r.observations).toHaveLength(5000);
    expect(r.report).toMatchObject({ total: 5001, used: 5000, merged: 1, rejected: 0 });
    expect(r.observations[1234]).toEqual({ date: '2020-02-21T10:00', value: 2468 });
    expect(r.observations[0]).toEqual({ date: '2020-01-01', value: 0 }); // midnight is a calendar date
  });

  it('combines undated rows of the same region', () => {
    const r = load([
      { region: 'IQG15', value: 1 },
      { region: 'IQG15', value: 2 },
    ]);
    expect(r.observations).toEqual([{ region: 'IQG15', value: 3 }]);
    expect(r.report).toMatchObject({ used: 1, merged: 1 });
  });
});
