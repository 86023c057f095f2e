import { describe, expect, it } from 'vitest';
import { normaliseDigits } from '../../../src/core/digits.js';
import { normaliseDigits as fromStrictNumber } from '../../../src/data/strict-number.js';

describe('normaliseDigits', () => {
  it('maps Arabic-Indic and Persian digits, the Arabic separators and the minus sign to ASCII', () => {
    expect(normaliseDigits('١٤٠٬٠٠٠٫٥')).toBe('140,000.5');
    expect(normaliseDigits('۱۴۰۰')).toBe('1400');
    expect(normaliseDigits('\u22125')).toBe('-5');
  });
  it('leaves other text as it is', () => {
    expect(normaliseDigits('IQG15 2024-04')).toBe('IQG15 2024-04');
    expect(normaliseDigits('نينوى ٣')).toBe('نينوى 3');
  });
  it('is the same function through data/strict-number', () => {
    expect(fromStrictNumber).toBe(normaliseDigits);
  });
});
