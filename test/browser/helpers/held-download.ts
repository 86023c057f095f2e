/**
 * The Download menu's list, a chunk fetched on first use, held back until the test lets it
 * through: a slow network. A test file mocks the module with `heldList` (vi.mock needs the path
 * written in the file itself):
 *   vi.mock('../../../src/components/shared/download-list.js', (load) => import('../helpers/held-download.js').then((h) => h.heldList(load)));
 * Each browser test file has its modules of its own, so each file holds the list once.
 */
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';

let release!: () => void;
const arrival = new Promise<void>((r) => (release = r));

/** The real module, once the test has let it through. */
export async function heldList<T>(load: () => Promise<T>): Promise<T> {
  const actual = await load();
  await arrival;
  return actual;
}

/** Lets the list's code arrive. */
export const letListThrough = (): void => release();

/** A counter with a figure and its Download button, and a text field elsewhere on the page. */
export async function counterBesideField(label: string): Promise<{ el: DtmCounter; button: HTMLElement; input: HTMLInputElement }> {
  const el = document.createElement('dtm-counter') as DtmCounter;
  el.setAttribute('value', '140000');
  el.setAttribute('label', label);
  el.setAttribute('duration', '0');
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'elsewhere');
  document.body.append(el, input);
  await el.updateComplete;
  return { el, button: el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!, input };
}
