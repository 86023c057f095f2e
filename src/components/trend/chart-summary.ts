/**
 * The chart's text summary: the series' story (summary.ts), then the events marked on the chart,
 * which screen readers would otherwise miss (they are drawn in the picture, which they skip).
 * Pure.
 */
import type { ResolvedLocale } from '../../i18n/locale.js';
import { formatDate } from '../../format/date.js';
import { annotationsWithin, type Annotation } from './annotations.js';
import type { TrendSeries } from './layout.js';
import { pointAt } from './lookup.js';
import { trendMessages } from './messages.js';
import { stackOn, unionOfTimes } from './stack.js';
import { summarise, type SummaryPoint } from './summary.js';

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

const defined = (s: TrendSeries): SummaryPoint[] => s.points.filter((p): p is SummaryPoint => p.value !== undefined);

/** One sentence per series; with more than three, one sentence about their total. */
export function seriesStory(visible: readonly TrendSeries[], loc: ResolvedLocale): string {
  if (visible.length <= ONE_BY_ONE) return visible.map((s) => summarise(defined(s), loc, s.label)).join(' ');
  // the total only where every series has a figure: missing is not zero, in the story either
  // (the rule of the stacked chart's total, so both tell the same figures)
  const layers = visible.map((s) => s.points);
  const dates = unionOfTimes(layers);
  const { total } = stackOn(dates, layers);
  const points: SummaryPoint[] = [];
  dates.forEach((t, i) => {
    const key = pointAt(visible[0]!.points, t)?.key;
    if (total[i] !== undefined) points.push({ t, value: total[i]!, ...(key !== undefined && { key }) });
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
