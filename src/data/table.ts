/**
 * Shape detection: turns a parsed JSON value or CSV text into one Table, whatever the publisher's
 * shape (DTM API envelope or bare DTM records, HXL row-style or object-style JSON, HXL CSV, plain
 * records, `{data: [...]}`, CSV). Rows are not copied: each column knows how to read its cell.
 * Nothing here walks data recursively or stringifies it, so deeply nested input cannot overflow
 * the stack, and keys such as `__proto__` are read as plain own properties.
 */
import { CsvError, parseCsv } from './csv.js';
import { isHxlTag, parseHxlTag, type HxlTag } from './hxl.js';

export type Format = 'dtm' | 'hxl' | 'records' | 'csv';
export type FormatOption = Format | 'auto';

export interface Column {
  readonly name: string;
  /** The HXL spec of the column, when the data has a hashtag row or hashtag keys. */
  readonly tag?: HxlTag;
  readonly get: (row: unknown) => unknown;
}

export interface Table {
  readonly format: Format;
  readonly columns: readonly Column[];
  readonly rows: readonly unknown[];
  /** What a DTM envelope says of itself (`meta` of a dtm-publish snapshot), when it says it readably. */
  readonly meta?: TableMeta;
}

export interface TableMeta {
  /** The credit to show when the widget has no `source` of its own (plain text, at most 200 characters). */
  readonly source?: string;
  /** When the figures were taken from the API (ms since epoch). */
  readonly retrievedAt?: number;
}

export type TableError =
  | { readonly kind: 'api'; readonly detail: string }
  | { readonly kind: 'shape'; readonly detail: string }
  | { readonly kind: 'parse'; readonly detail: string };

export type TableResult = { readonly ok: true; readonly table: Table } | { readonly ok: false; readonly error: TableError };

const hasOwn = (o: object, k: string): boolean => Object.hasOwn(o, k);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** DTM API fields that mark a record as DTM (any one of them). */
const DTM_KEYS = ['numPresentIdpInd', 'reportingDate', 'admin0Pcode', 'roundNumber'];

function objectColumns(rows: readonly unknown[], tagged: boolean): Column[] {
  const names = new Set<string>();
  // The keys of the latest row, each one already among `names`. The rows of one publication have
  // the same keys in the same order: a row that repeats them adds no name, and is read without a
  // lookup per key. for…in allocates no key array per row (100k rows: ~15 ms instead of ~50).
  const keys: string[] = [];
  // an index, not for…of: no iterator result per row while this code is not yet optimised
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!isObject(row)) continue;
    let i = 0;
    let same = true;
    for (const k in row) {
      if (same) {
        if (keys[i] === k) {
          i++;
          continue;
        }
        same = false;
        keys.length = i;
      }
      if (!names.has(k)) {
        if (!hasOwn(row, k)) continue;
        names.add(k);
      }
      keys.push(k);
    }
  }
  return [...names].map((name) => {
    const tag = tagged ? parseHxlTag(name) : undefined;
    // the cell is the row's own property only (never one inherited: `toString`, `__proto__`)
    const get = (row: unknown): unknown => (typeof row === 'object' && row !== null && !Array.isArray(row) && Object.hasOwn(row, name) ? (row as Record<string, unknown>)[name] : undefined);
    return { name, ...(tag && { tag }), get };
  });
}

function arrayColumns(header: readonly unknown[], tags: readonly unknown[] | undefined): Column[] {
  const width = Math.max(header.length, tags?.length ?? 0);
  const columns: Column[] = [];
  for (let i = 0; i < width; i++) {
    const h = header[i];
    const t = tags?.[i];
    const tag = typeof t === 'string' ? parseHxlTag(t) : undefined;
    const name = typeof h === 'string' && h.trim() ? h.trim() : typeof t === 'string' && t.trim() ? t.trim() : `column ${i + 1}`;
    columns.push({ name, ...(tag && { tag }), get: (row: unknown) => (Array.isArray(row) ? row[i] : undefined) });
  }
  return columns;
}

/** The index of the HXL hashtag row among the first rows: every non-empty cell is a hashtag. */
function hashtagRow(rows: readonly unknown[]): number {
  const limit = Math.min(rows.length, 25);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) return -1;
    let tags = 0;
    let other = 0;
    for (const cell of row) {
      if (cell === null || cell === undefined || cell === '') continue;
      if (isHxlTag(cell)) tags++;
      else other++;
    }
    if (tags > 0 && other === 0) return r;
  }
  return -1;
}

function fromRowArrays(rows: readonly unknown[], format: Format, explicit: FormatOption): TableResult {
  const tagAt = hashtagRow(rows);
  if (tagAt >= 0) {
    const header = tagAt > 0 ? (rows[tagAt - 1] as unknown[]) : [];
    return { ok: true, table: { format: explicit === 'csv' ? 'csv' : 'hxl', columns: arrayColumns(header, rows[tagAt] as unknown[]), rows: rows.slice(tagAt + 1) } };
  }
  if (explicit === 'hxl') return { ok: false, error: { kind: 'shape', detail: 'no HXL hashtag row (#adm1+code, #affected+idps …) in the first 25 rows' } };
  // a header row, then data
  const [header, ...data] = rows;
  return { ok: true, table: { format, columns: arrayColumns(Array.isArray(header) ? header : [], undefined), rows: data } };
}

function fromObjects(rows: readonly unknown[], explicit: FormatOption): TableResult {
  const sample = rows.slice(0, 50).filter(isObject);
  const keys = new Set(sample.flatMap((r) => Object.keys(r)));
  const hxl = keys.size > 0 && [...keys].every((k) => isHxlTag(k));
  const dtm = DTM_KEYS.some((k) => keys.has(k));
  const format: Format = explicit !== 'auto' && explicit !== 'csv' ? explicit : hxl ? 'hxl' : dtm ? 'dtm' : 'records';
  return { ok: true, table: { format, columns: objectColumns(rows, format === 'hxl'), rows } };
}

/** An ISO date-time with a zone (`2026-06-01T12:00:00Z`, `…+03:00`): the only form of retrievedAt read. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

function readInstant(raw: unknown): number | undefined {
  const m = typeof raw === 'string' ? DATE_TIME.exec(raw.trim()) : null;
  if (!m) return undefined;
  // every part has matched \d{2} or \d{4}: these conversions are exact (no Date.parse on data)
  const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map((v) => Number(v));
  const t = Date.UTC(y!, mo! - 1, d!, h!, mi!, se!);
  const check = new Date(t);
  // Date.UTC rolls 2026-02-30 over to March: such a date is not one
  if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d! || h! > 23 || mi! > 59 || se! > 59) return undefined;
  const offset = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) * 60_000;
  return t - offset;
}

/** The envelope's `meta` (dtm-publish): a credit and a retrieval time, each only when readable. */
function readMeta(value: Record<string, unknown>): TableMeta | undefined {
  const meta = hasOwn(value, 'meta') ? value.meta : undefined;
  if (!isObject(meta)) return undefined;
  const source = hasOwn(meta, 'source') && typeof meta.source === 'string' ? meta.source.trim().slice(0, 200) : '';
  const retrievedAt = hasOwn(meta, 'retrievedAt') ? readInstant(meta.retrievedAt) : undefined;
  if (!source && retrievedAt === undefined) return undefined;
  return { ...(source && { source }), ...(retrievedAt !== undefined && { retrievedAt }) };
}

const ACCEPTED =
  'a DTM API response {result, isSuccess, …}, a list of records [{…}], {data: [{…}]}, HXL JSON (rows with a hashtag row, or objects keyed by hashtags), or CSV with a header row';

/** Reads a parsed JSON value. */
export function tableFromJson(value: unknown, explicit: FormatOption = 'auto'): TableResult {
  let rows: unknown = value;
  if (isObject(value)) {
    if (hasOwn(value, 'isSuccess') && (hasOwn(value, 'result') || value.isSuccess !== true)) {
      if (value.isSuccess !== true) {
        const messages = value.errorMessages;
        const first = Array.isArray(messages) && typeof messages[0] === 'string' ? messages[0] : 'no error message given';
        return { ok: false, error: { kind: 'api', detail: first.slice(0, 300) } };
      }
      rows = value.result;
      if (!Array.isArray(rows)) return { ok: false, error: { kind: 'shape', detail: 'the DTM response has no result list' } };
      const meta = readMeta(value);
      return { ok: true, table: { format: 'dtm', columns: objectColumns(rows, false), rows, ...(meta && { meta }) } };
    }
    if (hasOwn(value, 'data') && Array.isArray(value.data)) rows = value.data;
    else return { ok: false, error: { kind: 'shape', detail: `expected ${ACCEPTED}` } };
  }
  if (!Array.isArray(rows)) return { ok: false, error: { kind: 'shape', detail: `expected ${ACCEPTED}` } };
  if (rows.length === 0) return { ok: true, table: { format: explicit === 'auto' ? 'records' : explicit, columns: [], rows } };
  const first = rows.find((r) => r !== null && r !== undefined);
  if (Array.isArray(first)) return fromRowArrays(rows, explicit === 'auto' ? 'records' : explicit, explicit);
  if (isObject(first)) return fromObjects(rows, explicit);
  return { ok: false, error: { kind: 'shape', detail: `the list holds ${typeof first} values, not rows; expected ${ACCEPTED}` } };
}

/** Reads CSV text (HXL CSV when it has a hashtag row). */
export function tableFromCsv(text: string, explicit: FormatOption = 'auto'): TableResult {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) return { ok: false, error: { kind: 'parse', detail: e.message } };
    throw e;
  }
  if (rows.length === 0) return { ok: true, table: { format: 'csv', columns: [], rows: [] } };
  return fromRowArrays(rows, 'csv', explicit === 'auto' ? 'auto' : explicit);
}

/** Text that opens as JSON does (`[{`, `[1`, `{"`), not as a CSV header that starts with a bracket (`[Date],[IDPs]`). */
const JSON_START = /^\s*[[{]\s*(?:[[{"\]}\d-]|true\b|false\b|null\b|$)/;

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads text of unknown kind: JSON when it starts with `[` or `{`, else CSV. The caller has
 * already refused HTML pages.
 */
export function tableFromText(text: string, explicit: FormatOption = 'auto'): TableResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart()[0];
  // a bare JSON value ("error", 42, null) is neither CSV nor a list of rows
  if (start !== '[' && start !== '{' && explicit === 'auto' && !body.includes('\n')) {
    try {
      const value: unknown = JSON.parse(body);
      return { ok: false, error: { kind: 'shape', detail: `the data is a single ${value === null ? 'null' : typeof value}; expected ${ACCEPTED}` } };
    } catch {
      // not JSON: read it as CSV below
    }
  }
  // read as CSV, JSON text would be one header row and no figures: say what is wrong instead (a
  // CSV whose first header is "[Date]", as some SQL tools write, is not JSON and is read)
  if (explicit === 'csv' && JSON_START.test(body)) {
    const detail = parsesAsJson(body) ? 'format="csv", but the data is JSON: remove format (or set the JSON one)' : 'format="csv", but the data looks like JSON, and JSON that does not parse (cut short? NaN?)';
    return { ok: false, error: { kind: 'shape', detail } };
  }
  if (explicit === 'csv' || (explicit !== 'dtm' && explicit !== 'records' && start !== '[' && start !== '{')) {
    return tableFromCsv(body, explicit);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const hint = /\b(NaN|Infinity)\b/.test(body.slice(0, 1_000_000)) ? ' (NaN and Infinity are not JSON: publish null instead)' : '';
    return { ok: false, error: { kind: 'parse', detail: `${message}${hint}` } };
  }
  return tableFromJson(value, explicit);
}
