import { describe, expect, it } from 'vitest';
import { splitFieldList } from '../../../src/core/field-list.js';

const none = (): boolean => false;

describe('splitFieldList', () => {
  it('cuts a list at its commas into trimmed names, in the order written', () => {
    expect(splitFieldList(' IDPs ,Returnees,  #affected+hh ', none)).toEqual(['IDPs', 'Returnees', '#affected+hh']);
  });

  it('keeps a column whose own name has a comma as one field', () => {
    const columns = new Set(['Returnees, households', 'IDPs']);
    expect(splitFieldList(' Returnees, households ', (n) => columns.has(n))).toEqual(['Returnees, households']);
  });

  it('asks about the whole text only, and only when it has a comma', () => {
    const asked: string[] = [];
    const ask = (n: string): boolean => (asked.push(n), false);
    splitFieldList('IDPs', ask);
    splitFieldList('IDPs, Returnees', ask);
    expect(asked).toEqual(['IDPs, Returnees']);
  });

  it('drops empty names between commas', () => {
    expect(splitFieldList('a,, b,', none)).toEqual(['a', 'b']);
  });

  it('keeps text with fewer than two names as written, so a missing field is named as written', () => {
    expect(splitFieldList(' a, ', none)).toEqual(['a,']);
    expect(splitFieldList(',', none)).toEqual([',']);
  });

  it('gives no field for blank text', () => {
    expect(splitFieldList('', none)).toEqual([]);
    expect(splitFieldList('   ', none)).toEqual([]);
  });

  it('keeps a single name whole, even when it is not a column', () => {
    expect(splitFieldList('  Households ', none)).toEqual(['Households']);
  });
});
