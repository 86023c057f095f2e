import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../src/components/counter/counter.js';
import { watchedHostCount } from '../../src/controllers/locale-controller.js';
import { cleanup, mount, nextFrame, part, plain, screenText, spokenText, until } from './helpers/dom.js';

const figure = (el: Element): string => plain(screenText(part(el, 'figure')!));
const shown = (el: Element): string => plain(screenText(el.shadowRoot!));
const emulate = (features: { name: string; value: string }[]): Promise<unknown> =>
  cdp().send('Emulation.setEmulatedMedia', { features });

beforeAll(() => {
  document.documentElement.lang = 'en';
});

afterEach(async () => {
  cleanup();
  document.documentElement.lang = 'en';
  await emulate([]);
  vi.restoreAllMocks();
});

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

describe('<dtm-counter> themes', () => {
  const bg = (el: Element): string => getComputedStyle(el).backgroundColor;
  const fg = (el: Element): string => getComputedStyle(part(el, 'figure')!).color;

  it('is transparent with a dark figure in the light theme, and dark in the dark theme', async () => {
    const light = await mount('<dtm-counter value="1" duration="0"></dtm-counter>');
    expect(bg(light)).toBe('rgba(0, 0, 0, 0)');
    expect(fg(light)).toBe('rgb(0, 51, 160)');
    const dark = await mount('<dtm-counter theme="dark" value="1" duration="0"></dtm-counter>');
    expect(bg(dark)).toBe('rgb(21, 27, 35)');
    expect(fg(dark)).toBe('rgb(143, 180, 255)');
  });

  it('follows prefers-color-scheme with theme="auto"', async () => {
    const el = await mount('<dtm-counter theme="auto" value="1" duration="0"></dtm-counter>');
    expect(bg(el)).toBe('rgba(0, 0, 0, 0)');
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(bg(el)).toBe('rgb(21, 27, 35)');
    const light = await mount('<dtm-counter theme="light" value="1" duration="0"></dtm-counter>');
    expect(bg(light)).toBe('rgba(0, 0, 0, 0)');
  });

  it('takes --dtm-* custom properties and ::part styles from the page', async () => {
    const style = document.createElement('style');
    style.textContent = '.themed { --dtm-color-accent: rgb(200, 16, 46); } .themed::part(label) { text-transform: uppercase; }';
    document.head.append(style);
    const el = await mount('<dtm-counter class="themed" value="1" label="families" duration="0"></dtm-counter>');
    expect(fg(el)).toBe('rgb(200, 16, 46)');
    expect(getComputedStyle(part(el, 'label')!).textTransform).toBe('uppercase');
    style.remove();
  });
});

describe('<dtm-counter> count-up', () => {
  it('counts up, ends exactly on the value, and screen readers only ever get the final value', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="139999" label="beneficiaries" duration="600"></dtm-counter>');
    const box = el.getBoundingClientRect();
    const frames = new Set<string>();
    await until(() => {
      frames.add(figure(el));
      expect(spokenText(el.shadowRoot!)).toBe('139,999 beneficiaries Download');
      const now = el.getBoundingClientRect();
      expect([now.width, now.height]).toEqual([box.width, box.height]); // space reserved: no layout shift
      return figure(el) === '139,999' && frames.size > 3;
    });
    expect(frames.size).toBeGreaterThan(3); // it did count
    for (const f of frames) expect(Number(f.replace(/,/g, ''))).toBeLessThanOrEqual(139_999);
    await new Promise((r) => setTimeout(r, 100));
    expect(figure(el)).toBe('139,999');
  });

  it('waits until the counter scrolls into view', async () => {
    const el = await mount<DtmCounter>('<div style="height: 3000px"></div><dtm-counter value="2200" duration="300"></dtm-counter>');
    await new Promise((r) => setTimeout(r, 400));
    // not seen yet: the final figure (a printout or screenshot must not say 0), no count yet
    expect(figure(el)).toBe('2,200');
    expect(spokenText(el.shadowRoot!)).toBe('2,200 Download');
    el.scrollIntoView();
    const frames = new Set<string>();
    await until(() => {
      frames.add(figure(el));
      return frames.size > 1 && figure(el) === '2,200';
    });
    expect([...frames].some((f) => Number(f.replace(/,/g, '')) < 2200)).toBe(true); // it counted once seen
    window.scrollTo(0, 0);
  });

  it('skips the animation under prefers-reduced-motion', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const el = await mount<DtmCounter>('<dtm-counter value="40000" duration="5000"></dtm-counter>');
    await nextFrame();
    await nextFrame();
    expect(figure(el)).toBe('40,000');
  });

  it('shows the figure at once with duration="0"', async () => {
    const el = await mount('<dtm-counter value="40000" duration="0"></dtm-counter>');
    expect(figure(el)).toBe('40,000');
  });

  it('counts from the old figure to a new one', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="100" duration="200"></dtm-counter>');
    // the final figure shows until the first count-up runs: wait for it to run, then to end
    await until(() => figure(el) !== '100');
    await until(() => figure(el) === '100');
    el.value = 200;
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    const mid = Number(figure(el));
    expect(mid).toBeGreaterThanOrEqual(100);
    await until(() => figure(el) === '200');
  });
});

describe('<dtm-counter> on a host page', () => {
  it('survives the library being registered twice, and warns once when the versions differ', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // a second copy of the same build: a separate module instance with its own class
    // @ts-expect-error -- the query string makes Vite load a second instance of the module (no types for it)
    await import('../../src/components/counter/counter.define.js?copy=2');
    expect(warn).not.toHaveBeenCalled();
    const { defineElement } = await import('../../src/internal/define-element.js');
    const { DtmCounter: Counter } = await import('../../src/components/counter/counter.js');
    class Newer extends Counter {
      static override readonly version = '99.0.0';
    }
    class Newest extends Counter {
      static override readonly version = '100.0.0';
    }
    expect(defineElement('dtm-counter', Newer)).toBe(false);
    expect(defineElement('dtm-counter', Newest)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('99.0.0');
    const el = await mount('<dtm-counter value="2200" duration="0"></dtm-counter>');
    expect(figure(el)).toBe('2,200');
  });

  it('leaves nothing running after removal, and works again when re-attached', async () => {
    const before = watchedHostCount();
    const el = await mount<DtmCounter>('<dtm-counter value="50000" duration="2000"></dtm-counter>');
    expect(watchedHostCount()).toBe(before + 1);
    await until(() => figure(el) !== '50,000'); // counting (it starts once seen)
    expect(figure(el)).not.toBe('50,000');
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const parent = el.parentElement!;
    el.remove();
    expect(watchedHostCount()).toBe(before);
    await new Promise((r) => setTimeout(r, 100));
    expect(raf).not.toHaveBeenCalled(); // the count-up loop stopped
    parent.append(el);
    await el.updateComplete;
    expect(figure(el)).toBe('50,000');
    expect(watchedHostCount()).toBe(before + 1);
  });
});
