/**
 * Strings of the data states (loading, empty, stale, error, rows not shown), in the lazily
 * loaded data chunk: a counter with a static value never downloads them.
 */
import type { ReasonCode } from '../data/pipeline.js';
import type { SourceError } from '../data/source.js';
import type { Lang } from './locale.js';

export interface DataMessages {
  readonly loading: string;
  readonly empty: string;
  readonly retry: string;
  /** "Not up to date: last updated {time}". */
  readonly stale: (time: string) => string;
  /** "{n} rows not shown" (n already formatted; count for plurals). */
  readonly rowsNotShown: (n: string, count: number) => string;
  readonly reasons: Record<ReasonCode, string>;
  /** What went wrong and what to do. */
  readonly error: (e: SourceError) => string;
}

/**
 * The technical detail (English, from the parser or the settings) inside Arabic and Sorani text:
 * isolated (U+2068 … U+2069), so that its Latin words and punctuation keep their own order and the
 * sentence around it keeps its own.
 */
const iso = (detail: string): string => `\u2068${detail}\u2069`;

const en: DataMessages = {
  loading: 'Loading figures…',
  empty: 'No figures published yet.',
  retry: 'Try again',
  stale: (t) => `Not up to date: last updated ${t}.`,
  rowsNotShown: (n, c) => `${n} ${c === 1 ? 'row' : 'rows'} not shown`,
  reasons: {
    filtered: 'left out by the filter',
    'empty-row': 'empty row',
    'missing-value': 'no figure',
    'not-a-number': 'figure is not a number',
    'qualified-value': 'figure is qualified (>, <, %, ~)',
    negative: 'negative count',
    implausible: 'implausibly large figure',
    'missing-date': 'no date',
    'invalid-date': 'date not recognised',
    'ambiguous-date': 'ambiguous date (set date-format)',
    'implausible-date': 'date before 1990 or in the future',
    'missing-region': 'no area code',
    'unknown-region': 'unknown area code',
    'ambiguous-code': '2014 area code (numbering differs)',
    'reserved-key': 'reserved name',
    'missing-series': 'no series name',
    duplicate: 'duplicate row',
    'invalid-coordinate': 'no usable latitude and longitude',
    'not-on-map': 'area not on the map',
  },
  error: (e) => {
    switch (e.kind) {
      case 'config':
        return e.problem === 'empty-src'
          ? 'This widget needs a data address: set src to the URL of a JSON or CSV file.'
          : e.problem === 'mixed-content'
            ? 'This page uses https, so the data address must use https too.'
            : e.problem === 'not-http'
              ? 'The data address must start with https://.'
              : `The data address “${e.detail}” is not a valid URL: check for spaces or curly quotes.`;
      case 'network':
        return 'Could not reach the data source. Check the connection; data on another site must allow this page (CORS).';
      case 'timeout':
        return 'The data source took too long to answer.';
      case 'http':
        return e.status === 404 || e.status === 410 ? `The data address was not found (${e.status}): check the URL.` : `The data source answered with an error (${e.detail}).`;
      case 'html':
        return 'The data address returned a web page, not data: link the JSON or CSV file itself.';
      case 'too-large':
        return 'The data file is too large: publish a smaller file, or raise max-bytes.';
      case 'parse':
        return `The data could not be read: ${e.detail}.`;
      case 'shape':
        return `The data is not in a shape this widget reads: ${e.detail}.`;
      case 'api':
        return `The data source reported an error: ${e.detail}`;
      case 'fields':
        return `The data does not fit the settings: ${e.detail}.`;
      default:
        return `Something went wrong while reading the data (${e.detail}).`;
    }
  },
};

const ar: DataMessages = {
  loading: 'جارٍ تحميل الأرقام…',
  empty: 'لم تُنشر أرقام بعد.',
  retry: 'إعادة المحاولة',
  stale: (t) => `البيانات غير محدّثة: آخر تحديث ${t}.`,
  // Arabic counting: 1, 2, then the plural for 3 to 10, the singular accusative from 11
  rowsNotShown: (n, c) => (c === 1 ? 'صف واحد غير معروض' : c === 2 ? 'صفّان غير معروضين' : c <= 10 ? `${n} صفوف غير معروضة` : `${n} صفًا غير معروض`),
  reasons: {
    filtered: 'استُبعد بالمرشّح',
    'empty-row': 'صف فارغ',
    'missing-value': 'لا يوجد رقم',
    'not-a-number': 'القيمة ليست رقمًا',
    'qualified-value': 'رقم مقيّد (>، <، ٪، ~)',
    negative: 'عدد سالب',
    implausible: 'رقم كبير على نحو غير معقول',
    'missing-date': 'لا يوجد تاريخ',
    'invalid-date': 'تاريخ غير مفهوم',
    'ambiguous-date': 'تاريخ ملتبس (حدّد date-format)',
    'implausible-date': 'تاريخ قبل ١٩٩٠ أو في المستقبل',
    'missing-region': 'لا يوجد رمز منطقة',
    'unknown-region': 'رمز منطقة غير معروف',
    'ambiguous-code': 'رمز منطقة من ترقيم ٢٠١٤ المختلف',
    'reserved-key': 'اسم محجوز',
    'missing-series': 'لا يوجد اسم سلسلة',
    duplicate: 'صف مكرّر',
    'invalid-coordinate': 'خط العرض أو خط الطول غير صالح',
    'not-on-map': 'منطقة غير موجودة على الخريطة',
  },
  error: (e) => {
    switch (e.kind) {
      case 'config':
        return e.problem === 'empty-src'
          ? 'تحتاج هذه الأداة إلى عنوان بيانات: اضبط src على رابط ملف JSON أو CSV.'
          : e.problem === 'mixed-content'
            ? 'هذه الصفحة تستخدم https، لذا يجب أن يستخدم عنوان البيانات https أيضًا.'
            : e.problem === 'not-http'
              ? 'يجب أن يبدأ عنوان البيانات بـ https://.'
              : `عنوان البيانات «${iso(e.detail)}» ليس رابطًا صالحًا: تحقّق من المسافات وعلامات الاقتباس.`;
      case 'network':
        return 'تعذّر الوصول إلى مصدر البيانات. تحقّق من الاتصال؛ ويجب أن يسمح الموقع المستضيف للبيانات بهذه الصفحة (CORS).';
      case 'timeout':
        return 'استغرق مصدر البيانات وقتًا طويلًا للرد.';
      case 'http':
        return e.status === 404 || e.status === 410 ? `لم يُعثر على عنوان البيانات (${e.status}): تحقّق من الرابط.` : `ردّ مصدر البيانات بخطأ (${iso(e.detail)}).`;
      case 'html':
        return 'أعاد عنوان البيانات صفحة ويب وليس بيانات: اربط ملف JSON أو CSV نفسه.';
      case 'too-large':
        return 'ملف البيانات كبير جدًا: انشر ملفًا أصغر أو ارفع max-bytes.';
      case 'parse':
        return `تعذّرت قراءة البيانات: ${iso(e.detail)}.`;
      case 'shape':
        return `البيانات ليست بشكل تقرؤه هذه الأداة: ${iso(e.detail)}.`;
      case 'api':
        return `أبلغ مصدر البيانات عن خطأ: ${iso(e.detail)}`;
      case 'fields':
        return `البيانات لا تطابق الإعدادات: ${iso(e.detail)}.`;
      default:
        return `حدث خطأ أثناء قراءة البيانات (${iso(e.detail)}).`;
    }
  },
};

const ckb: DataMessages = {
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

const tables: Record<Lang, DataMessages> = { en, ar, ckb };

export function dataMessages(lang: Lang): DataMessages {
  return tables[lang];
}
