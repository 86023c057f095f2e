/**
 * Calendar dates written in the widget's language. A DTM `reportingDate` such as
 * `2024-04-30T00:00:00` is a calendar date: it is shown as 30 April 2024 in every time zone.
 * Reading dates and keying them is core/dates.ts (shared with the data layer). English with Latin
 * digits is written by format/english.ts, without starting ICU.
 */
import type { CalendarDate } from '../core/dates.js';
import type { ResolvedLocale } from '../i18n/locale.js';
import { core } from '../i18n/messages.js';
import { englishDate, plainEnglish } from './english.js';
import { formatNumber } from './number.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Writes a calendar date in the widget's language: `30 April 2024`, `٣٠ نيسان ٢٠٢٤` (ar-IQ uses
 * the month names of Iraq), `٣٠ی نیسانی ٢٠٢٤` (ckb, CLDR's pattern `dی MMMMی y`).
 */
export function formatDate(loc: ResolvedLocale, date: CalendarDate): string {
  const { year, month, day } = date;
  // Sorani month names come with the Sorani strings (i18n/ckb.ts): browsers have none
  const months = core.get(loc.lang).months;
  if (months) {
    const n = formatNumber(loc, { useGrouping: false });
    if (month === undefined) return n(year);
    const name = months[month - 1]!;
    return day === undefined ? `${name}ی ${n(year)}` : `${n(day)}ی ${name}ی ${n(year)}`;
  }
  const fields = month === undefined ? 'y' : day === undefined ? 'ym' : 'ymd';
  const english = plainEnglish(loc.intl, loc.numerals) && englishDate(loc.intl, fields, false, year, (month ?? 1) - 1, day ?? 1);
  if (english) return english;
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
  const months = core.get(loc.lang).months;
  if (months) {
    const n = formatNumber(loc, { useGrouping: false });
    const name = months[month]!;
    return parts === 'y' ? n(year) : parts === 'ym' ? `${name} ${n(year)}` : parts === 'm' ? name : `${n(d.getUTCDate())}ی ${name}`;
  }
  const english = plainEnglish(loc.intl, loc.numerals) && englishDate(loc.intl, parts, true, year, month, d.getUTCDate());
  if (english) return english;
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
