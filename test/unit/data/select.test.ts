import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/data/pipeline.js';
import { aggregate, selectFigure, type Aggregate } from '../../../src/data/select.js';

// Governorate figures (dtm-data.md §3), given out of order on purpose.
const OBS: Observation[] = [
  { date: '2023-12-31', region: 'IQG15', value: 250_000 },
  { date: '2024-04-30', region: 'IQG15', value: 229_120 },
  { date: '2016-02-29', region: 'IQG15', value: 400 },
  { date: '2024-04-30', region: 'IQG09', value: 233_162 },
  { date: '2016-03-31', region: 'IQG15', value: 1000 },
  { date: '2023-12-31', region: 'IQG09', value: 240_000 },
  { date: '2016-03-31', region: 'IQG09', value: 3000 },
];

describe('selectFigure at a time of day', () => {
  const hourly: Observation[] = [
    { date: '2024-04-30T06:00', region: 'IQG15', value: 5 },
    { date: '2024-04-30T18:00', region: 'IQG15', value: 9 },
  ];
  it('reads at as the data layer keys dates: a day holds its hours, a time is that hour', () => {
    expect(selectFigure(hourly, { at: '2024-04-30' })!.figure.value).toBe(9);
    expect(selectFigure(hourly, { at: '2024-04-30T06:00' })!.figure.value).toBe(5);
  });
});

describe('selectFigure', () => {
  it('sums the latest reporting date by default', () => {
    expect(selectFigure(OBS)).toEqual({ figure: { value: 462_282, date: '2024-04-30', count: 2 } });
    expect(selectFigure(OBS, { at: 'latest' })).toEqual(selectFigure(OBS));
    expect(selectFigure(OBS, { at: ' Latest ' })).toEqual(selectFigure(OBS));
  });

  it('gives the figure at the previous reporting date when asked', () => {
    expect(selectFigure(OBS, { previous: true })).toEqual({
      figure: { value: 462_282, date: '2024-04-30', count: 2 },
      previous: { value: 490_000, date: '2023-12-31', count: 2 },
    });
  });

  it('gives no previous figure at the first reporting date', () => {
    const s = selectFigure(OBS, { at: '2016-02-29', previous: true });
    expect(s).toEqual({ figure: { value: 400, date: '2016-02-29', count: 1 } });
  });

  it('sums every observation with at=all, without a date', () => {
    const total = OBS.reduce((a, o) => a + o.value, 0);
    expect(selectFigure(OBS, { at: 'all' })).toEqual({ figure: { value: total, count: 7 } });
    expect(selectFigure(OBS, { at: 'ALL', previous: true })).toEqual({ figure: { value: total, count: 7 } });
  });

  it.each<[string, string, number]>([
    ['2023-12-31', '2023-12-31', 490_000],
    ['2016-03-31', '2016-03-31', 4000],
    ['2016-03', '2016-03-31', 4000],
    ['2016-02', '2016-02-29', 400],
    ['2016', '2016-03-31', 4000],
    ['2023', '2023-12-31', 490_000],
    ['2024-04', '2024-04-30', 462_282],
  ])('at=%j takes the latest reporting date within it (%s)', (at, date, value) => {
    expect(selectFigure(OBS, { at })!.figure).toEqual({ value, date, count: value === 400 ? 1 : 2 });
  });

  it('at a month gives the previous reporting date before that month', () => {
    expect(selectFigure(OBS, { at: '2023-12', previous: true })!.previous).toEqual({ value: 4000, date: '2016-03-31', count: 2 });
  });

  it('accepts at in the DTM reportingDate form (2024-04-30T00:00:00)', () => {
    expect(selectFigure(OBS, { at: '2024-04-30T00:00:00' })?.figure).toEqual({ value: 462_282, date: '2024-04-30', count: 2 });
  });

  it.each(['2020', '2016-04', '2024-04-29', '1999'])('gives undefined when no reporting date falls within at=%j', (at) => {
    expect(selectFigure(OBS, { at })).toBeUndefined();
  });

  it.each(['yesterday', '30/04/2024', '2024-4', '2024-02-30'])('gives undefined for at=%j, which is not an ISO date', (at) => {
    expect(selectFigure(OBS, { at })).toBeUndefined();
  });

  it('does not read at=2016-0 as a prefix of 2016-03', () => {
    expect(selectFigure(OBS, { at: '2016-0' })).toBeUndefined();
  });

  it('matches a month only on a whole date component', () => {
    const obs: Observation[] = [
      { date: '2016-10-01', value: 1 },
      { date: '2016-01-31', value: 2 },
    ];
    expect(selectFigure(obs, { at: '2016-01' })!.figure).toEqual({ value: 2, date: '2016-01-31', count: 1 });
  });

  it.each<[Aggregate, number]>([
    ['sum', 462_282],
    ['max', 233_162],
    ['min', 229_120],
    ['mean', 231_141],
    ['count', 2],
  ])('aggregates the latest date with %s', (how, value) => {
    expect(selectFigure(OBS, { aggregate: how })!.figure).toEqual({ value, date: '2024-04-30', count: 2 });
  });

  it('aggregates the previous date the same way', () => {
    expect(selectFigure(OBS, { aggregate: 'max', previous: true })!.previous).toEqual({ value: 250_000, date: '2023-12-31', count: 2 });
  });

  it('aggregates undated observations together, without a date', () => {
    const undated: Observation[] = [
      { region: 'IQG15', value: 5 },
      { region: 'IQG09', value: 7 },
    ];
    expect(selectFigure(undated)).toEqual({ figure: { value: 12, count: 2 } });
    expect(selectFigure(undated, { previous: true })).toEqual({ figure: { value: 12, count: 2 } });
    expect(selectFigure(undated, { aggregate: 'mean' })).toEqual({ figure: { value: 6, count: 2 } });
  });

  it('leaves undated observations out of a dated figure', () => {
    const mixed: Observation[] = [{ value: 1_000_000 }, { date: '2024-04-30', value: 5 }];
    expect(selectFigure(mixed)).toEqual({ figure: { value: 5, date: '2024-04-30', count: 1 } });
  });

  it('compares dates of different precision by their calendar order', () => {
    const obs: Observation[] = [
      { date: '2024', value: 1 },
      { date: '2024-04', value: 2 },
      { date: '2023-12-31', value: 4 },
    ];
    expect(selectFigure(obs, { previous: true })).toEqual({ figure: { value: 2, date: '2024-04', count: 1 }, previous: { value: 1, date: '2024', count: 1 } });
  });

  it('keeps a figure of 0 (not the empty state)', () => {
    expect(selectFigure([{ date: '2024-04-30', value: 0 }])).toEqual({ figure: { value: 0, date: '2024-04-30', count: 1 } });
  });

  it('gives undefined for no observations', () => {
    expect(selectFigure([])).toBeUndefined();
    expect(selectFigure([], { at: 'all' })).toBeUndefined();
  });
});

describe('aggregate', () => {
  it.each<[Aggregate, number[], number]>([
    ['sum', [1, 2, 3], 6],
    ['max', [1, 3, 2], 3],
    ['min', [3, 1, 2], 1],
    ['mean', [1, 2, 6], 3],
    ['count', [5, 5], 2],
    ['count', [], 0],
    ['max', [0], 0],
  ])('%s of %j is %d', (how, values, expected) => {
    expect(aggregate(values, how)).toBe(expected);
  });

  it.each<Aggregate>(['sum', 'max', 'min', 'mean'])('%s of nothing is NaN, not 0', (how) => {
    expect(aggregate([], how)).toBeNaN();
  });
});

describe('selectFigure with rows that have no figure (gaps)', () => {
  const obs = [
    { date: '2024-03-31', region: 'IQG15', value: 100 },
    { date: '2024-03-31', region: 'IQG07', value: 50 },
    { date: '2024-04-30', region: 'IQG15', value: 110 },
    { date: '2024-04-30', region: 'IQG09', value: 20 },
  ];
  const gaps = [
    { date: '2024-04-30', region: 'IQG07' }, // Baghdad blank in April: the sum leaves it out
    { date: '2024-04-30', region: 'IQG09' }, // a blank duplicate of an area that did report
  ];

  it('says how many areas the figure leaves out at its date, and only those', () => {
    const s = selectFigure(obs, { gaps, previous: true });
    expect(s?.figure).toEqual({ value: 130, count: 2, date: '2024-04-30', missing: 1 });
    expect(s?.previous).toEqual({ value: 150, count: 2, date: '2024-03-31' });
  });

  it('says nothing when the figure is complete', () => {
    expect(selectFigure(obs, { gaps, at: '2024-03' })?.figure.missing).toBeUndefined();
  });
});
