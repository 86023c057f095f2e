/**
 * Readers of one cell: a figure, a date, an area code, a name. Each is strict (no parseFloat,
 * Number or Date.parse on data) and says why it refuses a cell, as a reason code. These run
 * once per cell: the common cases (a JSON number, an ISO date text) allocate nothing.
 */
import { daysInMonth, keyWithTime, parseIsoDate, type CalendarDate } from '../../core/dates.js';
import { normaliseDigits } from '../../../../../../src/core/digits.js';
import { withoutDirectionControls } from '../../../../../../src/internal/text.js';
import { normaliseRegion } from '../../../../../../src/data/iraq.js';
import { parseStrictNumber } from '../../../../../../src/data/strict-number.js';
import type { DateFormat, ReasonCode } from '../../../../../../src/data/pipeline/types.js';

/** A cell as text; non-primitive cells (objects, arrays) have none. Never String() an object. */
export function cellText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/**
 * A cell shown as a name (a series, a point), trimmed, without the controls that would turn a
 * heading or summary around (internal/text.ts); undefined when nothing is left.
 */
export function label(v: unknown): string | undefined {
  const text = cellText(v);
  return text === undefined ? undefined : withoutDirectionControls(text).trim() || undefined;
}

const QUALIFIED = /^\s*(?:[<>≤≥~≈+]|about\b|approx|c\.\s)|%\s*$/i;

/**
 * A figure, or the reason it is refused. Returns a number or a reason code, not an object: this
 * runs once per cell, and the common case (a JSON number) allocates nothing.
 */
export function readValue(raw: unknown, cap: number): number | ReasonCode {
  if (typeof raw === 'number' && raw >= 0 && raw <= cap) return raw === 0 ? 0 : raw; // finite, no -0
  if (typeof raw === 'object' && raw !== null) return 'not-a-number';
  if (typeof raw === 'boolean') return 'not-a-number';
  const parsed = parseStrictNumber(raw as string | number | null | undefined);
  if (parsed.kind === 'missing') return 'missing-value';
  if (parsed.kind === 'invalid') {
    if (typeof raw === 'string' && QUALIFIED.test(raw)) return 'qualified-value';
    return parsed.reason === 'too-large' ? 'implausible' : 'not-a-number';
  }
  if (parsed.value < 0) return 'negative';
  if (parsed.value > cap) return 'implausible';
  return parsed.value;
}

const SLASH = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/;

/** Two ASCII digits at `i` of `s` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The key of the commonest date texts, `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM[:SS]` (no zone), read
 * in place; undefined for anything else, which then takes the general path. Gives the same key
 * as that path (a time at midnight is a calendar date; seconds are dropped).
 */
function fastDateKey(raw: string): string | undefined {
  const n = raw.length;
  if ((n !== 10 && n !== 16 && n !== 19) || raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return undefined;
  const century = two(raw, 0);
  const yy = two(raw, 2);
  const month = two(raw, 5);
  const day = two(raw, 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(century * 100 + yy, month)) return undefined;
  if (n === 10) return raw;
  if (raw.charCodeAt(10) !== 84 || raw.charCodeAt(13) !== 58) return undefined; // T, :
  const hour = two(raw, 11);
  const minute = two(raw, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  if (n === 19 && (raw.charCodeAt(16) !== 58 || two(raw, 17) < 0 || two(raw, 17) > 59)) return undefined;
  return hour === 0 && minute === 0 ? raw.slice(0, 10) : raw.slice(0, 16);
}

/** A date cell's key (`2024-04-30`, `2024-04`, `2024`, `2024-04-30T06:00`), or why it is refused. */
export function readDate(raw: unknown, format: DateFormat | undefined): string | { reason: ReasonCode } {
  if (typeof raw === 'string') {
    const fast = fastDateKey(raw);
    if (fast !== undefined) return fast;
  }
  if (raw === null || raw === undefined || raw === '') return { reason: 'missing-date' };
  if (typeof raw === 'number') {
    // a bare year (2024) is a date; an Excel serial (45000) or a timestamp is not
    return Number.isInteger(raw) && raw >= 1900 && raw <= 2100 ? String(raw) : { reason: 'invalid-date' };
  }
  if (typeof raw !== 'string') return { reason: 'invalid-date' };
  const text = normaliseDigits(raw.trim());
  if (text === '') return { reason: 'missing-date' };
  let parsed: CalendarDate | undefined = parseIsoDate(text);
  if (!parsed) {
    const m = SLASH.exec(text);
    if (!m) return { reason: 'invalid-date' };
    if (!format) return { reason: 'ambiguous-date' };
    const [a, b, c] = [m[1]!, m[2]!, m[3]!];
    const [y, mo, d] = format === 'DD/MM/YYYY' ? [c, b, a] : format === 'MM/DD/YYYY' ? [c, a, b] : [a, b, c];
    if (y.length !== 4) return { reason: 'invalid-date' };
    parsed = parseIsoDate(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
    if (!parsed) return { reason: 'invalid-date' };
  }
  // a time other than midnight is kept (hourly monitoring data), as written; DTM's T00:00:00 is a
  // calendar date and stays one
  return keyWithTime(parsed, text);
}

const DATE_CACHE_SIZE = 4096;

/**
 * Reads the date cells of one run: a key, or why the cell is refused. Reporting dates are
 * believed from 1990 to `latest` (a month after "today"), for figures and blanks alike.
 * Dates repeat across rows: each distinct text is read once, while few are distinct (hourly
 * data has a new date on every row, and a cache would only cost).
 */
export class DateReader {
  readonly #format: DateFormat | undefined;
  readonly #latest: string;
  readonly #cache = new Map<unknown, string | { reason: ReasonCode }>();

  constructor(format: DateFormat | undefined, latest: string) {
    this.#format = format;
    this.#latest = latest;
  }

  read(raw: unknown): string | { reason: ReasonCode } {
    const cache = this.#cache;
    // a full cache means many distinct dates (hourly data, or long daily data area by area):
    // reading a date again costs less than looking it up among them
    let d = cache.size < DATE_CACHE_SIZE ? cache.get(raw) : undefined;
    if (d === undefined) {
      d = readDate(raw, this.#format);
      if (typeof d === 'string' && !(d >= '1990' && d <= this.#latest)) d = { reason: 'implausible-date' };
      if ((typeof raw === 'string' || typeof raw === 'number') && cache.size < DATE_CACHE_SIZE) cache.set(raw, d);
    }
    return d;
  }
}

/** Reads the area-code cells of one run (normaliseRegion), each distinct code once. */
export class RegionReader {
  readonly #cache = new Map<unknown, ReturnType<typeof normaliseRegion>>();

  read(raw: unknown): ReturnType<typeof normaliseRegion> {
    let r = this.#cache.get(raw);
    if (r === undefined) {
      r = normaliseRegion(raw);
      if (typeof raw === 'string' || typeof raw === 'number') this.#cache.set(raw, r);
    }
    return r;
  }
}
