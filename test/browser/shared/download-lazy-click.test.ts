// The Download menu's first open by a click that leaves the focus nowhere (Safari does not focus a
// clicked button) while its code is on its way: the list's chunk is held back until the test lets it through.
import { afterEach, expect, it, vi } from 'vitest';

const gate = vi.hoisted(() => {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
});

vi.mock('../../../src/components/shared/download-list.js', async (importActual) => {
  const actual = await importActual<typeof import('../../../src/components/shared/download-list.js')>();
  await gate.promise;
  return actual;
});

import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';

afterEach(() => document.body.replaceChildren());

it('opens for a reader still there, not for one who clicked and moved on to another field', async () => {
  const el = document.createElement('dtm-counter') as DtmCounter;
  el.setAttribute('value', '140000');
  el.setAttribute('label', 'families');
  el.setAttribute('duration', '0');
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'elsewhere');
  document.body.append(el, input);
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!;
  button.click(); // no focus on the button: no focusout will tell that the reader left
  input.focus();
  gate.open();
  await new Promise((r) => setTimeout(r, 200));
  await el.updateComplete;
  expect(document.activeElement).toBe(input);
  expect(button.getAttribute('aria-expanded')).toBe('false');
});
