/**
 * Where a chart's or map's tooltip goes, written once: beside its anchor on the reading side
 * (right of it in English, left of it in Arabic and Sorani), on the other side when it would
 * leave the picture, and always inside it. Positions go through the CSSOM (custom properties),
 * never a style attribute: strict CSPs allow it.
 */
export interface TooltipPlace {
  readonly left: number;
  readonly top: number;
}

/**
 * The tooltip's top-left corner, in the picture's pixels.
 * @param anchor the point it describes (a date on the time axis, an area's centre)
 * @param size the tooltip's own width and height
 * @param box the picture's width and height
 * @param gap the room between the anchor and the tooltip
 */
export function placeTooltip(
  anchor: { readonly x: number; readonly y: number },
  size: { readonly width: number; readonly height: number },
  box: { readonly width: number; readonly height: number },
  rtl: boolean,
  gap = 12,
): TooltipPlace {
  const after = anchor.x + gap;
  const before = anchor.x - size.width - gap;
  const fits = (left: number): boolean => left >= 0 && left + size.width <= box.width;
  const preferred = rtl ? before : after;
  const side = fits(preferred) ? preferred : rtl ? after : before;
  const left = Math.max(0, Math.min(box.width - size.width, side));
  const top = Math.max(0, Math.min(box.height - size.height, anchor.y));
  return { left: Math.round(left), top: Math.round(top) };
}

/** Moves `tip` to its place beside `anchor` inside `box` (see placeTooltip). */
export function moveTooltip(tip: HTMLElement, anchor: { readonly x: number; readonly y: number }, box: { readonly width: number; readonly height: number }, rtl: boolean): void {
  const { left, top } = placeTooltip(anchor, { width: tip.offsetWidth, height: tip.offsetHeight }, box, rtl);
  tip.style.setProperty('--_tx', `${left}px`);
  tip.style.setProperty('--_ty', `${top}px`);
}
