/**
 * The ledger of a run: every figure read is used, merged into an earlier one of the same date,
 * area and series (by the declared rule), or rejected with a reason, and the report says how
 * many of each, with examples. `used + merged + rejected === total`, always.
 */
import { cellText } from './cells.js';
import type { DuplicateRule, LoadReport, MutableObservation, ReasonCode, RejectedExample } from './types.js';

const MAX_EXAMPLES = 10;

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
  /**
   * The slot's observations in arrival order, as a chain through the ledger's `#next` (not an
   * array per slot): the indices of the first and of the latest, NONE before the first.
   */
  head: number;
  tail: number;
}

const NONE = -1;

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

/** Where a row's figures go: its date, area or point, and the point's name. */
export interface RowPlace {
  date: string | undefined;
  region: string | undefined;
  point: [number, number] | undefined;
  name: string | undefined;
  /** The row's round (a label, not a figure), when it has a readable one. */
  round: number | undefined;
  /** The slot key of the area or point: its code, or its coordinates. */
  place: string;
}

/**
 * A new observation. The common shapes are one object literal each (one allocation, no property
 * added after), the others are built key by key; the keys are in the same order either way:
 * value, date, region, series, point, name, round.
 */
function observationOf(value: number, at: RowPlace, series: string | undefined): MutableObservation {
  const { date, region, round } = at;
  if (at.point === undefined && at.name === undefined && date !== undefined) {
    if (series === undefined && region !== undefined) return round === undefined ? { value, date, region } : { value, date, region, round };
    if (round === undefined) {
      if (series === undefined) return { value, date };
      return region === undefined ? { value, date, series } : { value, date, region, series };
    }
  }
  const o: MutableObservation = { value };
  if (date !== undefined) o.date = date;
  if (region !== undefined) o.region = region;
  if (series !== undefined) o.series = series;
  if (at.point) o.point = at.point;
  if (at.name) o.name = at.name;
  if (round !== undefined) o.round = round;
  return o;
}

export class Ledger {
  readonly reasons: Partial<Record<ReasonCode, number>> = {};
  readonly examples: RejectedExample[] = [];
  rejected = 0;
  merged = 0;
  readonly #rule: DuplicateRule;
  // series -> area -> its observations by date, see Slot
  readonly #slots = new Map<string | undefined, Map<string, Slot>>();
  readonly #observations: MutableObservation[] = [];
  /** Per observation: the next observation of its slot, or NONE (see Slot). Grows by doubling. */
  #next = new Int32Array(256);
  /** Per observation, kept only for the rule that reads it: how many rows it holds (the mean), its first row ("reject"). */
  readonly #counts: number[] | undefined;
  readonly #firstRows: number[] | undefined;
  /** Observations refused as duplicates (rule "reject"), dropped at the end. */
  #refused = 0;
  readonly #rejectedKeys = new Set<string>();
  // each figure column's last slot: consecutive rows of one area and series need no lookup
  readonly #lastSlot: (Slot | undefined)[];
  readonly #lastPlace: string[];
  readonly #lastSeries: (string | undefined)[];
  /** The areas of the series looked up last (any figure column), see #slot. */
  #areas: Map<string, Slot> | undefined;
  #areasSeries: string | undefined;

  /** `columns`: how many figure columns each row has. */
  constructor(rule: DuplicateRule, columns: number) {
    this.#rule = rule;
    if (rule === 'mean') this.#counts = [];
    if (rule === 'reject') this.#firstRows = [];
    this.#lastSlot = new Array<Slot | undefined>(columns).fill(undefined);
    this.#lastPlace = new Array<string>(columns).fill('');
    this.#lastSeries = new Array<string | undefined>(columns).fill(undefined);
  }

  /** Rejects one figure of data row `row` (1-based) for `reason`; `cell` is the example shown. */
  reject(row: number, reason: ReasonCode, cell?: unknown): void {
    this.rejected++;
    this.reasons[reason] = (this.reasons[reason] ?? 0) + 1;
    if (this.examples.length < MAX_EXAMPLES && reason !== 'filtered') {
      const text = cellText(cell);
      this.examples.push({ row, reason, ...(text !== undefined && { value: text.slice(0, 80) }) });
    }
  }

  /** Rejects `count` figures of a row for one reason: a bad row, date, area or series. */
  rejectAll(row: number, count: number, reason: ReasonCode, cell?: unknown): void {
    for (let j = 0; j < count; j++) this.reject(row, reason, cell);
  }

  #slot(column: number, place: string, series: string | undefined): Slot {
    let slot = this.#lastSlot[column];
    if (slot && this.#lastPlace[column] === place && this.#lastSeries[column] === series) return slot;
    // three levels: series and area (few), then date; no string is built per value. Rows of
    // one series and many areas (DTM's districts) find the series' areas without a lookup.
    let bySeries = this.#areas !== undefined && this.#areasSeries === series ? this.#areas : this.#slots.get(series);
    if (!bySeries) this.#slots.set(series, (bySeries = new Map()));
    this.#areas = bySeries;
    this.#areasSeries = series;
    slot = bySeries.get(place);
    if (!slot) bySeries.set(place, (slot = { last: undefined, byDate: undefined, head: NONE, tail: NONE }));
    this.#lastSlot[column] = slot;
    this.#lastPlace[column] = place;
    this.#lastSeries[column] = series;
    return slot;
  }

  /** The date index of `slot` (see Slot), built on first use. */
  #dateIndex(slot: Slot): Map<string, number> {
    if (!slot.byDate) {
      const byDate = new Map<string, number>();
      const observations = this.#observations;
      const next = this.#next;
      for (let i = slot.head; i !== NONE; i = next[i]!) byDate.set(observations[i]!.date ?? '', i);
      slot.byDate = byDate;
    }
    return slot.byDate;
  }

  /** Puts observation `i` (the latest) at the end of the chain of `slot`. */
  #link(slot: Slot, i: number): void {
    let next = this.#next;
    if (i >= next.length) {
      const grown = new Int32Array(next.length * 2);
      grown.set(next);
      this.#next = next = grown;
    }
    next[i] = NONE;
    if (slot.tail === NONE) slot.head = i;
    else next[slot.tail] = i;
    slot.tail = i;
  }

  /**
   * Records the figure `value` of figure column `column` in data row `row`, at `at`, in `series`:
   * a new observation, or merged into (or, by the rule "reject", refused with) the one there.
   * `raw` is the cell, for the report's examples.
   */
  add(column: number, row: number, at: RowPlace, series: string | undefined, value: number, raw: unknown): void {
    const observations = this.#observations;
    const slot = this.#slot(column, at.place, series);
    const dateKeyed = at.date ?? '';
    const last = slot.last;
    // a date after every earlier one of this key is new: no lookup (sorted data never needs one)
    const i = last === undefined || dateKeyed > last ? undefined : this.#dateIndex(slot).get(dateKeyed);
    if (i === undefined) {
      if (slot.byDate && this.#rejectedKeys.has(`${dateKeyed}\u0000${at.place}\u0000${series ?? ''}`)) {
        this.reject(row, 'duplicate', raw);
        return;
      }
      const n = observations.length;
      slot.byDate?.set(dateKeyed, n);
      if (last === undefined || dateKeyed > last) slot.last = dateKeyed;
      this.#link(slot, n);
      observations.push(observationOf(value, at, series));
      this.#counts?.push(1);
      this.#firstRows?.push(row);
    } else if (this.#rule === 'reject') {
      // every row of a duplicated key is refused, the first one included
      slot.byDate!.delete(dateKeyed);
      this.#rejectedKeys.add(`${dateKeyed}\u0000${at.place}\u0000${series ?? ''}`);
      this.reject(this.#firstRows![i]!, 'duplicate', observations[i]!.value);
      this.reject(row, 'duplicate', raw);
      observations[i]!.value = Number.NaN;
      this.#refused++;
    } else {
      const counts = this.#counts;
      const n = counts ? (counts[i] = counts[i]! + 1) : 0;
      const o = observations[i]!;
      o.value = combine(this.#rule, o.value, value, n);
      // a merged observation keeps a round only when every row of it has that same round (one
      // without a round has no such key: nothing to delete)
      if (o.round !== at.round && o.round !== undefined) delete o.round;
      this.merged++;
    }
  }

  /** The observations kept: those refused as duplicates are left out. */
  observations(): MutableObservation[] {
    const all = this.#observations;
    return this.#refused ? all.filter((o) => !Number.isNaN(o.value)) : all;
  }

  /** The report of `total` figures, `used` of them kept as observations. */
  report(total: number, used: number, fields: LoadReport['fields'], notes: readonly string[]): LoadReport {
    return { total, used, merged: this.merged, rejected: this.rejected, reasons: this.reasons, examples: this.examples, fields, notes };
  }
}

/** The report of a run that read nothing. */
export function emptyReport(): LoadReport {
  return { total: 0, used: 0, merged: 0, rejected: 0, reasons: {}, examples: [], fields: { value: '' }, notes: [] };
}
