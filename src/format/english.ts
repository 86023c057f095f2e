/**
 * English numbers and dates written without `Intl`, for the widgets' default language.
 *
 * A page's first `Intl` formatter starts ICU: 25-50 ms on the main thread in a fresh Chromium
 * page on these machines (more on a phone), paid before an English widget's first figure. The
 * formats English widgets use are few and fixed, so they are written here, to the character what
 * `Intl` writes for `en`, `en-US` and `en-GB` with Latin digits (unit tests compare the two over
 * random figures and dates, in Node and in Chromium). Every other locale, and any option not
 * covered, goes through `Intl` (format/number.ts, format/date.ts).
 */

/** What `formatNumber` can ask of the English writer. */
export interface EnglishNumberOptions {
  /** Compact and percent, not both: a compact percent goes through `Intl` (format/number.ts). */
  readonly compact: boolean;
  readonly percent: boolean;
  readonly useGrouping: boolean;
  readonly maximumFractionDigits: number | undefined;
  /** British units in compact notation (1.2k, 3.4m, 1.2bn, 1tn). */
  readonly british: boolean;
}

/** The `Intl` locales written here: the same numbers; dates day first in `en-GB`. */
export function plainEnglish(intl: string, numerals: string): boolean {
  return numerals === 'latn' && (intl === 'en' || intl === 'en-US' || intl === 'en-GB');
}

/** A figure as decimal digits and the position of the decimal point in them. */
interface Decimal {
  readonly digits: string;
  readonly point: number;
}

/**
 * `|x|` as decimal digits without leading zeros and the position of the decimal point in them:
 * 1234.5 is ('12345', 4), 0.012 is ('12', -1). Read from the shortest text that gives `x` back
 * (as ICU does: 1.005 rounds to 1.01 at two decimals, where toFixed says 1.00).
 */
function decimal(x: number): Decimal {
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
}

/** Rounds half away from zero, keeping `keep` digits (none, or fewer than none: 0 or a carry). */
function round(digits: string, point: number, keep: number): Decimal {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '0', point: 1 };
  let kept = digits.slice(0, keep);
  if (digits.charCodeAt(keep) >= 53 /* '5' */) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    if (i < 0) return { digits: '1', point: point + 1 }; // 9.96 -> 10
    kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  kept = kept.replace(/0+$/, '');
  return kept ? { digits: kept, point } : { digits: '0', point: 1 };
}

/** Digits and point as text: `1,234.5`, no trailing zeros after the point. */
function write(digits: string, point: number, group: boolean): string {
  if (digits === '0') return '0';
  let whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0));
  if (group) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The number of integer digits a rounded figure has (at least 1). */
const width = (r: Decimal): number => (r.digits === '0' ? 1 : Math.max(r.point, 1));

const UNITS = ['', 'K', 'M', 'B', 'T'];
const BRITISH_UNITS = ['', 'k', 'm', 'bn', 'tn'];

/**
 * Rounds as compact notation does: to `fraction` digits after the point when given, else
 * whichever keeps more of two significant digits and a whole number (1.2K, 12K, 123K, 0.012).
 */
function compactRound(digits: string, point: number, fraction: number | undefined): Decimal {
  return round(digits, point, fraction === undefined ? Math.max(2, point) : point + fraction);
}

/** A writer of figures in English; '' for a non-finite figure, as `formatNumber` does. */
export function englishNumber(o: EnglishNumberOptions): (n: number) => string {
  return (n) => {
    if (!Number.isFinite(n)) return '';
    const sign = n < 0 || Object.is(n, -0) ? '-' : '';
    let { digits, point } = decimal(n);
    if (o.percent) point += 2;
    if (o.compact) {
      // the unit is read from the figure, then again if rounding carried it to the next (999,999 -> 1M)
      let unit = Math.min(Math.max(Math.floor((point - 1) / 3), 0), UNITS.length - 1);
      let r = compactRound(digits, point - unit * 3, o.maximumFractionDigits);
      if (digits !== '0' && width(r) > 3 && unit < UNITS.length - 1) {
        unit += 1;
        r = compactRound(digits, point - unit * 3, o.maximumFractionDigits);
      }
      return sign + write(r.digits, r.point, o.useGrouping) + (o.british ? BRITISH_UNITS : UNITS)[unit]!;
    }
    let r: Decimal;
    if (o.maximumFractionDigits !== undefined) r = round(digits, point, point + o.maximumFractionDigits);
    // the plain default: three decimals, but a figure under a thousandth keeps three significant digits
    else if (!o.percent && point <= -3) r = round(digits, point, 3);
    else r = round(digits, point, point + (o.percent ? 0 : 3));
    return sign + write(r.digits, r.point, o.useGrouping) + (o.percent ? '%' : '');
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month's name, long or short (`Sept` in British English, as CLDR has it). */
function englishMonth(month: number, short: boolean, intl: string): string {
  const name = MONTHS[month]!;
  return !short ? name : month === 8 && intl === 'en-GB' ? 'Sept' : name.slice(0, 3);
}

/** Which fields a date shows, as format/date.ts names them: y, ym, ymd; short: m, md. */
export type EnglishDateFields = 'y' | 'ym' | 'ymd' | 'm' | 'md';

/**
 * A date in English (`April 30, 2024`; `30 April 2024` in en-GB; short: `Apr 2024`, `Apr 30`),
 * or undefined for a year before 1 (the calendar's eras are `Intl`'s).
 */
export function englishDate(intl: string, fields: EnglishDateFields, short: boolean, year: number, month: number, day: number): string | undefined {
  if (!(year >= 1)) return undefined;
  const name = englishMonth(month, short, intl);
  const dayFirst = intl === 'en-GB';
  switch (fields) {
    case 'y':
      return String(year);
    case 'ym':
      return `${name} ${year}`;
    case 'm':
      return name;
    case 'md':
      return dayFirst ? `${day} ${name}` : `${name} ${day}`;
    default:
      return dayFirst ? `${day} ${name} ${year}` : `${name} ${day}, ${year}`;
  }
}
