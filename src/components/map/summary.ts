/**
 * The generated summary of a map, in the widget's language: the areas with the highest figures,
 * the lowest, the total and the date. Pure.
 */
import { formatNumber } from '../../format/number.js';
import type { Lang, ResolvedLocale } from '../../i18n/locale.js';

export interface AreaFigure {
  readonly name: string;
  readonly value: number;
}

interface Words {
  readonly list: (items: string[]) => string;
  readonly full: (label: string, top: string, rest: string, bottom: string, total: string, n: string, date: string, count: number) => string;
  readonly few: (label: string, all: string, total: string, date: string) => string;
}

const join = (sep: string, last: string) => (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1]}`;

const words: Record<Lang, Words> = {
  en: {
    list: join(', ', ' and '),
    full: (l, top, rest, bottom, total, n, date) => `${l}: the highest figure is in ${top}${rest ? `, then ${rest}` : ''}; the lowest in ${bottom}. In all ${total} across ${n} areas${date ? `, ${date}` : ''}.`,
    few: (l, all, total, date) => `${l}: ${all}. In all ${total}${date ? `, ${date}` : ''}.`,
  },
  ar: {
    list: join('، ', ' و'),
    // 3 to 10 take the plural (مناطق), 11 and more the singular (منطقة)
    full: (l, top, rest, bottom, total, n, date, count) =>
      `${l}: أعلى رقم في ${top}${rest ? `، ثم ${rest}` : ''}؛ وأدنى رقم في ${bottom}. المجموع ${total} في ${n} ${count <= 10 ? 'مناطق' : 'منطقة'}${date ? `، ${date}` : ''}.`,
    few: (l, all, total, date) => `${l}: ${all}. المجموع ${total}${date ? `، ${date}` : ''}.`,
  },
  ckb: {
    list: join('، ', ' و '),
    full: (l, top, rest, bottom, total, n, date) => `${l}: زۆرترین ژمارە لە ${top}${rest ? `، پاشان ${rest}` : ''}؛ کەمترین لە ${bottom}. کۆی گشتی ${total} لە ${n} ناوچەدا${date ? `، ${date}` : ''}.`,
    few: (l, all, total, date) => `${l}: ${all}. کۆی گشتی ${total}${date ? `، ${date}` : ''}.`,
  },
};

/**
 * @param date an already localised "as of" phrase ("as of 30 April 2024"), or ''
 * @example "IDPs: the highest figure is in Duhok (233,162), then Ninewa (229,120) and Erbil (222,865);
 *   the lowest in Al-Muthanna (636). In all 1,098,913 across 18 areas, as of April 30, 2024."
 */
export function summariseAreas(areas: readonly AreaFigure[], loc: ResolvedLocale, label: string, date: string): string {
  if (areas.length === 0) return '';
  const w = words[loc.lang];
  const n = formatNumber(loc);
  const sorted = [...areas].sort((a, b) => b.value - a.value);
  const item = (a: AreaFigure): string => `${a.name} (${n(a.value)})`;
  const total = n(sorted.reduce((s, a) => s + a.value, 0));
  if (sorted.length <= 3) return w.few(label, w.list(sorted.map(item)), total, date);
  return w.full(label, item(sorted[0]!), w.list(sorted.slice(1, 3).map(item)), item(sorted[sorted.length - 1]!), total, n(sorted.length), date, sorted.length);
}
