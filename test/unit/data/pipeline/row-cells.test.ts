/**
 * One pass over a row's keys (src/data/pipeline/row-cells.ts): the cells are those the columns'
 * own `get` reads, whatever the rows (same keys, other orders, fewer or more keys, inherited or
 * non-enumerable properties, other prototypes, arrays, getters, columns without a key).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RowCells } from '../../../../src/data/pipeline/row-cells.js';
import { tableFromJson, type Column } from '../../../../src/data/table.js';

/** The columns of `rows` (plus a derived column without a key), and every row read both ways. */
function expectSameCells(rows: unknown[], extra: Column[] = []): void {
  const result = tableFromJson(rows);
  if (!result.ok) throw new Error('not a table');
  const columns = [...result.table.columns, ...extra];
  const reader = new RowCells();
  const slots = columns.map((c) => reader.slot(c));
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    reader.read(row);
    const got = slots.map((s) => reader.cells[s]);
    const want = columns.map((c) => c.get(row));
    expect(got).toStrictEqual(want);
  }
}

describe('RowCells', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('gives one slot per column, whatever its roles, and -1 for none', () => {
    const { table } = tableFromJson([{ a: 1, b: 2 }]) as unknown as { table: { columns: Column[] } };
    const reader = new RowCells();
    expect(reader.slot(table.columns[1])).toBe(0);
    expect(reader.slot(table.columns[0])).toBe(1);
    expect(reader.slot(table.columns[1])).toBe(0);
    expect(reader.slot(undefined)).toBe(-1);
  });

  it('reads rows of one key order in one pass, and any other row as get does', () => {
    expectSameCells([
      { a: 1, b: 'x', c: null },
      { a: 2, b: 'y', c: 3.5 },
      { b: 'z', a: 3, c: 4 },
      { a: 4, b: 'w' },
      { a: 5, b: 'v', c: 6, d: 7 },
      { a: 6, b: 'u', c: 7 },
      { 2: 'two', 1: 'one', a: 1 },
      { 1: 'one', 2: 'two', a: 2 },
      { a: undefined, b: 'undefined is a value', c: 1 },
    ]);
  });

  it('never reads an inherited property, nor misses an own one that is not enumerable', () => {
    const inherited = Object.create({ a: 'inherited', b: 'inherited' }) as Record<string, unknown>;
    inherited.c = 1;
    const hidden = { a: 1, b: 2 };
    Object.defineProperty(hidden, 'c', { value: 'hidden', enumerable: false });
    const bare = Object.assign(Object.create(null) as object, { a: 1, b: 2, c: 3 });
    // a row without keys is not the first row's keys when none were kept yet
    expectSameCells([Object.assign(Object.create(null) as object, { a: 0 }), {}, { a: 1 }, {}]);
    // for…in lists the inherited a and b after the own c: the same order as the row before it
    expectSameCells([{ c: 0, a: 1, b: 2 }, inherited, { a: 1, b: 2, c: 3 }, hidden, bare, { a: 1, b: 2, c: 3 }, [1, 2, 3], { a: 9, b: 8, c: 7 }]);
  });

  it('reads as get does when Object.prototype has an enumerable property', () => {
    (Object.prototype as Record<string, unknown>).polluted = 'everywhere';
    expectSameCells([{ a: 1, polluted: 'own' }, { a: 2 }, { a: 3, polluted: 'own' }, { a: 4 }]);
  });

  it('reads getters, keys such as __proto__ and constructor, and columns without a key', () => {
    let calls = 0;
    const derived: Column = { name: 'a + b', get: (row) => `${String((row as { a?: unknown }).a)}+${String((row as { b?: unknown }).b)}` };
    const parsed = JSON.parse('[{"__proto__": 1, "constructor": 2, "a": 3, "b": 4}, {"__proto__": 5, "constructor": 6, "a": 7, "b": 8}]') as unknown[];
    expectSameCells([...parsed, { constructor: 1, a: 2, b: 3 }], [derived]);
    const withGetter = {
      get a() {
        calls++;
        return calls;
      },
      b: 1,
    };
    const reader = new RowCells();
    const { table } = tableFromJson([withGetter]) as unknown as { table: { columns: Column[] } };
    const slot = reader.slot(table.columns[0]);
    reader.read(withGetter);
    reader.read(withGetter);
    expect(typeof reader.cells[slot]).toBe('number');
  });
});
