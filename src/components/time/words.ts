/** The time slider's words, in English, Arabic and Sorani. */
import type { Lang } from '../../i18n/locale.js';

export interface TimeWords {
  readonly label: string;
  readonly play: string;
  readonly pause: string;
  readonly noDates: string;
  /** What a screen reader hears for the slider's value: the date and its place among the rounds. */
  readonly valueText: (date: string, n: number, of: number) => string;
  /** A date with its round (`n` already in the widget's digits): "April 30, 2024, Round 132". */
  readonly withRound: (date: string, n: string) => string;
}

const WORDS: Record<Lang, TimeWords> = {
  en: { label: 'Reporting date', play: 'Play', pause: 'Pause', noDates: 'No reporting dates to show yet.', valueText: (d, n, of) => `${d} (${n} of ${of})`, withRound: (d, n) => `${d}, Round ${n}` },
  ar: { label: 'تاريخ التقرير', play: 'تشغيل', pause: 'إيقاف مؤقت', noDates: 'لا توجد تواريخ تقارير لعرضها بعد.', valueText: (d, n, of) => `${d} (${n} من ${of})`, withRound: (d, n) => `${d}، الجولة ${n}` },
  ckb: { label: 'بەرواری ڕاپۆرت', play: 'لێدان', pause: 'وەستان', noDates: 'هێشتا هیچ بەروارێکی ڕاپۆرت نییە بۆ پیشاندان.', valueText: (d, n, of) => `${d} (${n} لە ${of})`, withRound: (d, n) => `${d}، خولی ${n}` },
};

export const timeWords = (lang: Lang): TimeWords => WORDS[lang];
