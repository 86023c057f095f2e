/**
 * What the <dtm-counter> browser tests share: the figure and messages as a sighted reader sees
 * them, waiting for a state, emulated media features, and inline data.
 */
import { afterEach, beforeAll, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { cleanup, part, plain, screenText, until } from '../helpers/dom.js';

export const figure = (el: Element): string => plain(screenText(part(el, 'figure')!));
/** Everything the counter shows, in one line. */
export const shown = (el: Element): string => plain(screenText(el.shadowRoot!));
export const message = (el: Element): string => plain(screenText(part(el, 'message')!));
/** An error in one line: the same part on every widget (`error`). */
export const error = (el: Element): string => plain(screenText(part(el, 'error')!));

export const settle = async (el: DtmCounter, state: string): Promise<void> => {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
};
export const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Media features (prefers-color-scheme, prefers-reduced-motion) through the DevTools protocol; [] clears them. */
export const emulate = (features: { name: string; value: string }[]): Promise<unknown> =>
  cdp().send('Emulation.setEmulatedMedia', { features });

/** Rows as an inline JSON child of the element. */
export const inline = (rows: unknown[]): string => `<script type="application/json">${JSON.stringify(rows)}</script>`;
/** Two governorates on two dates: 130 in March 2024, 160 in April. */
export const TWO_AREAS = inline([
  { date: '2024-03-31', region: 'IQG15', value: 100 },
  { date: '2024-03-31', region: 'IQG09', value: 30 },
  { date: '2024-04-30', region: 'IQG15', value: 120 },
  { date: '2024-04-30', region: 'IQG09', value: 40 },
]);

/**
 * The hooks of the files whose tests change the page's language or emulated media: the page is
 * English before them, and after each test the counters are removed, the language and the media
 * reset and the mocks restored.
 */
export function onAnEnglishPage(): void {
  beforeAll(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await emulate([]);
    vi.restoreAllMocks();
  });
}
