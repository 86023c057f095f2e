/**
 * Which columns a run reads: the ones named (by column name or HXL tag pattern), else the
 * format's defaults (dtm-data.md §1.4, §1.7); the filter's pairs, the point columns and the
 * region asked for. Everything that can be wrong with the settings is found here, before a row
 * is read, and told as one sentence naming the columns there are.
 */
import { hxlMatches, parseHxlTag } from '../../../../../../src/data/hxl.js';
import { normaliseRegion } from '../../../../../../src/data/iraq.js';
import { parseStrictNumber } from '../../../../../../src/data/strict-number.js';
import type { Column, Table } from '../table.js';
import { cellText } from './cells.js';
import type { PipelineOptions } from '../../../../../../src/data/pipeline/types.js';

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

interface Defaults {
  readonly value: Column | undefined;
  readonly date: Column | undefined;
  readonly region: Column | undefined;
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
function defaultFields(table: Table): Defaults {
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

export type FilterPair = readonly [Column, string];

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

/** Sites and camps: each row a point of its own, at its coordinates, maybe with a name. */
export interface PointColumns {
  readonly lat: Column;
  readonly lon: Column;
  readonly name: Column | undefined;
}

/** What a run reads. */
export interface Fields {
  /** The figure columns: one, or several read in the same pass (each its own series). */
  readonly values: readonly Column[];
  /** Each figure column's series: the field as written with several, else the row's series. */
  readonly valueSeries: readonly (string | undefined)[];
  readonly date: Column | undefined;
  readonly region: Column | undefined;
  readonly series: Column | undefined;
  /** A row is kept when every pair's column holds that text. */
  readonly filter: readonly FilterPair[];
  readonly points: PointColumns | undefined;
  /** The area asked for (normalised code): rows of it and of its parts are kept. */
  readonly area: string | undefined;
  /** A series-field not used, because several value fields are the series. */
  readonly ignoredSeries: string | undefined;
  /** DTM's operation column, to note files that mix operations. */
  readonly operation: Column | undefined;
  /** The round of each row: DTM's `roundNumber`, or a column tagged `#round`. */
  readonly round: Column | undefined;
}

/** The figure, date, region and series columns: named in the settings, else the format's. */
type Named = { value: Column | undefined; date: Column | undefined; region: Column | undefined; series: Column | undefined };

/** Names the columns there are, for a sentence about a field that is not one of them. */
function present(table: Table): string {
  return table.columns.map((c) => c.name).slice(0, 30).join(', ') || 'none';
}

function pick(table: Table, spec: string | undefined, fallback: Column | undefined, role: string): Column | undefined | string {
  if (!spec?.trim()) return fallback;
  return findColumn(table.columns, spec) ?? `the ${role} field "${spec.trim()}" is not in the data (columns: ${present(table)})`;
}

/** The columns of the four roles, or a sentence naming the one that is not in the data. */
function namedColumns(table: Table, options: PipelineOptions): Named | string {
  const defaults = defaultFields(table);
  const named: Named = { value: undefined, date: undefined, region: undefined, series: undefined };
  for (const [role, spec, fallback] of [
    ['value', options.valueField, defaults.value],
    ['date', options.dateField, defaults.date],
    ['region', options.regionField, defaults.region],
    ['series', options.seriesField, undefined],
  ] as const) {
    const c = pick(table, spec, fallback, role);
    if (typeof c === 'string') return c;
    named[role] = c;
  }
  return named;
}

function pointColumns(table: Table, options: PipelineOptions): PointColumns | undefined | string {
  // points (sites): both coordinates, or neither
  if (!options.latField?.trim() && !options.lonField?.trim()) return undefined;
  if (!options.latField?.trim() || !options.lonField?.trim()) return 'set both lat-field and lon-field for points';
  const lat = pick(table, options.latField, undefined, 'latitude');
  const lon = pick(table, options.lonField, undefined, 'longitude');
  if (typeof lat === 'string' || !lat) return String(lat);
  if (typeof lon === 'string' || !lon) return String(lon);
  const name = options.nameField?.trim() ? pick(table, options.nameField, undefined, 'name') : undefined;
  if (typeof name === 'string') return name;
  return { lat, lon, name };
}

/**
 * The columns and rules of a run, or a sentence saying what in the settings is wrong; undefined
 * when there is nothing to read (no column of figures, and no rows).
 */
export function chooseFields(table: Table, options: PipelineOptions): Fields | string | undefined {
  const named = namedColumns(table, options);
  if (typeof named === 'string') return named;
  if (!named.value) return table.rows.length === 0 ? undefined : `no column of figures found; set value-field (columns: ${present(table)})`;
  let values: Column[] = [named.value];
  let valueSeries: (string | undefined)[] = [undefined];
  let series = named.series;
  let ignoredSeries: string | undefined;
  if (options.valueFields && options.valueFields.length > 1) {
    values = [];
    for (const f of options.valueFields) {
      const c = findColumn(table.columns, f);
      if (!c) return `the value field "${f}" is not in the data (columns: ${present(table)})`;
      values.push(c);
    }
    valueSeries = [...options.valueFields];
    ignoredSeries = series?.name;
    series = undefined;
  }
  const filter = options.filter ? parseFilter(table.columns, options.filter) : [];
  if (typeof filter === 'string') return filter;
  const points = pointColumns(table, options);
  if (typeof points === 'string') return points;
  let area: string | undefined;
  if (options.region?.trim()) {
    const r = normaliseRegion(options.region);
    if (!r.ok) return `region "${options.region.trim()}" is not a region code (${r.reason})`;
    area = r.code;
  }
  return {
    values,
    valueSeries,
    date: named.date,
    // with points, a region is read only when asked for
    region: points && !options.regionField?.trim() ? undefined : named.region,
    series,
    filter,
    points,
    area,
    ignoredSeries,
    operation: table.format === 'dtm' ? findColumn(table.columns, 'operation') : undefined,
    round: findColumn(table.columns, table.format === 'dtm' ? 'roundNumber' : '#round'),
  };
}
