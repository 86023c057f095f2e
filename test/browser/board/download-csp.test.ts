/**
 * Under a Content-Security-Policy whose img-src allows neither blob: nor data:, the PNG cannot be
 * drawn: its item says so, and the CSV and the SVG still download. A file of its own: the policy,
 * once set in this test page, stays for the page's life.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { cleanup, menuOpen, mount, part, until } from '../helpers/dom.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the Download menu under a strict img-src', () => {
  it('says the PNG is not allowed, and still downloads CSV and SVG', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "img-src 'self'";
    document.head.append(meta);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const el = await mount<DtmCounter>('<dtm-counter value="140000" label="Beneficiaries" duration="0"></dtm-counter>');
    const open = async (): Promise<HTMLElement[]> => {
      part(el, 'download')!.focus();
      await userEvent.keyboard('{Enter}');
      await menuOpen(el);
      return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    };
    await open();
    await userEvent.keyboard('{End}{Enter}');
    const png = (): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[data-kind="png"]')!;
    await until(() => png().getAttribute('aria-disabled') === 'true', 5000);
    expect(names).toEqual([]);
    const items = await open();
    expect(items[2]!.textContent).toBe('Image (PNG): not allowed by this page’s security policy');
    await userEvent.keyboard('{Enter}');
    await until(() => names.length === 1);
    await open();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await until(() => names.length === 2);
    expect(names).toEqual(['beneficiaries.csv', 'beneficiaries.svg']);
  });
});
