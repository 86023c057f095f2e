/**
 * UI strings, one typed table per language. Functions take already-formatted (localised) parts so
 * that word order stays with the translation. Data values are inserted by the caller through Lit
 * text bindings only.
 */
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
}

const paren = (pct: string): string => (pct ? ` (${pct})` : '');

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
  partial: (n, one) => (one ? 'One area or series has no figure for this date: it is not in this figure.' : `${n} areas or series have no figure for this date: they are not in this figure.`),
};

const ar: Messages = {
  noValue: 'لا يوجد رقم لعرضه بعد.',
  noneSelected: 'لا توجد أرقام لهذه المنطقة أو هذا المرشّح.',
  noneAt: (d) => `لا توجد أرقام في ${d}.`,
  invalidValue: (raw) => `تعذّر عرض هذا الرقم: «${raw}» ليس رقمًا. اكتب القيمة بالأرقام، مثل 140000.`,
  tooLarge: (raw) => `تعذّر عرض هذا الرقم: «${raw}» أكبر من أن يكون عددًا. تحقّق من القيمة.`,
  up: (d, p, prev) => `ارتفاع بمقدار ${d}${paren(p)} عن ${prev}`,
  down: (d, p, prev) => `انخفاض بمقدار ${d}${paren(p)} عن ${prev}`,
  same: (prev) => `دون تغيير عن ${prev}`,
  source: 'المصدر',
  asOf: (date) => `حتى ${date}`,
  loading: 'جارٍ تحميل الأرقام…',
  loadFailed: 'تعذّر تحميل هذا الرقم: لم يكتمل تنزيل جزء من الأداة. أعد تحميل الصفحة.',
  partial: (n, one) => (one ? 'منطقة أو سلسلة واحدة بلا رقم لهذا التاريخ: هذا الرقم لا يشملها.' : `مناطق أو سلاسل بلا رقم لهذا التاريخ (${n}): هذا الرقم لا يشملها.`),
};

const ckb: Messages = {
  noValue: 'هێشتا هیچ ژمارەیەک نییە بۆ پیشاندان.',
  noneSelected: 'هیچ ژمارەیەک بۆ ئەم ناوچە یان فلتەرە نییە.',
  noneAt: (d) => `هیچ ژمارەیەک لە ${d} نییە.`,
  invalidValue: (raw) => `ناتوانرێت ئەم ژمارەیە پیشان بدرێت: «${raw}» ژمارە نییە. بەها بە ژمارە بنووسە، بۆ نموونە 140000.`,
  tooLarge: (raw) => `ناتوانرێت ئەم ژمارەیە پیشان بدرێت: «${raw}» زۆر گەورەیە بۆ ئەوەی ژمارەیەک بێت. بەهاکە بپشکنە.`,
  up: (d, p, prev) => `زیادبوون بە ${d}${paren(p)} بەراورد بە ${prev}`,
  down: (d, p, prev) => `کەمبوونەوە بە ${d}${paren(p)} بەراورد بە ${prev}`,
  same: (prev) => `هیچ گۆڕانێک نییە بەراورد بە ${prev}`,
  source: 'سەرچاوە',
  asOf: (date) => `تا ${date}`,
  loading: 'ژمارەکان بار دەکرێن…',
  loadFailed: 'ئەم ژمارەیە بار نەکرا: بەشێک لە ویجێتەکە دانەبەزی. پەڕەکە نوێ بکەرەوە.',
  partial: (n, one) => (one ? 'ناوچەیەک یان زنجیرەیەک ژمارەی نییە بۆ ئەم بەروارە: لەم ژمارەیەدا نییە.' : `${n} ناوچە یان زنجیرە ژمارەیان نییە بۆ ئەم بەروارە: لەم ژمارەیەدا نین.`),
};

const tables: Record<Lang, Messages> = { en, ar, ckb };

export function messages(lang: Lang): Messages {
  return tables[lang];
}
