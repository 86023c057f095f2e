/** Arabic strings of <dtm-trend>, a chunk of their own fetched only for Arabic widgets (i18n/catalog.ts). */
import type { TrendMessages } from './messages.js';

export const ar: TrendMessages = {
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
