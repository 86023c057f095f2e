// The Download menu's first open while its code is still on its way (a slow network): the menu's
// list is a chunk fetched on first use, held back here until the test lets it through.
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

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

it('keeps the widget updating while the list loads, and leaves the focus of a reader who moved on', async () => {
  const el = document.createElement('dtm-counter') as DtmCounter;
  el.setAttribute('value', '140000');
  el.setAttribute('label', 'before');
  el.setAttribute('duration', '0');
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'elsewhere');
  document.body.append(el, input);
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!;
  button.focus();
  button.click(); // the first open: the list's code is fetched, and hangs
  el.setAttribute('label', 'after');
  // the widget waits a second at most for the menu's code, then draws what changed meanwhile
  await vi.waitFor(() => expect(el.shadowRoot!.textContent).toContain('after'), { timeout: 3000 });

  input.focus(); // the reader gives up and goes on
  gate.open();
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

it('after a click that left the focus nowhere (Safari does not focus a clicked button), a reader who moved on keeps the focus', async () => {
  // the list's code was let through by the first test: hold the open back with a slow click instead
  const el = document.createElement('dtm-counter') as DtmCounter;
  el.setAttribute('value', '140000');
  el.setAttribute('label', 'families');
  el.setAttribute('duration', '0');
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'elsewhere');
  document.body.append(el, input);
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!;
  button.click(); // no focus() first: the focus stays on the page's body
  expect(document.activeElement).toBe(document.body);
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).toBe('true'); // the code is here: it opens at once
});
