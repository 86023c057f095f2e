/**
 * The ledger of a run: every figure read is used, merged into an earlier one of the same date,
 * area and series (by the declared rule), or rejected with a reason, and the report says how
 * many of each, with examples. `used + merged + rejected === total`, always.
 */
import { cellText } from './cells.js';
import type { DuplicateRule, LoadReport, MutableObservation, ReasonCode, RejectedExample } from '../../../../../../src/data/pipeline/types.js';

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

export class Ledger {
  readonly reasons: Partial<Record<ReasonCode, number>> = {};
  readonly examples: RejectedExample[] = [];
  rejected = 0;
  merged = 0;
  readonly #rule: DuplicateRule;
  // series -> area -> its observations by date, see Slot
  readonly #slots = new Map<string | undefined, Map<string, Slot>>();
  readonly #observations: MutableObservation[] = [];
  /** Per observation: how many rows it holds (for the mean), and the first row (for "reject"). */
  readonly #counts: number[] = [];
  readonly #firstRows: number[] = [];
  /** Observations refused as duplicates (rule "reject"), dropped at the end. */
  #refused = 0;
  readonly #rejectedKeys = new Set<string>();
  // each figure column's last slot: consecutive rows of one area and series need no lookup
  readonly #lastSlot: (Slot | undefined)[];
  readonly #lastPlace: string[];
  readonly #lastSeries: (string | undefined)[];

  /** `columns`: how many figure columns each row has. */
  constructor(rule: DuplicateRule, columns: number) {
    this.#rule = rule;
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
    // three levels: series and area (few), then date; no string is built per value
    let bySeries = this.#slots.get(series);
    if (!bySeries) this.#slots.set(series, (bySeries = new Map()));
    slot = bySeries.get(place);
    if (!slot) bySeries.set(place, (slot = { last: undefined, byDate: undefined, entries: [] }));
    this.#lastSlot[column] = slot;
    this.#lastPlace[column] = place;
    this.#lastSeries[column] = series;
    return slot;
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
    // a date after every earlier one of this key is new: no lookup (sorted data never needs one)
    const i = slot.last === undefined || dateKeyed > slot.last ? undefined : dateIndex(slot, observations).get(dateKeyed);
    if (i === undefined) {
      if (slot.byDate && this.#rejectedKeys.has(`${dateKeyed}\u0000${at.place}\u0000${series ?? ''}`)) {
        this.reject(row, 'duplicate', raw);
        return;
      }
      slot.byDate?.set(dateKeyed, observations.length);
      if (slot.last === undefined || dateKeyed > slot.last) slot.last = dateKeyed;
      slot.entries.push(observations.length);
      // plain assignments, not spreads: this runs once per observation
      const o: MutableObservation = { value };
      if (at.date !== undefined) o.date = at.date;
      if (at.region !== undefined) o.region = at.region;
      if (series !== undefined) o.series = series;
      if (at.point) o.point = at.point;
      if (at.name) o.name = at.name;
      if (at.round !== undefined) o.round = at.round;
      observations.push(o);
      this.#counts.push(1);
      this.#firstRows.push(row);
    } else if (this.#rule === 'reject') {
      // every row of a duplicated key is refused, the first one included
      slot.byDate!.delete(dateKeyed);
      this.#rejectedKeys.add(`${dateKeyed}\u0000${at.place}\u0000${series ?? ''}`);
      this.reject(this.#firstRows[i]!, 'duplicate', observations[i]!.value);
      this.reject(row, 'duplicate', raw);
      observations[i]!.value = Number.NaN;
      this.#refused++;
    } else {
      const n = (this.#counts[i] = this.#counts[i]! + 1);
      const o = observations[i]!;
      o.value = combine(this.#rule, o.value, value, n);
      // a merged observation keeps a round only when every row of it has that same round
      if (o.round !== at.round) delete o.round;
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
