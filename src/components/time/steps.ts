/**
 * The time slider's steps, pure: the key to the date it moves to, and where each date sits on a
 * time scale (uneven spacing kept: a gap of two years looks like two years).
 */
import { parseIsoDate } from '../../core/dates.js';

/** Milliseconds since 1970 of an ISO key (`2024-04-30`, `2024-04`, `2024`); NaN when unreadable. */
export function timeOf(key: string): number {
  const d = parseIsoDate(key);
  return d ? Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) : Number.NaN;
}

/** The position of each date from 0 (first) to 1 (last); one date sits at 0. */
export function positions(dates: readonly string[]): number[] {
  const t = dates.map(timeOf);
  const first = t[0] ?? 0;
  const span = (t[t.length - 1] ?? 0) - first;
  return t.map((v) => (span > 0 ? (v - first) / span : 0));
}

const YEAR = 365.25 * 24 * 3600 * 1000;

/**
 * The index the key moves to from `at` (the ARIA slider pattern), or undefined for other keys.
 * Up and Right step one round later, Down and Left one earlier; with `backwards` (Arabic and
 * Sorani, time running right to left) Right steps earlier and Left later, as the eye sees it.
 * Page Up and Page Down move a year (to the first round at least a year away, at least one step);
 * Home and End go to the first and last round.
 */
export function stepKey(key: string, at: number, dates: readonly string[], backwards = false): number | undefined {
  const n = dates.length;
  if (n === 0) return undefined;
  const clamp = (i: number): number => Math.max(0, Math.min(n - 1, i));
  const here = clamp(at);
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  if (key === 'ArrowUp') return clamp(here + 1);
  if (key === 'ArrowDown') return clamp(here - 1);
  if (key === 'ArrowRight') return clamp(here + (backwards ? -1 : 1));
  if (key === 'ArrowLeft') return clamp(here + (backwards ? 1 : -1));
  if (key === 'PageUp' || key === 'PageDown') {
    const dir = key === 'PageUp' ? 1 : -1;
    const target = timeOf(dates[here]!) + dir * YEAR;
    let i = clamp(here + dir);
    // the first round a year or more away, or the end of the series
    while (i > 0 && i < n - 1 && (dir > 0 ? timeOf(dates[i]!) < target - 86_400_000 : timeOf(dates[i]!) > target + 86_400_000)) i += dir;
    return i;
  }
  return undefined;
}

/** The index of the date nearest to `fraction` (0 to 1) along the scale. */
export function nearest(fraction: number, places: readonly number[]): number {
  let best = 0;
  places.forEach((p, i) => {
    if (Math.abs(p - fraction) < Math.abs(places[best]! - fraction)) best = i;
  });
  return best;
}

/**
 * The round of each date, for its label: a date has one when every observation at it that has a
 * round says the same one (rows of several rounds at one date, or none at all, give no label).
 */
export function roundsOf(observations: readonly { readonly date?: string; readonly round?: number }[]): Map<string, number> {
  const rounds = new Map<string, number>();
  const mixed = new Set<string>();
  for (const o of observations) {
    if (o.date === undefined || o.round === undefined || mixed.has(o.date)) continue;
    const r = rounds.get(o.date);
    if (r === undefined) rounds.set(o.date, o.round);
    else if (r !== o.round) {
      rounds.delete(o.date);
      mixed.add(o.date);
    }
  }
  return rounds;
}
