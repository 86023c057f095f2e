import { describe, expect, it } from 'vitest';
import { joinAreas, pickDate } from '../../../src/components/map/join.js';
import type { Observation } from '../../../src/data/pipeline.js';
import { GOVERNORATES } from '../../../src/data/iraq.js';

const CODES = new Set(GOVERNORATES.map((g) => g.code));
const obs = (date: string, region: string, value: number): Observation => ({ date, region, value });

describe('joinAreas', () => {
  it('gives each area its figure at the date, and keeps areas without data out (no data, not zero)', () => {
    const r = joinAreas([obs('2024-04-30', 'IQG09', 233_162), obs('2024-04-30', 'IQG03', 636), obs('2023-12-31', 'IQG09', 235_251)], CODES, '2024-04-30');
    expect([...r.values]).toEqual([
      ['IQG09', 233_162],
      ['IQG03', 636],
    ]);
    expect(r.values.has('IQG15')).toBe(false);
    expect(r.notOnMap).toBe(0);
  });

  it('never adds a code that only starts like an area (LBY is not part of LB)', () => {
    const r = joinAreas([obs('2024-04-30', 'LB', 10), obs('2024-04-30', 'LBY', 900), obs('2024-04-30', 'IQG15', 5)], new Set(['LB', 'IQG1']), '2024-04-30');
    expect(r.values.get('LB')).toBe(10);
    expect(r.values.has('IQG1')).toBe(false);
    expect(r.notOnMap).toBe(2);
    expect(r.unknownCodes).toEqual(['LBY', 'IQG15']);
  });

  it('sums districts into their governorate', () => {
    const r = joinAreas([obs('2024-04-30', 'IQG15Q05', 85_428), obs('2024-04-30', 'IQG15Q01', 27_881)], CODES, '2024-04-30');
    expect(r.values.get('IQG15')).toBe(113_309);
  });

  it('shows an area\'s own row when the data also has its districts, and names it: never both added', () => {
    const r = joinAreas([obs('2024-04-30', 'IQG15', 1000), obs('2024-04-30', 'IQG15Q01', 600), obs('2024-04-30', 'IQG15Q02', 400), obs('2024-04-30', 'IQG09Q01', 7)], CODES, '2024-04-30');
    expect(r.values.get('IQG15')).toBe(1000);
    expect(r.values.get('IQG09')).toBe(7);
    expect(r.mixed).toEqual(['IQG15']);
  });

  it('counts rows for areas that are not on the map, with their codes', () => {
    const r = joinAreas([obs('2024-04-30', 'SO11', 5), obs('2024-04-30', 'IQG09', 1)], CODES, '2024-04-30');
    expect(r.notOnMap).toBe(1);
    expect(r.unknownCodes).toEqual(['SO11']);
  });
});

describe('pickDate', () => {
  const o = [obs('2016-03-01', 'IQG01', 1), obs('2016-12-01', 'IQG01', 1), obs('2024-04-30', 'IQG01', 1)];
  it('picks the latest date, or the latest within a year or month', () => {
    expect(pickDate(o, undefined)).toBe('2024-04-30');
    expect(pickDate(o, 'latest')).toBe('2024-04-30');
    expect(pickDate(o, '2016')).toBe('2016-12-01');
    expect(pickDate(o, '2016-03')).toBe('2016-03-01');
    // as people type it: any case, Arabic-Indic digits, a time at midnight
    expect(pickDate(o, ' Latest')).toBe('2024-04-30');
    expect(pickDate(o, '٢٠١٦-٠٣')).toBe('2016-03-01');
    expect(pickDate(o, '2016-03-01T00:00:00')).toBe('2016-03-01');
    // a time of day other than midnight is kept, as the data layer keys hourly readings
    const hourly = [obs('2024-04-30T06:00', 'IQG01', 5), obs('2024-04-30T18:00', 'IQG01', 9)];
    expect(pickDate(hourly, '2024-04-30T06:00')).toBe('2024-04-30T06:00');
    expect(pickDate(hourly, '2024-04-30')).toBe('2024-04-30T18:00');
    expect(pickDate(o, '2019')).toBeUndefined();
  });
});

