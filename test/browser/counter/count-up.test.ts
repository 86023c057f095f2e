/** <dtm-counter>'s count-up: once seen, without layout shift, never spoken, skipped under reduced motion. */
import { describe, expect, it } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { mount, nextFrame, spokenText, until } from '../helpers/dom.js';
import { emulate, figure, onAnEnglishPage } from './helpers.js';

// an English page, emulated media and mocks reset after each test
onAnEnglishPage();

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
