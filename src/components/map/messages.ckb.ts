/** Sorani strings of <dtm-map>, a chunk of their own fetched only for Sorani widgets (i18n/catalog.ts). */
import type { MapMessages } from './messages.js';

export const ckb: MapMessages = {
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
