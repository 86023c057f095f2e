/**
 * Side-effect free exports: element classes, the registration helper and the pure formatting
 * and locale functions. Importing this module defines no element.
 */
export { DtmCounter } from './components/counter/counter.js';
export type { WidgetState } from './components/shared/states.js';
export { DtmTrend } from './components/trend/trend.js';
export { DtmMap, type DtmSelectDetail } from './components/map/map.js';
export type { DtmLoadDetail, DtmErrorDetail } from './data/source.js';
export { DtmTime, type DtmChangeDetail } from './components/time/time.js';
export { DtmBoard } from './components/board/board.js';
export { defineElement } from './internal/define-element.js';
export { VERSION } from './internal/version.js';
export { resolveLocale, langOf, type Lang, type Numerals, type NumeralsOption, type ResolvedLocale } from './i18n/locale.js';
export { formatNumber, type NumberOptions } from './format/number.js';
export { parseIsoDate, type CalendarDate } from './core/dates.js';
export { formatDate } from './format/date.js';
export { computeChange, type Change } from './format/change.js';
export { parseStrictNumber, type ParsedNumber } from './data/strict-number.js';
