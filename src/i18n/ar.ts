/**
 * Arabic: the shared strings, the data states' strings and the "needs data" text, in a chunk of
 * its own that only pages with Arabic widgets download (see catalog.ts).
 */
import type { DataMessages } from './data-messages.js';
import { paren, type CoreTables, type Messages } from './messages.js';

/**
 * The technical detail (English, from the parser or the settings) inside Arabic and Sorani text:
 * isolated (U+2068 … U+2069), so that its Latin words and punctuation keep their own order and the
 * sentence around it keeps its own.
 */
const iso = (detail: string): string => `\u2068${detail}\u2069`;

const arMessages: Messages = {
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
  download: 'تنزيل',
  downloadFailed: 'تعذّر إنشاء الملف.',
  partial: (n, one) => (one ? 'منطقة أو سلسلة واحدة بلا رقم لهذا التاريخ: هذا الرقم لا يشملها.' : `مناطق أو سلاسل بلا رقم لهذا التاريخ (${n}): هذا الرقم لا يشملها.`),
};

const arData: DataMessages = {
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

export const ar: CoreTables = {
  messages: arMessages,
  data: arData,
  needsData: 'تحتاج هذه الأداة إلى بيانات: اضبط src على رابط ملف JSON أو CSV، أو ضع البيانات في <script type="application/json"> داخلها.',
};
