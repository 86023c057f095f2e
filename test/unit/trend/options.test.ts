import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedHeight, keptHidden, readMarks, readRatio, timeReversed, toggledHidden } from '../../../src/components/trend/options.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

afterEach(() => vi.restoreAllMocks());

describe('trend options', () => {
  it('reads the marks list in any case, with commas or spaces', () => {
    expect(readMarks('peak,latest')).toEqual({ peak: true, latest: true });
    expect(readMarks(' Latest ')).toEqual({ peak: false, latest: true });
    expect(readMarks('PEAK  latest')).toEqual({ peak: true, latest: true });
    expect(readMarks('none')).toEqual({ peak: false, latest: false });
  });

  it('runs time right to left in Arabic and Sorani unless time-direction is ltr', () => {
    expect(timeReversed(resolveLocale('ar'), undefined)).toBe(true);
    expect(timeReversed(resolveLocale('ckb'), ' LTR ')).toBe(false);
    expect(timeReversed(resolveLocale('en'), 'rtl')).toBe(false);
  });

  it('keeps a height between 60 and 4,000 px, and the aspect ratio for an unusable one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(fixedHeight(undefined, null)).toBeUndefined();
    expect(fixedHeight(320, '320')).toBe(320);
    expect(fixedHeight(5, '5')).toBe(60);
    expect(fixedHeight(9_000, '9000')).toBe(4_000);
    expect(fixedHeight(Number.NaN, 'abc')).toBeUndefined();
    expect(fixedHeight(0, '0')).toBeUndefined();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('height="5" is outside 60-4000 px; 60 px is used'),
      expect.stringContaining('height="9000" is outside'),
      expect.stringContaining('height="abc" is not a height in pixels'),
      expect.stringContaining('height="0" is not a height in pixels'),
    ]);
  });

  it('reads the aspect ratio, 16/9 when unreadable', () => {
    expect(readRatio('4/3')).toBeCloseTo(4 / 3);
    expect(readRatio('wide')).toBeCloseTo(16 / 9);
  });
});

describe('hidden series', () => {
  it('forget keys the data no longer has, and never hide every series', () => {
    const hidden = new Set(['a', 'gone']);
    expect([...keptHidden(hidden, ['a', 'b'])]).toEqual(['a']);
    expect([...keptHidden(new Set(['a']), ['a'])]).toEqual([]);
    expect([...keptHidden(new Set(['a', 'b']), ['a', 'b'])]).toEqual([]);
    const same = new Set(['a']);
    expect(keptHidden(same, ['a', 'b'])).toBe(same);
  });

  it('toggle, but the last visible series stays', () => {
    expect([...toggledHidden(new Set(), 'a', ['a', 'b'])]).toEqual(['a']);
    expect([...toggledHidden(new Set(['a']), 'b', ['a', 'b'])]).toEqual(['a']);
    expect([...toggledHidden(new Set(['a']), 'a', ['a', 'b'])]).toEqual([]);
  });
});
