/**
 * Calendar dates, the one home of the rules: a strict ISO 8601 reader (no `Date.parse`, no
 * time-zone shift), the key the data layer gives a date, and "is this date within that key".
 * A DTM `reportingDate` such as `2024-04-30T00:00:00` is a calendar date: the same day in every
 * time zone. Pure: the data layer reads with it and format/date.ts writes dates in a language.
 */
import { normaliseDigits } from './digits.js';

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
  // no array literal here: this runs for every date cell read (hourly data: every row)
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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

/**
 * `days` after the ISO calendar date `iso` (`YYYY-MM-DD`, a date of ours such as "today", never
 * a data cell), as `YYYY-MM-DD`.
 */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map((s) => Number(s)) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
