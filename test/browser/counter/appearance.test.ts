/** How <dtm-counter> looks on a host page: themes, --dtm-* custom properties, ::part, and a narrow card. */
import { describe, expect, it } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { mount, part } from '../helpers/dom.js';
import { emulate, onAnEnglishPage } from './helpers.js';

// an English page, emulated media and mocks reset after each test
onAnEnglishPage();

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

describe('<dtm-counter> in a narrow card', () => {
  it('fits a seven-digit figure in 100 px and wraps a long label inside the card', async () => {
    const el = await mount<DtmCounter>(`<div style="width: 100px"><dtm-counter value="3417768" label="${'x'.repeat(400)}" duration="0"></dtm-counter></div>`);
    const box = el.getBoundingClientRect();
    expect(part(el, 'figure')!.getBoundingClientRect().width).toBeLessThanOrEqual(box.width + 0.5);
    expect(part(el, 'label')!.getBoundingClientRect().width).toBeLessThanOrEqual(box.width + 0.5);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });
});
