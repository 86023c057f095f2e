/**
 * The chart's series from the data, named and ordered: which reporting dates are kept (`from`,
 * `to`), what each series is called (`series-labels`, else the readable name of a known field
 * such as `#affected+returnees`, else the field as written; "IDPs" for the format's IDP count)
 * and their order (several value fields: as written). Lists are read with
 * the data layer's comma rule (core/field-list.ts): a column whose own name has a comma is one
 * field. Pure but for console notes.
 */
import { dateKey, parseIsoDate } from '../../core/dates.js';
import { splitFieldList } from '../../core/field-list.js';
import { knownFieldName } from '../../data/field-names.js';
import type { Gap, Observation } from '../../data/pipeline.js';
import type { Lang } from '../../i18n/locale.js';
import { warnOnce } from '../../internal/warn.js';
import type { TrendSeries } from './layout.js';
import { buildSeries } from './series.js';

const TAG = 'dtm-trend';
/** DTM's and HXL's names for the IDP count, any attributes after: called "IDPs" when no better name is known. */
const IDP_FIELD = /^(numPresentIdpInd|#affected\+idps\b.*)$/i;
/** Series a reader can still tell apart: colours repeat after 8. */
const DISTINCT = 8;

export interface NamingOptions {
  /** The `value-field` attribute as written. */
  readonly valueField?: string | undefined;
  /** The `series-labels` attribute as written. */
  readonly seriesLabels?: string | undefined;
  /** The `series-field` attribute: every series key is then a name from the data. */
  readonly seriesField?: string | undefined;
  /** The name of the IDP count in the widget's language. */
  readonly idps: string;
  /** The widget's language, for the names of known fields. */
  readonly lang: Lang;
}

export interface SeriesOptions extends NamingOptions {
  /** The `from` and `to` attributes as written (ISO dates). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * The value fields as the data layer read them. It names each field's series by the field; when
 * none of the series has a field's name, it read the whole text as one column.
 */
export function valueFields(written: string, seriesKeys: ReadonlySet<string>): string[] {
  const parts = splitFieldList(written, () => false);
  return splitFieldList(written, () => !parts.some((p) => seriesKeys.has(p)));
}

/** The labels of `series-labels`, in order; with one series the whole text is its label, commas and all. */
export function labelList(written: string, seriesCount: number): string[] {
  return splitFieldList(written, () => seriesCount < 2);
}

/** A date bound as a date key (`2016-03`), or undefined (blank; unreadable, with a note). */
export function dateBound(raw: string | undefined, name: string): string | undefined {
  if (!raw?.trim()) return undefined;
  const d = parseIsoDate(raw);
  if (!d) warnOnce(TAG, `${name}="${raw}" is not an ISO date (2016, 2016-03, 2016-03-31); it is ignored.`);
  return d ? dateKey(d) : undefined;
}

/** The series named and ordered: several value fields in the order written, whatever the first row held. */
export function nameSeries(series: readonly TrendSeries[], o: NamingOptions): TrendSeries[] {
  const fields = valueFields(o.valueField ?? '', new Set(series.map((s) => s.key)));
  const given = labelList(o.seriesLabels ?? '', series.length);
  const rank = (key: string): number => {
    const i = fields.indexOf(key);
    return i < 0 ? fields.length : i;
  };
  const ordered = fields.length > 1 ? [...series].sort((a, b) => rank(a.key) - rank(b.key)) : series;
  return ordered.map((s, i) => {
    // a label is given by the field's place in value-field, else by the series' place
    const at = fields.length > 1 ? fields.indexOf(s.key) : -1;
    const label = given[at >= 0 ? at : i];
    if (label) return { ...s, label };
    // without value-field the format's IDP count is read; a field given is the series' name (its
    // readable name when the field is a known one); with series-field every key is a name from
    // the data, even one written "value"
    const field = s.key === 'value' && !o.seriesField?.trim() ? (fields[0] ?? '') : s.key;
    if (field === '') return { ...s, label: o.idps };
    return { ...s, label: knownFieldName(field, o.lang) ?? (IDP_FIELD.test(field) ? o.idps : field) };
  });
}

/** The chart's series: the data's rows between `from` and `to`, by series, named and ordered. */
export function chartSeries(observations: readonly Observation[], gaps: readonly Gap[], o: SeriesOptions): TrendSeries[] {
  const from = dateBound(o.from, 'from');
  const to = dateBound(o.to, 'to');
  const series = buildSeries(observations, gaps, { ...(from && { from }), ...(to && { to }) });
  if (series.length > DISTINCT) {
    warnOnce(TAG, `${series.length} series: colours repeat after 8 and line patterns after 4; show fewer (filter, region) or let readers hide some in the legend.`);
  }
  return nameSeries(series, o);
}
