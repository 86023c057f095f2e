/**
 * <dtm-counter> in English, Arabic and Sorani: digits, compact suffixes and direction, the
 * language taken from the element, its ancestors or the document, and a language set from script.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { mount, part, spokenText, until } from '../helpers/dom.js';
import { figure, onAnEnglishPage, shown } from './helpers.js';

// an English page, emulated media and mocks reset after each test
onAnEnglishPage();

describe('<dtm-counter> text in each language', () => {
  it('shows the figure and label in English', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="140000" label="beneficiaries" duration="0"></dtm-counter>');
    // the figure, its label, and the Download menu button (its arrow is not spoken)
    expect(shown(el)).toBe('140,000 beneficiaries Download ▾');
    expect(el.getAttribute('state')).toBe('ready');
    expect(spokenText(el.shadowRoot!)).toBe('140,000 beneficiaries Download');
  });

  it('writes Iraqi Arabic with Arabic-Indic digits, right to left', async () => {
    const el = await mount('<dtm-counter lang="ar-IQ" value="140000" label="مستفيد" duration="0"></dtm-counter>');
    expect(figure(el)).toBe('١٤٠٬٠٠٠');
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(base).direction).toBe('rtl');
    // right to left: the label starts at the right edge of the widget
    const label = part(el, 'label')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    expect(Math.round(range.getBoundingClientRect().right)).toBe(Math.round(label.getBoundingClientRect().right));
  });

  it('writes plain Arabic (ar) with Latin digits, as CLDR does', async () => {
    const el = await mount('<dtm-counter lang="ar" value="2200" duration="0"></dtm-counter>');
    expect(figure(el)).toBe('2,200');
    expect(part(el, 'base')!.dir).toBe('rtl');
  });

  it('writes Sorani with Arabic-Indic digits and its own compact suffixes', async () => {
    const el = await mount<DtmCounter>('<dtm-counter lang="ckb" value="3100000" notation="compact" duration="0"></dtm-counter>');
    expect(figure(el)).toBe('٣٫١ ملیۆن');
    expect(part(el, 'base')!.dir).toBe('rtl');
    el.setAttribute('notation', 'standard');
    await el.updateComplete;
    expect(figure(el)).toBe('٣٬١٠٠٬٠٠٠');
  });

  it('writes compact figures in English and Iraqi Arabic', async () => {
    const en = await mount('<dtm-counter value="3100000" notation="compact" duration="0"></dtm-counter>');
    expect(figure(en)).toBe('3.1M');
    const ar = await mount('<dtm-counter lang="ar-IQ" value="3100000" notation="compact" duration="0"></dtm-counter>');
    expect(figure(ar)).toBe('٣٫١ مليون');
  });

  it('lets numerals override the digits', async () => {
    const latn = await mount('<dtm-counter lang="ar-IQ" numerals="latn" value="140000" duration="0"></dtm-counter>');
    expect(figure(latn)).toBe('140,000');
    const arab = await mount('<dtm-counter lang="ar" numerals="arab" value="140000" duration="0"></dtm-counter>');
    expect(figure(arab)).toBe('١٤٠٬٠٠٠');
  });

  it('rounds to maximum-fraction-digits', async () => {
    const el = await mount('<dtm-counter value="3.14159" maximum-fraction-digits="2" duration="0"></dtm-counter>');
    expect(figure(el)).toBe('3.14');
  });
});

describe('<dtm-counter> language resolution', () => {
  it('takes the closest ancestor lang, then the document lang', async () => {
    const el = await mount('<div lang="ckb"><section><dtm-counter value="40000" duration="0"></dtm-counter></section></div>');
    expect(figure(el)).toBe('٤٠٬٠٠٠');
    document.documentElement.lang = 'ar-IQ';
    const doc = await mount('<dtm-counter value="40000" duration="0"></dtm-counter>');
    expect(figure(doc)).toBe('٤٠٬٠٠٠');
    expect(part(doc, 'base')!.lang).toBe('ar-IQ');
  });

  it('follows a language switch on an ancestor', async () => {
    const el = await mount<DtmCounter>('<div lang="en"><dtm-counter value="40000" duration="0"></dtm-counter></div>');
    expect(figure(el)).toBe('40,000');
    el.parentElement!.lang = 'ar-IQ';
    await until(() => figure(el) === '٤٠٬٠٠٠');
    expect(part(el, 'base')!.dir).toBe('rtl');
  });

  it('falls back to English for an unsupported or malformed language, without an error', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent): void => void errors.push(e.error);
    window.addEventListener('error', onError);
    for (const lang of ['fr', 'de-CH', 'en_GB', '??', 'x-klingon']) {
      const el = await mount(`<dtm-counter lang="${lang}" value="2200" label="families" duration="0"></dtm-counter>`);
      expect(shown(el)).toBe('2,200 families Download ▾');
      expect(part(el, 'base')!.lang).toBe('en');
      expect(part(el, 'base')!.dir).toBe('ltr');
    }
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});

describe('<dtm-counter> text around the figure', () => {
  it('speaks the language set from script in the very next update', async () => {
    const el = await mount<DtmCounter>('<dtm-counter lang="ckb" value="1234" duration="0"></dtm-counter>');
    expect(figure(el)).toBe('١٬٢٣٤');
    el.lang = 'en';
    await el.updateComplete;
    expect(figure(el)).toBe('1,234');
  });
});
