/**
 * The time axis's ticks: about one per 60 px, then fewer while their labels would not fit side
 * by side (Sorani and Arabic month names are long: "کانوونی دووەم ٢٠٢٣"), never finer than the
 * dates published (monthly figures are labelled by month, hourly ones by the hour). Pure.
 */
import { formatShortDate, type ShortDate } from '../../format/date.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { timeInterval, timeTicks, type Scale, type TimeUnit } from './scales.js';
import { formatClock } from './summary.js';
import { CHAR, type Tick } from './types.js';

/** Tries at fewer ticks before the labels are left to overlap. */
const TRIES = 4;

/** How precisely the series' dates are published: years, months, days, or hours (`…T06:00`). */
export function finestUnit(lists: readonly (readonly string[])[]): TimeUnit {
  let longest = 0;
  for (const keys of lists) {
    for (let i = 0; i < keys.length; i++) {
      const n = keys[i]!.length;
      if (n > longest) longest = n;
    }
    if (longest > 10) return 'hour'; // nothing is finer
  }
  return longest > 10 ? 'hour' : longest > 7 ? 'day' : longest > 4 ? 'month' : longest > 0 ? 'year' : 'day';
}

/**
 * Ticks from `t0` to `t1` (the first and last dates) on `x`, labelled in the widget's language;
 * `pad` is the room kept at both ends (bars), `width` the plot's.
 */
export function timeAxisTicks(t0: number, t1: number, pad: number, x: Scale, width: number, finest: TimeUnit, loc: ResolvedLocale): Tick[] {
  const ticksFor = (count: number): Tick[] => {
    const interval = timeInterval(t0, t1, count, finest);
    return timeTicks(t0 - pad, t1 + pad, interval).map((t, i) => {
      const d = new Date(t);
      if (interval.unit === 'hour') {
        // the day at the first tick and at each midnight, the hour everywhere
        const clock = formatClock(loc, t);
        return { at: x(t), label: i === 0 || d.getUTCHours() === 0 ? `${formatShortDate(loc, t, 'md')} ${clock}` : clock };
      }
      const parts: ShortDate = interval.unit === 'year' ? 'y' : interval.unit === 'day' ? 'md' : i === 0 || d.getUTCMonth() === 0 ? 'ym' : 'm';
      return { at: x(t), label: formatShortDate(loc, t, parts) };
    });
  };
  let count = Math.max(1, Math.floor(width / 60));
  let ticks = ticksFor(count);
  for (let tries = 0; tries < TRIES && ticks.length > 1; tries++) {
    const widest = Math.max(...ticks.map((tick) => tick.label.length)) * CHAR + 16;
    if (ticks.length * widest <= width) break;
    count = Math.max(1, Math.min(count - 1, Math.floor(width / widest)));
    ticks = ticksFor(count);
  }
  return ticks;
}
