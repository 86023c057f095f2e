import { describe, expect, it } from 'vitest';
import { summariseAreas } from '../../../src/components/map/summary.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

describe('summariseAreas', () => {
  const april = [
    ['Duhok', 233_162],
    ['Ninewa', 229_120],
    ['Erbil', 222_865],
    ['Al-Muthanna', 636],
    ['Baghdad', 26_532],
  ].map(([name, value]) => ({ name: name as string, value: value as number }));

  it('names the highest and lowest areas and the total, in English', () => {
    expect(summariseAreas(april, resolveLocale('en'), 'IDPs', 'as of April 30, 2024')).toBe(
      'IDPs: the highest figure is in Duhok (233,162), then Ninewa (229,120) and Erbil (222,865); the lowest in Al-Muthanna (636). In all 712,315 across 5 areas, as of April 30, 2024.',
    );
  });
  it('in Arabic and Sorani', () => {
    const plain = (s: string): string => s.replace(/[\u061c\u200e\u200f]/g, '');
    expect(plain(summariseAreas(april, resolveLocale('ar-IQ'), 'النازحون', 'حتى ٣٠ نيسان ٢٠٢٤'))).toBe(
      'النازحون: أعلى رقم في Duhok (٢٣٣٬١٦٢)، ثم Ninewa (٢٢٩٬١٢٠) وErbil (٢٢٢٬٨٦٥)؛ وأدنى رقم في Al-Muthanna (٦٣٦). المجموع ٧١٢٬٣١٥ في ٥ مناطق، حتى ٣٠ نيسان ٢٠٢٤.',
    );
    expect(summariseAreas(april, resolveLocale('ckb'), 'ئاوارەکان', '')).toContain('کەمترین لە Al-Muthanna (٦٣٦)');
  });
  it('lists every area when there are three or fewer', () => {
    expect(summariseAreas(april.slice(0, 2), resolveLocale('en'), 'IDPs', '')).toBe('IDPs: Duhok (233,162) and Ninewa (229,120). In all 462,282.');
    expect(summariseAreas([], resolveLocale('en'), 'IDPs', '')).toBe('');
  });
});
