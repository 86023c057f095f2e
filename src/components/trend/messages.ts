/** Strings of <dtm-trend>, per language. */
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

const ar: TrendMessages = {
  showTable: 'عرض الجدول',
  hideTable: 'إخفاء الجدول',
  date: 'التاريخ',
  noData: 'لا توجد بيانات',
  peak: 'الذروة',
  latest: 'الأحدث',
  more: (n) => `و${n} أخرى`,
  seriesList: (l, more) => (more ? `${l.join('، ')} و${more} أخرى` : l.length > 1 ? `${l.slice(0, -1).join('، ')} و${l[l.length - 1]}` : (l[0] ?? '')),
  generatedHeading: (s, a, b) => (a === b ? `${s}، ${a}` : `${s}، من ${a} إلى ${b}`),
  keyboardHint: 'استخدم مفتاحَي السهمين الأيمن والأيسر للتنقل بين تواريخ التقارير، و Home و End للأول والأخير، و Page Up و Page Down للقفز عُشر المسافة.',
  legend: 'السلاسل',
  idps: 'النازحون داخليًا',
  role: 'رسم بياني',
  total: () => 'مجموع السلاسل',
  rows: (a, b, n) => `الصفوف ${a}–${b} من ${n}`,
  previousRows: 'الصفوف السابقة',
  nextRows: 'الصفوف التالية',
  table: 'جدول البيانات',
  undated: 'هذه الأرقام بلا تواريخ: اضبط date-field على عمود تواريخ التقارير.',
  noneInRange: (a, b) => (a && b ? `لا توجد أرقام بين ${a} و${b}.` : a ? `لا توجد أرقام منذ ${a}.` : `لا توجد أرقام حتى ${b}.`),
  events: (l) => `أحداث مشار إليها على الرسم: ${l}.`,
};

const ckb: TrendMessages = {
  showTable: 'خشتەکە پیشان بدە',
  hideTable: 'خشتەکە بشارەوە',
  date: 'بەروار',
  noData: 'داتا نییە',
  peak: 'لووتکە',
  latest: 'نوێترین',
  more: (n) => `و ${n}ی تر`,
  seriesList: (l, more) => (more ? `${l.join('، ')} و ${more}ی تر` : l.length > 1 ? `${l.slice(0, -1).join('، ')} و ${l[l.length - 1]}` : (l[0] ?? '')),
  generatedHeading: (s, a, b) => (a === b ? `${s}، ${a}` : `${s}، لە ${a} تا ${b}`),
  keyboardHint: 'کلیلی تیری ڕاست و چەپ بەکاربهێنە بۆ جووڵان لە نێوان بەروارەکانی ڕاپۆرت، و Home و End بۆ یەکەم و دوایین، و Page Up و Page Down بۆ بازدان بە دەیەکی ڕێگاکە.',
  legend: 'زنجیرەکان',
  idps: 'ئاوارەکانی ناوخۆ',
  role: 'هێڵکاری',
  total: () => 'کۆی زنجیرەکان',
  rows: (a, b, n) => `ڕیزەکانی ${a}–${b} لە ${n}`,
  previousRows: 'ڕیزەکانی پێشوو',
  nextRows: 'ڕیزەکانی دواتر',
  table: 'خشتەی داتاکان',
  undated: 'ئەم ژمارانە بەرواریان نییە: date-field بخەرە سەر ستوونی بەرواری ڕاپۆرتەکان.',
  noneInRange: (a, b) => (a && b ? `هیچ ژمارەیەک لە نێوان ${a} و ${b} نییە.` : a ? `هیچ ژمارەیەک لە ${a} بەدواوە نییە.` : `هیچ ژمارەیەک تا ${b} نییە.`),
  events: (l) => `ڕووداوە دیاریکراوەکان لەسەر هێڵکارییەکە: ${l}.`,
};

const tables: Record<Lang, TrendMessages> = { en, ar, ckb };

export function trendMessages(lang: Lang): TrendMessages {
  return tables[lang];
}
