/** Shared by the stories' play functions. */
import { expect, waitFor } from 'storybook/test';

/** The story's widget once it has reached `state` (data may take a moment) and rendered it. */
export async function settled<K extends 'dtm-counter' | 'dtm-trend' | 'dtm-map'>(
  canvasElement: HTMLElement,
  tag: K,
  state = 'ready',
): Promise<HTMLElementTagNameMap[K]> {
  const el = canvasElement.querySelector(tag)!;
  await waitFor(() => expect(el.getAttribute('state')).toBe(state), { timeout: 8000 });
  await el.updateComplete;
  return el;
}
