/**
 * UI strings, one typed table per language. Functions take already-formatted (localised) parts so
 * that word order stays with the translation. Data values are inserted by the caller through Lit
 * text bindings only.
 */
import { Catalog } from './catalog.js';
import type { DataMessages } from './data-messages.js';
import type { Lang } from './locale.js';

export interface Messages {
  /** Shown when a counter has no value at all. */
  readonly noValue: string;
  /** Shown when `value` is not a finite number; `raw` is what was given. */
  readonly invalidValue: (raw: string) => string;
  /** Shown when `value` is all digits but beyond what a count can be exactly (over 2^53). */
  readonly tooLarge: (raw: string) => string;
  /** Change against `previous`: direction in words, absolute change, percentage ('' when undefined) and the previous figure. */
  readonly up: (delta: string, pct: string, previous: string) => string;
  readonly down: (delta: string, pct: string, previous: string) => string;
  readonly same: (previous: string) => string;
  readonly source: string;
  readonly asOf: (date: string) => string;
  /** Screen-reader text while data loads. */
  readonly loading: string;
  /** The data part of the library could not be downloaded. */
  readonly loadFailed: string;
  /** The figure leaves out rows with no figure at its date (`n` already formatted; `one`: n is 1). */
  readonly partial: (n: string, one: boolean) => string;
  /** Figures were published, but none for the region or filter asked for. */
  readonly noneSelected: string;
  /** Figures were published, but none at the date asked for (`at`, already formatted). */
  readonly noneAt: (date: string) => string;
  /** The Download menu's button. */
  readonly download: string;
  /** A file of the Download menu could not be made (or the menu's code could not be downloaded). */
  readonly downloadFailed: string;
}

/** ' (12%)', or nothing when the percentage is undefined. */
export const paren = (pct: string): string => (pct ? ` (${pct})` : '');

const en: Messages = {
  noValue: 'No figure to show yet.',
  noneSelected: 'No figures for this region or filter.',
  noneAt: (d) => `No figures at ${d}.`,
  invalidValue: (raw) => `This figure cannot be shown: “${raw}” is not a number. Write the value in digits, for example 140000.`,
  tooLarge: (raw) => `This figure cannot be shown: “${raw}” is too large to be a count. Check the value.`,
  up: (d, p, prev) => `Up ${d}${paren(p)} from ${prev}`,
  down: (d, p, prev) => `Down ${d}${paren(p)} from ${prev}`,
  same: (prev) => `No change from ${prev}`,
  source: 'Source',
  asOf: (date) => `As of ${date}`,
  loading: 'Loading figures…',
  loadFailed: 'This figure could not be loaded: part of the widget failed to download. Reload the page.',
  download: 'Download',
  downloadFailed: 'The file could not be made.',
  partial: (n, one) => (one ? 'One area or series has no figure for this date: it is not in this figure.' : `${n} areas or series have no figure for this date: they are not in this figure.`),
};

/**
 * What a language's chunk (ar.ts, ckb.ts) holds besides the widgets' own strings: these messages,
 * the data states' strings (data-messages.ts: needed as soon as data loads, so fetched with the
 * language rather than with the data layer), the "needs data" text and Sorani month names.
 */
export interface CoreTables {
  readonly messages: Messages;
  readonly data?: DataMessages;
  readonly needsData?: string;
  /** Gregorian month names, January first, where the browser has none (Sorani). */
  readonly months?: readonly string[];
}

/** The languages' core strings: English here, Arabic and Sorani fetched when a widget needs them. */
export const core = new Catalog<CoreTables>({ messages: en }, (lang) =>
  lang === 'ar' ? import('./ar.js').then((m) => m.ar) : import('./ckb.js').then((m) => m.ckb),
);

export function messages(lang: Lang): Messages {
  return core.get(lang).messages;
}
