/**
 * The cells of one row that a run reads (figures, date, area, series, round…), all in one pass.
 * Rows of one publication share their keys in one order (JSON.parse gives DTM records one hidden
 * class): the keys of the latest row are kept, and a row with the same keys in the same order is
 * read by one for…in, each cell taken at its position, instead of a lookup and an own-property
 * check per column. Any other row, and every column without a key (rows that are arrays, the
 * DTM year + month column), is read through the column's own `get`: the cells are the same.
 */
import type { Column } from '../table.js';

/**
 * True when `for…in` over an object whose prototype is Object.prototype lists its own keys
 * only: nothing has added an enumerable property to Object.prototype.
 */
function ownKeysOnly(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

export class RowCells {
  /** The cells of the row read last, by slot (see `slot`). */
  readonly cells: unknown[] = [];
  readonly #columns: Column[] = [];
  /** False until a row's keys are kept (and again when a column is added): none is read in one pass. */
  #learnt = false;
  /** The keys of the latest row read, in for…in order, and the slot each fills (-1: none). */
  #keys: string[] = [];
  #slots: number[] = [];
  /** The slots that no key of the latest row fills: read through the column's `get`. */
  #others: number[] = [];
  readonly #ownKeysOnly = ownKeysOnly();

  /** The slot of `column`'s cell (one per column, however many roles it has); -1 for none. */
  slot(column: Column | undefined): number {
    if (!column) return -1;
    const i = this.#columns.indexOf(column);
    if (i >= 0) return i;
    this.cells.push(undefined);
    this.#learnt = false;
    return this.#columns.push(column) - 1;
  }

  /** Reads the cells of `row` into `cells`. */
  read(row: object): void {
    const columns = this.#columns;
    const cells = this.cells;
    // for…in lists own keys only when the prototype is Object.prototype (JSON.parse's objects)
    const plain = this.#ownKeysOnly && Object.getPrototypeOf(row) === Object.prototype;
    if (plain && this.#learnt && this.#sameKeys(row)) {
      const others = this.#others;
      for (let o = 0; o < others.length; o++) cells[others[o]!] = columns[others[o]!]!.get(row);
      return;
    }
    for (let s = 0; s < columns.length; s++) cells[s] = columns[s]!.get(row);
    if (plain) this.#learn(row);
  }

  /** Reads the cells of `row` when its keys are the latest row's, in order; false when not. */
  #sameKeys(row: object): boolean {
    const keys = this.#keys;
    const slots = this.#slots;
    const cells = this.cells;
    let i = 0;
    for (const k in row) {
      if (k !== keys[i]) return false;
      const s = slots[i++]!;
      if (s >= 0) cells[s] = (row as Record<string, unknown>)[k];
    }
    return i === keys.length;
  }

  /** Keeps the keys of `row` (each one its own), and the slot each fills, for the next rows. */
  #learn(row: object): void {
    const columns = this.#columns;
    const keys: string[] = [];
    const slots: number[] = [];
    const filled = new Set<number>();
    for (const k in row) {
      let s = -1;
      for (let c = 0; c < columns.length && s < 0; c++) if (columns[c]!.key === k && !filled.has(c)) s = c;
      if (s >= 0) filled.add(s);
      keys.push(k);
      slots.push(s);
    }
    this.#keys = keys;
    this.#slots = slots;
    this.#others = [];
    for (let c = 0; c < columns.length; c++) if (!filled.has(c)) this.#others.push(c);
    this.#learnt = true;
  }
}
