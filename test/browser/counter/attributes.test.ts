/** <dtm-counter>'s attributes as people type them: any letter case, Arabic-Indic digits, several value fields. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { cleanup, mount, part, plain, screenText } from '../helpers/dom.js';
import { TWO_AREAS, figure, inline, settle } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<dtm-counter> attributes as people type them', () => {
  it('reads aggregate, compare, notation, numerals and theme in any case, and warns of unknown values', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount<DtmCounter>(`<dtm-counter aggregate="MAX" compare=" Previous" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('120'); // the largest area, not the sum (160)
    expect(plain(screenText(part(el, 'change')!))).toContain('20');
    const big = await mount<DtmCounter>('<dtm-counter value="3100000" notation="COMPACT" numerals="ARAB" theme="DARK" duration="0"></dtm-counter>');
    expect(figure(big)).toMatch(/^[٠-٩٫]+\s?M$/);
    const light = await mount<DtmCounter>('<dtm-counter value="5" duration="0"></dtm-counter>');
    expect(getComputedStyle(part(big, 'figure')!).color).not.toBe(getComputedStyle(part(light, 'figure')!).color);
    const odd = await mount<DtmCounter>(`<dtm-counter aggregate="median" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(odd, 'ready');
    expect(figure(odd)).toBe('160');
    expect(warn.mock.calls.some(([m]) => String(m).includes('aggregate="median" is not one of sum, max, min, mean, count; sum is used'))).toBe(true);
  });
});

describe('<dtm-counter> saying why there is no figure', () => {
  it('reads at and as-of in Arabic-Indic digits', async () => {
    const el = await mount<DtmCounter>(`<dtm-counter lang="ar-IQ" at="٢٠٢٤-٠٣" as-of="٢٠٢٤-٠٣-٣١" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('١٣٠');
    expect(plain(screenText(part(el, 'as-of')!))).toBe('حتى ٣١ آذار ٢٠٢٤');
  });
});

describe('<dtm-counter> one figure', () => {
  it('reads the first of several value fields, never their sum', async () => {
    const rows = [{ date: '2024-04-30', idps: 1000, returnees: 5000 }];
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const el = await mount<DtmCounter>(`<dtm-counter value-field="idps, returnees" duration="0">${inline(rows)}</dtm-counter>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('1,000');
    expect(info.mock.calls.some(([m]) => String(m).includes('value-field "idps" is read; "returnees" not'))).toBe(true);
  });
});
