/** <dtm-counter> as a guest: registered twice, removed and re-attached with nothing left running. */
import { describe, expect, it, vi } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { watchedHostCount } from '../../../src/controllers/locale-controller.js';
import { mount, until } from '../helpers/dom.js';
import { figure, onAnEnglishPage } from './helpers.js';

// an English page, emulated media and mocks reset after each test
onAnEnglishPage();

describe('<dtm-counter> on a host page', () => {
  it('survives the library being registered twice, and warns once when the versions differ', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // a second copy of the same build: a separate module instance with its own class
    // @ts-expect-error -- the query string makes Vite load a second instance of the module (no types for it)
    await import('../../../src/components/counter/counter.define.js?copy=2');
    expect(warn).not.toHaveBeenCalled();
    const { defineElement } = await import('../../../src/internal/define-element.js');
    const { DtmCounter: Counter } = await import('../../../src/components/counter/counter.js');
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
