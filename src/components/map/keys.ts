/**
 * The map's keyboard: the shared cursor keys move between the items in reading order (arrows,
 * Home, End, Page Up/Down; up and down too, and mirrored in Arabic and Sorani), Enter and Space
 * select, Escape leaves the cursor and clears the selection; and which item a pointer is on.
 */
import { cursorKey } from '../shared/cursor.js';
import { areaHit, GROUPED_FROM, pointInPicture } from './grouped.js';
import type { PlacedMap } from './layout.js';

export interface MapKeyAction {
  /** The item under the cursor after the key (-1: none); undefined when it stays. */
  readonly cursor?: number;
  readonly select?: boolean;
  readonly clear?: boolean;
}

/**
 * What `key` does with the cursor on item `cursor`, the items being in `order` (reading order
 * of item indexes); undefined for a key the map leaves to the page.
 */
export function onMapKey(key: string, cursor: number, order: readonly number[], rtl: boolean): MapKeyAction | undefined {
  if (!order.length) return undefined;
  if (key === 'Enter' || key === ' ') return cursor >= 0 ? { select: true } : undefined;
  const at = cursorKey(key, order.indexOf(cursor), { count: order.length, backwards: rtl, vertical: true });
  if (at === undefined) return undefined;
  if (at < 0) return { cursor: -1, clear: true };
  return { cursor: order[at]! };
}

/**
 * The item under a pointer event: the index the SVG picture wrote on its area or point; else,
 * over areas drawn grouped by colour (grouped.ts), the area found there from the projected geometry; else -1.
 */
export function itemIndexOf(e: MouseEvent, placed: PlacedMap | undefined): number {
  const path = e.composedPath();
  const target = path.find((n) => n instanceof SVGElement && n.dataset.index !== undefined) as SVGElement | undefined;
  if (target) return Number(target.dataset.index); // our own attribute: a small integer we wrote
  // points: the areas are a backdrop, not items
  if (!placed || placed.placedSites || placed.placed.length < GROUPED_FROM) return -1;
  const over = path.some((n) => n instanceof SVGElement && n.classList.contains('area'));
  const at = over ? pointInPicture(e) : undefined;
  return at ? areaHit(placed.placed)(at[0], at[1]) : -1;
}
