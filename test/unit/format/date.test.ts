import { beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/core/dates.js';
import { formatDate } from '../../../src/format/date.js';
import { resolveLocale } from '../../../src/i18n/locale.js';
import { loadLanguage } from '../../../src/i18n/catalog.js';

// Arabic and Sorani strings are fetched on demand, as a widget on the page does before it renders
beforeAll(() => Promise.all([loadLanguage('ar'), loadLanguage('ckb')]));

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
