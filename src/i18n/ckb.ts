/**
 * Sorani: the shared strings, the data states' strings and the "needs data" text, in a chunk of
 * its own that only pages with Sorani widgets download (see catalog.ts).
 */
import type { DataMessages } from './data-messages.js';
import { paren, type CoreTables, type Messages } from './messages.js';

/**
 * The technical detail (English, from the parser or the settings) inside Arabic and Sorani text:
 * isolated (U+2068 … U+2069), so that its Latin words and punctuation keep their own order and the
 * sentence around it keeps its own.
 */
const iso = (detail: string): string => `\u2068${detail}\u2069`;

const ckbMessages: Messages = {
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
  download: 'داگرتن',
  downloadFailed: 'فایلەکە دروست نەکرا.',
  partial: (n, one) => (one ? 'ناوچەیەک یان زنجیرەیەک ژمارەی نییە بۆ ئەم بەروارە: لەم ژمارەیەدا نییە.' : `${n} ناوچە یان زنجیرە ژمارەیان نییە بۆ ئەم بەروارە: لەم ژمارەیەدا نین.`),
};

const ckbData: DataMessages = {
  loading: 'ژمارەکان بار دەکرێن…',
  empty: 'هێشتا هیچ ژمارەیەک بڵاو نەکراوەتەوە.',
  retry: 'دووبارە هەوڵ بدەرەوە',
  stale: (t) => `نوێ نییە: دوایین نوێکردنەوە ${t}.`,
  rowsNotShown: (n) => `${n} ڕیز پیشان نەدراون`,
  reasons: {
    filtered: 'بە فلتەر لابراوە',
    'empty-row': 'ڕیزی بەتاڵ',
    'missing-value': 'ژمارە نییە',
    'not-a-number': 'بەها ژمارە نییە',
    'qualified-value': 'ژمارەی مەرجدار (>، <، ٪، ~)',
    negative: 'ژمارەی نەرێنی',
    implausible: 'ژمارەیەکی زۆر گەورەی نالۆژیکی',
    'missing-date': 'بەروار نییە',
    'invalid-date': 'بەروار نەناسرایەوە',
    'ambiguous-date': 'بەرواری ناڕوون (date-format دابنێ)',
    'implausible-date': 'بەروار پێش ١٩٩٠ یان لە داهاتوودا',
    'missing-region': 'کۆدی ناوچە نییە',
    'unknown-region': 'کۆدی ناوچەی نەناسراو',
    'ambiguous-code': 'کۆدی ناوچەی ٢٠١٤ (ژمارەکردنی جیاواز)',
    'reserved-key': 'ناوی پارێزراو',
    'missing-series': 'ناوی زنجیرە نییە',
    duplicate: 'ڕیزی دووبارە',
    'invalid-coordinate': 'هێڵی پانی یان درێژی دروست نییە',
    'not-on-map': 'ناوچەکە لەسەر نەخشە نییە',
  },
  error: (e) => {
    switch (e.kind) {
      case 'config':
        return e.problem === 'empty-src'
          ? 'ئەم ویجێتە ناونیشانی داتای پێویستە: src بکە بە بەستەری فایلێکی JSON یان CSV.'
          : e.problem === 'mixed-content'
            ? 'ئەم پەڕەیە https بەکاردەهێنێت، بۆیە ناونیشانی داتاش دەبێت https بێت.'
            : e.problem === 'not-http'
              ? 'ناونیشانی داتا دەبێت بە https:// دەست پێ بکات.'
              : `ناونیشانی داتا «${iso(e.detail)}» بەستەرێکی دروست نییە: بۆشایی و نیشانەی وتەوە بپشکنە.`;
      case 'network':
        return 'نەتوانرا بگاتە سەرچاوەی داتا. پەیوەندی بپشکنە؛ داتا لە ماڵپەڕێکی تر دەبێت ڕێگە بەم پەڕەیە بدات (CORS).';
      case 'timeout':
        return 'سەرچاوەی داتا زۆری خایاند بۆ وەڵامدانەوە.';
      case 'http':
        return e.status === 404 || e.status === 410 ? `ناونیشانی داتا نەدۆزرایەوە (${e.status}): بەستەرەکە بپشکنە.` : `سەرچاوەی داتا بە هەڵە وەڵامی دایەوە (${iso(e.detail)}).`;
      case 'html':
        return 'ناونیشانی داتا پەڕەیەکی وێبی گەڕاندەوە نەک داتا: بەستەری خودی فایلی JSON یان CSV دابنێ.';
      case 'too-large':
        return 'فایلی داتا زۆر گەورەیە: فایلێکی بچووکتر بڵاو بکەرەوە یان max-bytes زیاد بکە.';
      case 'parse':
        return `نەتوانرا داتاکە بخوێنرێتەوە: ${iso(e.detail)}.`;
      case 'shape':
        return `داتاکە بە شێوەیەک نییە کە ئەم ویجێتە بیخوێنێتەوە: ${iso(e.detail)}.`;
      case 'api':
        return `سەرچاوەی داتا هەڵەیەکی ڕاگەیاند: ${iso(e.detail)}`;
      case 'fields':
        return `داتاکە لەگەڵ ڕێکخستنەکان ناگونجێت: ${iso(e.detail)}.`;
      default:
        return `هەڵەیەک ڕوویدا لە کاتی خوێندنەوەی داتا (${iso(e.detail)}).`;
    }
  },
};

/** Sorani (Iraqi Kurdistan) Gregorian month names, as CLDR's ckb locale has them: browsers ship none. */
const months = [
  'کانوونی دووەم', 'شوبات', 'ئازار', 'نیسان', 'ئایار', 'حوزەیران',
  'تەممووز', 'ئاب', 'ئەیلوول', 'تشرینی یەکەم', 'تشرینی دووەم', 'کانوونی یەکەم',
];

export const ckb: CoreTables = {
  messages: ckbMessages,
  data: ckbData,
  needsData: 'ئەم ویجێتە داتای پێویستە: src بکە بە بەستەری فایلێکی JSON یان CSV، یان داتاکە بخەرە ناو <script type="application/json"> لە ناویدا.',
  months,
};
