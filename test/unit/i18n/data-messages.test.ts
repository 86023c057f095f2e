import { beforeAll, describe, expect, it } from 'vitest';
import { dataMessages } from '../../../src/i18n/data-messages.js';
import type { ReasonCode } from '../../../src/data/pipeline.js';
import { loadLanguage } from '../../../src/i18n/catalog.js';

// Arabic and Sorani strings are fetched on demand, as a widget on the page does before it renders
beforeAll(() => Promise.all([loadLanguage('ar'), loadLanguage('ckb')]));

describe('data messages', () => {
  it('counts rows in Arabic with the right number forms', () => {
    const ar = dataMessages('ar');
    expect([1, 2, 3, 10, 11, 25].map((c) => ar.rowsNotShown(String(c), c))).toEqual([
      'صف واحد غير معروض',
      'صفّان غير معروضين',
      '3 صفوف غير معروضة',
      '10 صفوف غير معروضة',
      '11 صفًا غير معروض',
      '25 صفًا غير معروض',
    ]);
  });
  it('has a label for every reason code in every language', () => {
    const codes: ReasonCode[] = ['filtered', 'empty-row', 'missing-value', 'not-a-number', 'qualified-value', 'negative', 'implausible', 'missing-date', 'invalid-date', 'ambiguous-date', 'implausible-date', 'missing-region', 'unknown-region', 'ambiguous-code', 'reserved-key', 'missing-series', 'duplicate', 'invalid-coordinate', 'not-on-map'];
    for (const lang of ['en', 'ar', 'ckb'] as const) for (const c of codes) expect(dataMessages(lang).reasons[c], `${lang} ${c}`).toMatch(/\S/);
  });
  it('says what to fix for every kind of failure, in every language', () => {
    for (const lang of ['en', 'ar', 'ckb'] as const) {
      const t = dataMessages(lang);
      for (const kind of ['network', 'timeout', 'http', 'html', 'too-large', 'parse', 'shape', 'api', 'fields', 'internal'] as const) {
        expect(t.error({ kind, detail: 'x', status: 404 }), `${lang} ${kind}`).toMatch(/\S{3}/);
      }
      for (const problem of ['empty-src', 'bad-url', 'not-http', 'mixed-content'] as const) expect(t.error({ kind: 'config', problem, detail: 'x' })).toMatch(/\S{3}/);
    }
  });
});
