import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateKeyTime, linearScale, niceStep, timeInterval, timeTicks, valueTicks } from '../../../src/components/trend/scales.js';

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

describe('linearScale', () => {
  it('maps the domain onto the range and back, in either direction', () => {
    const s = linearScale([0, 100], [0, 500]);
    expect(s(50)).toBe(250);
    expect(s.invert(250)).toBe(50);
    const flipped = linearScale([0, 100], [400, 0]); // SVG y grows downwards
    expect(flipped(100)).toBe(0);
    expect(flipped(0)).toBe(400);
  });
  it('never returns NaN for an empty domain or range', () => {
    expect(Number.isNaN(linearScale([5, 5], [0, 100])(5))).toBe(false);
    expect(Number.isNaN(linearScale([0, 1], [3, 3]).invert(3))).toBe(false);
  });
});

describe('valueTicks', () => {
  it.each([
    [3_417_768, [0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [95, [0, 20, 40, 60, 80, 100]],
    [0, [0, 1]],
  ])('gives 1-2-5 ticks from 0 to at least %d', (max, ticks) => {
    expect(valueTicks(max)).toEqual(ticks);
  });
  it('steps are 1, 2 or 5 times a power of ten', () => {
    for (const max of [7, 13, 480, 9_999, 123_456, 3.2e9]) {
      const step = niceStep(max, 5);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5, 10]).toContain(Math.round(mantissa * 1000) / 1000);
    }
  });
});

describe('time ticks', () => {
  const t0 = dateKeyTime('2014-04');
  const t1 = dateKeyTime('2024-04-30');
  it('picks years for a decade and puts ticks on 1 January', () => {
    const interval = timeInterval(t0, t1, 6);
    expect(interval).toEqual({ unit: 'year', step: 2 });
    expect(timeTicks(t0, t1, interval).map(iso)).toEqual(['2016-01-01', '2018-01-01', '2020-01-01', '2022-01-01', '2024-01-01']);
  });
  it('picks months for a year, aligned to the step', () => {
    const a = dateKeyTime('2016-01-15');
    const b = dateKeyTime('2016-12-31');
    const interval = timeInterval(a, b, 5);
    expect(interval).toEqual({ unit: 'month', step: 3 });
    expect(timeTicks(a, b, interval).map(iso)).toEqual(['2016-04-01', '2016-07-01', '2016-10-01']);
  });
  it('picks days (and Monday weeks) for short ranges', () => {
    const a = dateKeyTime('2024-04-01');
    const b = dateKeyTime('2024-04-05');
    expect(timeInterval(a, b, 10)).toEqual({ unit: 'day', step: 1 });
    expect(timeTicks(a, b, { unit: 'day', step: 1 }).map(iso)).toEqual(['2024-04-01', '2024-04-02', '2024-04-03', '2024-04-04', '2024-04-05']);
    expect(timeTicks(dateKeyTime('2024-04-02'), dateKeyTime('2024-04-30'), { unit: 'day', step: 7 }).map(iso)).toEqual(['2024-04-08', '2024-04-15', '2024-04-22', '2024-04-29']);
  });
  it('never gives more ticks than asked', () => {
    for (const [a, b] of [['2014-04', '2024-04'], ['2020-01-01', '2020-03-01'], ['1990', '2024'], ['2024-01-01', '2024-01-02']] as const) {
      for (const count of [2, 4, 8]) {
        const ta = dateKeyTime(a);
        const tb = dateKeyTime(b);
        expect(timeTicks(ta, tb, timeInterval(ta, tb, count)).length).toBeLessThanOrEqual(count + 1);
      }
    }
  });
  it('reads calendar date keys as UTC midnight', () => {
    expect(iso(dateKeyTime('2016-03'))).toBe('2016-03-01');
    expect(iso(dateKeyTime('2016'))).toBe('2016-01-01');
    expect(iso(dateKeyTime('2018-12-30'))).toBe('2018-12-30');
  });
});

describe('dateKeyTime', () => {
  it('agrees with Date.UTC for every precision, leap days and hours included', () => {
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (y, m, d, h, min) => {
        const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate());
        expect(dateKeyTime(`${y}`)).toBe(Date.UTC(y, 0, 1));
        expect(dateKeyTime(`${y}-${pad(m)}`)).toBe(Date.UTC(y, m - 1, 1));
        expect(dateKeyTime(`${y}-${pad(m)}-${pad(day)}`)).toBe(Date.UTC(y, m - 1, day));
        expect(dateKeyTime(`${y}-${pad(m)}-${pad(day)}T${pad(h)}:${pad(min)}`)).toBe(Date.UTC(y, m - 1, day, h, min));
      }),
      { numRuns: 2000 },
    );
    expect(dateKeyTime('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(dateKeyTime('2000-03-01')).toBe(Date.UTC(2000, 2, 1));
  });
});
