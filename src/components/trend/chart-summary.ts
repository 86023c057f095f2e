/**
 * The chart's text summary: the series' story (summary.ts), then the events marked on the chart,
 * which screen readers would otherwise miss (they are drawn in the picture, which they skip).
 * Pure.
 */
import type { ResolvedLocale } from '../../i18n/locale.js';
import { formatDate } from '../../format/date.js';
import { annotationsWithin, type Annotation } from './annotations.js';
import { pointAt } from './lookup.js';
import { trendMessages } from './messages.js';
import { stackOn, unionOfTimes } from './stack.js';
import { summarise, type SummaryPoint } from './summary.js';
import type { TrendSeries } from './types.js';

/** Series told one by one at most; more are told as their total. */
const ONE_BY_ONE = 3;

/** The summary of the visible series, then the events between the first and last dates drawn. */
export function chartSummary(series: readonly TrendSeries[], hidden: ReadonlySet<string>, loc: ResolvedLocale, events: readonly Annotation[], dates: readonly number[]): string {
  const story = seriesStory(series.filter((s) => !hidden.has(s.key)), loc);
  if (dates.length === 0) return story;
  const shown = annotationsWithin(events, dates[0]!, dates[dates.length - 1]!);
  if (shown.length === 0) return story;
  const list = shown.map((a) => `${a.label} (${formatDate(loc, a.date)})`);
  return `${story} ${trendMessages(loc.lang).events(list.join(loc.dir === 'rtl' ? '؛ ' : '; '))}`;
}

/**
 * The points the summary tells, from columns: the first and last figures, the first peak and the
 * first low, and a witness of each date precision the series has (summarise names dates by the
 * finest precision and the span). The same sentence as from every point, without making an
 * object per point of a 100k series.
 */
export function salient(times: ArrayLike<number>, values: ArrayLike<number | undefined>, keys: (i: number) => string | undefined): SummaryPoint[] {
  let first = -1;
  let last = -1;
  let peak = -1;
  let low = -1;
  const witness = { notYear: -1, day: -1, clock: -1 };
  for (let i = 0; i < times.length; i++) {
    const v = values[i];
    if (v === undefined || Number.isNaN(v)) continue;
    if (first < 0) first = i;
    last = i;
    if (peak < 0 || v > values[peak]!) peak = i;
    if (low < 0 || v < values[low]!) low = i;
    const key = keys(i);
    if (witness.notYear < 0 && key?.length !== 4) witness.notYear = i;
    if (witness.day < 0 && key !== undefined && key.length >= 10) witness.day = i;
    if (witness.clock < 0 && key?.includes('T')) witness.clock = i;
  }
  if (first < 0) return [];
  const kept = [...new Set([first, peak, low, witness.notYear, witness.day, witness.clock, last])].filter((i) => i >= 0).sort((a, b) => a - b);
  return kept.map((i) => {
    const key = keys(i);
    return { t: times[i]!, value: values[i]!, ...(key !== undefined && { key }) };
  });
}

const defined = (s: TrendSeries): SummaryPoint[] => salient(s.times, s.values, (i) => s.keys[i]);

/** One sentence per series; with more than three, one sentence about their total. */
export function seriesStory(visible: readonly TrendSeries[], loc: ResolvedLocale): string {
  if (visible.length <= ONE_BY_ONE) return visible.map((s) => summarise(defined(s), loc, s.label)).join(' ');
  // the total only where every series has a figure: missing is not zero, in the story either
  // (the rule of the stacked chart's total, so both tell the same figures)
  const dates = unionOfTimes(visible);
  const { total } = stackOn(dates, visible);
  const first = visible[0]!;
  const points = salient(dates, total, (i) => {
    const at = pointAt(first, dates[i]!);
    return at < 0 ? undefined : first.keys[at];
  });
  // no date has every series (different reporting days, or a series of blanks): the first three
  // are told one by one rather than nothing
  if (points.length === 0) {
    return visible
      .slice(0, ONE_BY_ONE)
      .map((s) => summarise(defined(s), loc, s.label))
      .filter(Boolean)
      .join(' ');
  }
  return summarise(points, loc, trendMessages(loc.lang).total(visible.length));
}
