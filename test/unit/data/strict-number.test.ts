import { describe, expect, it } from 'vitest';
import { parseStrictNumber } from '../../../src/data/strict-number.js';

describe('parseStrictNumber', () => {
  it.each([
    ['140000', 140000],
    ['  140000 ', 140000],
    ['-3.5', -3.5],
    ['0', 0],
    ['-0', 0],
    ['140,000', 140000],
    ['1,234,567.5', 1234567.5],
    ['140 000', 140000],
    ['140\u00a0000', 140000],
    ['١٤٠٠٠٠', 140000],
    ['١٤٠٬٠٠٠', 140000],
    ['٣٫١', 3.1],
    ['۱۴۰۰۰۰', 140000],
    ['\u22125', -5],
    [140000, 140000],
  ])('reads %j as %d', (raw, value) => {
    expect(parseStrictNumber(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['', '  ', '-', '—', 'N/A', 'n/a', 'NA', 'null', 'None', null, undefined, Number.NaN])('treats %j as missing, not zero', (raw) => {
    expect(parseStrictNumber(raw as string)).toEqual({ kind: 'missing' });
  });

  it.each(['abc', '0x10', '1e3', '1E3', 'Infinity', '-Infinity', 'NaN', '>500', '12%', '1,5', '1,2345', '12,34,567', '1.234.567', '1,234 567', '1..2', '.5', '5.', '+5', '١٤٠ألف', '3M', '140000 people', '1_000'])(
    'rejects %j',
    (raw) => {
      expect(parseStrictNumber(raw).kind).toBe('invalid');
    },
  );

  it('rejects numbers beyond the safe integer range and non-finite numbers', () => {
    expect(parseStrictNumber('99999999999999999999')).toEqual({ kind: 'invalid', reason: 'too-large' });
    expect(parseStrictNumber(Number.POSITIVE_INFINITY).kind).toBe('invalid');
  });
});
