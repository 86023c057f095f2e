/**
 * The reading of a data widget's configuration: its data attributes, its inline data and what the
 * widget adds, made into the DataSource's configuration. In the data chunk (data-view.ts): a
 * widget with a static value never needs it.
 */
import type { SourceConfig } from '../../data/source.js';
import { oneOf } from '../../internal/enum.js';
import { inlineScript, type DataHost, type Extra } from './data-host.js';

const FORMATS = ['auto', 'dtm', 'hxl', 'records', 'csv'] as const;
const DATE_FORMATS = ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY/MM/DD'] as const;
const RULES = ['sum', 'max', 'min', 'mean', 'first', 'last', 'reject'] as const;

/** Refresh intervals are clamped: at least 1 s (never a tight loop), at most what setTimeout can hold. */
const MIN_REFRESH_S = 1;
const MAX_REFRESH_S = 2_000_000;

/** The inline data: its text (read only here, it may be large) and its type. */
export function inlineData(host: Element): { text: string; type: string } | undefined {
  const script = inlineScript(host);
  return script && { text: script.element.textContent ?? '', type: script.type };
}

/**
 * The data attributes, the widget's own fields and the count of its children's changes, as one
 * text: the source reads its configuration again only when this changes.
 */
export function configSignature(h: DataHost, extra: Extra, changes: number): string {
  return JSON.stringify([h.src ?? null, h.format, h.valueField, h.dateField, h.regionField, h.filter, h.region, h.duplicates, h.dateFormat, h.refresh, h.maxBytes, extra, changes]);
}

export function sourceConfig(h: DataHost, extra: Extra): SourceConfig {
  const inline = inlineData(h); // read once: the text may be large
  return {
    src: h.src,
    ...(inline && { inline }),
    format: oneOf(h, 'format', h.format, FORMATS, 'auto'),
    pipeline: {
      ...(h.valueField && { valueField: h.valueField }),
      ...(h.dateField && { dateField: h.dateField }),
      ...(h.regionField && { regionField: h.regionField }),
      ...(extra.seriesField && { seriesField: extra.seriesField }),
      ...(extra.latField && { latField: extra.latField }),
      ...(extra.lonField && { lonField: extra.lonField }),
      ...(extra.nameField && { nameField: extra.nameField }),
      ...(h.filter && { filter: h.filter }),
      ...(h.region && !extra.regionIsSelection && { region: h.region }),
      ...(h.dateFormat && { dateFormat: oneOf(h, 'date-format', h.dateFormat, DATE_FORMATS, undefined) }),
      duplicates: oneOf(h, 'duplicates', h.duplicates, RULES, 'sum'),
    },
    refresh: h.refresh && h.refresh > 0 ? Math.min(MAX_REFRESH_S, Math.max(MIN_REFRESH_S, h.refresh)) : 0,
    // an unreadable max-bytes ("10MB") keeps the default cap: never no cap at all
    ...(h.maxBytes !== undefined && Number.isFinite(h.maxBytes) && h.maxBytes > 0 && { maxBytes: h.maxBytes }),
    ...(extra.hostAnnounces && { hostAnnounces: true }),
    ...(extra.severalValues && { severalValues: true }),
  };
}
