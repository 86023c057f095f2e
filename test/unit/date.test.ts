import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDate } from '../../src/format/date.js';
import { resolveLocale } from '../../src/i18n/locale.js';

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

describe('formatDate', () => {
  const d = { year: 2024, month: 4, day: 30 };
  it('writes a calendar date without a time-zone shift', () => {
    expect(formatDate(resolveLocale('en'), d)).toBe('April 30, 2024');
    expect(formatDate(resolveLocale('en-GB'), d)).toBe('30 April 2024');
  });
  it('writes years before 100 as themselves, not as 19xx', () => {
    expect(formatDate(resolveLocale('en'), { year: 24 })).toBe('24');
    expect(formatDate(resolveLocale('en'), { year: 24, month: 3, day: 1 })).toBe('March 1, 24');
    expect(parseIsoDate('0000')).toBeUndefined();
  });
  it('uses the month names of Iraq and Arabic-Indic digits for ar-IQ', () => {
    expect(formatDate(resolveLocale('ar-IQ'), d)).toBe('٣٠ نيسان ٢٠٢٤');
    expect(formatDate(resolveLocale('ar-IQ'), { year: 2014, month: 1 })).toBe('كانون الثاني ٢٠١٤');
  });
  it('writes Sorani dates with our own month names (browsers ship none)', () => {
    expect(formatDate(resolveLocale('ckb'), d)).toBe('٣٠ی نیسانی ٢٠٢٤');
    expect(formatDate(resolveLocale('ckb'), { year: 2014, month: 1 })).toBe('کانوونی دووەمی ٢٠١٤');
    expect(formatDate(resolveLocale('ckb', 'latn'), { year: 2024 })).toBe('2024');
  });
  it('writes month-only and year-only dates', () => {
    expect(formatDate(resolveLocale('en'), { year: 2016, month: 3 })).toBe('March 2016');
    expect(formatDate(resolveLocale('en'), { year: 2016 })).toBe('2016');
  });
});
