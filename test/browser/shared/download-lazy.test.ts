// The Download menu's first open while its code is still on its way (a slow network).
import { afterEach, expect, it, vi } from 'vitest';
import { counterBesideField, letListThrough } from '../helpers/held-download.js';

vi.mock('../../../src/components/shared/download-list.js', (load) => import('../helpers/held-download.js').then((h) => h.heldList(load)));

afterEach(() => document.body.replaceChildren());

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

it('keeps the widget updating while the list loads, and leaves the focus of a reader who moved on', async () => {
  const { el, button, input } = await counterBesideField('before');
  button.focus();
  button.click(); // the first open: the list's code is fetched, and hangs
  el.setAttribute('label', 'after');
  // the widget waits a second at most for the menu's code, then draws what changed meanwhile
  await vi.waitFor(() => expect(el.shadowRoot!.textContent).toContain('after'), { timeout: 3000 });

  input.focus(); // the reader gives up and goes on
  letListThrough();
  await wait(200);
  await el.updateComplete;
  expect(document.activeElement).toBe(input);
  expect(button.getAttribute('aria-expanded')).toBe('false');

  // the next press opens at once, the focus on the first item
  button.focus();
  button.click();
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(el.shadowRoot!.activeElement?.getAttribute('role')).toBe('menuitem');
});

it('after a click that left the focus nowhere (Safari does not focus a clicked button), opens at once once its code is here', async () => {
  const { el, button } = await counterBesideField('families');
  button.click(); // no focus() first: the focus stays on the page's body
  expect(document.activeElement).toBe(document.body);
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).toBe('true');
});
