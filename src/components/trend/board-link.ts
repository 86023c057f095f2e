/** The trend in a `<dtm-board>`: the board's date as a cursor position, and the area in its words. Pure. */
import { timeOf } from '../time/steps.js';

/** The index among `dates` (ms) of the board's date `at` (ISO key; undefined: the latest); undefined when not drawn. */
export function boardMark(dates: readonly number[], at: string | undefined): number | undefined {
  if (!dates.length) return undefined;
  if (!at || at === 'latest') return dates.length - 1;
  const t = timeOf(at);
  const i = dates.findIndex((d) => Math.abs(d - t) < 86_400_000);
  return i >= 0 ? i : undefined;
}

/** The heading with the board's selected area ("IDPs in Iraq — Ninewa"), or as it is. */
export function withArea(text: string, area: string | undefined): string {
  return area ? `${text} — ${area}` : text;
}
