/**
 * Rows to observations: choose the columns, filter, read every cell with a strict reader, and
 * account for every row: used, merged (a duplicate region/date/series combined by the declared
 * rule) or rejected with a reason code. `used + merged + rejected === total`, always.
 */
import { withoutDirectionControls } from '../internal/text.js';
import { addDays, dateKey, daysInMonth, keyWithTime, parseIsoDate, type CalendarDate } from '../core/dates.js';

export { dateKey };
import { normaliseDigits } from '../core/digits.js';
import { parseCoordinate, parseStrictNumber } from './strict-number.js';
import { hxlMatches, parseHxlTag } from './hxl.js';
import { normaliseRegion } from './iraq.js';
import { isInArea, isPartOf } from '../core/areas.js';
import type { Column, Format, Table } from './table.js';

export type ReasonCode =
  | 'filtered'
  | 'empty-row'
  | 'missing-value'
  | 'not-a-number'
  | 'qualified-value'
  | 'negative'
  | 'implausible'
  | 'missing-date'
  | 'invalid-date'
  | 'ambiguous-date'
  | 'implausible-date'
  | 'missing-region'
  | 'unknown-region'
  | 'ambiguous-code'
  | 'reserved-key'
  | 'missing-series'
  | 'duplicate'
  | 'invalid-coordinate'
  | 'not-on-map';

export type DuplicateRule = 'sum' | 'max' | 'min' | 'mean' | 'first' | 'last' | 'reject';
export type DateFormat = 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY/MM/DD';

export interface PipelineOptions {
  /** Column name or HXL tag pattern of the figure. */
  readonly valueField?: string;
  /**
   * Several figure columns read in one pass, each its own series (named by the field). The
   * accounting is then per value: `total` is rows × fields. Overrides valueField and seriesField.
   */
  readonly valueFields?: readonly string[];
  readonly dateField?: string;
  readonly regionField?: string;
  readonly seriesField?: string;
  /**
   * Columns of each row's latitude and longitude (sites, camps): every row is then a point of
   * its own, keyed by its coordinates (`Observation.point`), with or without a region.
   */
  readonly latField?: string;
  readonly lonField?: string;
  /** With points: the column of each point's name (a site, a camp), shown instead of its coordinates. */
  readonly nameField?: string;
  /** `field=value` pairs separated by `;`: a row is kept when every pair matches. */
  readonly filter?: string;
  /** Keep rows of this region (any P-code form or name); a governorate also keeps its districts. */
  readonly region?: string;
  /** How slash dates are written; without it they are refused as ambiguous. */
  readonly dateFormat?: DateFormat;
  /** How rows with the same date, region and series combine. */
  readonly duplicates?: DuplicateRule;
  /** Largest believable figure (people): bigger values are refused as implausible. */
  readonly maxValue?: number;
  /** For tests: "today", as an ISO date, for the plausibility window of dates. */
  readonly today?: string;
}

export interface Observation {
  /** ISO calendar key: `2024-04-30`, `2024-04` or `2024`; undefined when the data has no dates. */
  readonly date?: string;
  readonly region?: string;
  readonly series?: string;
  /** [longitude, latitude] in degrees, when the data has coordinates (latField, lonField). */
  readonly point?: readonly [number, number];
  /** The point's name (nameField), as text: at most 80 characters, never markup. */
  readonly name?: string;
  readonly value: number;
  /**
   * True when an area that contains this one (its code a prefix of this code: Iraq, IQ, for its
   * governorates; a governorate for its districts) has a row of its own at the same date and
   * series. Totals (a counter, a trend) use that row and skip this one, or the same people would
   * count twice; a map drawn at this finer level still shows it.
   */
  readonly covered?: true;
}

export interface RejectedExample {
  /** 1-based position of the row among the data rows. */
  readonly row: number;
  readonly reason: ReasonCode;
  /** The offending cell as text (capped), when there is one. */
  readonly value?: string;
}

export interface LoadReport {
  readonly total: number;
  readonly used: number;
  readonly merged: number;
  readonly rejected: number;
  readonly reasons: Partial<Record<ReasonCode, number>>;
  readonly examples: readonly RejectedExample[];
  /** The columns used. */
  readonly fields: { readonly value: string; readonly date?: string; readonly region?: string; readonly series?: string };
  /** Facts worth a console note, e.g. several DTM operations in one file. */
  readonly notes: readonly string[];
}

/** A reporting date at which a row said "no figure" (missing, not zero): charts draw a gap there. */
export interface Gap {
  readonly date: string;
  readonly region?: string;
  readonly series?: string;
}

export type PipelineResult =
  | { readonly ok: true; readonly format: Format; readonly observations: readonly Observation[]; readonly gaps: readonly Gap[]; readonly report: LoadReport }
  | { readonly ok: false; readonly kind: 'fields'; readonly detail: string };

const MAX_EXAMPLES = 10;
const DATE_CACHE_SIZE = 4096;
const PEOPLE_CAP = 1e10;

/**
 * A cell shown as a name (a series, a point), trimmed, without the controls that would turn a
 * heading or summary around (internal/text.ts); undefined when nothing is left.
 */
function label(v: unknown): string | undefined {
  const text = cellText(v);
  return text === undefined ? undefined : withoutDirectionControls(text).trim() || undefined;
}

/** A cell as text; non-primitive cells (objects, arrays) have none. Never String() an object. */
export function cellText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Finds a column by exact name, then case-insensitive name, or by HXL pattern for `#…`. */
export function findColumn(columns: readonly Column[], spec: string): Column | undefined {
  const s = spec.trim();
  if (s.startsWith('#')) {
    const pattern = parseHxlTag(s);
    return pattern && columns.find((c) => c.tag && hxlMatches(pattern, c.tag));
  }
  return columns.find((c) => c.name === s) ?? columns.find((c) => c.name.toLowerCase() === s.toLowerCase());
}

function firstMatch(columns: readonly Column[], specs: readonly string[]): Column | undefined {
  for (const s of specs) {
    const c = findColumn(columns, s);
    if (c) return c;
  }
  return undefined;
}

function hasValues(table: Table, column: Column): boolean {
  const limit = Math.min(table.rows.length, 200);
  for (let i = 0; i < limit; i++) {
    const t = cellText(column.get(table.rows[i]));
    if (t !== undefined && t.trim() !== '') return true;
  }
  return false;
}

function numericColumn(table: Table, skip: RegExp): Column | undefined {
  return table.columns.find((c) => {
    if (skip.test(c.name)) return false;
    let seen = 0;
    const limit = Math.min(table.rows.length, 20);
    for (let i = 0; i < limit; i++) {
      const parsed = parseStrictNumber(cellText(table.rows[i] === undefined ? undefined : c.get(table.rows[i])));
      if (parsed.kind === 'invalid') return false;
      if (parsed.kind === 'number') seen++;
    }
    return seen > 0;
  });
}

const NOT_A_FIGURE = /date|year|month|round|^id$|code|pcode|lat|lon/i;
const PEOPLE_HASHTAGS = new Set(['affected', 'population', 'inneed', 'targeted', 'reached']);

interface Fields {
  value?: Column;
  date?: Column;
  region?: Column;
  series?: Column;
}

/**
 * DTM records without `reportingDate` (older exports, snapshots kept at month precision) carry
 * `yearReportingDate` and `monthReportingDate`: read them together as `YYYY-MM`.
 */
function yearMonthColumn(columns: readonly Column[]): Column | undefined {
  const year = findColumn(columns, 'yearReportingDate');
  const month = findColumn(columns, 'monthReportingDate');
  if (!year || !month) return undefined;
  return {
    name: 'yearReportingDate + monthReportingDate',
    get: (row) => {
      const y = cellText(year.get(row))?.trim();
      const m = cellText(month.get(row))?.trim();
      if (!y || !m) return undefined;
      return /^\d{4}$/.test(y) && /^\d{1,2}$/.test(m) ? `${y}-${m.padStart(2, '0')}` : `${y}-${m}`;
    },
  };
}

/** The format's default columns (dtm-data.md §1.4, §1.7). */
function defaultFields(table: Table): Fields {
  const { columns } = table;
  const deepest = (specs: string[]): Column | undefined => specs.map((s) => findColumn(columns, s)).find((c) => c && hasValues(table, c));
  if (table.format === 'dtm') {
    return {
      value: findColumn(columns, 'numPresentIdpInd'),
      date: findColumn(columns, 'reportingDate') ?? yearMonthColumn(columns),
      region: deepest(['admin2Pcode', 'admin1Pcode', 'admin0Pcode']),
    };
  }
  if (table.columns.some((c) => c.tag)) {
    return {
      value:
        findColumn(columns, '#affected+idps') ??
        columns.find((c) => c.tag && PEOPLE_HASHTAGS.has(c.tag.hashtag) && numericColumn({ ...table, columns: [c] }, /$^/)),
      date: firstMatch(columns, ['#date+reported-year-month', '#date-year-month', '#date']),
      region: deepest(['#adm5+code', '#adm4+code', '#adm3+code', '#adm2+code', '#adm1+code', '#country+code']),
    };
  }
  return {
    value: firstMatch(columns, ['value', 'numPresentIdpInd']) ?? numericColumn(table, NOT_A_FIGURE),
    date: firstMatch(columns, ['date', 'reportingDate']) ?? columns.find((c) => /date/i.test(c.name)),
    region: firstMatch(columns, ['region', 'pcode', 'p-code']) ?? deepest(['admin2Pcode', 'admin1Pcode', 'admin0Pcode']),
  };
}

type FilterPair = readonly [Column, string];

function parseFilter(columns: readonly Column[], filter: string): FilterPair[] | string {
  const pairs: FilterPair[] = [];
  for (const part of filter.split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return `filter "${part.trim()}" is not field=value`;
    const name = part.slice(0, eq).trim();
    const column = findColumn(columns, name);
    if (!column) return `filter field "${name}" is not a column`;
    pairs.push([column, part.slice(eq + 1).trim()]);
  }
  return pairs;
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
function readDate(raw: unknown, format: DateFormat | undefined): string | { reason: ReasonCode } {
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


const QUALIFIED = /^\s*(?:[<>≤≥~≈+]|about\b|approx|c\.\s)|%\s*$/i;

/**
 * A figure, or the reason it is refused. Returns a number or a reason code, not an object: this
 * runs once per cell, and the common case (a JSON number) allocates nothing.
 */
function readValue(raw: unknown, cap: number): number | ReasonCode {
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

function combine(rule: DuplicateRule, a: number, b: number, n: number): number {
  switch (rule) {
    case 'max':
      return Math.max(a, b);
    case 'min':
      return Math.min(a, b);
    case 'mean':
      return a + (b - a) / n; // running mean over n values
    case 'first':
      return a;
    case 'last':
      return b;
    default:
      return a + b;
  }
}

/** Reads every row of `table` into observations, with a full account of the rows. */
export function buildObservations(table: Table, options: PipelineOptions = {}): PipelineResult {
  const defaults = defaultFields(table);
  const present = table.columns.map((c) => c.name).slice(0, 30).join(', ') || 'none';
  const pick = (spec: string | undefined, fallback: Column | undefined, role: string): Column | undefined | string => {
    if (!spec?.trim()) return fallback;
    return findColumn(table.columns, spec) ?? `the ${role} field "${spec.trim()}" is not in the data (columns: ${present})`;
  };
  const fields: Fields = {};
  for (const [role, spec, fallback] of [
    ['value', options.valueField, defaults.value],
    ['date', options.dateField, defaults.date],
    ['region', options.regionField, defaults.region],
    ['series', options.seriesField, undefined],
  ] as const) {
    const c = pick(spec, fallback, role);
    if (typeof c === 'string') return { ok: false, kind: 'fields', detail: c };
    if (c) fields[role] = c;
  }
  const value = fields.value;
  if (!value) {
    if (table.rows.length === 0) {
      return { ok: true, format: table.format, observations: [], gaps: [], report: emptyReport() };
    }
    return { ok: false, kind: 'fields', detail: `no column of figures found; set value-field (columns: ${present})` };
  }

  // the figure columns of this run: one, or several read in the same pass
  let valueCols: Column[] = [value];
  let cellSeries: (string | undefined)[] = [undefined];
  let ignoredSeries: string | undefined;
  if (options.valueFields && options.valueFields.length > 1) {
    valueCols = [];
    for (const f of options.valueFields) {
      const c = findColumn(table.columns, f);
      if (!c) return { ok: false, kind: 'fields', detail: `the value field "${f}" is not in the data (columns: ${present})` };
      valueCols.push(c);
    }
    cellSeries = [...options.valueFields];
    if (fields.series) ignoredSeries = fields.series.name;
    delete fields.series;
  }
  const k = valueCols.length;
  const reads: (number | ReasonCode)[] = new Array<number | ReasonCode>(k);
  const raws: unknown[] = new Array<unknown>(k);
  // each figure column's last slot: consecutive rows of one area and series need no lookup
  const lastSlot: (Slot | undefined)[] = new Array<Slot | undefined>(k).fill(undefined);
  const lastPlace: string[] = new Array<string>(k).fill('');
  const lastSeries: (string | undefined)[] = new Array<string | undefined>(k).fill(undefined);

  const filter = options.filter ? parseFilter(table.columns, options.filter) : [];
  if (typeof filter === 'string') return { ok: false, kind: 'fields', detail: filter };
  // points (sites): both coordinates, or neither; a region is then read only when asked for
  let coords: { lat: Column; lon: Column; name: Column | undefined } | undefined;
  if (options.latField?.trim() || options.lonField?.trim()) {
    if (!options.latField?.trim() || !options.lonField?.trim()) return { ok: false, kind: 'fields', detail: 'set both lat-field and lon-field for points' };
    const lat = pick(options.latField, undefined, 'latitude');
    const lon = pick(options.lonField, undefined, 'longitude');
    if (typeof lat === 'string' || !lat) return { ok: false, kind: 'fields', detail: String(lat) };
    if (typeof lon === 'string' || !lon) return { ok: false, kind: 'fields', detail: String(lon) };
    const name = options.nameField?.trim() ? pick(options.nameField, undefined, 'name') : undefined;
    if (typeof name === 'string') return { ok: false, kind: 'fields', detail: name };
    coords = { lat, lon, name };
    if (!options.regionField?.trim()) delete fields.region;
  }
  let regionWanted: string | undefined;
  /** The row's area is the region asked for, or one of its parts (always, without region). */
  const inRegion = (code: string | undefined): boolean => !regionWanted || (code !== undefined && isInArea(code, regionWanted));
  if (options.region?.trim()) {
    const r = normaliseRegion(options.region);
    if (!r.ok) return { ok: false, kind: 'fields', detail: `region "${options.region.trim()}" is not a region code (${r.reason})` };
    regionWanted = r.code;
  }

  const rule = options.duplicates ?? 'sum';
  const cap = options.maxValue ?? PEOPLE_CAP;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const latest = addDays(today, 31);
  // reporting dates are believed from 1990 to a month ahead, for figures and blanks alike
  const plausible = (d: string): boolean => d >= '1990' && d <= latest;
  const reasons: Partial<Record<ReasonCode, number>> = {};
  const examples: RejectedExample[] = [];
  let rejected = 0;
  let merged = 0;
  const reject = (row: number, reason: ReasonCode, cell?: unknown): void => {
    rejected++;
    reasons[reason] = (reasons[reason] ?? 0) + 1;
    if (examples.length < MAX_EXAMPLES && reason !== 'filtered') {
      const text = cellText(cell);
      examples.push({ row, reason, ...(text !== undefined && { value: text.slice(0, 80) }) });
    }
  };

  /** Refuses a row's remaining figures (`alive` of them) for one reason: a bad date, area or series. */
  const refuseRest = (n: number, alive: number, reason: ReasonCode, cell?: unknown): void => {
    for (let j = 0; j < alive; j++) reject(n, reason, cell);
  };
  // series -> area -> its observations by date, see Slot
  const slots = new Map<string | undefined, Map<string, Slot>>();
  const observations: MutableObservation[] = [];
  const counts: number[] = [];
  const firstRows: number[] = [];
  let refused = 0; // observations refused as duplicates (rule "reject"), dropped at the end
  const rejectedKeys = new Set<string>();
  const operations = new Set<string>();
  const gaps: Gap[] = [];
  const operationColumn = table.format === 'dtm' ? findColumn(table.columns, 'operation') : undefined;

  // dates and area codes repeat across rows: read each distinct text once (dates only while few
  // are distinct: hourly data has a new date on every row, and a cache would only cost)
  const dateCache = new Map<unknown, ReturnType<typeof readDate>>();
  const regionCache = new Map<unknown, ReturnType<typeof normaliseRegion>>();
  const { rows } = table;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const n = i + 1;
    if (row === null || typeof row !== 'object') {
      for (let j = 0; j < k; j++) reject(n, 'empty-row');
      continue;
    }
    let keep = true;
    for (let f = 0; f < filter.length; f++) {
      if (cellText(filter[f]![0].get(row))?.trim() !== filter[f]![1]) {
        keep = false;
        break;
      }
    }
    if (!keep) {
      for (let j = 0; j < k; j++) reject(n, 'filtered');
      continue;
    }
    // the figures first: a row without them is refused for that, whatever else is wrong
    let alive = 0;
    for (let j = 0; j < k; j++) {
      const raw = valueCols[j]!.get(row);
      const read = readValue(raw, cap);
      raws[j] = raw;
      reads[j] = read;
      if (typeof read !== 'string') {
        alive++;
        continue;
      }
      const empty = read === 'missing-value' && isEmptyRow(table.columns, row);
      reject(n, empty ? 'empty-row' : read, raw);
      // "no figure" for a date is kept as a gap (never bridged, never zero), for the region asked
      // for only: another governorate's blank is not a gap in this one's line
      if (read === 'missing-value' && !empty && fields.date) {
        const d = readDate(fields.date.get(row), options.dateFormat);
        // a blank dated 2204 is no more a gap than a figure dated 2204 is a figure
        if (typeof d === 'string' && plausible(d)) {
          const region = fields.region ? normaliseRegion(fields.region.get(row)) : undefined;
          const code = region?.ok ? region.code : undefined;
          if (inRegion(code)) {
            const series = cellSeries[j] ?? (fields.series ? label(fields.series.get(row)) : undefined);
            // with series-field, a blank without a series name is a gap in no series
            if (!fields.series || series) gaps.push({ date: d, ...(code !== undefined && { region: code }), ...(series && { series }) });
          }
        }
      }
    }
    if (alive === 0) continue;
    let date: string | undefined;
    if (fields.date) {
      const raw = fields.date.get(row);
      // a full cache means many distinct dates (hourly data, or long daily data area by area):
      // reading a date again costs less than looking it up among them
      let d = dateCache.size < DATE_CACHE_SIZE ? dateCache.get(raw) : undefined;
      if (d === undefined) {
        d = readDate(raw, options.dateFormat);
        if (typeof d === 'string' && !plausible(d)) d = { reason: 'implausible-date' };
        if ((typeof raw === 'string' || typeof raw === 'number') && dateCache.size < DATE_CACHE_SIZE) dateCache.set(raw, d);
      }
      if (typeof d !== 'string') {
        refuseRest(n, alive, d.reason, raw);
        continue;
      }
      date = d;
    }
    let region: string | undefined;
    if (fields.region) {
      const raw = fields.region.get(row);
      let r = regionCache.get(raw);
      if (r === undefined) {
        r = normaliseRegion(raw);
        if (typeof raw === 'string' || typeof raw === 'number') regionCache.set(raw, r);
      }
      if (!r.ok) {
        refuseRest(n, alive, r.reason, raw);
        continue;
      }
      region = r.code;
    }
    if (!inRegion(region)) {
      refuseRest(n, alive, 'filtered');
      continue;
    }
    // a point's place is its coordinates; (0, 0) is a blank filled with zeros, not a site
    let point: [number, number] | undefined;
    if (coords) {
      const lat = parseCoordinate(coords.lat.get(row), 90);
      const lon = parseCoordinate(coords.lon.get(row), 180);
      if (lat === undefined || lon === undefined || (lat === 0 && lon === 0)) {
        refuseRest(n, alive, 'invalid-coordinate', lat === undefined ? coords.lat.get(row) : coords.lon.get(row));
        continue;
      }
      point = [lon, lat];
    }
    const pointName = coords?.name ? label(coords.name.get(row))?.replace(/\s+/g, ' ').slice(0, 80) || undefined : undefined;
    const place = point ? `${point[0]},${point[1]}` : (region ?? '');
    let rowSeries: string | undefined;
    if (fields.series) {
      const raw = fields.series.get(row);
      const text = label(raw);
      if (!text) {
        refuseRest(n, alive, 'missing-series', raw);
        continue;
      }
      rowSeries = text;
    }
    if (operationColumn) {
      const op = cellText(operationColumn.get(row));
      if (op) operations.add(op);
    }
    const dateKeyed = date ?? '';
    for (let j = 0; j < k; j++) {
      const read = reads[j]!;
      if (typeof read === 'string') continue;
      const series = cellSeries[j] ?? rowSeries;
      // three levels: series and area (few), then date; no string is built per value
      let slot = lastSlot[j];
      if (!slot || lastPlace[j] !== place || lastSeries[j] !== series) {
        let bySeries = slots.get(series);
        if (!bySeries) slots.set(series, (bySeries = new Map()));
        slot = bySeries.get(place);
        if (!slot) bySeries.set(place, (slot = { last: undefined, byDate: undefined, entries: [] }));
        lastSlot[j] = slot;
        lastPlace[j] = place;
        lastSeries[j] = series;
      }
      // a date after every earlier one of this key is new: no lookup (sorted data never needs one)
      const at = slot.last === undefined || dateKeyed > slot.last ? undefined : dateIndex(slot, observations).get(dateKeyed);
      if (at === undefined) {
        if (slot.byDate && rejectedKeys.has(`${dateKeyed}\u0000${place}\u0000${series ?? ''}`)) {
          reject(n, 'duplicate', raws[j]);
          continue;
        }
        slot.byDate?.set(dateKeyed, observations.length);
        if (slot.last === undefined || dateKeyed > slot.last) slot.last = dateKeyed;
        slot.entries.push(observations.length);
        // plain assignments, not spreads: this runs once per observation
        const o: MutableObservation = { value: read };
        if (date !== undefined) o.date = date;
        if (region !== undefined) o.region = region;
        if (series !== undefined) o.series = series;
        if (point) o.point = point;
        if (pointName) o.name = pointName;
        observations.push(o);
        counts.push(1);
        firstRows.push(n);
      } else if (rule === 'reject') {
        // every row of a duplicated key is refused, the first one included
        slot.byDate!.delete(dateKeyed);
        rejectedKeys.add(`${dateKeyed}\u0000${place}\u0000${series ?? ''}`);
        reject(firstRows[at]!, 'duplicate', observations[at]!.value);
        reject(n, 'duplicate', raws[j]);
        observations[at]!.value = Number.NaN;
        refused++;
      } else {
        counts[at] = counts[at]! + 1;
        observations[at]!.value = combine(rule, observations[at]!.value, read, counts[at]!);
        merged++;
      }
    }
  }

  const kept: MutableObservation[] = refused ? observations.filter((o) => !Number.isNaN(o.value)) : observations;
  const notes: string[] = [];
  const { covered, examples: coveredCodes, gaps: keptGaps } = markCovered(kept, gaps);
  if (covered) {
    notes.push(
      `${covered} row(s) are parts of an area that has its own row at the same date (${coveredCodes.join(', ')}…): counters and trend totals use the area's own row, never both; a map of the finer level draws the parts`,
    );
  }
  if (operations.size > 1 && !options.filter) {
    notes.push(`several DTM operations in one file (${[...operations].slice(0, 5).join('; ')}); rows for the same date and region were combined (${rule}); filter by operation to keep one`);
  }
  if (!fields.date && table.rows.length > 0) notes.push('no date column: figures are undated');
  if (ignoredSeries) notes.push(`series-field "${ignoredSeries}" is not used: with several value fields, each field is a series`);
  const report: LoadReport = {
    total: rows.length * k,
    used: kept.length,
    merged,
    rejected,
    reasons,
    examples,
    fields: {
      value: valueCols.map((c) => c.name).join(', '),
      ...(fields.date && { date: fields.date.name }),
      ...(fields.region && { region: fields.region.name }),
      ...(fields.series && { series: fields.series.name }),
    },
    notes,
  };
  return { ok: true, format: table.format, observations: kept, gaps: keptGaps, report };
}

type MutableObservation = { -readonly [K in keyof Observation]: Observation[K] };

/**
 * The observations of one area and series. Dates usually arrive in order, so a date after `last`
 * is new without a lookup; the date index is built only when a date comes again or out of order.
 * The trend's series builder (components/trend/series.ts) does the same for its sums. Kept twice
 * on purpose: one shared module becomes a chunk of its own in the CDN build, one more request for
 * every data widget, for some twenty lines.
 */
interface Slot {
  /** The latest date key seen for this slot (refused duplicates included). */
  last: string | undefined;
  byDate: Map<string, number> | undefined;
  /** Indices into the observations, in arrival order. */
  readonly entries: number[];
}

function dateIndex(slot: Slot, observations: readonly MutableObservation[]): Map<string, number> {
  if (!slot.byDate) {
    slot.byDate = new Map();
    for (const i of slot.entries) slot.byDate.set(observations[i]!.date ?? '', i);
  }
  return slot.byDate;
}

/** The area among `regions` that contains `code`, if any. */
function containedIn(code: string, regions: ReadonlySet<string>): string | undefined {
  for (let l = 2; l < code.length; l++) {
    const area = code.slice(0, l);
    if (regions.has(area) && isPartOf(code, area)) return area;
  }
  return undefined;
}

/**
 * Marks the observations whose containing area has its own row at the same date and series (see
 * Observation.covered), and leaves out the "no figure" rows of such parts: the area's own figure
 * includes them, so they make no total partial. Points are sites, not areas: never marked. Most
 * data has one level only: one pass finds that.
 */
function markCovered(observations: MutableObservation[], gaps: Gap[]): { covered: number; examples: string[]; gaps: Gap[] } {
  const lengths = new Set<number>();
  for (const o of observations) {
    if (o.region !== undefined && !o.point) lengths.add(o.region.length);
    if (lengths.size > 1) break;
  }
  if (lengths.size < 2) return { covered: 0, examples: [], gaps };
  const group = (date: string | undefined, series: string | undefined): string => `${date ?? ''}\u0000${series ?? ''}`;
  const regions = new Map<string, Set<string>>();
  for (const o of observations) {
    if (o.region === undefined || o.point) continue;
    const key = group(o.date, o.series);
    let set = regions.get(key);
    if (!set) regions.set(key, (set = new Set()));
    set.add(o.region);
  }
  let covered = 0;
  const examples: string[] = [];
  for (const o of observations) {
    if (o.region === undefined || o.point) continue;
    const set = regions.get(group(o.date, o.series))!;
    if (set.size > 1 && containedIn(o.region, set)) {
      o.covered = true;
      covered++;
      if (examples.length < 3) examples.push(o.region);
    }
  }
  const kept = gaps.filter((g) => {
    const set = g.region === undefined ? undefined : regions.get(group(g.date, g.series));
    return !set || !containedIn(g.region!, set);
  });
  return { covered, examples, gaps: kept };
}

function isEmptyRow(columns: readonly Column[], row: unknown): boolean {
  for (const c of columns) {
    const v = c.get(row);
    if (v !== null && v !== undefined && v !== '') return false;
  }
  return true;
}

function emptyReport(): LoadReport {
  return { total: 0, used: 0, merged: 0, rejected: 0, reasons: {}, examples: [], fields: { value: '' }, notes: [] };
}
