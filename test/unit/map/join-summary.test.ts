import { describe, expect, it } from 'vitest';
import { joinAreas, pickDate } from '../../../src/components/map/join.js';
import { summariseAreas } from '../../../src/components/map/summary.js';
import type { Observation } from '../../../src/data/pipeline.js';
import { GOVERNORATES } from '../../../src/data/iraq.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

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

describe('summariseAreas', () => {
  const april = [
    ['Duhok', 233_162],
    ['Ninewa', 229_120],
    ['Erbil', 222_865],
    ['Al-Muthanna', 636],
    ['Baghdad', 26_532],
  ].map(([name, value]) => ({ name: name as string, value: value as number }));

  it('names the highest and lowest areas and the total, in English', () => {
    expect(summariseAreas(april, resolveLocale('en'), 'IDPs', 'as of April 30, 2024')).toBe(
      'IDPs: the highest figure is in Duhok (233,162), then Ninewa (229,120) and Erbil (222,865); the lowest in Al-Muthanna (636). In all 712,315 across 5 areas, as of April 30, 2024.',
    );
  });
  it('in Arabic and Sorani', () => {
    const plain = (s: string): string => s.replace(/[\u061c\u200e\u200f]/g, '');
    expect(plain(summariseAreas(april, resolveLocale('ar-IQ'), 'النازحون', 'حتى ٣٠ نيسان ٢٠٢٤'))).toBe(
      'النازحون: أعلى رقم في Duhok (٢٣٣٬١٦٢)، ثم Ninewa (٢٢٩٬١٢٠) وErbil (٢٢٢٬٨٦٥)؛ وأدنى رقم في Al-Muthanna (٦٣٦). المجموع ٧١٢٬٣١٥ في ٥ مناطق، حتى ٣٠ نيسان ٢٠٢٤.',
    );
    expect(summariseAreas(april, resolveLocale('ckb'), 'ئاوارەکان', '')).toContain('کەمترین لە Al-Muthanna (٦٣٦)');
  });
  it('lists every area when there are three or fewer', () => {
    expect(summariseAreas(april.slice(0, 2), resolveLocale('en'), 'IDPs', '')).toBe('IDPs: Duhok (233,162) and Ninewa (229,120). In all 462,282.');
    expect(summariseAreas([], resolveLocale('en'), 'IDPs', '')).toBe('');
  });
});
