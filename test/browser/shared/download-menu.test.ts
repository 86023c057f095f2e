import { html, LitElement } from 'lit';
import { afterEach, expect, it, vi } from 'vitest';
import { DownloadMenuController, type DownloadSubject } from '../../../src/components/shared/download-menu.js';

/** A host whose subject counts how often it is made (a trend's is every published figure). */
class MenuHost extends LitElement {
  made = 0;
  offering = true;
  tick = 0;
  readonly menu = new DownloadMenuController(
    this,
    () => this.offering,
    (): DownloadSubject => {
      this.made++;
      return { title: 'IDPs', table: { header: ['date', 'IDPs'], rows: [['2024-04-30', 1]] }, lang: 'en', dir: 'ltr' };
    },
  );
  override render() {
    return html`<p>${this.tick}</p>${this.menu.render('en')}`;
  }
}
customElements.define('test-download-host', MenuHost);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

it('makes what it downloads only when an item is chosen, not at every render', async () => {
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  const el = document.createElement('test-download-host') as MenuHost;
  document.body.append(el);
  for (let i = 0; i < 5; i++) {
    el.tick++;
    el.requestUpdate();
    await el.updateComplete;
  }
  expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('5');
  expect(el.shadowRoot!.querySelector('[part="download"]')).not.toBeNull();
  expect(el.made).toBe(0);
  el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!.click();
  const csv = await vi.waitFor(() => {
    const item = el.shadowRoot!.querySelector<HTMLElement>('[data-kind="csv"]');
    if (!item) throw new Error('the menu has not opened');
    return item;
  });
  expect(el.made).toBe(0);
  csv.click();
  await vi.waitFor(() => expect(el.made).toBe(1));
  el.offering = false;
  el.requestUpdate();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part="download"]')).toBeNull();
});

it('has only its button until it is first opened; then the menu, with the focus on its first item', async () => {
  const el = document.createElement('test-download-host') as MenuHost;
  document.body.append(el);
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!;
  expect(button.textContent!.trim()).toBe('Download ▾');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  // the list, its keys and its words come on first use (a page whose readers never download pays for the button only)
  expect(el.shadowRoot!.querySelector('[role="menu"]')).toBeNull();
  button.click();
  await vi.waitFor(() => expect(el.shadowRoot!.activeElement?.getAttribute('data-kind')).toBe('csv'));
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(button.getAttribute('aria-controls')).toBe(el.shadowRoot!.querySelector('[role="menu"]')!.id);
  expect([...el.shadowRoot!.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent)).toEqual(['Data (CSV)', 'Image (SVG)', 'Image (PNG)']);
  // the list's look is there too (it comes with its code): an open menu is a box, not bare text
  expect(getComputedStyle(el.shadowRoot!.querySelector('[role="menu"]')!).position).toBe('absolute');
});
