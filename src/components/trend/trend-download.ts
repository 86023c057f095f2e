/** What the trend's "Download" menu offers: the published figures of its series, and its chart as drawn. */
import type { ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import type { DownloadSubject } from '../shared/download-menu.js';
import { valueOf, type TrendSeries } from './types.js';

/**
 * One row per reporting date, one column per series shown: the values as published (the chart
 * may draw fewer points; the file has them all). A date a series has no figure for stays empty.
 */
export function trendDownload(series: readonly TrendSeries[], hidden: ReadonlySet<string>, title: string, svg: SVGSVGElement | null, source: string | undefined, loc: ResolvedLocale): DownloadSubject | undefined {
  const shown = series.filter((s) => !hidden.has(s.key));
  if (!shown.length) return undefined;
  const byTime = new Map<number, { key: string; values: (number | undefined)[] }>();
  shown.forEach((s, i) => {
    for (let j = 0; j < s.times.length; j++) {
      let row = byTime.get(s.times[j]!);
      if (!row) byTime.set(s.times[j]!, (row = { key: s.keys[j]!, values: shown.map(() => undefined) }));
      row.values[i] = valueOf(s, j);
    }
  });
  const rows = [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => [r.key, ...r.values]);
  const t = messages(loc.lang);
  return {
    title,
    date: rows.length ? String(rows[rows.length - 1]![0]) : undefined,
    table: { header: ['date', ...shown.map((s) => s.label)], rows },
    svg,
    credit: source?.trim() ? `${t.source}: ${source.trim()}` : undefined,
    lang: loc.tag,
    dir: loc.dir,
  };
}
