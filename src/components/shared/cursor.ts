/**
 * The cursor keys of a chart or map, written once: the arrows step between items, Home and End go
 * to the first and last, Page Up and Page Down jump a tenth of the way, Escape leaves. Pure.
 *
 * Items are in their order (dates in time, areas in reading order). The arrows follow what the
 * eye sees: with `backwards` (time running right to left, a right-to-left reading order), the
 * right arrow goes to the previous item. From no item, a step enters at the end it points from.
 */
export interface CursorOptions {
  /** How many items there are. */
  readonly count: number;
  /** Items run right to left on screen: the right arrow goes back. */
  readonly backwards?: boolean;
  /** The up and down arrows step too (a map's reading order); a chart leaves them to the page. */
  readonly vertical?: boolean;
  /** Items a page key moves. Default: a tenth of them, at least one. */
  readonly page?: number;
}

/**
 * The item the key moves the cursor to (-1: no item, after Escape), or undefined when the key is
 * not a cursor key (the caller lets it through, without preventDefault).
 */
export function cursorKey(key: string, at: number, o: CursorOptions): number | undefined {
  const n = o.count;
  if (n <= 0) return undefined;
  const page = Math.max(1, Math.round(o.page ?? Math.ceil(n / 10)));
  let step = 0;
  if (key === 'ArrowRight') step = o.backwards ? -1 : 1;
  else if (key === 'ArrowLeft') step = o.backwards ? 1 : -1;
  else if (o.vertical && key === 'ArrowDown') step = 1;
  else if (o.vertical && key === 'ArrowUp') step = -1;
  else if (key === 'PageDown') step = page;
  else if (key === 'PageUp') step = -page;
  else if (key === 'Home') return 0;
  else if (key === 'End') return n - 1;
  else if (key === 'Escape') return -1;
  else return undefined;
  if (at < 0 || at >= n) return step > 0 ? 0 : n - 1;
  return Math.max(0, Math.min(n - 1, at + step));
}
