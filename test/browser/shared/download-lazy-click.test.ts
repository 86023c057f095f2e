// The Download menu's first open by a click that leaves the focus nowhere (Safari does not focus a
// clicked button) while its code is on its way (a slow network).
import { afterEach, expect, it, vi } from 'vitest';
import { counterBesideField, letListThrough } from '../helpers/held-download.js';

vi.mock('../../../src/components/shared/download-list.js', (load) => import('../helpers/held-download.js').then((h) => h.heldList(load)));

afterEach(() => document.body.replaceChildren());

it('opens for a reader still there, not for one who clicked and moved on to another field', async () => {
  const { el, button, input } = await counterBesideField('families');
  button.click(); // no focus on the button: no focusout will tell that the reader left
  input.focus();
  letListThrough();
  await new Promise((r) => setTimeout(r, 200));
  await el.updateComplete;
  expect(document.activeElement).toBe(input);
  expect(button.getAttribute('aria-expanded')).toBe('false');
});
