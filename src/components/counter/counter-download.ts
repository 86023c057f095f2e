/** What the counter's "Download" menu offers: its figure as a one-row table and as a card. */
import { parseIsoDate } from '../../core/dates.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import type { DownloadSubject } from '../shared/download-menu.js';

interface Shown {
  readonly n: number | undefined;
  readonly date: string | undefined;
}

interface CounterFields {
  readonly label: string | undefined;
  readonly region: string | undefined;
  readonly asOf: string | undefined;
  readonly valueField: string | undefined;
}

/**
 * The counter's figure as published (not as counted up, nor compacted): one row of date, area
 * and value; the card shows it as the reader sees it. `undefined` when there is no figure.
 */
export function counterDownload(el: CounterFields, loc: ResolvedLocale, figure: Shown, source: string | undefined): DownloadSubject | undefined {
  const { n } = figure;
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const t = messages(loc.lang);
  const date = figure.date ?? el.asOf;
  const parsed = date ? parseIsoDate(date) : undefined;
  const label = el.label?.trim() || 'value';
  const hxl = el.valueField?.trim().startsWith('#') ? ['#date', '#adm1+code', el.valueField.trim()] : undefined;
  return {
    title: el.label?.trim() || 'figure',
    date,
    table: { header: ['date', 'region', label], hxl, rows: [[date, el.region, n]] },
    lines: [formatNumber(loc)(n), ...(el.label ? [el.label] : []), ...(parsed ? [t.asOf(formatDate(loc, parsed))] : [])],
    credit: source?.trim() ? `${t.source}: ${source.trim()}` : undefined,
    lang: loc.tag,
    dir: loc.dir,
  };
}
