/** Arabic strings of <dtm-map>, a chunk of their own fetched only for Arabic widgets (i18n/catalog.ts). */
import type { MapMessages } from './messages.js';

export const ar: MapMessages = {
  noData: 'لا توجد بيانات',
  area: 'المنطقة',
  place: 'الموقع',
  placeAt: (lat, lon) => `${lat}°، ${lon}°`,
  share: 'النسبة',
  showTable: 'عرض الجدول',
  hideTable: 'إخفاء الجدول',
  boundaries: 'الحدود',
  basemap: 'الخريطة الأساسية',
  keyboardHint: 'استخدم مفاتيح الأسهم للتنقل بين المناطق، و Enter لاختيار منطقة، و Escape للإلغاء.',
  legend: 'مفتاح الخريطة',
  idps: 'النازحون داخليًا',
  byArea: (l) => `${l} حسب المنطقة`,
  asOf: (d) => `حتى ${d}`,
  resetView: 'إعادة ضبط العرض',
  role: 'خريطة',
  boundaryFault: (d) => `تعذّر استخدام ملف حدود الخريطة: \u2068${d}\u2069. تحقّق من عنوان ملف الحدود ومن الملف.`,
  gestures: { windows: 'استخدم Ctrl مع التمرير لتكبير الخريطة', mac: 'استخدم ⌘ مع التمرير لتكبير الخريطة', mobile: 'استخدم إصبعين لتحريك الخريطة' },
};
