import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/define.js';
import { mountAll, mountWidget, startMounting } from '../../src/mount.js';
import { nextFrame, part, plain, screenText, until } from './helpers/dom.js';

const boxes: Element[] = [];
/** Adds markup to the page as a CMS would (no script runs from it). */
function add(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = markup; // test fixture
  document.body.append(box);
  boxes.push(box);
  return box;
}
const figure = (el: Element): string => {
  const f = el.shadowRoot && part(el, 'figure');
  return f ? plain(screenText(f)) : '';
};

afterEach(async () => {
  for (const b of boxes.splice(0)) b.remove();
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
  vi.restoreAllMocks();
});

describe('div mounting', () => {
  it('mounts a div already on the page when the library starts, and one added later', async () => {
    const box = add('<div data-dtm-widget="counter" data-value="140000" data-label="beneficiaries" data-duration="0"></div>');
    startMounting(); // a second call: the entry (define.ts) already started it
    mountAll(document);
    const counter = box.querySelector('div[data-dtm-widget] > dtm-counter')!;
    expect(counter).not.toBeNull();
    await (counter as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(figure(counter)).toBe('140,000');
    expect(plain(screenText(counter.shadowRoot!))).toContain('beneficiaries');

    const later = add('<div data-dtm-widget="counter" data-value="2200" data-lang="ar-IQ" data-duration="0"></div>');
    await until(() => later.querySelector('dtm-counter')?.shadowRoot?.querySelector('[part~="figure"]') != null);
    expect(later.querySelector('dtm-counter')!.getAttribute('lang')).toBe('ar-IQ');
    expect(figure(later.querySelector('dtm-counter')!)).toBe('٢٬٢٠٠');
  });

  it('passes only the attributes the widget declares, as text', async () => {
    const box = add(
      '<div data-dtm-widget="counter" data-value="5" data-label="&lt;img src=x onerror=alert(1)&gt;" data-onclick="alert(1)" data-style="color:red" data-state="error" data-source-url="javascript:alert(1)" data-source="IOM"></div>',
    );
    const counter = box.querySelector('dtm-counter') ?? (mountAll(box), box.querySelector('dtm-counter'))!;
    expect(counter.getAttributeNames().sort()).toEqual(['label', 'source', 'source-url', 'value', 'state'].filter((n) => n !== 'state' || counter.hasAttribute('state')).sort());
    expect(counter.getAttribute('state')).not.toBe('error');
    await (counter as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(counter.shadowRoot!.querySelector('img')).toBeNull();
    expect(counter.shadowRoot!.querySelector('a')).toBeNull(); // javascript: is never a link
    expect(plain(screenText(counter.shadowRoot!))).toContain('<img src=x onerror=alert(1)>');
  });

  it('mounts once, however often it is asked (a second copy of the library)', () => {
    const box = add('<div data-dtm-widget="trend" data-heading="IDPs"></div>');
    const host = box.firstElementChild!;
    mountWidget(host);
    mountWidget(host);
    mountAll(box);
    expect(host.querySelectorAll('dtm-trend')).toHaveLength(1);
    expect(host.querySelector('dtm-trend')!.getAttribute('heading')).toBe('IDPs');
  });

  it('replaces fallback content and keeps an inline data child', async () => {
    const box = add(
      '<div data-dtm-widget="counter" data-duration="0"><a href="https://example.org">See the figures</a><script type="application/json">[{"date":"2024-04-30","value":1098913}]</script></div>',
    );
    mountAll(box);
    const counter = box.querySelector('dtm-counter')!;
    expect(box.querySelector('a')).toBeNull();
    expect(counter.querySelector('script[type="application/json"]')).not.toBeNull();
    await until(() => counter.getAttribute('state') === 'ready');
    await nextFrame();
    expect(figure(counter)).toBe('1,098,913');
  });

  it('warns once about an unknown widget name, and mounts nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const box = add('<div data-dtm-widget="chart"></div><div data-dtm-widget="chart"></div>');
    mountAll(box);
    mountAll(box);
    expect(box.querySelector('[data-dtm-widget] > *')).toBeNull();
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('"chart"'))).toHaveLength(1);
  });
});

describe('print and screenshots', () => {
  it('a counter that was never seen shows its final figure, not 0', async () => {
    const box = add('<div style="height: 3000px"></div><dtm-counter value="2200" duration="5000"></dtm-counter>');
    const counter = box.querySelector('dtm-counter')!;
    await (counter as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(figure(counter)).toBe('2,200');
  });

  it('print media ends a running count-up at its figure', async () => {
    const box = add('<dtm-counter value="140000" duration="60000"></dtm-counter>');
    const counter = box.querySelector('dtm-counter')!;
    await until(() => !['', '140,000'].includes(figure(counter))); // counting (seen at once: it is on screen)
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print', features: [] });
    await until(() => figure(counter) === '140,000');
  });

  it('beforeprint ends a running count-up at its figure', async () => {
    const box = add('<dtm-counter value="40000" duration="60000"></dtm-counter>');
    const counter = box.querySelector('dtm-counter')!;
    await until(() => !['', '40,000'].includes(figure(counter)));
    window.dispatchEvent(new Event('beforeprint'));
    await until(() => figure(counter) === '40,000');
  });

  it('charts print without their buttons', async () => {
    const box = add(
      '<dtm-trend heading="IDPs"><script type="application/json">[{"date":"2023-12-31","value":1123663},{"date":"2024-04-30","value":1098913}]</script></dtm-trend>',
    );
    const trend = box.querySelector('dtm-trend')!;
    await until(() => trend.getAttribute('state') === 'ready');
    await until(() => trend.shadowRoot!.querySelector('.table-toggle') !== null);
    const toggle = trend.shadowRoot!.querySelector('.table-toggle')!;
    expect(getComputedStyle(toggle).display).not.toBe('none');
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print', features: [] });
    expect(getComputedStyle(toggle).display).toBe('none');
  });
});
