/** Sorani strings of <dtm-trend>, a chunk of their own fetched only for Sorani widgets (i18n/catalog.ts). */
import type { TrendMessages } from './messages.js';

export const ckb: TrendMessages = {
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
