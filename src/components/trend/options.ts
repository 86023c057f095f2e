/**
 * The trend's own attributes as people write them: the chart kind in any case, the marks list,
 * the direction of time, the aspect ratio and a fixed height in pixels. What cannot be read is
 * said once in the console, and a usable value is taken instead.
 */
import type { ResolvedLocale } from '../../i18n/locale.js';
import { oneOf } from '../../internal/enum.js';
import { warnOnce } from '../../internal/warn.js';
import { parseRatio } from '../shared/credit.js';
import type { TrendKind } from './types.js';

const KINDS = ['line', 'area', 'stacked-area', 'bar'] as const;
/** Bounds of the `height` attribute, in pixels (the layout never draws below 60). */
export const MIN_HEIGHT = 60;
export const MAX_HEIGHT = 4000;
/** The chart's shape without `aspect-ratio`. */
const RATIO = 16 / 9;

/** The chart kind, as written in any case; an unknown one draws lines (warned once). */
export function readKind(host: Element, kind: string | undefined): TrendKind {
  return oneOf(host, 'kind', kind, KINDS, 'line');
}

/** `peak,latest`, `peak`, `latest` or `none`, separated by commas or spaces, in any case. */
export function readMarks(marks: string | undefined): { peak: boolean; latest: boolean } {
  const set = new Set((marks ?? '').toLowerCase().split(/[\s,]+/));
  return { peak: set.has('peak'), latest: set.has('latest') };
}

/** Time runs right to left: in Arabic and Sorani, unless time-direction="ltr" (in any case). */
export function timeReversed(loc: ResolvedLocale, timeDirection: string | undefined): boolean {
  return loc.dir === 'rtl' && (timeDirection ?? '').trim().toLowerCase() !== 'ltr';
}

/** Width / height from `aspect-ratio` (16/9 when unreadable). */
export function readRatio(aspectRatio: string | undefined): number {
  return parseRatio(aspectRatio, RATIO);
}

/**
 * The `height` attribute in pixels when it is a usable one (warned once otherwise), within what
 * a chart can be drawn in: at least the layout's 60 px, so that the frame and the drawing agree,
 * at most 4,000. `written` is the attribute as written, for the note.
 */
export function fixedHeight(h: number | undefined | null, written: string | null): number | undefined {
  if (h === undefined || h === null) return undefined;
  if (Number.isFinite(h) && h > 0) {
    const bounded = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, h));
    if (bounded !== h) warnOnce('dtm-trend', `height="${written ?? ''}" is outside ${MIN_HEIGHT}-${MAX_HEIGHT} px; ${bounded} px is used.`);
    return bounded;
  }
  warnOnce('dtm-trend', `height="${written ?? ''}" is not a height in pixels (e.g. 320); the aspect ratio is used.`);
  return undefined;
}

/**
 * Hidden series follow the data: a key no longer among the series is forgotten, and when the
 * hidden ones would leave nothing to see (a refresh, a new region), none stays hidden. The
 * legend that could bring one back shows only with two series or more.
 */
export function keptHidden(hidden: ReadonlySet<string>, keys: readonly string[]): ReadonlySet<string> {
  if (hidden.size === 0) return hidden;
  const all = new Set(keys);
  const kept = [...hidden].filter((k) => all.has(k));
  if (kept.length === hidden.size && kept.length < all.size) return hidden;
  return new Set(kept.length < all.size && all.size > 1 ? kept : []);
}

/** `hidden` with `key` shown or hidden; never the last visible series: an empty chart helps no one. */
export function toggledHidden(hidden: ReadonlySet<string>, key: string, keys: readonly string[]): ReadonlySet<string> {
  const next = new Set(hidden);
  if (next.has(key)) next.delete(key);
  else if (keys.filter((k) => !next.has(k)).length > 1) next.add(key);
  return next;
}
