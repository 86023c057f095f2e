/**
 * What a chart or map says when it has no data at all (no src, no inline data). Its own module,
 * so the counter, which shows its value attribute instead, does not carry these strings.
 */
import type { Lang } from './locale.js';

const text: Record<Lang, string> = {
  en: 'This widget needs data: set src to the URL of a JSON or CSV file, or put the data in a <script type="application/json"> inside it.',
  ar: 'تحتاج هذه الأداة إلى بيانات: اضبط src على رابط ملف JSON أو CSV، أو ضع البيانات في <script type="application/json"> داخلها.',
  ckb: 'ئەم ویجێتە داتای پێویستە: src بکە بە بەستەری فایلێکی JSON یان CSV، یان داتاکە بخەرە ناو <script type="application/json"> لە ناویدا.',
};

export function needsData(lang: Lang): string {
  return text[lang];
}
