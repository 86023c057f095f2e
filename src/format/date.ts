/**
 * Calendar dates: a strict ISO 8601 reader (no `Date.parse`, no time-zone shift) and a localised
 * writer. A DTM `reportingDate` such as `2024-04-30T00:00:00` is a calendar date: it is shown as
 * 30 April 2024 in every time zone.
 */
import type { ResolvedLocale } from '../i18n/locale.js';
import { normaliseDigits } from '../data/strict-number.js';
import { formatNumber } from './number.js';

export interface CalendarDate {
  readonly year: number;
  /** 1-12, absent for a year-only date. */
  readonly month?: number;
  /** 1-31, absent for a year or year-month date. */
  readonly day?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Reads ASCII digits the regex has already validated (not `parseInt`: no partial reads). */
function digits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and ISO date-times (the date part is kept as written),
 * in Arabic-Indic digits too (`٢٠٢٤-٠٤-٣٠`, as editors type them in Arabic and Sorani).
 * Returns undefined for anything else, including impossible dates such as `2024-02-30`.
 */
export function parseIsoDate(raw: string): CalendarDate | undefined {
  const m = ISO.exec(normaliseDigits(raw.trim()));
  if (!m) return undefined;
  const year = digits(m[1]!);
  if (year < 1) return undefined; // there is no year 0 in the calendar these dates are written in
  if (m[2] === undefined) return { year };
  const month = digits(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = digits(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] !== undefined && (digits(m[4]) > 23 || digits(m[5]!) > 59 || (m[6] !== undefined && digits(m[6]) > 59))) return undefined;
  return { year, month, day };
}

const TIME_OF_DAY = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/;

/**
 * The key of a date as the data layer keys it: the calendar date at its precision, and the time
 * of day when it is not midnight (`2024-04-30T06:00`; DTM's `T00:00:00` is a calendar date).
 * `text` is the ISO text `date` was read from.
 */
export function keyWithTime(date: CalendarDate, text: string): string {
  const time = TIME_OF_DAY.exec(text);
  return time && (time[1] !== '00' || time[2] !== '00') ? `${dateKey(date)}T${time[1]}:${time[2]}` : dateKey(date);
}

/** An ISO date as typed (Arabic-Indic digits too) as the data layer keys it; undefined if it is none. */
export function isoKey(raw: string): string | undefined {
  const text = normaliseDigits(raw.trim());
  const date = parseIsoDate(text);
  return date && keyWithTime(date, text);
}

/** True when the date key `date` falls within `key` (the same date, or a month, day or hour of it). */
export function isWithin(date: string, key: string): boolean {
  return date === key || date.startsWith(`${key}-`) || date.startsWith(`${key}T`);
}

/** The ISO key of a calendar date at its precision: `2024-04-30`, `2024-04`, `2024`. */
export function dateKey(d: CalendarDate): string {
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return d.month === undefined ? String(d.year) : d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Sorani (Iraqi Kurdistan) Gregorian month names, as CLDR's ckb locale has them. */
const CKB_MONTHS = [
  'کانوونی دووەم', 'شوبات', 'ئازار', 'نیسان', 'ئایار', 'حوزەیران',
  'تەممووز', 'ئاب', 'ئەیلوول', 'تشرینی یەکەم', 'تشرینی دووەم', 'کانوونی یەکەم',
];

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Writes a calendar date in the widget's language: `30 April 2024`, `٣٠ نيسان ٢٠٢٤` (ar-IQ uses
 * the month names of Iraq), `٣٠ی نیسانی ٢٠٢٤` (ckb, CLDR's pattern `dی MMMMی y`).
 */
export function formatDate(loc: ResolvedLocale, date: CalendarDate): string {
  const { year, month, day } = date;
  if (loc.lang === 'ckb') {
    const n = formatNumber(loc, { useGrouping: false });
    if (month === undefined) return n(year);
    const name = CKB_MONTHS[month - 1]!;
    return day === undefined ? `${name}ی ${n(year)}` : `${n(day)}ی ${name}ی ${n(year)}`;
  }
  const fields = month === undefined ? 'y' : day === undefined ? 'ym' : 'ymd';
  const key = `${loc.intl}|${loc.numerals}|${fields}`;
  let df = dateFormats.get(key);
  if (!df) {
    df = new Intl.DateTimeFormat(loc.intl, {
      timeZone: 'UTC',
      numberingSystem: loc.numerals,
      year: 'numeric',
      ...(month !== undefined && { month: 'long' }),
      ...(day !== undefined && { day: 'numeric' }),
    });
    dateFormats.set(key, df);
  }
  return df.format(utc(year, (month ?? 1) - 1, day ?? 1));
}

/** UTC ms of a calendar date; years 0-99 stay themselves (Date.UTC would read 24 as 1924). */
function utc(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Which parts of a date a short label shows: year; month and year; month; day and month. */
export type ShortDate = 'y' | 'ym' | 'm' | 'md';

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A short date label for axis ticks and summaries: `2016`, `Mar 2016`, `Mar`, `30 Apr`
 * (`آذار ٢٠١٦` for ar-IQ; Sorani from our own month names).
 */
export function formatShortDate(loc: ResolvedLocale, time: number, parts: ShortDate): string {
  const d = new Date(time);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  if (loc.lang === 'ckb') {
    const n = formatNumber(loc, { useGrouping: false });
    const name = CKB_MONTHS[month]!;
    return parts === 'y' ? n(year) : parts === 'ym' ? `${name} ${n(year)}` : parts === 'm' ? name : `${n(d.getUTCDate())}ی ${name}`;
  }
  const key = `${loc.intl}|${loc.numerals}|${parts}`;
  let f = shortFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(loc.intl, {
      timeZone: 'UTC',
      numberingSystem: loc.numerals,
      ...(parts === 'y' && { year: 'numeric' }),
      ...(parts === 'ym' && { year: 'numeric', month: loc.lang === 'en' ? 'short' : 'long' }),
      ...(parts === 'm' && { month: loc.lang === 'en' ? 'short' : 'long' }),
      ...(parts === 'md' && { month: loc.lang === 'en' ? 'short' : 'long', day: 'numeric' }),
    });
    shortFormats.set(key, f);
  }
  return f.format(time);
}
