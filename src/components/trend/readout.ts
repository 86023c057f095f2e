/**
 * What the chart says in words, from its series: its generated heading, a date as precise as
 * the data, the tooltip's rows, the live region's sentence for the cursor, and why there is
 * nothing to draw. Pure: series, locale and options in, text out.
 */
import { parseIsoDate } from '../../core/dates.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { pointIndex, valueAt } from './lookup.js';
import type { TrendSeries } from './types.js';
import { trendMessages } from './messages.js';
import { formatClock } from './summary.js';

/** Series listed in the tooltip at most: the highest at the date. */
export const TOOLTIP_ROWS = 10;

/**
 * The reporting date key at `time` (as published, with its precision). Keys of different
 * precision can share a time (`2024` and `2024-01`): the most precise one is shown.
 */
export function keyAt(series: readonly TrendSeries[], time: number): string {
  let key = '';
  for (const s of series) {
    for (let i = pointIndex(s.times, time); i < s.times.length && s.times[i] === time; i++) {
      const k = s.keys[i]!;
      if (k.length > key.length) key = k;
    }
  }
  return key;
}

/** The date as precise as the data: "April 2014" for a month, "30 April 2024" for a day, with the hour for a time. */
export function dateLabel(series: readonly TrendSeries[], time: number, loc: ResolvedLocale): string {
  const key = keyAt(series, time);
  const parsed = parseIsoDate(key);
  const d = new Date(time);
  const date = formatDate(loc, parsed ?? { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return key.includes('T') ? `${date} ${formatClock(loc, time)}` : date;
}

export interface TooltipRow {
  readonly series: TrendSeries;
  /** Position in the palette. */
  readonly index: number;
  readonly value: number | undefined;
}

/**
 * The visible series' values at `time`, in legend order. 40 governorates would run the tooltip
 * far past the chart: the highest TOOLTIP_ROWS, and how many more (the live region and the table
 * still tell every one).
 */
export function tooltipRows(series: readonly TrendSeries[], hidden: ReadonlySet<string>, time: number): { rows: TooltipRow[]; more: number } {
  const rows = series.map((s, index) => ({ series: s, index, value: valueAt(s, time) })).filter((r) => !hidden.has(r.series.key));
  const more = rows.length - TOOLTIP_ROWS;
  if (more <= 0) return { rows, more: 0 };
  const top = new Set([...rows].sort((a, b) => (b.value ?? -1) - (a.value ?? -1)).slice(0, TOOLTIP_ROWS));
  return { rows: rows.filter((r) => top.has(r)), more };
}

/** What the live region says for the cursor: the date and every visible series' value. */
export function liveText(series: readonly TrendSeries[], hidden: ReadonlySet<string>, time: number, loc: ResolvedLocale): string {
  const fmt = formatNumber(loc);
  const t = trendMessages(loc.lang);
  const values = series
    .filter((s) => !hidden.has(s.key))
    .map((s) => {
      const v = valueAt(s, time);
      return `${s.label}: ${v === undefined ? t.noData : fmt(v)}`;
    });
  return [dateLabel(series, time, loc), ...values].join('. ');
}

/** The chart's name when it has no `heading`: its visible series and the dates drawn ("IDPs, April 2014 to April 2024"). */
export function generatedHeading(series: readonly TrendSeries[], hidden: ReadonlySet<string>, dates: readonly number[], loc: ResolvedLocale): string {
  const t = trendMessages(loc.lang);
  const labels = series.filter((s) => !hidden.has(s.key)).map((s) => s.label);
  // 18 governorates would make a paragraph of a name: three, then how many more
  const named = labels.length > 4 ? t.seriesList(labels.slice(0, 3), formatNumber(loc)(labels.length - 3)) : t.seriesList(labels, undefined);
  if (dates.length === 0) return named;
  // yearly data is named by years, other data by months
  const yearly = keyAt(series, dates[0]!).length === 4;
  const fmt = (time: number): string => formatDate(loc, { year: new Date(time).getUTCFullYear(), ...(!yearly && { month: new Date(time).getUTCMonth() + 1 }) });
  return t.generatedHeading(named, fmt(dates[0]!), fmt(dates[dates.length - 1]!));
}

/**
 * Why there is nothing to draw, when the editor can fix it: the filter selects no row (`filtered`
 * rows left out by it), figures without dates, or none between `from` and `to`. '' otherwise (the
 * data layer's own "no figures yet" is shown).
 */
export function whyEmpty(
  observations: readonly { readonly date?: string }[],
  filtered: number,
  range: { readonly from?: string | undefined; readonly to?: string | undefined },
  loc: ResolvedLocale,
): string {
  if (observations.length === 0) return filtered > 0 ? messages(loc.lang).noneSelected : '';
  const t = trendMessages(loc.lang);
  if (!observations.some((o) => o.date !== undefined)) return t.undated;
  const show = (raw: string | undefined): string => {
    const d = raw?.trim() ? parseIsoDate(raw) : undefined;
    return d ? formatDate(loc, d) : '';
  };
  const [from, to] = [show(range.from), show(range.to)];
  return from || to ? t.noneInRange(from, to) : '';
}
