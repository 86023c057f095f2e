import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../src/i18n/locale.js';

describe('resolveLocale', () => {
  it.each([
    ['en', 'en', 'en', 'ltr', 'latn'],
    ['en-GB', 'en-GB', 'en', 'ltr', 'latn'],
    ['ar', 'ar', 'ar', 'rtl', 'latn'],
    ['ar-IQ', 'ar-IQ', 'ar', 'rtl', 'arab'],
    ['AR-iq', 'ar-IQ', 'ar', 'rtl', 'arab'],
    ['ckb', 'ckb', 'ckb', 'rtl', 'arab'],
    ['ckb-IQ', 'ckb-IQ', 'ckb', 'rtl', 'arab'],
    ['ku-Arab-IQ', 'ku-Arab-IQ', 'ckb', 'rtl', 'arab'],
  ])('%s -> tag %s, %s, %s, %s digits', (input, tag, lang, dir, numerals) => {
    const loc = resolveLocale(input);
    expect([loc.tag, loc.lang, loc.dir, loc.numerals]).toEqual([tag, lang, dir, numerals]);
  });

  it.each(['fr', 'de-DE', 'ku', 'fa-IR', '', '   ', 'en_GB', '??', 'x', '__proto__', 'constructor'])(
    'falls back to English for unsupported or malformed %j without throwing',
    (input) => {
      const loc = resolveLocale(input);
      expect(loc.lang).toBe('en');
      expect(loc.dir).toBe('ltr');
      expect(loc.numerals).toBe('latn');
    },
  );

  it('falls back to English for null and undefined', () => {
    expect(resolveLocale(null).tag).toBe('en');
    expect(resolveLocale(undefined).tag).toBe('en');
  });

  it('lets numerals override the default digits', () => {
    expect(resolveLocale('ar-IQ', 'latn').numerals).toBe('latn');
    expect(resolveLocale('ckb', 'latn').numerals).toBe('latn');
    expect(resolveLocale('ar', 'arab').numerals).toBe('arab');
    expect(resolveLocale('en', 'arab').numerals).toBe('arab');
  });

  it('hands Sorani to Intl as Iraqi Arabic, since browsers ship no ckb data', () => {
    expect(resolveLocale('ckb').intl).toBe('ar-IQ');
    expect(resolveLocale('ar-IQ').intl).toBe('ar-IQ');
  });
});
