import { describe, expect, it } from 'vitest';
import { dateLabel, generatedHeading, keyAt, liveText, TOOLTIP_ROWS, tooltipRows, whyEmpty } from '../../../src/components/trend/readout.js';
import { type TrendSeries } from '../../../src/components/trend/types.js';
import { seriesFromPoints } from './series-points.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

const en = resolveLocale('en');
const ar = resolveLocale('ar-IQ');
const APRIL = Date.UTC(2024, 3, 1);
const LAST = Date.UTC(2024, 3, 30);

const idps: TrendSeries = seriesFromPoints('idps', 'IDPs', [
  { t: APRIL, value: 100, key: '2024-04' },
  { t: LAST, value: 1_200, key: '2024-04-30' },
]);
const returnees: TrendSeries = seriesFromPoints('returnees', 'Returnees', [{ t: LAST, value: undefined, key: '2024-04-30' }]);

describe('keyAt and dateLabel', () => {
  it('name a date as precisely as any series publishes it', () => {
    const yearly: TrendSeries = seriesFromPoints('y', 'y', [{ t: APRIL, value: 1, key: '2024' }]);
    expect(keyAt([yearly, idps], APRIL)).toBe('2024-04');
    expect(dateLabel([idps], APRIL, en)).toBe('April 2024');
    expect(dateLabel([idps], LAST, en)).toBe('April 30, 2024');
    expect(dateLabel([seriesFromPoints('h', 'h', [{ t: LAST + 6 * 3_600_000, value: 1, key: '2024-04-30T06:00' }])], LAST + 6 * 3_600_000, en)).toBe('April 30, 2024 06:00');
  });
});

describe('tooltipRows', () => {
  it('lists the visible series in legend order, a missing figure as unknown', () => {
    const { rows, more } = tooltipRows([idps, returnees], new Set(), LAST);
    expect(rows.map((r) => [r.series.key, r.index, r.value])).toEqual([
      ['idps', 0, 1_200],
      ['returnees', 1, undefined],
    ]);
    expect(more).toBe(0);
    expect(tooltipRows([idps, returnees], new Set(['idps']), LAST).rows.map((r) => r.index)).toEqual([1]);
  });

  it('keeps the highest series at the date when there are too many, and counts the rest', () => {
    const many: TrendSeries[] = Array.from({ length: TOOLTIP_ROWS + 3 }, (_, i) => seriesFromPoints(`g${i}`, `G${i}`, [{ t: LAST, value: i }]));
    const { rows, more } = tooltipRows(many, new Set(), LAST);
    expect(more).toBe(3);
    expect(rows.map((r) => r.series.key)).toEqual(many.slice(3).map((s) => s.key));
  });
});

describe('liveText', () => {
  it('says the date and every visible value, in the widget language and digits', () => {
    expect(liveText([idps, returnees], new Set(), LAST, en)).toBe('April 30, 2024. IDPs: 1,200. Returnees: no data');
    expect(liveText([idps], new Set(), LAST, ar)).toContain('١٬٢٠٠');
  });
});

describe('generatedHeading', () => {
  it('names the visible series and the first and last months drawn', () => {
    expect(generatedHeading([idps, returnees], new Set(['returnees']), [APRIL, LAST], en)).toBe('IDPs, April 2024');
    expect(generatedHeading([idps, returnees], new Set(), [], en)).toBe('IDPs and Returnees');
  });

  it('names three series of many, then how many more', () => {
    const many: TrendSeries[] = Array.from({ length: 6 }, (_, i) => seriesFromPoints(`g${i}`, `G${i}`, []));
    expect(generatedHeading(many, new Set(), [], en)).toBe('G0, G1, G2 and 3 more');
  });
});

describe('whyEmpty', () => {
  it('tells the editor what to fix: a filter that selects nothing, undated figures, dates outside from and to', () => {
    expect(whyEmpty([], 4, {}, en)).toMatch(/filter/i);
    expect(whyEmpty([], 0, {}, en)).toBe('');
    expect(whyEmpty([{}], 0, {}, en)).toMatch(/date-field/);
    expect(whyEmpty([{ date: '2014-01' }], 0, { from: '2020', to: '2021-06' }, en)).toBe('No figures between 2020 and June 2021.');
    expect(whyEmpty([{ date: '2014-01' }], 0, {}, en)).toBe('');
  });
});
