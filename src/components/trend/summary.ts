/**
 * The generated text summary of a series, in the widget's language: where it started, its peak,
 * where it ended and the change from the peak. Read by screen readers and shown under the chart.
 * Pure: takes points, a locale and a label.
 */
import { formatDate } from '../../format/date.js';
import { plainEnglish } from '../../format/english.js';
import { formatNumber } from '../../format/number.js';
import type { Lang, ResolvedLocale } from '../../i18n/locale.js';

export interface SummaryPoint {
  /** UTC ms of the reporting date. */
  readonly t: number;
  readonly value: number;
  /** The date as published (`2016`, `2016-03`, `2016-03-31`): its precision is kept. */
  readonly key?: string;
}

/** How precisely the summary names dates: years for yearly data, days within a single month, hours within a day. */
type Precision = 'y' | 'ym' | 'ymd' | 'ymdh';

function precisionOf(points: readonly SummaryPoint[]): Precision {
  if (points.every((p) => p.key !== undefined && p.key.length === 4)) return 'y';
  if (!points.some((p) => p.key !== undefined && p.key.length >= 10)) return 'ym';
  // by the span, not the calendar: 22:00 to 02:00 is told by the hour, not as April and May
  const span = points[points.length - 1]!.t - points[0]!.t;
  if (span < 2 * DAY && points.some((p) => p.key?.includes('T'))) return 'ymdh';
  return span < 32 * DAY ? 'ymd' : 'ym';
}

const DAY = 86_400_000;

/** A dip counts when it goes below both ends by at least a tenth of the whole range. */
const DIP = 0.1;

interface Parts {
  label: string;
  first: string;
  firstDate: string;
  peak: string;
  peakDate: string;
  last: string;
  lastDate: string;
  pct: string;
  /** English: "in" before a month or year, "on" before a day. */
  at: 'in' | 'on';
}

type Shape = 'rise-fall' | 'fall-rise' | 'rise' | 'rise-from-zero' | 'fall' | 'flat';

const templates: Record<Lang, Record<Shape, (p: Parts) => string> & { one: (p: Parts) => string }> = {
  en: {
    'rise-fall': (p) =>
      `${p.label} rose from ${p.first} ${p.at} ${p.firstDate} to a peak of ${p.peak} ${p.at} ${p.peakDate} and fell to ${p.last} ${p.at} ${p.lastDate}, down ${p.pct} from the peak.`,
    rise: (p) => `${p.label} rose from ${p.first} ${p.at} ${p.firstDate} to ${p.last} ${p.at} ${p.lastDate}, up ${p.pct}.`,
    'rise-from-zero': (p) => `${p.label} rose from ${p.first} ${p.at} ${p.firstDate} to ${p.last} ${p.at} ${p.lastDate}.`,
    fall: (p) => `${p.label} fell from ${p.first} ${p.at} ${p.firstDate} to ${p.last} ${p.at} ${p.lastDate}, down ${p.pct}.`,
    flat: (p) => `${p.label} stayed at ${p.last} from ${p.firstDate} to ${p.lastDate}.`,
    'fall-rise': (p) => `${p.label} fell from ${p.first} ${p.at} ${p.firstDate} to a low of ${p.peak} ${p.at} ${p.peakDate} and rose to ${p.last} ${p.at} ${p.lastDate}.`,
    one: (p) => `${p.label}: ${p.last} ${p.at} ${p.lastDate}.`,
  },
  ar: {
    'rise-fall': (p) =>
      `${p.label}: ارتفع العدد من ${p.first} في ${p.firstDate} إلى ذروة بلغت ${p.peak} في ${p.peakDate}، ثم انخفض إلى ${p.last} في ${p.lastDate}، أي أقل من الذروة بنسبة ${p.pct}.`,
    rise: (p) => `${p.label}: ارتفع العدد من ${p.first} في ${p.firstDate} إلى ${p.last} في ${p.lastDate}، أي بزيادة ${p.pct}.`,
    'rise-from-zero': (p) => `${p.label}: ارتفع العدد من ${p.first} في ${p.firstDate} إلى ${p.last} في ${p.lastDate}.`,
    fall: (p) => `${p.label}: انخفض العدد من ${p.first} في ${p.firstDate} إلى ${p.last} في ${p.lastDate}، أي بتراجع ${p.pct}.`,
    flat: (p) => `${p.label}: بقي العدد ${p.last} من ${p.firstDate} إلى ${p.lastDate}.`,
    'fall-rise': (p) => `${p.label}: انخفض العدد من ${p.first} في ${p.firstDate} إلى أدنى مستوى بلغ ${p.peak} في ${p.peakDate}، ثم ارتفع إلى ${p.last} في ${p.lastDate}.`,
    one: (p) => `${p.label}: ${p.last} في ${p.lastDate}.`,
  },
  ckb: {
    'rise-fall': (p) =>
      `${p.label}: ژمارەکە لە ${p.first} لە ${p.firstDate} بەرزبووەوە بۆ لووتکەی ${p.peak} لە ${p.peakDate}، پاشان دابەزی بۆ ${p.last} لە ${p.lastDate}، واتە ${p.pct} کەمتر لە لووتکە.`,
    rise: (p) => `${p.label}: ژمارەکە لە ${p.first} لە ${p.firstDate} بەرزبووەوە بۆ ${p.last} لە ${p.lastDate}، واتە ${p.pct} زیاتر.`,
    'rise-from-zero': (p) => `${p.label}: ژمارەکە لە ${p.first} لە ${p.firstDate} بەرزبووەوە بۆ ${p.last} لە ${p.lastDate}.`,
    fall: (p) => `${p.label}: ژمارەکە لە ${p.first} لە ${p.firstDate} دابەزی بۆ ${p.last} لە ${p.lastDate}، واتە ${p.pct} کەمتر.`,
    flat: (p) => `${p.label}: ژمارەکە لە ${p.firstDate} تا ${p.lastDate} لە ${p.last} مایەوە.`,
    'fall-rise': (p) => `${p.label}: ژمارەکە لە ${p.first} لە ${p.firstDate} دابەزی بۆ کەمترینی ${p.peak} لە ${p.peakDate}، پاشان بەرزبووەوە بۆ ${p.last} لە ${p.lastDate}.`,
    one: (p) => `${p.label}: ${p.last} لە ${p.lastDate}.`,
  },
};

/**
 * @example summarise(points, resolveLocale('en'), 'IDPs')
 *   // 'IDPs rose from 443,124 in April 2014 to a peak of 3,417,768 in March 2016 and fell to
 *   //  1,098,913 in April 2024, down 68% from the peak.'
 */
export function summarise(points: readonly SummaryPoint[], loc: ResolvedLocale, label: string): string {
  const t = templates[loc.lang];
  const n = formatNumber(loc);
  const whole = formatNumber(loc, { style: 'percent', maximumFractionDigits: 0 });
  const tenth = formatNumber(loc, { style: 'percent', maximumFractionDigits: 1 });
  // a change that whole percents would call 0% or 100% is told to a tenth ("up 0.2%", "down
  // 99.9%"), and one too small or too near all for a tenth as "< 0.1%" or "> 99.9%"
  const pct = (r: number): string => {
    if (r > 0 && r < 0.0005) return `< ${tenth(0.001)}`;
    if (r >= 0.9995 && r < 1) return `> ${tenth(0.999)}`;
    return Math.round(r * 100) === 0 || (Math.round(r * 100) === 100 && r < 1) ? tenth(r) : whole(r);
  };
  if (points.length === 0) return '';
  const precision = precisionOf(points);
  const date = (time: number): string => {
    const d = new Date(time);
    if (precision === 'ym') return formatLongMonth(loc, time);
    const day = formatDate(loc, precision === 'y' ? { year: d.getUTCFullYear() } : { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    return precision === 'ymdh' ? `${day} ${formatClock(loc, time)}` : day;
  };
  const first = points[0]!;
  const last = points[points.length - 1]!;
  let peak = first;
  for (const p of points) if (p.value > peak.value) peak = p;
  const parts: Parts = {
    label,
    first: n(first.value),
    firstDate: date(first.t),
    peak: n(peak.value),
    peakDate: date(peak.t),
    last: n(last.value),
    lastDate: date(last.t),
    pct: '',
    at: precision === 'ymd' || precision === 'ymdh' ? 'on' : 'in',
  };
  if (points.length === 1) return t.one(parts);
  let low = first;
  for (const p of points) if (p.value < low.value) low = p;
  let shape: Shape;
  if (peak.value === low.value) return t.flat(parts);
  const risesAndFalls = peak !== first && peak !== last && peak.value > last.value;
  const dip = low !== first && low !== last && Math.min(first.value, last.value) - low.value >= DIP * (peak.value - low.value);
  if (dip && !risesAndFalls) {
    // down and back up again: the low is the story ("peak" slots carry the low here)
    return t['fall-rise']({ ...parts, peak: n(low.value), peakDate: date(low.t) });
  }
  if (risesAndFalls) {
    shape = 'rise-fall';
    parts.pct = pct((peak.value - last.value) / peak.value);
  } else if (last.value > first.value) {
    shape = first.value === 0 ? 'rise-from-zero' : 'rise';
    if (first.value !== 0) parts.pct = pct((last.value - first.value) / first.value);
  } else if (last.value < first.value) {
    shape = 'fall';
    parts.pct = pct((first.value - last.value) / first.value);
  } else shape = 'flat';
  return t[shape](parts);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "March 2016" / "آذار ٢٠١٦" / "ئازاری ٢٠١٦": summaries name months, not days. */
function formatLongMonth(loc: ResolvedLocale, time: number): string {
  const d = new Date(time);
  if (loc.lang === 'ckb' || plainEnglish(loc.intl, loc.numerals)) return formatDate(loc, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  const key = `${loc.intl}|${loc.numerals}`;
  let f = monthFormats.get(key);
  if (!f) monthFormats.set(key, (f = new Intl.DateTimeFormat(loc.intl, { timeZone: 'UTC', numberingSystem: loc.numerals, year: 'numeric', month: 'long' })));
  return f.format(time);
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** "06:00" in the locale's digits: hourly figures within one day are told by the hour. */
export function formatClock(loc: ResolvedLocale, time: number): string {
  if (plainEnglish(loc.intl, loc.numerals)) {
    const d = new Date(time);
    return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  }
  const key = `${loc.intl}|${loc.numerals}`;
  let f = clockFormats.get(key);
  if (!f) clockFormats.set(key, (f = new Intl.DateTimeFormat(loc.intl, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', numberingSystem: loc.numerals })));
  return f.format(time);
}
