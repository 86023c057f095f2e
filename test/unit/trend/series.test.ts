import { describe, expect, it } from 'vitest';
import type { Gap, Observation } from '../../../src/data/pipeline.js';
import { buildSeries } from '../../../src/components/trend/series.js';
import { pointsOf } from './series-points.js';

const utc = (y: number, m: number, d = 1, h = 0): number => Date.UTC(y, m - 1, d, h);

describe('buildSeries', () => {
  it('sums the areas of each reporting date, whatever order the rows come in', () => {
    const obs: Observation[] = [
      { date: '2024-04-30', region: 'IQG15', value: 229_120 },
      { date: '2024-02-29', region: 'IQG15', value: 230_000 },
      { date: '2024-04-30', region: 'IQG08', value: 233_162 },
      { date: '2024-02-29', region: 'IQG08', value: 234_000 },
      { date: '2024-03-31', region: 'IQG08', value: 233_500 },
    ];
    const [s] = buildSeries(obs, []);
    expect(s!.key).toBe('value');
    expect(pointsOf(s!)).toEqual([
      { t: utc(2024, 2, 29), value: 464_000, key: '2024-02-29' },
      { t: utc(2024, 3, 31), value: 233_500, key: '2024-03-31' },
      { t: utc(2024, 4, 30), value: 462_282, key: '2024-04-30' },
    ]);
  });

  it('makes one series per series key, in order of first appearance, with hourly dates kept', () => {
    const obs: Observation[] = [
      { date: '2024-04-30T06:00', series: 'returnees', value: 2 },
      { date: '2024-04-30', series: 'idps', value: 1 },
      { date: '2024-04-30T06:00', series: 'idps', value: 3 },
    ];
    const series = buildSeries(obs, [], { labels: new Map([['idps', 'IDPs']]) });
    expect(series.map((s) => [s.key, s.label])).toEqual([
      ['returnees', 'returnees'],
      ['idps', 'IDPs'],
    ]);
    expect(pointsOf(series[1]!).map((p) => [p.t, p.value])).toEqual([
      [utc(2024, 4, 30), 1],
      [utc(2024, 4, 30, 6), 3],
    ]);
  });

  it('makes a total with an area missing a gap, not a drop', () => {
    const obs: Observation[] = [
      { date: '2024-01', region: 'IQG01', value: 10 },
      { date: '2024-01', region: 'IQG02', value: 100 },
      { date: '2024-03', region: 'IQG01', value: 30 },
      { date: '2024-04', region: 'IQG01', value: 40 },
      { date: '2024-04', region: 'IQG02', value: 110 },
    ];
    const gaps: Gap[] = [
      { date: '2024-02', region: 'IQG01' },
      { date: '2024-03', region: 'IQG02' }, // Baghdad blank in March: the national total is unknown
      { date: '2024-04', region: 'IQG02' }, // a blank duplicate row of an area that did report
    ];
    const [s] = buildSeries(obs, gaps);
    expect(pointsOf(s!).map((p) => [p.key, p.value])).toEqual([
      ['2024-01', 110],
      ['2024-02', undefined],
      ['2024-03', undefined],
      ['2024-04', 150],
    ]);
  });

  it('keeps a series that has only gaps (every figure missing)', () => {
    const series = buildSeries([{ date: '2024-01', series: 'a', value: 1 }], [{ date: '2024-01', series: 'b' }]);
    expect(series.map((s) => s.key)).toEqual(['a', 'b']);
    expect(pointsOf(series[1]!)).toEqual([{ t: utc(2024, 1), value: undefined, key: '2024-01' }]);
  });

  it('keeps dates between from and to, `to` inclusive at its precision', () => {
    const obs: Observation[] = ['2015-12-31', '2016-01-31', '2016-12-31', '2017-01-31'].map((date, i) => ({ date, value: i }));
    const [s] = buildSeries(obs, [], { from: '2016', to: '2016' });
    expect(pointsOf(s!).map((p) => p.key)).toEqual(['2016-01-31', '2016-12-31']);
  });

  it('keeps dates of different precision that share a time apart, and sums each date however often it comes', () => {
    // 2024 and 2024-01 both start on 1 January 2024: two reporting dates, not one sum
    const obs: Observation[] = [
      { date: '2024-01', region: 'IQG01', value: 1 },
      { date: '2024', region: 'IQG01', value: 10 },
      { date: '2024-01', region: 'IQG02', value: 2 },
      { date: '2023-12', region: 'IQG01', value: 100 },
      { date: '2024', region: 'IQG02', value: 20 },
      { date: '2024-02', region: 'IQG01', value: 1000 },
    ];
    const [s] = buildSeries(obs, []);
    expect(pointsOf(s!).map((p) => [p.key, p.value])).toEqual([
      ['2023-12', 100],
      ['2024-01', 3],
      ['2024', 30],
      ['2024-02', 1000],
    ]);
  });

  it('leaves out undated observations', () => {
    expect(buildSeries([{ value: 5 }], [])).toEqual([]);
  });
});
