/**
 * The lines around <dtm-counter>'s figure: the change in words, the as-of date and the source
 * (linked only for http and https, its direction marks dropped), all of them text, never markup.
 */
import { describe, expect, it, vi } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { mount, part, plain, screenText, spokenText } from '../helpers/dom.js';
import { figure, inline, onAnEnglishPage, settle } from './helpers.js';

// an English page, emulated media and mocks reset after each test
onAnEnglishPage();

describe('<dtm-counter> change, date and source', () => {
  it('says an increase in words and as a percentage', async () => {
    const el = await mount('<dtm-counter value="140000" previous="128000" duration="0"></dtm-counter>');
    const change = part(el, 'change')!;
    expect(plain(screenText(change))).toBe('▲ Up 12,000 (9.4%) from 128,000');
    expect(spokenText(change)).toBe('Up 12,000 (9.4%) from 128,000'); // the arrow is decoration
  });

  it('says a decrease in words, in Arabic too', async () => {
    const en = await mount('<dtm-counter value="1098913" previous="3417768" duration="0"></dtm-counter>');
    expect(spokenText(part(en, 'change')!)).toBe('Down 2,318,855 (67.8%) from 3,417,768');
    const ar = await mount('<dtm-counter lang="ar-IQ" value="1098913" previous="3417768" duration="0"></dtm-counter>');
    expect(plain(spokenText(part(ar, 'change')!))).toBe('انخفاض بمقدار ٢٬٣١٨٬٨٥٥ (٦٧٫٨٪) عن ٣٬٤١٧٬٧٦٨');
  });

  it('says when nothing changed, and leaves out a percentage against zero', async () => {
    const same = await mount('<dtm-counter value="5" previous="5" duration="0"></dtm-counter>');
    expect(spokenText(part(same, 'change')!)).toBe('No change from 5');
    const fromZero = await mount('<dtm-counter value="40" previous="0" duration="0"></dtm-counter>');
    expect(spokenText(part(fromZero, 'change')!)).toBe('Up 40 from 0');
  });

  it('shows the as-of date localised, and no date for an impossible one', async () => {
    const en = await mount('<dtm-counter value="1" as-of="2024-04-30T00:00:00" duration="0"></dtm-counter>');
    expect(screenText(part(en, 'as-of')!)).toBe('As of April 30, 2024');
    const ar = await mount('<dtm-counter lang="ar-IQ" value="1" as-of="2024-04-30" duration="0"></dtm-counter>');
    expect(screenText(part(ar, 'as-of')!)).toBe('حتى ٣٠ نيسان ٢٠٢٤');
    const ckb = await mount('<dtm-counter lang="ckb" value="1" as-of="2024-04" duration="0"></dtm-counter>');
    expect(screenText(part(ckb, 'as-of')!)).toBe('تا نیسانی ٢٠٢٤');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = await mount('<dtm-counter value="1" as-of="2024-02-30" duration="0"></dtm-counter>');
    expect(part(bad, 'as-of')).toBeNull();
  });

  it('links the source only for http and https URLs', async () => {
    const ok = await mount('<dtm-counter value="1" source="IOM Iraq" source-url="https://iraq.iom.int/" duration="0"></dtm-counter>');
    const link = part(ok, 'link') as HTMLAnchorElement;
    expect(link.href).toBe('https://iraq.iom.int/');
    expect(link.textContent).toBe('IOM Iraq');
    expect(link.rel).toBe('noopener noreferrer');
    expect(screenText(part(ok, 'source')!)).toBe('Source: IOM Iraq');

    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd']) {
      const el = await mount(`<dtm-counter value="1" source="IOM Iraq" source-url="${url}" duration="0"></dtm-counter>`);
      expect(el.shadowRoot!.querySelector('a')).toBeNull();
      expect(screenText(part(el, 'source')!)).toBe('Source: IOM Iraq');
    }
  });

  it('renders hostile text as text', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="1" duration="0"></dtm-counter>');
    el.label = '<img src=x onerror="window.__pwned=1">';
    el.source = '<script>window.__pwned=1</script>';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(screenText(part(el, 'label')!)).toBe('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<dtm-counter> change across a blank', () => {
  it('tells no change when the previous date leaves out an area with no figure', async () => {
    const rows = [
      { date: '2024-03-31', region: 'IQG15', value: 100 },
      { date: '2024-03-31', region: 'IQG09', value: null },
      { date: '2024-04-30', region: 'IQG15', value: 120 },
      { date: '2024-04-30', region: 'IQG09', value: 40 },
    ];
    const el = await mount<DtmCounter>(`<dtm-counter compare="previous" duration="0">${inline(rows)}</dtm-counter>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('160');
    expect(part(el, 'change')).toBeNull(); // "up 60 from 100" would be the blank's doing
  });
});

describe('<dtm-counter> text around the figure', () => {
  it('keeps a direction mark in the source from turning the date around', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="5" source="\u202eIOM Iraq" as-of="2024-04-30" duration="0"></dtm-counter>');
    const asOf = part(el, 'as-of')!;
    expect(asOf.textContent).toBe('As of April 30, 2024');
    // the override is dropped, and the source sits in its own isolate all the same
    expect(el.shadowRoot!.querySelector('[part~="source"] bdi')!.textContent).toBe('IOM Iraq');
    expect(getComputedStyle(asOf).unicodeBidi).not.toBe('bidi-override');
  });
});
