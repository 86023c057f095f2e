/** Strings of <dtm-map>, per language. */
import type { Lang } from '../../i18n/locale.js';

export interface MapMessages {
  readonly noData: string;
  readonly area: string;
  /** The table's first header with points (lat-field, lon-field). */
  readonly place: string;
  /** A point's name: its latitude and longitude (already formatted). */
  readonly placeAt: (lat: string, lon: string) => string;
  readonly share: string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly boundaries: string;
  /** Before the basemap's credits. */
  readonly basemap: string;
  readonly keyboardHint: string;
  readonly legend: string;
  readonly idps: string;
  readonly byArea: (label: string) => string;
  /** "as of {date}" inside a sentence. */
  readonly asOf: (date: string) => string;
  readonly resetView: string;
  /** aria-roledescription of the map. */
  readonly role: string;
  /** The boundary file (boundaries) could not be used; `detail` is the technical cause, in English. */
  readonly boundaryFault: (detail: string) => string;
  /** MapLibre's cooperative-gesture hints. */
  readonly gestures: { readonly windows: string; readonly mac: string; readonly mobile: string };
}

const en: MapMessages = {
  noData: 'No data',
  area: 'Area',
  place: 'Place',
  placeAt: (lat, lon) => `${lat}°, ${lon}°`,
  share: 'Share',
  showTable: 'Show table',
  hideTable: 'Hide table',
  boundaries: 'Boundaries',
  basemap: 'Basemap',
  keyboardHint: 'Use the arrow keys to move between areas, Enter to select one, Escape to clear.',
  legend: 'Legend',
  idps: 'IDPs',
  byArea: (l) => `${l} by area`,
  asOf: (d) => `as of ${d}`,
  resetView: 'Reset view',
  role: 'map',
  boundaryFault: (d) => `The map's boundary file could not be used: ${d}. Check the boundaries address and the file.`,
  gestures: { windows: 'Use Ctrl + scroll to zoom the map', mac: 'Use ⌘ + scroll to zoom the map', mobile: 'Use two fingers to move the map' },
};

const ar: MapMessages = {
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

const ckb: MapMessages = {
  noData: 'داتا نییە',
  area: 'ناوچە',
  place: 'شوێن',
  placeAt: (lat, lon) => `${lat}°، ${lon}°`,
  share: 'ڕێژە',
  showTable: 'خشتەکە پیشان بدە',
  hideTable: 'خشتەکە بشارەوە',
  boundaries: 'سنوورەکان',
  basemap: 'نەخشەی بنەڕەت',
  keyboardHint: 'کلیلە تیرەکان بەکاربهێنە بۆ جووڵان لە نێوان ناوچەکان، Enter بۆ هەڵبژاردن، Escape بۆ لابردن.',
  legend: 'ڕێبەری نەخشە',
  idps: 'ئاوارەکانی ناوخۆ',
  byArea: (l) => `${l} بەپێی ناوچە`,
  asOf: (d) => `تا ${d}`,
  resetView: 'گەڕاندنەوەی پیشاندان',
  role: 'نەخشە',
  boundaryFault: (d) => `فایلی سنوورەکانی نەخشەکە بەکارنەهات: \u2068${d}\u2069. ناونیشانی فایلی سنوورەکان و فایلەکە بپشکنە.`,
  gestures: { windows: 'Ctrl لەگەڵ خولاندن بەکاربهێنە بۆ گەورەکردنی نەخشە', mac: '⌘ لەگەڵ خولاندن بەکاربهێنە بۆ گەورەکردنی نەخشە', mobile: 'دوو پەنجە بەکاربهێنە بۆ جووڵاندنی نەخشە' },
};

const tables: Record<Lang, MapMessages> = { en, ar, ckb };

export function mapMessages(lang: Lang): MapMessages {
  return tables[lang];
}
