import { describe, expect, it } from 'vitest';
import { compactParts, formatNumber } from '../../../src/format/number.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

/** Drops bidi marks and turns no-break spaces into spaces, for readable expectations. */
const plain = (s: string): string => s.replace(/[\u061c\u200e\u200f]/g, '').replace(/\u00a0/g, ' ');

const en = resolveLocale('en');
const arIQ = resolveLocale('ar-IQ');
const ar = resolveLocale('ar');
const ckb = resolveLocale('ckb');

describe('formatNumber, standard', () => {
  it.each([
    [en, 140000, '140,000'],
    [en, 3417768, '3,417,768'],
    [arIQ, 140000, '١٤٠٬٠٠٠'],
    [ar, 140000, '140,000'],
    [ckb, 140000, '١٤٠٬٠٠٠'],
    [resolveLocale('ckb', 'latn'), 140000, '140,000'],
    [resolveLocale('ar-IQ', 'latn'), 2200, '2,200'],
  ])('%o formats %d as %s', (loc, n, text) => {
    expect(formatNumber(loc)(n)).toBe(text);
  });

  it('never writes a figure under a thousandth as 0', () => {
    expect(formatNumber(resolveLocale('en'))(0.0003)).toBe('0.0003');
    expect(formatNumber(resolveLocale('en'))(0.00012345)).toBe('0.000123');
    expect(formatNumber(resolveLocale('ar-IQ'))(0.0003)).toBe('٠٫٠٠٠٣');
    expect(formatNumber(resolveLocale('en'))(0)).toBe('0');
    expect(formatNumber(resolveLocale('en'))(1234.5678)).toBe('1,234.568');
  });

  it('rounds to maximumFractionDigits', () => {
    expect(formatNumber(en, { maximumFractionDigits: 1 })(3.14159)).toBe('3.1');
    expect(formatNumber(en, { maximumFractionDigits: 0 })(2.5)).toBe('3');
    expect(formatNumber(arIQ, { maximumFractionDigits: 2 })(3.14159)).toBe('٣٫١٤');
  });

  it('never prints NaN or Infinity', () => {
    for (const loc of [en, arIQ, ckb]) {
      for (const notation of ['standard', 'compact'] as const) {
        const f = formatNumber(loc, { notation });
        expect(f(Number.NaN)).toBe('');
        expect(f(Number.POSITIVE_INFINITY)).toBe('');
      }
    }
  });

  it('formats percentages in each language', () => {
    expect(formatNumber(en, { style: 'percent', maximumFractionDigits: 1 })(0.094)).toBe('9.4%');
    expect(formatNumber(arIQ, { style: 'percent', maximumFractionDigits: 1 })(0.094)).toMatch(/^٩٫٤٪/);
  });
});

describe('formatNumber, compact', () => {
  it.each([
    [en, 3_100_000, '3.1M'],
    [en, 140_000, '140K'],
    [en, 2_200, '2.2K'],
    [arIQ, 3_100_000, '٣٫١ مليون'],
    [arIQ, 140_000, '١٤٠ ألف'],
    [ar, 3_100_000, '3.1 مليون'],
    [ckb, 3_100_000, '٣٫١ ملیۆن'],
    [ckb, 140_000, '١٤٠ هەزار'],
    [ckb, 2_200, '٢٫٢ هەزار'],
    [ckb, 4_871_916_000, '٤٫٩ ملیار'],
    [ckb, 950, '٩٥٠'],
    [ckb, -3_100_000, '-٣٫١ ملیۆن'],
  ])('%o writes %d as %s', (loc, n, text) => {
    expect(plain(formatNumber(loc, { notation: 'compact' })(n))).toBe(text);
  });

  it('promotes a figure that rounds up to the next unit (999,999 is 1 million, not 1000 thousand)', () => {
    expect(compactParts(999_999)).toEqual({ scaled: 999_999 / 1e6, unit: 2 });
    expect(plain(formatNumber(ckb, { notation: 'compact' })(999_999))).toBe('١ ملیۆن');
    expect(plain(formatNumber(ckb, { notation: 'compact' })(999.7))).toBe('١ هەزار');
  });

  it('rounds Sorani compact figures exactly as ICU rounds English ones', () => {
    const soraniLatn = formatNumber(resolveLocale('ckb', 'latn'), { notation: 'compact' });
    const english = formatNumber(en, { notation: 'compact' });
    const values = [0, 1, 7.25, 12.5, 99.4, 999, 1000, 1049, 1050, 9_999, 12_345, 99_500, 123_456, 999_499, 1_000_000, 3_417_768, 1_098_913, 45_678_901, 999_999_999, 2.5e9, 7.3e12];
    for (const v of values) {
      const ours = plain(soraniLatn(v)).split(' ')[0];
      const icu = english(v).replace(/[KMBT]$/, '');
      expect(ours, `value ${v}`).toBe(icu);
    }
  });

  it('honours maximumFractionDigits in compact notation', () => {
    expect(formatNumber(en, { notation: 'compact', maximumFractionDigits: 2 })(3_417_768)).toBe('3.42M');
    expect(plain(formatNumber(ckb, { notation: 'compact', maximumFractionDigits: 2 })(3_417_768))).toBe('٣٫٤٢ ملیۆن');
  });
});
