/**
 * <dtm-counter>'s states other than a figure: an error that quotes the value to fix, empty with
 * the reason (no value, a date or selection that matched nothing), and recovery.
 */
import { describe, expect, it, vi } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { mount, part, screenText } from '../helpers/dom.js';
import { error, figure, message, onAnEnglishPage, settle, TWO_AREAS } from './helpers.js';

// an English page, emulated media and mocks reset after each test
onAnEnglishPage();

describe('<dtm-counter> states', () => {
  it('shows a localised message, never NaN, for a value that is not a number', async () => {
    const el = await mount('<dtm-counter value="140k" label="beneficiaries"></dtm-counter>');
    expect(el.getAttribute('state')).toBe('error');
    expect(screenText(part(el, 'error')!)).toContain('“140k” is not a number');
    expect(part(el, 'message')).toBeNull();
    expect(el.shadowRoot!.textContent).not.toMatch(/NaN|Infinity/);
    const ar = await mount('<dtm-counter lang="ar" value="abc"></dtm-counter>');
    expect(screenText(part(ar, 'error')!)).toContain('«abc» ليس رقمًا');
  });

  it('reports a value set from script as NaN or Infinity as an error too', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="1" duration="0"></dtm-counter>');
    el.value = Number.POSITIVE_INFINITY;
    await el.updateComplete;
    expect(el.getAttribute('state')).toBe('error');
    expect(el.shadowRoot!.textContent).not.toMatch(/NaN|Infinity|∞/);
  });

  it('is empty, with a message, when there is no value', async () => {
    const el = await mount('<dtm-counter label="beneficiaries"></dtm-counter>');
    expect(el.getAttribute('state')).toBe('empty');
    expect(screenText(el.shadowRoot!)).toBe('No figure to show yet. beneficiaries');
    const blank = await mount('<dtm-counter value="" lang="ckb"></dtm-counter>');
    expect(blank.getAttribute('state')).toBe('empty');
    expect(screenText(blank.shadowRoot!)).toBe('هێشتا هیچ ژمارەیەک نییە بۆ پیشاندان.');
  });

  it('recovers when a bad value is corrected', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="N/A?" duration="0"></dtm-counter>');
    expect(el.getAttribute('state')).toBe('error');
    el.setAttribute('value', '2,200');
    await el.updateComplete;
    expect(el.getAttribute('state')).toBe('ready');
    expect(figure(el)).toBe('2,200');
  });
});

describe('<dtm-counter> text around the figure', () => {
  it('quotes the value being corrected, not the one before it', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="abc" duration="0"></dtm-counter>');
    expect(error(el)).toContain('“abc”');
    el.setAttribute('value', 'xyz');
    await el.updateComplete;
    expect(error(el)).toContain('“xyz”');
  });

  it('says a value of digits past what a count can hold is too large, not "not a number"', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="99999999999999999999" duration="0"></dtm-counter>');
    expect(error(el)).toBe('This figure cannot be shown: “99999999999999999999” is too large to be a count. Check the value.');
  });
});

describe('<dtm-counter> saying why there is no figure', () => {
  it('names the date or the selection that matched nothing, not "no figures published"', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const late = await mount<DtmCounter>(`<dtm-counter at="2030" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(late, 'empty');
    expect(message(late)).toBe('No figures at 2030.');
    const nowhere = await mount<DtmCounter>(`<dtm-counter region="Basrah" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(nowhere, 'empty');
    expect(message(nowhere)).toBe('No figures for this region or filter.');
    const arabic = await mount<DtmCounter>(`<dtm-counter lang="ar" at="2030" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(arabic, 'empty');
    expect(message(arabic)).toMatch(/^لا توجد أرقام في/);
  });
});
