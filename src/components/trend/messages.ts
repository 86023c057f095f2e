/** Strings of <dtm-trend>: English here, Arabic and Sorani fetched when a widget speaks them (i18n/catalog.ts). */
import { Catalog } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/locale.js';

export interface TrendMessages {
  readonly showTable: string;
  readonly hideTable: string;
  readonly date: string;
  readonly noData: string;
  readonly peak: string;
  readonly latest: string;
  /** The series named in a generated heading: at most three, then how many more (`more` already formatted). */
  readonly seriesList: (labels: readonly string[], more: string | undefined) => string;
  /** The last line of a tooltip that shows only the highest series: "and 30 more" (`n` formatted). */
  readonly more: (n: string) => string;
  /** The accessible name when there is no heading: "IDPs, April 2014 to April 2024"; one date when `from` and `to` are the same. */
  readonly generatedHeading: (series: string, from: string, to: string) => string;
  /** Tells keyboard users what the chart does. */
  readonly keyboardHint: string;
  readonly legend: string;
  /** Default label of DTM's numPresentIdpInd. */
  readonly idps: string;
  /** What the chart is, for assistive technology (aria-roledescription). */
  readonly role: string;
  /** Label of the total of n series, in the summary. */
  readonly total: (n: number) => string;
  /** Where a long table is: rows `from` to `to` of `total` (already formatted). */
  readonly rows: (from: string, to: string, total: string) => string;
  readonly previousRows: string;
  readonly nextRows: string;
  /** The name of the box the data table scrolls in (a keyboard stop). */
  readonly table: string;
  /** Empty for a reason the editor can fix: figures without dates. */
  readonly undated: string;
  /** Empty: no figure between `from` and `to` (dates already formatted, either may be ''). */
  readonly noneInRange: (from: string, to: string) => string;
  /** The annotations, in the summary: "label (date); label (date)". */
  readonly events: (list: string) => string;
}

const en: TrendMessages = {
  showTable: 'Show table',
  hideTable: 'Hide table',
  date: 'Date',
  noData: 'no data',
  peak: 'Peak',
  latest: 'Latest',
  more: (n) => `and ${n} more`,
  seriesList: (l, more) => (more ? `${l.join(', ')} and ${more} more` : l.length > 1 ? `${l.slice(0, -1).join(', ')} and ${l[l.length - 1]}` : (l[0] ?? '')),
  generatedHeading: (s, a, b) => (a === b ? `${s}, ${a}` : `${s}, ${a} to ${b}`),
  keyboardHint: 'Use the left and right arrow keys to move between reporting dates, Home and End for the first and last, Page Up and Page Down to jump a tenth of the way.',
  legend: 'Series',
  idps: 'IDPs',
  role: 'chart',
  total: (n) => `The ${n} series together`,
  rows: (a, b, n) => `Rows ${a}–${b} of ${n}`,
  previousRows: 'Previous rows',
  nextRows: 'Next rows',
  table: 'Data table',
  undated: 'These figures have no dates: set date-field to the column of reporting dates.',
  noneInRange: (a, b) => (a && b ? `No figures between ${a} and ${b}.` : a ? `No figures from ${a} on.` : `No figures up to ${b}.`),
  events: (l) => `Marked on the chart: ${l}.`,
};

const catalog = new Catalog<TrendMessages>(en, (lang) =>
  lang === 'ar' ? import('./messages.ar.js').then((m) => m.ar) : import('./messages.ckb.js').then((m) => m.ckb),
);

export function trendMessages(lang: Lang): TrendMessages {
  return catalog.get(lang);
}
