/**
 * English figures and dates are written without Intl (format/english.ts); what they must be is
 * what Intl writes for the same locale and options. These properties compare the two over random
 * figures (near rounding edges and unit changes included) and random dates. The same file runs in
 * Chromium (test/browser/format/english.test.ts), whose ICU is the one readers have.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDate, type ShortDate } from '../../../src/format/date.js';
import { formatNumber, type NumberOptions } from '../../../src/format/number.js';
import { resolveLocale } from '../../../src/i18n/locale.js';
import { formatClock } from '../../../src/components/trend/summary.js';

const LOCALES = ['en', 'en-US', 'en-GB'] as const;

/** What Intl writes for `options`, set up as format/number.ts did before English had its own writer. */
function intlNumber(tag: string, options: NumberOptions): (n: number) => string {
  const { notation = 'standard', maximumFractionDigits, style = 'decimal', useGrouping = true } = options;
  const base: Intl.NumberFormatOptions = { style, useGrouping, numberingSystem: 'latn', ...(notation === 'compact' && { notation }) };
  if (maximumFractionDigits !== undefined) Object.assign(base, { maximumFractionDigits, minimumFractionDigits: 0 });
  const nf = new Intl.NumberFormat(tag, base);
  const small = new Intl.NumberFormat(tag, { style, useGrouping, numberingSystem: 'latn', maximumSignificantDigits: 3 });
  const plainDefault = notation === 'standard' && style === 'decimal' && maximumFractionDigits === undefined;
  return (n) => (plainDefault && n !== 0 && Math.abs(n) < 0.001 ? small.format(n) : nf.format(n));
}

const options: fc.Arbitrary<NumberOptions> = fc.record(
  {
    notation: fc.constantFrom('standard', 'compact'),
    style: fc.constantFrom('decimal', 'percent'),
    useGrouping: fc.boolean(),
    maximumFractionDigits: fc.integer({ min: 0, max: 20 }),
  },
  { requiredKeys: [] },
); // compact percent too: no widget asks for it, but formatNumber is public (src/index.ts) and it once lost its % sign

/** Figures: any double, decimals with few digits (ties at every rounding place), and unit edges. */
const figures = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 9 })).map(([m, e]) => Number(`${m}e-${e}`)),
  fc.tuple(fc.constantFrom(9.5, 99.5, 999.5, 999.95, 9999.5, 99_950, 999_499, 999_500, 999_999, 9_995_000, 1e15, 1e21, 0.0005, 0.00095, 0.9995), fc.constantFrom(1, -1)).map(([x, s]) => x * s),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
);

describe('English figures without Intl', () => {
  it.each(LOCALES)('%s: every option and figure as Intl writes it', (tag) => {
    const loc = resolveLocale(tag);
    fc.assert(
      fc.property(options, fc.array(figures, { minLength: 1, maxLength: 20 }), (o, ns) => {
        const ours = formatNumber(loc, o);
        const theirs = intlNumber(tag, o);
        for (const n of ns) expect(ours(n), `${n} with ${JSON.stringify(o)}`).toBe(theirs(n));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the figures a reader sees on the widgets', () => {
    const en = resolveLocale('en');
    expect(formatNumber(en)(3_417_768)).toBe('3,417,768');
    expect(formatNumber(en, { notation: 'compact' })(3_417_768)).toBe('3.4M');
    expect(formatNumber(en, { notation: 'compact' })(999_999)).toBe('1M');
    expect(formatNumber(en, { style: 'percent', maximumFractionDigits: 1 })(0.094)).toBe('9.4%');
    expect(formatNumber(en, { maximumFractionDigits: 2 })(1.005)).toBe('1.01');
    expect(formatNumber(en, { useGrouping: false })(2024)).toBe('2024');
    expect(formatNumber(en, { notation: 'compact', style: 'percent' })(123.4)).toBe('12K%');
  });

  it('leaves other English regions and Arabic-Indic digits to Intl', () => {
    expect(formatNumber(resolveLocale('en-IN'))(1_234_567)).toBe('12,34,567');
    expect(formatNumber(resolveLocale('en', 'arab'))(1234)).toBe('١٬٢٣٤');
  });
});

describe('English dates without Intl', () => {
  const times = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59)), noInvalidDate: true }).map((d) => d.getTime());

  it.each(LOCALES)('%s: calendar dates as Intl writes them', (tag) => {
    const loc = resolveLocale(tag);
    const intl = (o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', numberingSystem: 'latn', ...o });
    const ymd = intl({ year: 'numeric', month: 'long', day: 'numeric' });
    const ym = intl({ year: 'numeric', month: 'long' });
    const y = intl({ year: 'numeric' });
    fc.assert(
      fc.property(times, (t) => {
        const d = new Date(t);
        const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        expect(formatDate(loc, { year, month, day })).toBe(ymd.format(t));
        expect(formatDate(loc, { year, month })).toBe(ym.format(t));
        expect(formatDate(loc, { year })).toBe(y.format(t));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(LOCALES)('%s: short labels and clock times as Intl writes them', (tag) => {
    const loc = resolveLocale(tag);
    const intl = (o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', numberingSystem: 'latn', ...o });
    const short: Record<ShortDate, Intl.DateTimeFormat> = {
      y: intl({ year: 'numeric' }),
      ym: intl({ year: 'numeric', month: 'short' }),
      m: intl({ month: 'short' }),
      md: intl({ month: 'short', day: 'numeric' }),
    };
    const clock = intl({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    fc.assert(
      fc.property(times, (t) => {
        for (const parts of ['y', 'ym', 'm', 'md'] as const) expect(formatShortDate(loc, t, parts)).toBe(short[parts].format(t));
        expect(formatClock(loc, t)).toBe(clock.format(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes September short as British English does', () => {
    const sept = Date.UTC(2016, 8, 1);
    expect(formatShortDate(resolveLocale('en-GB'), sept, 'ym')).toBe('Sept 2016');
    expect(formatShortDate(resolveLocale('en'), sept, 'md')).toBe('Sep 1');
  });
});
