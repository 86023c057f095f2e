import { describe, expect, it } from 'vitest';
import { linearScale } from '../../../src/components/trend/scales.js';
import { finestUnit, timeAxisTicks } from '../../../src/components/trend/time-axis.js';
import { seriesFromPoints } from './series-points.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

describe('time axis', () => {
  it('knows how precisely dates are published', () => {
    expect(finestUnit([['2024']])).toBe('year');
    expect(finestUnit([['2024-04'], ['2024']])).toBe('month');
    expect(finestUnit([['2024-04-30T06:00']])).toBe('hour');
    // a point written without its key is a date
    expect(finestUnit([seriesFromPoints('a', 'A', [{ t: 0, value: 1 }]).keys])).toBe('day');
  });

  it('labels monthly data by month, never finer, and drops ticks until the labels fit', () => {
    const t0 = Date.UTC(2023, 0, 1);
    const t1 = Date.UTC(2023, 11, 1);
    const x = linearScale([t0, t1], [0, 600]);
    const wide = timeAxisTicks(t0, t1, 0, x, 600, 'month', resolveLocale('en'));
    expect(wide[0]!.label).toBe('Jan 2023');
    expect(wide.every((t) => !/\d{1,2} /.test(t.label))).toBe(true);
    const ckb = resolveLocale('ckb');
    const narrow = timeAxisTicks(t0, t1, 0, linearScale([t0, t1], [0, 200]), 200, 'month', ckb);
    const widest = Math.max(...narrow.map((t) => t.label.length)) * 7 + 16;
    expect(narrow.length * widest).toBeLessThanOrEqual(200);
  });
});
