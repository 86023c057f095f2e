/**
 * Reading the rows of a run, one at a time, into the ledger. A row's figures are read first (a
 * row without them is refused for that, whatever else is wrong); then its date, area, point and
 * series, the first one refused refusing the row's remaining figures with its reason. A blank
 * figure at a date ("no figure", not zero) is kept as a gap.
 */
import { addDays } from '../../core/dates.js';
import { isInArea } from '../../core/areas.js';
import { parseCoordinate, parseStrictNumber } from '../strict-number.js';
import type { Column, Table } from '../table.js';
import { cellText, DateReader, label, readValue, RegionReader } from './cells.js';
import type { Fields, FilterPair } from './fields.js';
import type { Ledger, RowPlace } from './ledger.js';
import type { Gap, PipelineOptions, ReasonCode } from './types.js';

const PEOPLE_CAP = 1e10;

function isEmptyRow(columns: readonly Column[], row: unknown): boolean {
  for (const c of columns) {
    const v = c.get(row);
    if (v !== null && v !== undefined && v !== '') return false;
  }
  return true;
}

/** A round read strictly: a whole positive number, else none (missing is not zero, and never a refusal). */
export function readRound(raw: unknown): number | undefined {
  // a JSON number, the common case, without the reader's result object: what it would say
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 && raw <= Number.MAX_SAFE_INTEGER ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const parsed = parseStrictNumber(raw);
  return parsed.kind === 'number' && Number.isInteger(parsed.value) && parsed.value > 0 ? parsed.value : undefined;
}

/** True when every pair of the filter holds for `row`. */
function passes(filter: readonly FilterPair[], row: object): boolean {
  for (let f = 0; f < filter.length; f++) {
    if (cellText(filter[f]![0].get(row))?.trim() !== filter[f]![1]) return false;
  }
  return true;
}

export class RowReader {
  /** Dates at which a row of the area asked for said "no figure". */
  readonly gaps: Gap[] = [];
  /** DTM operations met (a file that mixes them earns a note). */
  readonly operations = new Set<string>();
  /** The operation of the latest row that had one: rows of one operation come together. */
  #operation: string | undefined;
  readonly #fields: Fields;
  readonly #columns: readonly Column[];
  readonly #ledger: Ledger;
  readonly #cap: number;
  readonly #dates: DateReader;
  readonly #regions = new RegionReader();
  // the row being read: its figures (or why each is refused) and cells, its place and series
  readonly #reads: (number | ReasonCode)[];
  readonly #raws: unknown[];
  readonly #at: RowPlace = { date: undefined, region: undefined, point: undefined, name: undefined, round: undefined, place: '' };
  #series: string | undefined;

  constructor(table: Table, fields: Fields, options: PipelineOptions, ledger: Ledger) {
    this.#fields = fields;
    this.#columns = table.columns;
    this.#ledger = ledger;
    this.#cap = options.maxValue ?? PEOPLE_CAP;
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    this.#dates = new DateReader(options.dateFormat, addDays(today, 31));
    this.#reads = new Array<number | ReasonCode>(fields.values.length);
    this.#raws = new Array<unknown>(fields.values.length);
  }

  /** Reads data row `n` (1-based) into the ledger. */
  read(row: unknown, n: number): void {
    const k = this.#fields.values.length;
    if (row === null || typeof row !== 'object') return this.#ledger.rejectAll(n, k, 'empty-row');
    const { filter } = this.#fields;
    if (filter.length > 0 && !passes(filter, row)) return this.#ledger.rejectAll(n, k, 'filtered');
    const alive = this.#readFigures(row, n);
    if (alive === 0 || !this.#readPlace(row, n, alive)) return;
    const operation = this.#fields.operation;
    if (operation) {
      const op = cellText(operation.get(row));
      if (op && op !== this.#operation) this.operations.add((this.#operation = op));
    }
    const { valueSeries } = this.#fields;
    for (let j = 0; j < k; j++) {
      const read = this.#reads[j]!;
      if (typeof read !== 'string') this.#ledger.add(j, n, this.#at, valueSeries[j] ?? this.#series, read, this.#raws[j]);
    }
  }

  /** The row's area is the one asked for, or one of its parts (always, without region). */
  #inArea(code: string | undefined): boolean {
    const area = this.#fields.area;
    return !area || (code !== undefined && isInArea(code, area));
  }

  /** Reads the row's figures; each one refused goes to the ledger. How many were read. */
  #readFigures(row: object, n: number): number {
    const { values, date } = this.#fields;
    let alive = 0;
    for (let j = 0; j < values.length; j++) {
      const raw = values[j]!.get(row);
      const read = readValue(raw, this.#cap);
      this.#raws[j] = raw;
      this.#reads[j] = read;
      if (typeof read !== 'string') {
        alive++;
        continue;
      }
      const empty = read === 'missing-value' && isEmptyRow(this.#columns, row);
      this.#ledger.reject(n, empty ? 'empty-row' : read, raw);
      if (read === 'missing-value' && !empty && date) this.#gap(row, j);
    }
    return alive;
  }

  /**
   * Keeps a "no figure" of figure column `j` as a gap (never bridged, never zero), for the
   * region asked for only: another governorate's blank is not a gap in this one's line.
   */
  #gap(row: object, j: number): void {
    const { date, region, series } = this.#fields;
    // a blank dated 2204 is no more a gap than a figure dated 2204 is a figure
    const d = this.#dates.read(date!.get(row));
    if (typeof d !== 'string') return;
    const r = region ? this.#regions.read(region.get(row)) : undefined;
    const code = r?.ok ? r.code : undefined;
    if (!this.#inArea(code)) return;
    const name = this.#fields.valueSeries[j] ?? (series ? label(series.get(row)) : undefined);
    // with series-field, a blank without a series name is a gap in no series
    if (!series || name) this.gaps.push({ date: d, ...(code !== undefined && { region: code }), ...(name && { series: name }) });
  }

  /** Refuses the row's `alive` figures for one reason (its date, area, point or series): false. */
  #refuse(n: number, alive: number, reason: ReasonCode, cell?: unknown): false {
    this.#ledger.rejectAll(n, alive, reason, cell);
    return false;
  }

  /**
   * Reads the row's date, area, point and series; false when one of them is refused, with the
   * row's `alive` figures.
   */
  #readPlace(row: object, n: number, alive: number): boolean {
    const { date, region, points, series } = this.#fields;
    const at = this.#at;
    at.date = at.region = at.point = undefined;
    if (date) {
      const raw = date.get(row);
      const d = this.#dates.read(raw);
      if (typeof d !== 'string') return this.#refuse(n, alive, d.reason, raw);
      at.date = d;
    }
    if (region) {
      const raw = region.get(row);
      const r = this.#regions.read(raw);
      if (!r.ok) return this.#refuse(n, alive, r.reason, raw);
      at.region = r.code;
    }
    if (!this.#inArea(at.region)) return this.#refuse(n, alive, 'filtered');
    if (points) {
      // a point's place is its coordinates; (0, 0) is a blank filled with zeros, not a site
      const lat = parseCoordinate(points.lat.get(row), 90);
      const lon = parseCoordinate(points.lon.get(row), 180);
      if (lat === undefined || lon === undefined || (lat === 0 && lon === 0)) {
        return this.#refuse(n, alive, 'invalid-coordinate', lat === undefined ? points.lat.get(row) : points.lon.get(row));
      }
      at.point = [lon, lat];
    }
    at.name = points?.name ? label(points.name.get(row))?.replace(/\s+/g, ' ').slice(0, 80) || undefined : undefined;
    at.round = this.#fields.round ? readRound(this.#fields.round.get(row)) : undefined;
    at.place = at.point ? `${at.point[0]},${at.point[1]}` : (at.region ?? '');
    this.#series = undefined;
    if (series) {
      const raw = series.get(row);
      const text = label(raw);
      if (!text) return this.#refuse(n, alive, 'missing-series', raw);
      this.#series = text;
    }
    return true;
  }
}
