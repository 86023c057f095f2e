import { describe, expect, it } from 'vitest';
import { addDays, dateKey, daysInMonth, isoKey, isWithin, keyWithTime, parseIsoDate } from '../../../src/core/dates.js';

describe('parseIsoDate', () => {
  it.each([
    ['2024-04-30', { year: 2024, month: 4, day: 30 }],
    ['2024-04-30T00:00:00', { year: 2024, month: 4, day: 30 }],
    ['2024-04-30T23:59:59.123Z', { year: 2024, month: 4, day: 30 }],
    ['2024-04-30T00:00:00+03:00', { year: 2024, month: 4, day: 30 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2024-04', { year: 2024, month: 4 }],
    ['2014', { year: 2014 }],
    [' 2016-03-31 ', { year: 2016, month: 3, day: 31 }],
    ['٢٠٢٤-٠٤-٣٠', { year: 2024, month: 4, day: 30 }],
    ['۲۰۲۴-۰۴', { year: 2024, month: 4 }],
  ])('reads %j', (raw, date) => {
    expect(parseIsoDate(raw)).toEqual(date);
  });

  it.each(['2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-04-00', '01/02/2024', '30/04/2024', '2024/04/30', 'April 2024', '24-04-30', '2024-4-30', '', 'now', '2024-04-30T25:00:00', '20240430', '+002024-04-30'])(
    'rejects %j',
    (raw) => {
      expect(parseIsoDate(raw)).toBeUndefined();
    },
  );
});

describe('dateKey', () => {
  it('keys a date at its own precision, zero-padded', () => {
    expect(dateKey({ year: 2024, month: 4, day: 3 })).toBe('2024-04-03');
    expect(dateKey({ year: 2024, month: 11 })).toBe('2024-11');
    expect(dateKey({ year: 2014 })).toBe('2014');
  });
});

describe('keyWithTime and isoKey', () => {
  it('keep a time of day other than midnight, to the minute', () => {
    expect(keyWithTime({ year: 2024, month: 4, day: 30 }, '2024-04-30T06:05:59')).toBe('2024-04-30T06:05');
    expect(isoKey(' 2024-04-30 18:30 ')).toBe('2024-04-30T18:30');
  });
  it('make a DTM midnight a calendar date', () => {
    expect(keyWithTime({ year: 2024, month: 4, day: 30 }, '2024-04-30T00:00:00')).toBe('2024-04-30');
    expect(isoKey('2024-04-30T00:00:00')).toBe('2024-04-30');
  });
  it('read dates typed in Arabic-Indic digits, and nothing that is not an ISO date', () => {
    expect(isoKey('٢٠٢٤-٠٤')).toBe('2024-04');
    expect(isoKey('30/04/2024')).toBeUndefined();
    expect(isoKey('')).toBeUndefined();
  });
});

describe('isWithin', () => {
  it('finds a date within its year, month or day, and a time within its day', () => {
    expect(isWithin('2024-04-30', '2024')).toBe(true);
    expect(isWithin('2024-04-30', '2024-04')).toBe(true);
    expect(isWithin('2024-04-30T06:00', '2024-04-30')).toBe(true);
    expect(isWithin('2024', '2024')).toBe(true);
  });
  it('does not take a longer number for a part', () => {
    expect(isWithin('2024-04-30', '2024-0')).toBe(false);
    expect(isWithin('20245', '2024')).toBe(false);
    expect(isWithin('2024', '2024-04')).toBe(false);
  });
});

describe('daysInMonth and addDays', () => {
  it('know leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 4), daysInMonth(2024, 12)]).toEqual([29, 28, 28, 29, 30, 31]);
  });
  it('move across months and years', () => {
    expect(addDays('2024-01-31', 31)).toBe('2024-03-02');
    expect(addDays('2024-12-15', 31)).toBe('2025-01-15');
  });
});
