/**
 * The strict number reader used for every number that comes from outside: attributes typed by
 * editors now, published data rows later. It never guesses: `parseFloat('1,234')` is 1 and
 * `Number('')` is 0, so neither is used on raw text. Only a string that has already matched the
 * decimal grammar below is converted.
 */
import { normaliseDigits } from '../../../../../src/core/digits.js';

export { normaliseDigits };

export type ParsedNumber =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly reason: 'not-a-number' | 'too-large' };

/** Tokens that publishers use for "no figure". Missing is not zero. */
const MISSING = new Set(['', '-', '–', '—', 'n/a', 'na', 'null', 'none', 'nil']);

const PLAIN = /^-?\d+(?:\.\d+)?$/;
/** Thousands groups of exactly three digits, separated by one kind of separator. */
const GROUPED = /^-?\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;

/**
 * Reads a decimal number written by a person or a publisher.
 *
 * Accepts `140000`, `-3.5`, `140,000`, `1,234,567.5`, `140 000`, `١٤٠٬٠٠٠`, `۱۴۰۰۰۰`.
 * Missing: `''`, `-`, `N/A`, `null`. Invalid: `0x10`, `1e3`, `Infinity`, `>500`, `12%`, `1,5`.
 */
export function parseStrictNumber(raw: string | number | null | undefined): ParsedNumber {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { kind: 'missing' };
    if (!Number.isFinite(raw)) return { kind: 'invalid', reason: 'not-a-number' };
    if (Math.abs(raw) > Number.MAX_SAFE_INTEGER) return { kind: 'invalid', reason: 'too-large' };
    return { kind: 'number', value: raw === 0 ? 0 : raw }; // no -0: it would print as "-0"
  }
  const text = normaliseDigits(raw.trim());
  if (MISSING.has(text.toLowerCase())) return { kind: 'missing' };
  let canonical: string;
  if (PLAIN.test(text)) canonical = text;
  else if (GROUPED.test(text)) canonical = text.replace(/[, \u00a0\u202f]/g, '');
  else return { kind: 'invalid', reason: 'not-a-number' };
  // `canonical` matches /^-?\d+(\.\d+)?$/ here, so this conversion is exact and total.
  const value = Number(canonical);
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { kind: 'invalid', reason: 'too-large' };
  return { kind: 'number', value: value === 0 ? 0 : value }; // no -0
}

/**
 * A latitude (`max` 90) or longitude (`max` 180) in decimal degrees: a JSON number or a plain
 * decimal (`36.34`, `-0.5`, `٣٦٫٣٤`), within ±max. No grouping, exponents, units or hemisphere
 * letters: anything else is undefined, never a guess.
 */
export function parseCoordinate(raw: unknown, max: number): number | undefined {
  let v: number;
  if (typeof raw === 'number') v = raw;
  else if (typeof raw === 'string') {
    const t = normaliseDigits(raw.trim());
    if (!/^[+-]?\d{1,3}(\.\d{1,12})?$/.test(t)) return undefined;
    v = Number(t); // the grammar above admits plain decimals only
  } else return undefined;
  return Number.isFinite(v) && Math.abs(v) <= max ? v : undefined;
}
