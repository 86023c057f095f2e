/**
 * Number formatting: `Intl.NumberFormat`, memoised, locale-first, with the digit system chosen
 * explicitly, plus compact notation for Sorani, which CLDR does not define. English with Latin
 * digits is written by format/english.ts, to the character what `Intl` writes, without starting ICU.
 */
import type { ResolvedLocale } from '../i18n/locale.js';
import { englishNumber, plainEnglish } from './english.js';

export interface NumberOptions {
  /** `standard`: 3,100,000. `compact`: 3.1M, ٣٫١ مليون, ٣٫١ ملیۆن. */
  readonly notation?: 'standard' | 'compact';
  /** At most this many digits after the decimal separator (0-20). */
  readonly maximumFractionDigits?: number;
  /** `percent` multiplies by 100 and adds the locale's percent sign. */
  readonly style?: 'decimal' | 'percent';
  /** `false` writes 2024, not 2,024 (years, days). */
  readonly useGrouping?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function intlFormat(loc: ResolvedLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${loc.intl}|${loc.numerals}|${JSON.stringify(options)}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(loc.intl, { ...options, numberingSystem: loc.numerals });
    formatters.set(key, nf);
  }
  return nf;
}

/** Sorani compact suffixes (short scale, as Iraqi Kurdish media write them). */
const CKB_UNITS: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'تریلیۆن'],
  [1e9, 'ملیار'],
  [1e6, 'ملیۆن'],
  [1e3, 'هەزار'],
];

/**
 * Rounds like ICU's compact notation: two significant digits below 100, whole numbers above,
 * unless a maximum number of fraction digits is given.
 */
function compactRound(x: number, maximumFractionDigits: number | undefined): number {
  if (maximumFractionDigits !== undefined) {
    const f = 10 ** maximumFractionDigits;
    return Math.round(x * f) / f;
  }
  return Math.abs(x) < 100 ? Number(x.toPrecision(2)) : Math.round(x);
}

function compactOptions(maximumFractionDigits: number | undefined, x: number): Intl.NumberFormatOptions {
  if (maximumFractionDigits !== undefined) return { maximumFractionDigits };
  return Math.abs(x) < 100 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 0 };
}

/** Splits `n` into a scaled figure and its unit index, promoting 999,999 to "1 million". */
export function compactParts(n: number, maximumFractionDigits?: number): { scaled: number; unit: number } {
  const abs = Math.abs(n);
  let unit = CKB_UNITS.findIndex(([size]) => abs >= size);
  if (unit === -1) {
    // below a thousand: it may still round up to 1,000 (999.7 -> 1 هەزار)
    if (Math.abs(compactRound(n, maximumFractionDigits)) < 1000) return { scaled: n, unit: -1 };
    unit = CKB_UNITS.length - 1;
  }
  let scaled = n / CKB_UNITS[unit]![0];
  if (unit > 0 && Math.abs(compactRound(scaled, maximumFractionDigits)) >= 1000) {
    unit -= 1;
    scaled = n / CKB_UNITS[unit]![0];
  }
  return { scaled, unit };
}

/**
 * Returns a formatter for `loc` and `options`. Non-finite input formats as '' (callers show a
 * message instead; a widget never prints NaN).
 *
 * @example formatNumber(resolveLocale('ar-IQ'), { notation: 'compact' })(3_100_000) // '٣٫١ مليون'
 */
export function formatNumber(loc: ResolvedLocale, options: NumberOptions = {}): (n: number) => string {
  const { notation = 'standard', maximumFractionDigits, style = 'decimal', useGrouping = true } = options;
  // English with Latin digits is written without Intl: no ICU start before an English widget's first figure.
  // Not a compact percent (no widget asks for one; the writer had no % sign): ICU's own rounding
  // of it is odd at many digits (9.999999999999995 at 13 digits: 1K%, at 16: 0.9999999999999995%).
  if (plainEnglish(loc.intl, loc.numerals) && !(notation === 'compact' && style === 'percent')) return englishNumber({ compact: notation === 'compact', percent: style === 'percent', useGrouping, maximumFractionDigits, british: loc.intl === 'en-GB' });
  if (notation === 'compact' && loc.lang === 'ckb' && style === 'decimal') {
    return (n) => {
      if (!Number.isFinite(n)) return '';
      const { scaled, unit } = compactParts(n, maximumFractionDigits);
      const figure = intlFormat(loc, compactOptions(maximumFractionDigits, scaled)).format(scaled);
      // a no-break space, as ICU puts between an Arabic figure and its unit
      return unit === -1 ? figure : `${figure}\u00a0${CKB_UNITS[unit]![1]}`;
    };
  }
  const intlOptions: Intl.NumberFormatOptions = { style, useGrouping };
  if (notation === 'compact') intlOptions.notation = 'compact';
  if (maximumFractionDigits !== undefined) {
    intlOptions.maximumFractionDigits = maximumFractionDigits;
    // Intl throws when minimum > maximum (the percent default minimum is 0, decimal 0): keep it valid.
    intlOptions.minimumFractionDigits = 0;
  }
  const nf = intlFormat(loc, intlOptions);
  if (notation === 'standard' && style === 'decimal' && maximumFractionDigits === undefined) {
    // three decimals would print 0.0003 as "0": a figure under a thousandth keeps three significant digits
    const small = intlFormat(loc, { style, useGrouping, maximumSignificantDigits: 3 });
    return (n) => (!Number.isFinite(n) ? '' : n !== 0 && Math.abs(n) < 0.001 ? small.format(n) : nf.format(n));
  }
  return (n) => (Number.isFinite(n) ? nf.format(n) : '');
}
