import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../../../src/components/trend/summary.js';
import { dateKeyTime } from '../../../src/components/trend/scales.js';
import { buildObservations } from '../../../src/data/pipeline.js';
import { tableFromText } from '../../../src/data/table.js';
import { resolveLocale } from '../../../src/i18n/locale.js';
import { loadLanguage } from '../../../src/i18n/catalog.js';

/** The real national IDP series from data/samples, as summary points. */
function national() {
  const text = readFileSync(new URL('../../../data/samples/iraq-idps-national.dtm.json', import.meta.url), 'utf8');
  const t = tableFromText(text);
  if (!t.ok) throw new Error('sample unreadable');
  const r = buildObservations(t.table);
  if (!r.ok) throw new Error(r.detail);
  return [...r.observations].sort((a, b) => a.date!.localeCompare(b.date!)).map((o) => ({ t: dateKeyTime(o.date!), value: o.value }));
}

const plain = (s: string): string => s.replace(/[\u061c\u200e\u200f]/g, '').replace(/\u00a0/g, ' ');

// Arabic and Sorani strings are fetched on demand, as a widget on the page does before it renders
beforeAll(() => Promise.all([loadLanguage('ar'), loadLanguage('ckb')]));

describe('summarise', () => {
  it('tells a change that whole percents would round to 0% or 100% to a tenth', () => {
    const en = resolveLocale('en');
    const p = (date: string, value: number) => ({ t: dateKeyTime(date), value, key: date });
    expect(summarise([p('2024-01', 100_000), p('2024-02', 100_240)], en, 'IDPs')).toBe('IDPs rose from 100,000 in January 2024 to 100,240 in February 2024, up 0.2%.');
    expect(summarise([p('2024-01', 10_000), p('2024-02', 6)], en, 'IDPs')).toBe('IDPs fell from 10,000 in January 2024 to 6 in February 2024, down 99.9%.');
    expect(summarise([p('2024-01', 1_000), p('2024-02', 500)], en, 'IDPs')).toBe('IDPs fell from 1,000 in January 2024 to 500 in February 2024, down 50%.');
    expect(summarise([p('2024-01', 100_000), p('2024-02', 100_040)], en, 'IDPs')).toBe('IDPs rose from 100,000 in January 2024 to 100,040 in February 2024, up < 0.1%.');
    expect(summarise([p('2024-01', 100_000), p('2024-02', 40)], en, 'IDPs')).toBe('IDPs fell from 100,000 in January 2024 to 40 in February 2024, down > 99.9%.');
  });

  it('tells the story of the national series in English', () => {
    expect(summarise(national(), resolveLocale('en'), 'IDPs')).toBe(
      'IDPs rose from 443,124 in April 2014 to a peak of 3,417,768 in March 2016 and fell to 1,098,913 in April 2024, down 68% from the peak.',
    );
  });
  it('in Iraqi Arabic, with Iraqi month names and Arabic-Indic digits', () => {
    expect(plain(summarise(national(), resolveLocale('ar-IQ'), 'النازحون'))).toBe(
      'النازحون: ارتفع العدد من ٤٤٣٬١٢٤ في نيسان ٢٠١٤ إلى ذروة بلغت ٣٬٤١٧٬٧٦٨ في آذار ٢٠١٦، ثم انخفض إلى ١٬٠٩٨٬٩١٣ في نيسان ٢٠٢٤، أي أقل من الذروة بنسبة ٦٨٪.',
    );
  });
  it('in Sorani', () => {
    expect(plain(summarise(national(), resolveLocale('ckb'), 'ئاوارەکان'))).toBe(
      'ئاوارەکان: ژمارەکە لە ٤٤٣٬١٢٤ لە نیسانی ٢٠١٤ بەرزبووەوە بۆ لووتکەی ٣٬٤١٧٬٧٦٨ لە ئازاری ٢٠١٦، پاشان دابەزی بۆ ١٬٠٩٨٬٩١٣ لە نیسانی ٢٠٢٤، واتە ٦٨٪ کەمتر لە لووتکە.',
    );
  });
  it('describes a rise, a fall, a flat line and a single point', () => {
    const en = resolveLocale('en');
    const p = (date: string, value: number) => ({ t: dateKeyTime(date), value });
    expect(summarise([p('2017-03', 1_639_584), p('2024-04', 4_871_916)], en, 'Returnees')).toBe(
      'Returnees rose from 1,639,584 in March 2017 to 4,871,916 in April 2024, up 197%.',
    );
    expect(summarise([p('2023-12', 1_123_663), p('2024-04', 1_098_913)], en, 'IDPs')).toBe('IDPs fell from 1,123,663 in December 2023 to 1,098,913 in April 2024, down 2%.');
    expect(summarise([p('2023-01', 5), p('2024-01', 5)], en, 'Sites')).toBe('Sites stayed at 5 from January 2023 to January 2024.');
    expect(summarise([p('2024-04', 636)], en, 'IDPs in Al-Muthanna')).toBe('IDPs in Al-Muthanna: 636 in April 2024.');
    expect(summarise([p('2023-01', 0), p('2024-01', 12)], en, 'New sites')).toBe('New sites rose from 0 in January 2023 to 12 in January 2024.');
    expect(summarise([], en, 'IDPs')).toBe('');
  });
  it('tells a dip and recovery, not "stayed at"', () => {
    const en = resolveLocale('en');
    const p = (date: string, value: number) => ({ t: dateKeyTime(date), value });
    expect(summarise([p('2023-01', 100), p('2023-06', 10), p('2024-01', 100)], en, 'Arrivals')).toBe(
      'Arrivals fell from 100 in January 2023 to a low of 10 in June 2023 and rose to 100 in January 2024.',
    );
  });
  it('tells any dip below both ends, and ignores a small wobble', () => {
    const en = resolveLocale('en');
    const p = (date: string, value: number) => ({ t: dateKeyTime(date), value });
    expect(summarise([p('2023-01', 100), p('2023-06', 10), p('2024-01', 90)], en, 'Arrivals')).toBe(
      'Arrivals fell from 100 in January 2023 to a low of 10 in June 2023 and rose to 90 in January 2024.',
    );
    expect(summarise([p('2023-01', 100), p('2023-06', 10), p('2024-01', 150)], en, 'Arrivals')).toBe(
      'Arrivals fell from 100 in January 2023 to a low of 10 in June 2023 and rose to 150 in January 2024.',
    );
    expect(summarise([p('2023-01', 100), p('2023-06', 99), p('2024-01', 200)], en, 'Returnees')).toBe(
      'Returnees rose from 100 in January 2023 to 200 in January 2024, up 100%.',
    );
  });
  it('names dates as precisely as the data: years for yearly figures, days within one month', () => {
    const en = resolveLocale('en');
    const p = (key: string, value: number) => ({ t: dateKeyTime(key), value, key });
    expect(summarise([p('2014', 10), p('2016', 30), p('2018', 20)], en, 'IDPs')).toBe(
      'IDPs rose from 10 in 2014 to a peak of 30 in 2016 and fell to 20 in 2018, down 33% from the peak.',
    );
    const daily = summarise([p('2024-04-02', 10), p('2024-04-10', 30), p('2024-04-28', 20)], en, 'Arrivals');
    expect(daily).toBe('Arrivals rose from 10 on April 2, 2024 to a peak of 30 on April 10, 2024 and fell to 20 on April 28, 2024, down 33% from the peak.');
    // hourly figures within one day: by the hour
    const hourly = summarise([p('2024-04-30T01:00', 10), p('2024-04-30T06:00', 30), p('2024-04-30T12:00', 20)], en, 'Arrivals');
    expect(hourly).toBe('Arrivals rose from 10 on April 30, 2024 01:00 to a peak of 30 on April 30, 2024 06:00 and fell to 20 on April 30, 2024 12:00, down 33% from the peak.');
    // across midnight: still by the hour
    const night = summarise([p('2024-04-30T22:00', 10), p('2024-05-01T00:00', 30), p('2024-05-01T02:00', 20)], en, 'Arrivals');
    expect(night).toBe('Arrivals rose from 10 on April 30, 2024 22:00 to a peak of 30 on May 1, 2024 00:00 and fell to 20 on May 1, 2024 02:00, down 33% from the peak.');
  });
  it('names two-word Sorani months correctly (January is کانوونی دووەم)', () => {
    const p = (date: string, value: number) => ({ t: dateKeyTime(date), value });
    const text = plain(summarise([p('2014-01', 10), p('2014-12', 20)], resolveLocale('ckb'), 'ئاوارەکان'));
    expect(text).toContain('کانوونی دووەمی ٢٠١٤');
    expect(text).toContain('کانوونی یەکەمی ٢٠١٤');
    expect(text).not.toContain('کانوونیی');
  });
});
